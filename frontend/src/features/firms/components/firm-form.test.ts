import { describe, expect, it } from 'vitest';
import type { Firm } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import {
  EMPTY_FIRM_FORM,
  firmAsInput,
  firmFormSchema,
  formFieldPaths,
  normalizeCorporateNumber,
  normalizePostalCode,
  toFormValues,
  type FirmFormInput,
} from './firm-form';

const t: Translate = (key) => key;
const schema = firmFormSchema(t);

const minimal: FirmFormInput = {
  ...EMPTY_FIRM_FORM,
  tradeName: '株式会社いわき水産',
  tradeNameKana: 'いわきすいさん',
  industryCode: 'E',
  chamberMember: 'true',
};

function issuesOf(values: FirmFormInput) {
  const result = schema.safeParse(values);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];
}

describe('firmFormSchema', () => {
  it('turns a minimal form into a body without the empty optional fields', () => {
    expect(schema.parse(minimal)).toEqual({
      tradeName: '株式会社いわき水産',
      tradeNameKana: 'イワキスイサン',
      industryCode: 'E',
      chamberMember: true,
    });
  });

  it('normalises full-width and half-width input as the server does', () => {
    const body = schema.parse({
      ...minimal,
      tradeName: '　ＩＷＡＫＩ　食品 ',
      tradeNameKana: 'ｲﾜｷ ｼｮｸﾋﾝ',
      corporateNumber: '９２３４５６７８９０１２３',
      postalCode: '９７０－８０２６',
      phone: '０２４６ー２５ー９１５１',
      email: 'ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ',
      employees: 12,
      chamberMember: 'false',
      advisorSubject: 'sub-1',
      notes: ' 一行目\n２行目 ',
    });
    expect(body).toEqual({
      tradeName: 'IWAKI 食品',
      tradeNameKana: 'イワキ ショクヒン',
      corporateNumber: '9234567890123',
      industryCode: 'E',
      postalCode: '970-8026',
      phone: '0246-25-9151',
      email: 'info@example.jp',
      employees: 12,
      chamberMember: false,
      advisorSubject: 'sub-1',
      notes: '一行目\n2行目',
    });
  });

  it('requires 商号, フリガナ, 業種 and 会員区分', () => {
    expect(issuesOf({ ...EMPTY_FIRM_FORM, tradeName: '　' })).toEqual([
      { path: 'tradeName', message: 'validation.NotBlank' },
      { path: 'tradeNameKana', message: 'validation.NotBlank' },
      { path: 'industryCode', message: 'firmForm.errorSelect' },
      { path: 'chamberMember', message: 'firmForm.errorSelect' },
    ]);
  });

  it('tells a malformed 法人番号 from one with a wrong check digit', () => {
    expect(issuesOf({ ...minimal, corporateNumber: '123456789012' })).toEqual([
      { path: 'corporateNumber', message: 'format.corporateNumber' },
    ]);
    expect(issuesOf({ ...minimal, corporateNumber: '1234567890123' })).toEqual([
      { path: 'corporateNumber', message: 'firm.corporateNumber.checkDigit' },
    ]);
    expect(schema.parse({ ...minimal, corporateNumber: '9234-5678-90123' }).corporateNumber).toBe('9234567890123');
  });

  it('checks the postal code, phone and email formats', () => {
    expect(issuesOf({ ...minimal, postalCode: '97-08026', phone: '246259151', email: 'info@' })).toEqual([
      { path: 'postalCode', message: 'format.postalCode' },
      { path: 'phone', message: 'format.phone' },
      { path: 'email', message: 'validation.Email' },
    ]);
    expect(issuesOf({ ...minimal, phone: '0246--25-9151' })).toEqual([{ path: 'phone', message: 'format.phone' }]);
    expect(schema.parse({ ...minimal, postalCode: '9708026', phone: '09012345678' })).toMatchObject({
      postalCode: '970-8026',
      phone: '09012345678',
    });
  });

  it('rejects too long texts and employees out of range', () => {
    expect(issuesOf({ ...minimal, address: 'あ'.repeat(301), employees: 1_000_001 })).toEqual([
      { path: 'address', message: 'firmForm.errorMaxLength' },
      { path: 'employees', message: 'firmForm.errorRange' },
    ]);
    expect(issuesOf({ ...minimal, employees: 1.5 })).toEqual([{ path: 'employees', message: 'firmForm.errorInteger' }]);
    expect(issuesOf({ ...minimal, employees: -1 })).toEqual([{ path: 'employees', message: 'firmForm.errorRange' }]);
  });

  it('sends no advisor when none is chosen', () => {
    expect(schema.parse({ ...minimal, advisorSubject: '' }).advisorSubject).toBeUndefined();
  });
});

describe('normalizers', () => {
  it('strip the separators of a 法人番号', () => {
    expect(normalizeCorporateNumber('９２３４ ５６７８ ９０１２３')).toBe('9234567890123');
  });

  it('put the hyphen into a seven-digit postal code and leave anything else to the check', () => {
    expect(normalizePostalCode('〒970')).toBe('〒970');
    expect(normalizePostalCode('970 8026')).toBe('970-8026');
  });
});

describe('form values and bodies', () => {
  const firm: Firm = {
    id: 7,
    tradeName: '株式会社いわき水産',
    tradeNameKana: 'イワキスイサン',
    industryCode: 'E',
    chamberMember: false,
    employees: 0,
    advisor: { subject: 'sub-1', name: '鈴木 一郎' },
    archived: false,
    version: 2,
    createdAt: '2025-06-01T00:00:00Z',
    updatedAt: '2025-06-02T00:00:00Z',
  };

  it('fills the form from a firm and saves it unchanged', () => {
    const values = toFormValues(firm);
    expect(values.chamberMember).toBe('false');
    expect(values.employees).toBe(0);
    expect(schema.parse(values)).toEqual(JSON.parse(JSON.stringify(firmAsInput(firm))));
  });

  it('names the advisor input only where it is editable', () => {
    expect(formFieldPaths(true)).toContain('advisorSubject');
    expect(formFieldPaths(false)).not.toContain('advisorSubject');
    expect(formFieldPaths(false)).toContain('corporateNumber');
  });
});
