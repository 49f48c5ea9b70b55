import { z } from 'zod';
import { BUYER_TYPES, REGIONS } from '@/lib/api/enums';
import type { BuyerCompany, BuyerCompanyInput } from '@/lib/api/types';
import {
  kanaCheck,
  normalizePostalCode,
  phoneCheck,
  postalCodeCheck,
  textRules,
} from '@/lib/form-text';
import { normalizeMultiline, normalizeNumberText, normalizeReading } from '@/lib/japanese-text';
import type { Translate } from '@/lib/problem';

/** The longest input each text field takes, as BuyerCompanyInput in openapi.yaml says. */
export const MAX_LENGTH = {
  name: 200,
  nameKana: 200,
  postalCode: 10,
  address: 300,
  phone: 20,
  notes: 4000,
} as const;

/** One of a list of codes; '' (nothing chosen yet) and anything else get "choose one". */
export function choice<T extends string>(options: readonly T[], message: string) {
  return z.string().transform((value, ctx): T => {
    const chosen = options.find((option) => option === value);
    if (chosen !== undefined) return chosen;
    ctx.issues.push({ code: 'custom', message, input: value });
    return z.NEVER;
  });
}

/**
 * The buyer company form's rules, the API's own with its message keys (see
 * src/lib/form-text.ts): each text is folded as the server folds it (NFKC, readings in
 * katakana) before it is checked, and the output is the request body.
 */
export function buyerFormSchema(t: Translate) {
  const { optional, required } = textRules({
    required: t('validation.NotBlank'),
    tooLong: (max) => t('form.errorMaxLength', { max }),
  });
  const select = t('form.errorSelect');

  return z.object({
    name: required(MAX_LENGTH.name),
    nameKana: required(MAX_LENGTH.nameKana, normalizeReading, kanaCheck(t)),
    type: choice(BUYER_TYPES, select),
    region: choice(REGIONS, select),
    postalCode: optional(MAX_LENGTH.postalCode, normalizePostalCode, postalCodeCheck(t)),
    address: optional(MAX_LENGTH.address),
    phone: optional(MAX_LENGTH.phone, normalizeNumberText, phoneCheck(t)),
    notes: optional(MAX_LENGTH.notes, normalizeMultiline),
  });
}

type Schema = ReturnType<typeof buyerFormSchema>;
export type BuyerFormInput = z.input<Schema>;
export type BuyerFormOutput = z.output<Schema>;

/** The form's output is the request body; typecheck fails if openapi.yaml drifts from it. */
export function toBuyerCompanyInput(values: BuyerFormOutput): BuyerCompanyInput {
  return values;
}

export const EMPTY_BUYER_FORM: BuyerFormInput = {
  name: '',
  nameKana: '',
  type: '',
  region: '',
  postalCode: '',
  address: '',
  phone: '',
  notes: '',
};

export function toBuyerFormValues(company: BuyerCompany): BuyerFormInput {
  return {
    name: company.name,
    nameKana: company.nameKana,
    type: company.type,
    region: company.region,
    postalCode: company.postalCode ?? '',
    address: company.address ?? '',
    phone: company.phone ?? '',
    notes: company.notes ?? '',
  };
}

/** The company as the body that would save it unchanged: what a user's version is compared with. */
export function buyerCompanyAsInput(company: BuyerCompany): BuyerCompanyInput {
  return {
    name: company.name,
    nameKana: company.nameKana,
    type: company.type,
    region: company.region,
    postalCode: company.postalCode,
    address: company.address,
    phone: company.phone,
    notes: company.notes,
  };
}

/** The react-hook-form paths of the form's inputs, to place the server's field errors on. */
export const BUYER_FORM_FIELDS: ReadonlySet<string> = new Set(Object.keys(EMPTY_BUYER_FORM));
