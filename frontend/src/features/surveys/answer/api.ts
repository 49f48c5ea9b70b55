/**
 * The answer form's calls, for its three channels: the public link (no account), the
 * signed-in buyer, and staff typing a paper response (proxy entry). Each answers the same
 * SurveyForm and takes the same drafts and submissions, so one form serves all three.
 *
 * This module is on the public link's path: it uses the generated client and nothing of
 * the signed-in app (no OIDC, no TanStack Query).
 */
import type { components } from '@/api/schema';
import { apiClient } from '@/lib/api/client';
import { ApiError, toProblem } from '@/lib/problem';
import type { DraftTransport, Failure, ServerState } from './draft-sync';
import { isTouched, type AnswerValue, type Answers, type FormModel } from './model';
import { parseNumber } from './validation';

type Schemas = components['schemas'];
export type SurveyForm = Schemas['SurveyForm'];
type ApiAnswers = Schemas['Answers'];
type ResponseState = Schemas['SurveyResponseState'];

/** A 429 with how long to wait (Retry-After, in seconds). */
export class RetryLaterError extends ApiError {
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ApiError['problem'], retryAfterSeconds: number | undefined) {
    super(status, problem);
    this.name = 'RetryLaterError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Like the app's `call`, keeping Retry-After of a 429. */
async function send<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<{ data: D; response: Response }> {
  const { data, error, response } = await request;
  if (!response.ok || error !== undefined || data === undefined) {
    const problem = toProblem(error);
    if (response.status === 429) {
      const seconds = Number(response.headers.get('Retry-After'));
      throw new RetryLaterError(429, problem, Number.isFinite(seconds) && seconds > 0 ? seconds : undefined);
    }
    throw new ApiError(response.status, problem);
  }
  return { data, response };
}

/** How the draft sync treats a failed call. */
export function classifyFailure(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { kind: 'network' };
  const problem = error.problem;
  switch (error.status) {
    case 412:
      return { kind: 'conflict' };
    case 410:
      return { kind: 'gone', problem };
    case 429:
      return {
        kind: 'rate-limited',
        retryAfterMs: ((error instanceof RetryLaterError ? error.retryAfterSeconds : undefined) ?? 30) * 1000,
        problem,
      };
    case 400:
    case 422:
      return { kind: 'invalid', problem };
    default:
      // No answer from the API behind the proxy, or the API's own "try again later".
      if (error.status === 503 || (!problem && error.status >= 502 && error.status <= 504)) return { kind: 'network' };
      return { kind: 'refused', problem };
  }
}

/** The form's view of what the API sends. */
export function formModelOf(form: SurveyForm): FormModel {
  return { title: form.content.title, intro: form.content.intro, groups: form.content.groups, products: form.products };
}

/** The answers as the API takes them: numbers parsed, untouched products and empty answers left out. */
export function toApiAnswers(answers: Readonly<Answers>): ApiAnswers {
  const out: ApiAnswers = {};
  for (const [key, value] of Object.entries(answers)) {
    const { numberText, ratings, ...rest } = value;
    const answer: Schemas['Answer'] = { ...rest };
    if (numberText !== undefined) {
      const parsed = parseNumber(numberText);
      // Half-typed or not a number: the draft leaves it out; the submission is checked first.
      if (typeof parsed === 'number') answer.number = parsed;
      else delete answer.number;
    }
    if (ratings) {
      const touched = ratings.filter(isTouched);
      if (touched.length > 0) answer.ratings = touched;
    }
    if (answer.text !== undefined && !answer.text.trim()) delete answer.text;
    if (answer.choices !== undefined && answer.choices.length === 0) delete answer.choices;
    if (Object.values(answer).some((v) => v !== undefined)) out[key] = answer;
  }
  return out;
}

/** The answers the API holds, as the form keeps them. */
export function fromApiAnswers(answers: ApiAnswers | undefined): Answers {
  return { ...(answers ?? {}) };
}

function stateOf(response: ResponseState, answers: Answers, etag: string): ServerState<AnswerValue> {
  return {
    answers,
    etag,
    submitted: response.status === 'SUBMITTED',
    submittedAt: response.submittedAt,
    pendingChanges: response.pendingChanges,
  };
}

const etagOf = (response: Response, version: number) => response.headers.get('ETag') ?? `"${version}"`;

/** What opening the form answers: the form, its ETag and the server's answers. */
export interface LoadedForm {
  form: SurveyForm;
  etag: string;
  initial: ServerState<AnswerValue>;
}

function loaded({ data, response }: { data: SurveyForm; response: Response }): LoadedForm {
  const etag = etagOf(response, data.response.version);
  return { form: data, etag, initial: stateOf(data.response, fromApiAnswers(data.answers), etag) };
}

export interface AnswerChannel extends DraftTransport<AnswerValue> {
  load(): Promise<LoadedForm>;
  /** Names the response on this device (the store of unsent answers). */
  scope(form: SurveyForm): string;
}

function channel(
  load: () => Promise<{ data: SurveyForm; response: Response }>,
  draft: (body: Schemas['AnswersInput'], etag: string) => Promise<{ data: ResponseState; response: Response }>,
  submit: (body: Schemas['AnswersInput'], etag: string) => Promise<{ data: ResponseState; response: Response }>,
  scopePrefix: string,
): AnswerChannel {
  const saved = (answers: Answers) => ({ data, response }: { data: ResponseState; response: Response }) =>
    stateOf(data, answers, etagOf(response, data.version));
  return {
    load: async () => loaded(await load()),
    reload: async () => loaded(await load()).initial,
    saveDraft: async (answers, etag) => saved(answers)(await draft({ answers: toApiAnswers(answers) }, etag)),
    submit: async (answers, etag) => saved(answers)(await submit({ answers: toApiAnswers(answers) }, etag)),
    scope: (form) => `${scopePrefix}-${form.invitationId}`,
  };
}

/** The public link: the token opens exactly this invitation. */
export function linkChannel(token: string): AnswerChannel {
  const path = { token };
  return channel(
    () => send(apiClient.GET('/api/survey-links/{token}', { params: { path } })),
    (body, etag) => send(apiClient.PUT('/api/survey-links/{token}/draft', { params: { path, header: { 'If-Match': etag } }, body })),
    (body, etag) => send(apiClient.POST('/api/survey-links/{token}/submission', { params: { path, header: { 'If-Match': etag } }, body })),
    'invitation',
  );
}

/** A signed-in buyer's own invitation. */
export function myInvitationChannel(id: number): AnswerChannel {
  const path = { id };
  return channel(
    () => send(apiClient.GET('/api/my/survey-invitations/{id}', { params: { path } })),
    (body, etag) => send(apiClient.PUT('/api/my/survey-invitations/{id}/draft', { params: { path, header: { 'If-Match': etag } }, body })),
    (body, etag) => send(apiClient.POST('/api/my/survey-invitations/{id}/submission', { params: { path, header: { 'If-Match': etag } }, body })),
    // The same response as through the link: one store on this device.
    'invitation',
  );
}

/** Staff typing a paper response on the buyer's behalf. */
export function proxyChannel(id: number): AnswerChannel {
  const path = { id };
  return channel(
    () => send(apiClient.GET('/api/survey-invitations/{id}/response', { params: { path } })),
    (body, etag) => send(apiClient.PUT('/api/survey-invitations/{id}/response/draft', { params: { path, header: { 'If-Match': etag } }, body })),
    (body, etag) =>
      send(apiClient.POST('/api/survey-invitations/{id}/response/submission', { params: { path, header: { 'If-Match': etag } }, body })),
    'proxy',
  );
}
