import { describe, expect, it } from 'vitest';
import type { FirmInput } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import { differingFields, displayFieldValue, fieldLabel, inputFieldText, type DisplayContext } from './firm-fields';

const t: Translate = (key) => key;
const ctx: DisplayContext = {
  t,
  industries: [{ code: 'E', nameJa: '製造業', nameEn: 'Manufacturing' }],
  language: 'ja',
  advisors: [{ subject: 'a', name: '鈴木 一郎' }],
};

describe('fieldLabel', () => {
  it('looks a field up by its camel-cased path, and shows the path when unknown', () => {
    const seen: string[] = [];
    const spy: Translate = (key, options) => {
      seen.push(key);
      return String(options?.defaultValue);
    };
    expect(fieldLabel('advisor.name', spy)).toBe('advisor.name');
    expect(seen).toEqual(['firmFields.advisorName']);
    expect(fieldLabel('tradeName', t)).toBe('firmFields.tradeName');
  });
});

describe('displayFieldValue', () => {
  it('writes codes, flags and numbers as people read them', () => {
    expect(displayFieldValue('industryCode', 'E', ctx)).toBe('製造業');
    expect(displayFieldValue('industryCode', 'E', { ...ctx, language: 'en' })).toBe('Manufacturing');
    expect(displayFieldValue('industryCode', 'Z', ctx)).toBe('Z');
    expect(displayFieldValue('chamberMember', 'true', ctx)).toBe('firms.member');
    expect(displayFieldValue('chamberMember', 'false', ctx)).toBe('firms.nonMember');
    expect(displayFieldValue('employees', '1200', ctx)).toBe('1,200');
    expect(displayFieldValue('postalCode', '970-8026', ctx)).toBe('〒970-8026');
    expect(displayFieldValue('tradeName', undefined, ctx)).toBe('common.notSet');
    expect(displayFieldValue('address', '', ctx)).toBe('common.notSet');
  });

  it('shows an assigned advisor by name, and one no longer an advisor by its user id', () => {
    expect(displayFieldValue('advisorSubject', 'a', ctx)).toBe('鈴木 一郎');
    expect(displayFieldValue('advisorSubject', 'gone', ctx)).toBe('gone');
  });
});

describe('differingFields', () => {
  const theirs: FirmInput = {
    tradeName: 'いわき水産',
    tradeNameKana: 'イワキスイサン',
    industryCode: 'E',
    chamberMember: true,
    employees: 10,
    advisorSubject: 'a',
  };

  it('finds nothing when the versions agree, absent and empty alike', () => {
    expect(differingFields(theirs, { ...theirs, address: undefined })).toEqual([]);
  });

  it('lists the fields that differ in the form order', () => {
    const mine: FirmInput = { ...theirs, notes: 'メモ', employees: 12, advisorSubject: 'b' };
    expect(differingFields(theirs, mine)).toEqual(['employees', 'advisorSubject', 'notes']);
  });

  it('gives each value as text', () => {
    expect(inputFieldText(theirs, 'advisorSubject')).toBe('a');
    expect(inputFieldText(theirs, 'chamberMember')).toBe('true');
    expect(inputFieldText(theirs, 'address')).toBeUndefined();
  });
});
