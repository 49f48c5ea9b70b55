import { describe, expect, it } from 'vitest';
import type { AuditEvent, BuyerCompanyInput, BuyerContact } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import {
  BUYER_INPUT_FIELDS,
  buyerFieldLabel,
  buyerFieldValue,
  contactNames,
  importRowFieldLabel,
  differingFields,
} from './buyer-fields';

/** Echoes the key and its options, so the tests see what would be looked up. */
const t: Translate = (key, options) => {
  const rest = Object.fromEntries(Object.entries(options ?? {}).filter(([name]) => name !== 'defaultValue'));
  return Object.keys(rest).length ? `${key}${JSON.stringify(rest)}` : key;
};

const event = (changes: AuditEvent['changes']): AuditEvent => ({
  action: 'UPDATE',
  actorSubject: 's',
  at: '2026-04-01T00:00:00Z',
  changes,
});

describe('buyerFieldLabel', () => {
  it("names the company's fields from buyerFields", () => {
    expect(buyerFieldLabel('nameKana', t)).toBe('buyerFields.nameKana');
  });

  it('names a contact’s field by the contact, or by its id when its name is unknown', () => {
    const names = new Map([[12, '山田 太郎']]);
    expect(buyerFieldLabel('contacts[12].email', t, names)).toBe(
      'buyerHistory.contactField{"contact":"山田 太郎","field":"contactFields.email"}',
    );
    expect(buyerFieldLabel('contacts[7].phone', t, names)).toBe(
      'buyerHistory.contactField{"contact":"buyerHistory.contactById{\\"id\\":7}","field":"contactFields.phone"}',
    );
  });
});

describe('importRowFieldLabel', () => {
  it("calls an import row's contact fields by the contact the row names", () => {
    expect(importRowFieldLabel('contact.email', t, { context: '山田 太郎' })).toContain('"contact":"山田 太郎"');
    expect(importRowFieldLabel('contact.email', t, { context: '山田 太郎' })).toContain('contactFields.email');
  });

  it("labels the company's own fields as the history does", () => {
    expect(importRowFieldLabel('phone', t, { context: '山田 太郎' })).toBe(buyerFieldLabel('phone', t));
  });
});

describe('contactNames', () => {
  const history = [
    event([{ field: 'contacts[3].name', from: '山田 太郎', to: '山田 次郎' }]),
    event([{ field: 'contacts[3].name', to: '山田 太郎' }, { field: 'contacts[3].email', to: 'y@example.jp' }]),
    event([{ field: 'contacts[4].name', to: '佐々木 花' }, { field: 'name', from: 'A', to: 'B' }]),
  ];

  it('takes the latest recorded name of each contact from the history (newest first)', () => {
    expect([...contactNames(history, undefined)]).toEqual([
      [3, '山田 次郎'],
      [4, '佐々木 花'],
    ]);
  });

  it('prefers the name a contact has now', () => {
    const contacts: BuyerContact[] = [{ id: 4, buyerCompanyId: 1, name: '佐々木 はな', hasLogin: false, version: 2 }];
    expect(contactNames(history, contacts).get(4)).toBe('佐々木 はな');
  });
});

describe('buyerFieldValue', () => {
  it('writes codes and postal codes as people read them, — when empty', () => {
    expect(buyerFieldValue('type', 'SUPERMARKET', t)).toBe('buyerTypes.SUPERMARKET');
    expect(buyerFieldValue('region', 'TOKYO_AREA', t)).toBe('regions.TOKYO_AREA');
    expect(buyerFieldValue('archived', 'true', t)).toBe('buyers.archived');
    expect(buyerFieldValue('postalCode', '970-8026', t)).toBe('〒970-8026');
    expect(buyerFieldValue('contacts[3].email', 'y@example.jp', t)).toBe('y@example.jp');
    expect(buyerFieldValue('address', '', t)).toBe('common.notSet');
    expect(buyerFieldValue('phone', undefined, t)).toBe('common.notSet');
  });
});

describe('differingFields', () => {
  const theirs: BuyerCompanyInput = { name: 'まるいち', nameKana: 'マルイチ', type: 'SUPERMARKET', region: 'TOHOKU' };

  it('finds nothing when the versions agree, absent and empty alike', () => {
    expect(differingFields(BUYER_INPUT_FIELDS, theirs, { ...theirs, address: undefined })).toEqual([]);
  });

  it('lists the fields that differ in the form order', () => {
    expect(differingFields(BUYER_INPUT_FIELDS, theirs, { ...theirs, notes: 'メモ', region: 'KANTO' })).toEqual(['region', 'notes']);
  });
});
