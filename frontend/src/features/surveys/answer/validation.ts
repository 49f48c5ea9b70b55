/**
 * What the form checks before it submits, and where the API's refusals go: each problem is
 * shown beside its question (and beside the product's row in the grid), never only at the
 * top. The API checks the same rules again; its field names are `answers.<questionKey>` and
 * `answers.<questionKey>.ratings.<productId>.<criterion>`.
 */
import type { FieldError, Problem } from '@/lib/api/types';
import { CRITERIA, isAnswered, isTouched, type Answers, type Criterion, type FormModel, type QuestionModel } from './model';

/** A message key under `surveyAnswer.errors` with its values. */
export interface Issue {
  key: string;
  params?: Record<string, unknown>;
}

export interface ProductIssue {
  issue: Issue;
  /** The criteria still to rate, marked invalid. */
  criteria: Criterion[];
}

export interface QuestionErrors {
  issue?: Issue;
  products?: Record<number, ProductIssue>;
}

export type FormErrors = Record<string, QuestionErrors>;

/** What `numberText` means: a number, nothing, or not a number. */
export function parseNumber(text: string | undefined): number | undefined | 'invalid' {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return undefined;
  // Full-width digits and separators as a Japanese keyboard types them.
  const folded = trimmed.normalize('NFKC').replace(/[,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(folded)) return 'invalid';
  return Number(folded);
}

function checkQuestion(question: QuestionModel, answers: Answers, products: Set<number>): QuestionErrors | undefined {
  const value = answers[question.key];
  if (!isAnswered(question, value)) return question.required ? { issue: { key: 'required' } } : undefined;
  switch (question.type) {
    case 'MULTIPLE_CHOICE': {
      const count = value?.choices?.length ?? 0;
      if (question.maxChoices !== undefined && count > question.maxChoices)
        return { issue: { key: 'tooManyChoices', params: { max: question.maxChoices } } };
      return undefined;
    }
    case 'FREE_TEXT': {
      const length = value?.text?.length ?? 0;
      if (question.maxLength !== undefined && length > question.maxLength)
        return { issue: { key: 'tooLong', params: { max: question.maxLength } } };
      return undefined;
    }
    case 'NUMBER': {
      const number = parseNumber(value?.numberText ?? (value?.number === undefined ? undefined : String(value.number)));
      if (number === 'invalid') return { issue: { key: 'number' } };
      if (number === undefined) return undefined;
      const decimals = question.decimals ?? 0;
      const fraction = /\.(\d+)$/.exec(String(number))?.[1]?.length ?? 0;
      if (fraction > decimals) return { issue: decimals === 0 ? { key: 'integer' } : { key: 'decimals', params: { count: decimals } } };
      if (question.min !== undefined && number < question.min) return { issue: { key: 'Min', params: { value: question.min } } };
      if (question.max !== undefined && number > question.max) return { issue: { key: 'Max', params: { value: question.max } } };
      return undefined;
    }
    case 'PRODUCT_RATINGS': {
      const found: Record<number, ProductIssue> = {};
      for (const rating of value?.ratings ?? []) {
        if (!isTouched(rating)) continue;
        if (!products.has(rating.productId)) {
          found[rating.productId] = { issue: { key: 'productNotInProject' }, criteria: [] };
          continue;
        }
        const missing = CRITERIA.filter((c) => rating[c] === undefined);
        if (missing.length > 0) found[rating.productId] = { issue: { key: 'incomplete', params: { count: missing.length } }, criteria: missing };
      }
      return Object.keys(found).length > 0 ? { issue: { key: 'ratingsIncomplete' }, products: found } : undefined;
    }
    case 'SINGLE_CHOICE':
    case 'SCALE':
      return undefined;
  }
}

/** Every problem of the answers, by question; empty when the response can be submitted. */
export function validateAnswers(form: FormModel, answers: Answers): FormErrors {
  const products = new Set(form.products.map((p) => p.id));
  const errors: FormErrors = {};
  for (const group of form.groups) {
    for (const question of group.questions) {
      const found = checkQuestion(question, answers, products);
      if (found) errors[question.key] = found;
    }
  }
  return errors;
}

/** The group of the first question with a problem, for the form to show first. */
export function firstGroupWithErrors(form: FormModel, errors: FormErrors): number | undefined {
  const index = form.groups.findIndex((g) => g.questions.some((q) => errors[q.key] !== undefined));
  return index < 0 ? undefined : index;
}

const API_FIELD = /^answers(?:\.|\[)([^.[\]]+)\]?(?:\.ratings(?:\.|\[)(\d+)\]?(?:\.(\w+))?)?$/;

/** `survey.answer.required` → `required`, `validation.Max` → `Max`. */
export function issueKeyOf(apiKey: string): string {
  const parts = apiKey.split('.');
  return parts[parts.length - 1] ?? apiKey;
}

function issueOf(error: FieldError): Issue {
  return { key: issueKeyOf(error.key), params: { ...error.params, defaultValue: error.message } };
}

/**
 * The API's field errors put beside their questions; those naming no question of this form
 * (a header, the whole body) are returned to be shown above it.
 */
export function problemToFormErrors(form: FormModel, problem: Problem | undefined): { errors: FormErrors; unmapped: FieldError[] } {
  const questions = new Set(form.groups.flatMap((g) => g.questions.map((q) => q.key)));
  const errors: FormErrors = {};
  const unmapped: FieldError[] = [];
  for (const error of problem?.errors ?? []) {
    const match = API_FIELD.exec(error.field);
    const questionKey = match?.[1];
    if (!match || questionKey === undefined || !questions.has(questionKey)) {
      unmapped.push(error);
      continue;
    }
    const entry = (errors[questionKey] ??= {});
    const productId = match[2] === undefined ? undefined : Number(match[2]);
    if (productId === undefined) {
      entry.issue ??= issueOf(error);
      continue;
    }
    entry.issue ??= { key: 'ratingsIncomplete' };
    const products = (entry.products ??= {});
    const product = (products[productId] ??= { issue: issueOf(error), criteria: [] });
    const criterion = CRITERIA.find((c) => c === match[3]);
    if (criterion && !product.criteria.includes(criterion)) product.criteria.push(criterion);
  }
  return { errors, unmapped };
}

/** How many questions have a problem (for the summary above the form). */
export function errorCount(errors: FormErrors): number {
  return Object.keys(errors).length;
}
