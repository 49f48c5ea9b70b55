import { z } from 'zod';
import type { Firm, FirmInput } from '@/lib/api/types';
import { isValidCorporateNumber } from '@/lib/corporate-number';
import {
  emailCheck,
  normalizePostalCode,
  phoneCheck,
  postalCodeCheck,
  textRules,
  type Check,
} from '@/lib/form-text';
import {
  normalizeMultiline,
  normalizeNumberText,
  normalizeReading,
  normalizeText,
} from '@/lib/japanese-text';
import type { Translate } from '@/lib/problem';

export const MAX_EMPLOYEES = 1_000_000;

/** The longest input each text field takes, as FirmInput in openapi.yaml says. */
export const MAX_LENGTH = {
  tradeName: 200,
  tradeNameKana: 200,
  corporateNumber: 20,
  postalCode: 10,
  address: 300,
  representativeName: 100,
  contactName: 100,
  phone: 20,
  email: 254,
  notes: 4000,
} as const;

/**
 * The form's rules, the same as the API's, with the same message keys (see
 * src/lib/form-text.ts). The server stays the judge: its field errors land on the same
 * fields because the form has the request body's shape.
 */
export function firmFormSchema(t: Translate) {
  const required = t('validation.NotBlank');
  const tooLong = (max: number) => t('firmForm.errorMaxLength', { max });
  const { optional, required: requiredText } = textRules({ required, tooLong });

  const corporateNumber: Check = (value) => {
    if (!/^[0-9]{13}$/.test(value)) return t('format.corporateNumber');
    if (!isValidCorporateNumber(value)) return t('firm.corporateNumber.checkDigit');
    return undefined;
  };
  const postalCode = postalCodeCheck(t);
  const phone = phoneCheck(t);
  const email = emailCheck(t);

  const range = t('firmForm.errorRange', { min: 0, max: '1,000,000' });

  return z.object({
    tradeName: requiredText(MAX_LENGTH.tradeName),
    tradeNameKana: requiredText(MAX_LENGTH.tradeNameKana, normalizeReading),
    corporateNumber: optional(MAX_LENGTH.corporateNumber, normalizeCorporateNumber, corporateNumber),
    industryCode: z.string().min(1, t('firmForm.errorSelect')),
    postalCode: optional(MAX_LENGTH.postalCode, normalizePostalCode, postalCode),
    address: optional(MAX_LENGTH.address),
    representativeName: optional(MAX_LENGTH.representativeName),
    contactName: optional(MAX_LENGTH.contactName),
    phone: optional(MAX_LENGTH.phone, normalizeNumberText, phone),
    email: optional(MAX_LENGTH.email, normalizeText, email),
    // An emptied number input holds '' until the user types again.
    employees: z
      .union([z.number(), z.literal('')])
      .transform((value) => (value === '' ? undefined : value))
      .pipe(z.number().int(t('firmForm.errorInteger')).min(0, range).max(MAX_EMPLOYEES, range).optional()),
    chamberMember: z.string().transform((value, ctx) => {
      if (value === 'true' || value === 'false') return value === 'true';
      ctx.issues.push({ code: 'custom', message: t('firmForm.errorSelect'), input: value });
      return z.NEVER;
    }),
    // Chosen from GET /api/advisors; '' is "none assigned".
    advisorSubject: z.string().transform((value) => (value === '' ? undefined : value)),
    notes: optional(MAX_LENGTH.notes, normalizeMultiline),
  });
}

type Schema = ReturnType<typeof firmFormSchema>;
export type FirmFormInput = z.input<Schema>;
export type FirmFormOutput = z.output<Schema>;

/** 1234-5678-90123 or １２３４ ５６７８ ９０１２３ → 1234567890123. */
export function normalizeCorporateNumber(value: string): string {
  return normalizeNumberText(value).replace(/[-\s]/g, '');
}

/** Shared with the other registry forms (src/lib/form-text.ts). */
export { normalizePostalCode };

/** The form's output is the request body; typecheck fails if openapi.yaml drifts from it. */
export function toFirmInput(values: FirmFormOutput): FirmInput {
  return values;
}

export const EMPTY_FIRM_FORM: FirmFormInput = {
  tradeName: '',
  tradeNameKana: '',
  corporateNumber: '',
  industryCode: '',
  postalCode: '',
  address: '',
  representativeName: '',
  contactName: '',
  phone: '',
  email: '',
  employees: '',
  chamberMember: '',
  advisorSubject: '',
  notes: '',
};

export function toFormValues(firm: Firm): FirmFormInput {
  return {
    tradeName: firm.tradeName,
    tradeNameKana: firm.tradeNameKana,
    corporateNumber: firm.corporateNumber ?? '',
    industryCode: firm.industryCode,
    postalCode: firm.postalCode ?? '',
    address: firm.address ?? '',
    representativeName: firm.representativeName ?? '',
    contactName: firm.contactName ?? '',
    phone: firm.phone ?? '',
    email: firm.email ?? '',
    employees: firm.employees ?? '',
    chamberMember: String(firm.chamberMember),
    advisorSubject: firm.advisor?.subject ?? '',
    notes: firm.notes ?? '',
  };
}

/** The firm as the body that would save it unchanged: what a user's version is compared with. */
export function firmAsInput(firm: Firm): FirmInput {
  return {
    tradeName: firm.tradeName,
    tradeNameKana: firm.tradeNameKana,
    corporateNumber: firm.corporateNumber,
    industryCode: firm.industryCode,
    postalCode: firm.postalCode,
    address: firm.address,
    representativeName: firm.representativeName,
    contactName: firm.contactName,
    phone: firm.phone,
    email: firm.email,
    employees: firm.employees,
    chamberMember: firm.chamberMember,
    advisorSubject: firm.advisor?.subject,
    notes: firm.notes,
  };
}

/** The react-hook-form paths of the inputs the form shows, to place server errors on. */
export function formFieldPaths(advisorEditable: boolean): Set<string> {
  const paths = new Set<string>(Object.keys(EMPTY_FIRM_FORM));
  if (!advisorEditable) paths.delete('advisorSubject');
  return paths;
}
