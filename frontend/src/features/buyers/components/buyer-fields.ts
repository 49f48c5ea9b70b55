import type { AuditEvent, BuyerCompanyInput, BuyerContact, BuyerContactInput } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';

/** The fields of a buyer company a user sets, in the form's order. */
export const BUYER_INPUT_FIELDS = [
  'name',
  'nameKana',
  'type',
  'region',
  'postalCode',
  'address',
  'phone',
  'notes',
] as const satisfies readonly (keyof BuyerCompanyInput)[];

/** The fields of a contact a user sets, in the form's order. */
export const CONTACT_INPUT_FIELDS = [
  'name',
  'nameKana',
  'department',
  'email',
  'phone',
] as const satisfies readonly (keyof BuyerContactInput)[];

/** `contacts[12].email`, as the history names a contact's field. */
const CONTACT_FIELD = /^contacts\[(\d+)\]\.(\w+)$/;

/** Contact id → the name to call it by in the history: as listed now, else its last recorded name. */
export type ContactNames = ReadonlyMap<number, string>;

export function contactNames(events: readonly AuditEvent[] | undefined, contacts: readonly BuyerContact[] | undefined): ContactNames {
  const names = new Map<number, string>();
  // Newest first: the first name met for a contact is its latest.
  for (const event of events ?? []) {
    for (const change of event.changes) {
      const match = CONTACT_FIELD.exec(change.field);
      if (match?.[2] !== 'name' || !change.to) continue;
      const id = Number(match[1]);
      if (!names.has(id)) names.set(id, change.to);
    }
  }
  for (const contact of contacts ?? []) names.set(contact.id, contact.name);
  return names;
}

/** `contact.email`: an import row's field of the contact it carries (named in the row's `context`). */
const ROW_CONTACT_FIELD = /^contact\.(\w+)$/;

/** A field of an import row's changes: the company's, or its contact's as 担当者「山田 太郎」のメール. */
export function importRowFieldLabel(field: string, t: Translate, row: { context?: string }): string {
  const match = ROW_CONTACT_FIELD.exec(field);
  if (!match) return buyerFieldLabel(field, t);
  const sub = match[1] ?? '';
  return t('buyerHistory.contactField', {
    contact: row.context ?? t('common.notSet'),
    field: t(`contactFields.${sub}`, { defaultValue: sub }),
  });
}

/**
 * A field as the history or a comparison names it, in the user's words: the company's
 * from `buyerFields.*`, a contact's as 担当者「山田 太郎」の氏名.
 */
export function buyerFieldLabel(field: string, t: Translate, names: ContactNames = new Map()): string {
  const match = CONTACT_FIELD.exec(field);
  if (match) {
    const id = Number(match[1]);
    const sub = match[2] ?? '';
    return t('buyerHistory.contactField', {
      contact: names.get(id) ?? t('buyerHistory.contactById', { id }),
      field: t(`contactFields.${sub}`, { defaultValue: sub }),
    });
  }
  return t(`buyerFields.${field}`, { defaultValue: field });
}

/** A recorded value as people read it: 種別 and 地域 by name, 〒970-8026, — when empty. */
export function buyerFieldValue(field: string, value: string | undefined, t: Translate): string {
  if (value === undefined || value === '') return t('common.notSet');
  switch (field) {
    case 'type':
      return t(`buyerTypes.${value}`, { defaultValue: value });
    case 'region':
      return t(`regions.${value}`, { defaultValue: value });
    case 'archived':
      return value === 'true' ? t('buyers.archived') : value === 'false' ? t('buyers.active') : value;
    case 'postalCode':
      return `〒${value}`;
    default:
      return value;
  }
}

/** The fields where saving `mine` would change `theirs`, in the given order; absent and empty alike. */
export function differingFields<T extends object, K extends keyof T & string>(fields: readonly K[], theirs: T, mine: T): K[] {
  return fields.filter((field) => (theirs[field] ?? '') !== (mine[field] ?? ''));
}
