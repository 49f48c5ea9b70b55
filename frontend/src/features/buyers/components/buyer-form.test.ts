import { describe, expect, it } from 'vitest';
import type { BuyerCompany } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import {
  BUYER_FORM_FIELDS,
  buyerCompanyAsInput,
  buyerFormSchema,
  EMPTY_BUYER_FORM,
  toBuyerFormValues,
  type BuyerFormInput,
} from './buyer-form';

const t: Translate = (key) => key;
const schema = buyerFormSchema(t);

const minimal: BuyerFormInput = {
  ...EMPTY_BUYER_FORM,
  name: '株式会社まるいちストア',
  nameKana: 'まるいちすとあ',
  type: 'SUPERMARKET',
  region: 'TOKYO_AREA',
};

function issuesOf(values: BuyerFormInput) {
  const result = schema.safeParse(values);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];
}

describe('buyerFormSchema', () => {
  it('turns a minimal form into a body without the empty optional fields', () => {
    expect(schema.parse(minimal)).toEqual({
      name: '株式会社まるいちストア',
      nameKana: 'マルイチストア',
      type: 'SUPERMARKET',
      region: 'TOKYO_AREA',
    });
  });

  it('folds full-width and half-width input as the server does', () => {
    expect(
      schema.parse({
        ...minimal,
        name: '　ＭＡＲＵＩＣＨＩ　ストア ',
        nameKana: 'ﾏﾙｲﾁ ｽﾄｱｰ',
        postalCode: '１０００００５',
        address: ' 東京都千代田区丸の内１－１ ',
        phone: '０３ー１２３４ー５６７８',
        notes: ' 一行目\n２行目 ',
      }),
    ).toEqual({
      name: 'MARUICHI ストア',
      nameKana: 'マルイチ ストアー',
      type: 'SUPERMARKET',
      region: 'TOKYO_AREA',
      postalCode: '100-0005',
      address: '東京都千代田区丸の内1-1',
      phone: '03-1234-5678',
      notes: '一行目\n2行目',
    });
  });

  it('requires 企業名, フリガナ, 種別 and 地域', () => {
    expect(issuesOf({ ...EMPTY_BUYER_FORM, name: '　' })).toEqual([
      { path: 'name', message: 'validation.NotBlank' },
      { path: 'nameKana', message: 'validation.NotBlank' },
      { path: 'type', message: 'form.errorSelect' },
      { path: 'region', message: 'form.errorSelect' },
    ]);
  });

  it('accepts only the contract’s types and regions', () => {
    expect(issuesOf({ ...minimal, type: 'supermarket', region: 'TOKYO' })).toEqual([
      { path: 'type', message: 'form.errorSelect' },
      { path: 'region', message: 'form.errorSelect' },
    ]);
  });

  it('wants the reading in kana (or Latin letters), as the API does', () => {
    expect(issuesOf({ ...minimal, nameKana: '丸一ストア' })).toEqual([{ path: 'nameKana', message: 'format.kana' }]);
    expect(schema.parse({ ...minimal, nameKana: 'ABC・まーと (2)' }).nameKana).toBe('ABC・マート (2)');
  });

  it('checks the postal code and phone formats and the lengths', () => {
    expect(
      issuesOf({ ...minimal, postalCode: '100-00005', phone: '3-1234-5678', address: 'あ'.repeat(301), name: 'x'.repeat(201) }),
    ).toEqual([
      { path: 'name', message: 'form.errorMaxLength' },
      { path: 'postalCode', message: 'format.postalCode' },
      { path: 'address', message: 'form.errorMaxLength' },
      { path: 'phone', message: 'format.phone' },
    ]);
    expect(issuesOf({ ...minimal, phone: '03-1234' })).toEqual([{ path: 'phone', message: 'format.phone' }]);
  });
});

describe('form values and bodies', () => {
  const company: BuyerCompany = {
    id: 3,
    name: '株式会社まるいちストア',
    nameKana: 'マルイチストア',
    type: 'DEPARTMENT_STORE',
    region: 'KINKI',
    phone: '06-1234-5678',
    archived: false,
    version: 4,
    createdAt: '2026-04-01T00:00:00Z',
    updatedAt: '2026-04-02T00:00:00Z',
  };

  it('fills the form from a company and saves it unchanged', () => {
    const values = toBuyerFormValues(company);
    expect(values).toMatchObject({ type: 'DEPARTMENT_STORE', region: 'KINKI', address: '', notes: '' });
    expect(schema.parse(values)).toEqual(JSON.parse(JSON.stringify(buyerCompanyAsInput(company))));
  });

  it('names every input, for the server’s field errors', () => {
    expect([...BUYER_FORM_FIELDS].sort()).toEqual(['address', 'name', 'nameKana', 'notes', 'phone', 'postalCode', 'region', 'type']);
  });
});
