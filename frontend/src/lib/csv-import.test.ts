import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import type { ImportReport, Problem } from './api/types';
import {
  canCommit,
  checkImportFile,
  fileErrorMessage,
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  problemRows,
  rejectionPreview,
  templateBlob,
  templateCsv,
  toPreview,
  translateImportProblem,
  type ImportKind,
} from './csv-import';
import { ApiError, type Translate } from './problem';

const ja = messagesOf('ja');
const en = messagesOf('en');

async function realT(lng: 'ja' | 'en'): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: lng === 'ja' ? ja : en } },
    interpolation: { escapeValue: false },
  });
  return asTranslate(i18n.t);
}

const report: ImportReport = {
  dryRun: true,
  encoding: 'Shift_JIS',
  created: 1,
  updated: 1,
  failed: 1,
  rows: [
    { row: 4, action: 'ERROR', name: 'いわき食品', problems: [{ column: '会員', key: 'import.member', message: 'Write 会員 or 非会員' }] },
    { row: 2, action: 'CREATE', name: 'いわき水産', problems: [] },
    {
      row: 3,
      action: 'UPDATE',
      name: '小名浜蒲鉾',
      recordId: 7,
      changes: [{ field: 'address', from: 'いわき市平', to: 'いわき市小名浜' }],
      problems: [],
    },
  ],
};

