import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import type { ImportDescription, ImportField, ImportFilePreview, Problem } from './api/types';
import {
  assignColumn,
  checkDraft,
  draftFromPreview,
  fieldHint,
  fieldLabel,
  fieldsWithoutColumn,
  isSendable,
  placeMappingErrors,
  setConstant,
  templateBlob,
  templateCsv,
  toImportMapping,
} from './import-mapping';
import type { Translate } from './problem';

async function realT(lng: 'ja' | 'en'): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: messagesOf(lng) } }, interpolation: { escapeValue: false } });
  return asTranslate(i18n.t);
}

function field(name: string, column: string, required = false, extra: Partial<ImportField> = {}): ImportField {
  return { field: name, column, labelEn: name, synonyms: [], required, value: 'text', choices: [], keptWhenAbsent: !required, ...extra };
}

const firms: ImportDescription = {
  kind: 'firms',
  fields: [
    field('tradeName', '商号', true, { synonyms: ['事業者名'], labelEn: 'Trade name' }),
    field('tradeNameKana', 'フリガナ', true, { value: 'reading' }),
    field('phone', '電話', false, { value: 'code', synonyms: ['電話番号', 'TEL'] }),
    field('address', '住所'),
    field('chamberMember', '会員', true, { value: 'choice', choices: ['会員', '非会員'] }),
  ],
};

/** The chamber's list: 事業者名 and 電話番号 instead of our headers, no 会員, and a column we do not read. */
const preview: ImportFilePreview = {
  encoding: 'Shift_JIS',
  rows: 120,
  columns: [
    { column: '事業者名', samples: ['いわき〜ふぁーむ', '小名浜水産'] },
    { column: 'フリガナ', samples: ['イワキファーム'] },
    { column: '電話番号', samples: ['0246-22-1111'] },
    { column: '備考', samples: [] },
  ],
  mapping: {
    columns: [
      { column: '事業者名', field: 'tradeName' },
      { column: 'フリガナ', field: 'tradeNameKana' },
      { column: '電話番号', field: 'phone' },
    ],
    constants: [],
  },
  remembered: false,
};

describe('draftFromPreview', () => {
  it('starts from the proposal: every column of the file, the ones it does not map left out', () => {
    expect(draftFromPreview(preview).columns).toEqual([
      { column: '事業者名', field: 'tradeName' },
      { column: 'フリガナ', field: 'tradeNameKana' },
      { column: '電話番号', field: 'phone' },
      { column: '備考', field: null },
    ]);
  });

  it('takes the values for every row the user gave last time', () => {
    const remembered = { ...preview, remembered: true, mapping: { ...preview.mapping, constants: [{ field: 'chamberMember', value: '会員' }] } };
    expect(draftFromPreview(remembered).constants).toEqual({ chamberMember: '会員' });
  });
});

describe('checkDraft', () => {
  it('asks for a value for a required field the file has no column for', () => {
    const draft = draftFromPreview(preview);
    const problems = checkDraft(draft, firms);
    expect(problems.missing.map((f) => f.field)).toEqual(['chamberMember']);
    expect(isSendable(problems)).toBe(false);
    expect(isSendable(checkDraft(setConstant(draft, 'chamberMember', '会員'), firms))).toBe(true);
    expect(isSendable(checkDraft(setConstant(draft, 'chamberMember', '  '), firms))).toBe(false);
  });

  it('names both columns when two hold the same field, until one is changed', () => {
    const twice = assignColumn(setConstant(draftFromPreview(preview), 'chamberMember', '会員'), '備考', 'phone');
    const problems = checkDraft(twice, firms);
    expect(problems.sharedField.get('備考')).toEqual(['電話番号']);
    expect(problems.sharedField.get('電話番号')).toEqual(['備考']);
    expect(isSendable(problems)).toBe(false);
    expect(isSendable(checkDraft(assignColumn(twice, '電話番号', null), firms))).toBe(true);
  });

  it('misses a required field again when its column is left out', () => {
    const withoutName = assignColumn(draftFromPreview(preview), '事業者名', null);
    expect(checkDraft(withoutName, firms).missing.map((f) => f.field)).toEqual(['tradeName', 'chamberMember']);
  });
});

