import type { Advisor, FirmInput, Industry } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { industryName } from '@/lib/localized';
import type { Translate } from '@/lib/problem';

/** The fields of a firm a user sets, in the form's order. */
export const FIRM_INPUT_FIELDS = [
  'tradeName',
  'tradeNameKana',
  'corporateNumber',
  'industryCode',
  'chamberMember',
  'employees',
  'postalCode',
  'address',
  'representativeName',
  'contactName',
  'phone',
  'email',
  'advisorSubject',
  'notes',
] as const satisfies readonly (keyof FirmInput)[];

export type FirmInputField = (typeof FIRM_INPUT_FIELDS)[number];

export interface DisplayContext {
  t: Translate;
  industries: readonly Industry[] | undefined;
  language: string;
  /** To show an advisorSubject by name (the history records the name itself). */
  advisors?: readonly Advisor[] | undefined;
}

/**
 * The API names fields as the request body does (`tradeName`, `advisorSubject`); the
 * history may also name fields a body has not (`archived`). All get a label from
 * `firmFields.*`, nested paths in camel case (`advisor.name` → `advisorName`).
 */
export function fieldLabel(field: string, t: Translate): string {
  const key = field.replace(/[.[\]]+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '');
  return t(`firmFields.${key}`, { defaultValue: field });
}

/** A field's value as people read it: 業種 by name, 会員/非会員, 1,200, 〒970-8026; — when empty. */
export function displayFieldValue(field: string, value: string | undefined, { t, industries, language, advisors }: DisplayContext): string {
  if (value === undefined || value === '') return t('common.notSet');
  switch (field) {
    case 'industryCode': {
      const industry = industries?.find((i) => i.code === value);
      return industry ? industryName(industry, language) : value;
    }
    case 'chamberMember':
      return value === 'true' ? t('firms.member') : value === 'false' ? t('firms.nonMember') : value;
    case 'archived':
      return value === 'true' ? t('firms.archived') : value === 'false' ? t('firms.active') : value;
    case 'employees':
      return /^[0-9]+$/.test(value) ? formatInteger(Number(value)) : value;
    case 'postalCode':
      return `〒${value}`;
    case 'advisorSubject':
      return advisors?.find((a) => a.subject === value)?.name ?? value;
    default:
      return value;
  }
}

/** A body's field as text, for displayFieldValue. */
export function inputFieldText(input: FirmInput, field: FirmInputField): string | undefined {
  const value = input[field];
  return value === undefined ? undefined : String(value);
}

function sameValue(a: FirmInput, b: FirmInput, field: FirmInputField): boolean {
  return (a[field] ?? '') === (b[field] ?? '');
}

/** The fields where saving `mine` would change `theirs`, in the form's order. */
export function differingFields(theirs: FirmInput, mine: FirmInput): FirmInputField[] {
  return FIRM_INPUT_FIELDS.filter((field) => !sameValue(theirs, mine, field));
}