describe('IMPORT_COLUMNS', () => {
  it.each<[ImportKind, string[]]>([
    ['firms', ['商号', 'フリガナ', '業種', '会員']],
    ['buyers', ['企業名', 'フリガナ', '種別', '地域']],
    ['products', ['商号', '商品名']],
  ])('requires of %s the columns the contract requires', (kind, required) => {
    expect(IMPORT_COLUMNS[kind].filter((c) => c.required).map((c) => c.name)).toEqual(required);
  });

  it('names every column once per kind', () => {
    for (const columns of Object.values(IMPORT_COLUMNS)) {
      const names = columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("offers the firm import's advisor column, which the contract makes optional", () => {
    expect(IMPORT_COLUMNS.firms.find((c) => c.name === '担当経営指導員')?.required).toBe(false);
  });
});

describe('templateCsv', () => {
  it('is the header line alone, with a BOM and CRLF as Excel writes it', () => {
    expect(templateCsv('products')).toBe(
      '\uFEFF商号,法人番号,郵便番号,商品名,フリガナ,カテゴリ,説明,価格,税込,内容量,賞味期限,包装,最低ロット\r\n',
    );
  });

  it('is saved as UTF-8 bytes starting with EF BB BF, so Japanese Excel does not guess Shift_JIS', async () => {
    const bytes = new Uint8Array(await templateBlob('firms').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(bytes.slice(3))).toMatch(/^商号,フリガナ,法人番号,業種,/);
    expect(templateBlob('firms').type).toBe('text/csv;charset=utf-8');
  });
});

describe('checkImportFile', () => {
  it('lets a CSV of up to 5 MB go', () => {
    expect(checkImportFile({ name: 'firms.csv', size: IMPORT_MAX_BYTES })).toBeUndefined();
  });

  it('stops an empty file, a larger one and an Excel workbook before they are sent', () => {
    expect(checkImportFile({ name: 'firms.csv', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'firms.csv', size: IMPORT_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(checkImportFile({ name: '事業者.XLSX', size: 1000 })).toBe('excel');
  });
});

describe('toPreview', () => {
  it('lists the rows in file order with their counts and encoding', () => {
    const preview = toPreview(report);
    expect(preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'CREATE'],
      [3, 'UPDATE'],
      [4, 'ERROR'],
    ]);
    expect(preview).toMatchObject({ encoding: 'Shift_JIS', created: 1, updated: 1, failed: 1 });
    expect(preview.rows[0]?.changes).toEqual([]);
    expect(preview.rows[1]?.changes).toEqual([{ field: 'address', from: 'いわき市平', to: 'いわき市小名浜' }]);
  });

  it('picks out the rows with problems for the filter', () => {
    expect(problemRows(toPreview(report)).map((r) => r.row)).toEqual([4]);
  });
});

describe('canCommit', () => {
  it('is false while any row has a problem', () => {
    expect(canCommit(toPreview(report))).toBe(false);
  });

  it('is true for a clean file with rows, false for a file of headers only', () => {
    const clean: ImportReport = { ...report, failed: 0, rows: report.rows.filter((r) => r.action !== 'ERROR') };
    expect(canCommit(toPreview(clean))).toBe(true);
    expect(canCommit(toPreview({ ...clean, created: 0, updated: 0, rows: [] }))).toBe(false);
  });
});

describe('rejectionPreview', () => {
  const refusal: Problem = {
    type: 'urn:iwaki-matching:problem:unprocessable',
    title: 'The import has problems',
    status: 422,
    errors: [
      { field: 'rows[3].商号', key: 'firm.archived', message: 'The matching firm is archived', params: { row: 3, column: '商号' } },
      { field: 'rows[9].郵便番号', key: 'format.postalCode', message: 'bad postal code' },
      { field: 'file', key: 'import.unreadable', message: 'unreadable' },
    ],
  };

  it("puts a refused commit's errors on the dry run's rows, by line and column", () => {
    const preview = rejectionPreview(refusal, toPreview({ ...report, failed: 0, rows: report.rows.slice(1) }));
    const row3 = preview.rows.find((r) => r.row === 3);
    expect(row3).toMatchObject({ action: 'ERROR', name: '小名浜蒲鉾', changes: [] });
    expect(row3?.problems).toEqual([{ column: '商号', key: 'firm.archived', message: 'The matching firm is archived' }]);
    // Without params the line and column are read from the field.
    expect(preview.rows.find((r) => r.row === 9)?.problems).toEqual([
      { column: '郵便番号', key: 'format.postalCode', message: 'bad postal code' },
    ]);
    expect(preview.rows.find((r) => r.row === 2)?.action).toBe('CREATE');
    expect(preview.failed).toBe(2);
    expect(preview.unplaced.map((e) => e.field)).toEqual(['file']);
  });

  it('no longer claims what would have been written, and cannot be committed', () => {
    const preview = rejectionPreview(refusal, toPreview(report));
    expect(preview.created).toBeUndefined();
    expect(preview.updated).toBeUndefined();
    expect(canCommit(preview)).toBe(false);
  });
});

describe('translateImportProblem', () => {
  it('translates a problem by its key, in Japanese', async () => {
    const t = await realT('ja');
    expect(translateImportProblem({ column: '会員', key: 'import.member', message: 'Write 会員 or 非会員' }, t)).toBe(
      '「会員」または「非会員」と書いてください',
    );
  });

  it('says the limit the server sends with a Size, Min or Max problem', async () => {
    const t = await realT('ja');
    const problem = { column: '商号', key: 'validation.Size', message: 'size must be between 0 and 200', params: { min: 0, max: 200 } };
    expect(translateImportProblem(problem, t)).toBe(t('validation.Size', { min: 0, max: 200 }));
    expect(translateImportProblem(problem, t)).toContain('200');
  });

  it('words a limit problem without its limits on its own', async () => {
    const t = await realT('ja');
    const text = translateImportProblem({ column: '商号', key: 'validation.Size', message: 'size must be between 0 and 200' }, t);
    expect(text).toBe('文字数が多すぎます');
  });

  it("falls back to the server's English for a key it does not know", async () => {
    const t = await realT('ja');
    expect(translateImportProblem({ column: '価格', key: 'import.somethingNew', message: 'Something new' }, t)).toBe('Something new');
  });

  const SERVER_KEYS = [
    'import.encoding',
    'import.unreadable',
    'import.columnMissing',
    'import.duplicateRow',
    'import.member',
    'import.taxIncluded',
    'import.firmNotFound',
    'import.advisorUnknown',
    'import.advisorAmbiguous',
    'json.invalidValue',
    'firm.industry.unknown',
    'firm.archived',
    'buyer.archived',
    'firm.corporateNumber.checkDigit',
    'validation.NotBlank',
    'validation.NotNull',
    'validation.Size',
    'validation.Min',
    'validation.Max',
    'validation.Pattern',
    'validation.Email',
    'format.corporateNumber',
    'format.postalCode',
    'format.phone',
    'format.kana',
  ];

  it.each(['ja', 'en'] as const)('knows every key the imports send, in %s, without a blank where a param would go', async (lng) => {
    const t = await realT(lng);
    for (const key of SERVER_KEYS) {
      const text = translateImportProblem({ column: '列', key, message: 'MISSING' }, t);
      expect(text, key).not.toBe('MISSING');
      expect(text, key).not.toMatch(/\{\{|〜文字|between {2}/);
    }
  });
});

describe('fileErrorMessage', () => {
  const badRequest = (errors: Problem['errors']) =>
    new ApiError(400, { type: 'urn:iwaki-matching:problem:validation', title: 'invalid', status: 400, errors });

  it("names the missing column of a 400 on the file, in Japanese", async () => {
    const t = await realT('ja');
    const error = badRequest([
      { field: 'file', key: 'import.columnMissing', message: 'Column 会員 is missing', params: { column: '会員' } },
    ]);
    expect(fileErrorMessage(error, t)).toBe('必須の列「会員」がありません。1行目の見出しを確かめてください');
  });

  it('says how large a file may be on 413, and leaves a 422 to the rows', async () => {
    const t = await realT('ja');
    expect(fileErrorMessage(new ApiError(413, undefined), t)).toBe('ファイルは 5 MB 以下にしてください');
    expect(fileErrorMessage(new ApiError(422, undefined), t)).toBeUndefined();
  });

  it('says the check failed when the server did not answer', async () => {
    const t = await realT('ja');
    expect(fileErrorMessage(new TypeError('Failed to fetch'), t)).toMatch(/確認できませんでした/);
  });
});