describe('fieldsWithoutColumn', () => {
  it('lists the fields no column holds, required ones first', () => {
    expect(fieldsWithoutColumn(draftFromPreview(preview), firms).map((f) => f.field)).toEqual(['chamberMember', 'address']);
  });
});

describe('toImportMapping', () => {
  it('sends the columns that hold a field and the values of fields no column holds', () => {
    let draft = setConstant(draftFromPreview(preview), 'chamberMember', ' 会員 ');
    draft = setConstant(draft, 'phone', '0246-00-0000');
    draft = setConstant(draft, 'address', '');
    expect(toImportMapping(draft)).toEqual({
      columns: [
        { column: '事業者名', field: 'tradeName' },
        { column: 'フリガナ', field: 'tradeNameKana' },
        { column: '電話番号', field: 'phone' },
      ],
      constants: [{ field: 'chamberMember', value: '会員' }],
    });
  });
});

describe('placeMappingErrors', () => {
  it("puts the API's errors on the column or field they name, in Japanese", async () => {
    const t = await realT('ja');
    const sent = { columns: [{ column: '事業者名', field: 'tradeName' }, { column: '備考', field: 'phone' }], constants: [{ field: 'chamberMember', value: 'たぶん' }] };
    const problem: Problem = {
      type: 'urn:iwaki-matching:problem:validation',
      title: 'One or more fields are invalid',
      status: 400,
      errors: [
        { field: 'mapping.columns[1].field', key: 'import.mapping.fieldTwice', message: 'taken', params: { field: 'phone', column: '電話', first: '電話番号', second: '備考' } },
        { field: 'mapping.constants[0].value', key: 'import.member', message: 'Write 会員 or 非会員' },
        { field: 'mapping.tradeNameKana', key: 'import.mapping.required', message: 'required', params: { field: 'tradeNameKana', column: 'フリガナ' } },
        { field: 'mapping', key: 'import.mapping.unreadable', message: 'not JSON' },
      ],
    };
    const placed = placeMappingErrors(problem, sent, t);
    expect(placed.byColumn.get('備考')).toBe('「電話」には「電話番号」の列をもう選んでいます');
    expect(placed.byField.get('chamberMember')).toBe('「会員」または「非会員」と書いてください');
    expect(placed.byField.get('tradeNameKana')).toBe('「フリガナ」は必須です。列を選ぶか、全行に入れる値を書いてください');
    expect(placed.other).toHaveLength(1);
  });
});

describe('fieldLabel', () => {
  it('is our Japanese header in Japanese and the English label otherwise', () => {
    expect(fieldLabel(firms.fields[0]!, 'ja')).toBe('商号');
    expect(fieldLabel(firms.fields[0]!, 'en')).toBe('Trade name');
  });
});

describe('templateCsv', () => {
  it('is the header line of the import, in its order, with a BOM and CRLF as Excel writes it', () => {
    expect(templateCsv(firms)).toBe('\uFEFF商号,フリガナ,電話,住所,会員\r\n');
  });

  it('is saved as UTF-8 bytes starting with EF BB BF, so Japanese Excel does not guess Shift_JIS', async () => {
    const bytes = new Uint8Array(await templateBlob(firms).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(templateBlob(firms).type).toBe('text/csv;charset=utf-8');
  });
});

describe('fieldHint', () => {
  it("says how to write a field: its own hint first, else one for how it is read", async () => {
    const t = await realT('ja');
    const number = field('corporateNumber', '法人番号', false, { value: 'code' });
    expect(fieldHint('firms', number, t, 'ja')).toBe('13桁の数字。個人事業主は空欄');
    expect(fieldHint('firms', firms.fields[4]!, t, 'ja')).toBe('「会員」「非会員」のいずれか');
    expect(fieldHint('firms', firms.fields[1]!, t, 'ja')).toBe('カタカナ（ひらがな・半角カナも可）');
    expect(fieldHint('firms', firms.fields[3]!, t, 'ja')).toBe('');
    expect(fieldHint('buyers', field('contact.name', '担当者'), t, 'ja')).toBe('担当者の氏名。空欄なら企業だけを登録');
    expect(fieldHint('firms', firms.fields[4]!, await realT('en'), 'en')).toBe('One of 会員, 非会員');
  });
});
