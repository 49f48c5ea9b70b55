/**
 * The one place that understands the API's errors: RFC 9457 problem+json with a stable
 * `type` URN and, for invalid requests, `errors[]` naming each field by its path in the
 * request body and a message key. Everything here is pure so it is unit-tested; the
 * app wires it into TanStack Query's caches and the forms.
 */
// zod/mini: this module is on the landing page's path, where the full zod would add 17 kB.
import * as z from 'zod/mini';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldError, Problem } from './api/types';

/** The subset of i18next's `t` this module needs; keys here are dynamic by nature. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An answer from the API other than 2xx. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

const fieldErrorSchema = z.object({
  field: z.string(),
  key: z.string(),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.unknown())),
});

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
});

/** The body as a Problem, or undefined when it is not one (a proxy's HTML page, say). */
export function toProblem(body: unknown): Problem | undefined {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** `urn:iwaki-matching:problem:not-found` → `not-found`. */
export function problemSlug(type: string): string {
  const parts = type.split(/[:/]/);
  return parts[parts.length - 1] ?? type;
}

const SLUG_BY_STATUS: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  428: 'precondition-required',
};

function slugOf(error: ApiError): string {
  if (error.problem) return problemSlug(error.problem.type);
  return SLUG_BY_STATUS[error.status] ?? (error.status >= 500 ? 'server-error' : 'validation');
}

/** The problem's title in the user's language, by its type; the API's own title otherwise. */
export function problemTitle(problem: Problem, t: Translate): string {
  return t(`problem.${problemSlug(problem.type)}`, { defaultValue: problem.title });
}

/** A field error in the user's language, by its key with its params; the API's message otherwise. */
export function translateFieldError(error: FieldError, t: Translate): string {
  const params: Record<string, unknown> = { ...error.params };
  // Metric codes (DEALS) read better as their names (商談成約数).
  if (typeof params.metric === 'string') {
    params.metric = t(`metrics.${params.metric}`, { defaultValue: params.metric });
  }
  return t(error.key, { ...params, defaultValue: error.message });
}

/** `targets[0].yearly[1].value` (the API's path) → `targets.0.yearly.1.value` (react-hook-form's). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\w+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Puts each field error of a problem on the form field it names, translated, and focuses
 * the first. Returns the errors that name no field of the form (a header, the whole
 * `targets` list, …) so the caller can show them above the form.
 */
export function applyProblemToForm<T extends FieldValues>(
  problem: Problem,
  setError: UseFormSetError<T>,
  t: Translate,
  isFormField: (path: string) => boolean,
): FieldError[] {
  const unmapped: FieldError[] = [];
  const done = new Set<string>();
  for (const error of problem.errors ?? []) {
    const path = toFormPath(error.field);
    if (!isFormField(path)) {
      unmapped.push(error);
      continue;
    }
    // The API may report two constraints on one field; the first (sorted by key) wins.
    if (done.has(path)) continue;
    setError(path as Path<T>, { type: 'server', message: translateFieldError(error, t) }, { shouldFocus: done.size === 0 });
    done.add(path);
  }
  return unmapped;
}

/** What the global handler does with an error a query or mutation threw. */
export type ErrorDisposition =
  /** No valid token: sign in again. */
  | 'sign-in'
  /** 403, 5xx, or no answer at all: tell the user in a notification. */
  | 'notify'
  /** Everything else (400, 404, 412, …) belongs to the screen that asked. */
  | 'local';

export function classifyError(error: unknown): ErrorDisposition {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'sign-in';
    if (error.status === 403 || error.status >= 500) return 'notify';
    return 'local';
  }
  return 'notify';
}

/** Title and message for a notification about an error. */
export function describeError(error: unknown, t: Translate): { title: string; message: string } {
  if (error instanceof ApiError) {
    const slug = slugOf(error);
    // A gateway error without a problem body is the dev/preview proxy: the API is not answering.
    const unreachable = !error.problem && error.status >= 502 && error.status <= 504;
    const title = error.problem
      ? problemTitle(error.problem, t)
      : t(unreachable ? 'problem.network' : `problem.${slug}`, { defaultValue: t('problem.server-error') });
    const hint =
      error.status === 403
        ? 'problemHint.forbidden'
        : unreachable
          ? 'problemHint.network'
          : error.status >= 500
            ? 'problemHint.server'
            : 'problemHint.other';
    return { title, message: t(hint) };
  }
  return { title: t('problem.network'), message: t('problemHint.network') };
}

/**
 * What a screen shows itself of a refusal that is its own (400, 404, 409, 412, 422, …):
 * the problem's title and each field error in the user's language. Undefined for what the
 * global handler already told the user (401, 403, 5xx, no answer).
 */
export function localErrorMessage(error: unknown, t: Translate): { title: string; items: string[] } | undefined {
  if (classifyError(error) !== 'local' || !(error instanceof ApiError)) return undefined;
  const problem = error.problem;
  if (!problem) return { title: t(`problem.${slugOf(error)}`, { defaultValue: t('problem.server-error') }), items: [] };
  return { title: problemTitle(problem, t), items: (problem.errors ?? []).map((e) => translateFieldError(e, t)) };
}
