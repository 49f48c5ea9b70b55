import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiRequest, callApi, login, navigation, uniqueStamp, USERS } from './support';

/**
 * The CSV imports and the product list against the real API. Every record is made here,
 * its names unique by the clock; the Shift_JIS files are fixtures (Node has no Shift_JIS
 * encoder) whose ASCII placeholder is replaced by the run's digits, which leaves the
 * Shift_JIS bytes around it as they are.
 */

const PLACEHOLDER = '#STAMP#';
/** The file input, by its label (with the required mark); not the columns table named 「CSV ファイルの列」. */
const FILE_INPUT = /^CSV ファイル( \*)?$/;

function shiftJisFixture(name: string, digits: string): Buffer {
  const bytes = readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  // '#' is never the second byte of a Shift_JIS character, so every match is the placeholder itself.
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(PLACEHOLDER); at >= 0; at = bytes.indexOf(PLACEHOLDER, from)) {
    parts.push(bytes.subarray(from, at), Buffer.from(digits, 'ascii'));
    from = at + PLACEHOLDER.length;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Step 1 → 2: the file is read and its columns shown, each with the field the API proposes. */
async function readFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(FILE_INPUT).setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: '次へ（列の対応）' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '列の対応' })).toBeFocused();
}

/** A file in our own columns: through the mapping step as proposed, to the dry run's preview. */
async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await readFile(page, name, buffer);
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '内容の確認' })).toBeFocused();
}

/** The field chosen for a column of the file in the mapping step. */
function target(page: Page, column: string): Locator {
  return page.getByRole('combobox', { name: `「${column}」の取り込み先` });
}

/**
 * Sets what the mapping step proposes to the signed-in user from now on: a dry run of a small file
 * in our own columns with this mapping (the API remembers the last mapping per user and kind).
 * A test that depends on the proposal starts from it, whatever earlier runs left remembered.
 */
async function rememberFirmMapping(page: Page, columns: { column: string; field: string }[], rows: string[]): Promise<void> {
  const csv = [columns.map((c) => c.column).join(','), ...rows].join('\r\n');
  const mapping = JSON.stringify({ columns, constants: [] });
  const status = await page.evaluate(
    async ({ csv, mapping }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
      const query = new URLSearchParams({ dryRun: 'true', mapping });
      const response = await fetch(`/api/firms/import?${query.toString()}`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'text/csv', Authorization: `Bearer ${token ?? ''}` },
        body: csv,
      });
      return response.status;
    },
    { csv, mapping },
  );
  expect(status, 'the dry run that sets the remembered mapping').toBe(200);
}

/** The row of the preview table for a line of the file. */
function lineOf(table: Locator, line: number): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: String(line), exact: true }) });
}

test('a coordinator imports a Shift_JIS firm file, fixes its bad row, sees what creates and what updates, and finds the firms', async ({
  page,
}) => {
  const { digits } = uniqueStamp();
  await login(page, USERS.coordinator);
  // The firm that line 2 of the file updates: same 商号 and 郵便番号, another 住所.
  await apiRequest(page, 'POST', '/api/firms', {
    tradeName: `E2E 取込更新 ${digits}`,
    tradeNameKana: 'イーツーイートリコミコウシン',
    industryCode: 'E',
    postalCode: '970-8026',
    address: 'いわき市平字田町120',
    chamberMember: true,
  });

  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await page.getByRole('link', { name: 'CSVインポート' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者のCSVインポート' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'CSV ファイルの列' }).getByRole('row', { name: /会員/ })).toContainText('必須');

  await chooseFile(page, '事業者.csv', shiftJisFixture('firms-sjis-bad.csv', digits));
  const summary = page.getByRole('status', { name: '確認の結果' });
  await expect(summary).toContainText('文字コード：Shift_JIS');
  await expect(summary).toContainText('問題あり 1件');
  const table = page.getByRole('table', { name: 'ファイルの各行の処理' });
  const bad = lineOf(table, 4);
  await expect(bad).toContainText('問題あり');
  await expect(bad).toContainText(`E2E 取込追加 ${digits}`);
  await expect(bad).toContainText('会員：「会員」または「非会員」と書いてください');
  await expect(page.getByText('問題のある行があるため、取り込めません')).toBeVisible();
  await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeDisabled();
  await page.getByRole('checkbox', { name: '問題のある行だけ表示' }).check();
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'ファイルを選び直す' }).click();
  await expect(page.getByLabel(FILE_INPUT)).toBeFocused();
  await chooseFile(page, '事業者.csv', shiftJisFixture('firms-sjis-fixed.csv', digits));
  await expect(summary).toContainText('新規 2件');
  await expect(summary).toContainText('更新 1件');
  await expect(summary).toContainText('問題あり 0件');
  const update = lineOf(table, 2);
  await expect(update).toContainText('更新');
  await expect(update).toContainText('住所');
  await expect(update).toContainText('いわき市平字田町120');
  await expect(update).toContainText('いわき市小名浜花畑町1');
  await expect(lineOf(table, 3)).toContainText('新規');
  await expect(lineOf(table, 4)).toContainText('新規');

  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '取り込みました' })).toBeFocused();
  await expect(page.getByText('新規 2件、更新 1件を取り込みました。')).toBeVisible();

  await page.getByRole('link', { name: '事業者一覧に戻る' }).last().click();
  await page.getByRole('searchbox', { name: '検索' }).fill(digits);
  const firms = page.getByRole('table', { name: '事業者一覧' });
  for (const name of ['取込更新', '取込新規', '取込追加']) {
    await expect(firms.getByRole('link', { name: `E2E ${name} ${digits}`, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^全 3 件$/)).toBeVisible();
});

test('a Shift_JIS list in the office’s own columns and without 会員 imports through the mapping step, and 〜 stays in the name and the export', async ({
  page,
}) => {
  const { digits } = uniqueStamp();
  // U+301C WAVE DASH, as the name is written; the file has it as Shift_JIS 0x8160.
  const name = `E2E いわき\u301Cふぁーむ ${digits}`;
  await login(page, USERS.coordinator);
  // What this user mapped last: our own columns, and no value for every row.
  await rememberFirmMapping(
    page,
    [
      { column: '商号', field: 'tradeName' },
      { column: 'フリガナ', field: 'tradeNameKana' },
      { column: '業種', field: 'industryCode' },
      { column: '会員', field: 'chamberMember' },
    ],
    [`E2E 対応の初期化 ${digits},タイオウノショキカ,製造業,会員`],
  );
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await page.getByRole('link', { name: 'CSVインポート' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者のCSVインポート' })).toBeVisible();
  // The file step says which other headings are read as which column.
  await expect(page.getByRole('table', { name: 'CSV ファイルの列' }).getByRole('row', { name: /^商号/ })).toContainText('事業者名');

  await readFile(page, '会員名簿.csv', shiftJisFixture('firms-office-sjis.csv', digits));
  const summary = page.getByRole('status', { name: '読み込んだファイル' });
  await expect(summary).toContainText('文字コード：Shift_JIS');
  await expect(summary).toContainText('データ 2 行');
  const columns = page.getByRole('table', { name: 'ファイルの列と取り込む項目' });
  await expect(columns.getByRole('row', { name: /^事業者名/ })).toContainText(`E2E 事業者名取込 ${digits}`);
  // Proposed by synonym: 事業者名 → 商号, 電話番号 → 電話; 法人番号 is empty in every row.
  await expect(target(page, '事業者名')).toHaveValue('tradeName');
  await expect(target(page, '電話番号')).toHaveValue('phone');
  await expect(target(page, '業種')).toHaveValue('industryCode');
  await expect(columns.getByRole('row', { name: /^法人番号/ })).toContainText('（空欄）');

  // 会員 is required and the file has no such column: the check says so and goes to where it is given.
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '列の対応を確かめてください' })).toContainText('「会員」：列を選ぶか、全行に入れる値を書いてください');
  const member = page.getByRole('combobox', { name: '会員（全行に入れる値）' });
  await expect(member).toBeFocused();
  await member.selectOption('会員');
  // A column can be left out with the keyboard as well: 法人番号 is not imported.
  await target(page, '法人番号').focus();
  await target(page, '法人番号').selectOption({ label: '取り込まない' });

  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '内容の確認' })).toBeFocused();
  const check = page.getByRole('status', { name: '確認の結果' });
  await expect(check).toContainText('新規 2件');
  await expect(check).toContainText('問題あり 0件');
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByText('新規 2件、更新 0件を取り込みました。')).toBeVisible();

  // Stored with its wave dash, as a member, with the phone from 電話番号.
  const stored = await callApi(page, 'GET', `/api/firms?q=${digits}`);
  const firms = (stored.body as { items: { tradeName: string; chamberMember: boolean; phone?: string; industryCode: string }[] }).items;
  expect(firms.map((f) => f.tradeName).sort()).toEqual([name, `E2E 事業者名取込 ${digits}`].sort());
  expect(firms.find((f) => f.tradeName === name)).toMatchObject({ chamberMember: true, phone: '0246-22-1111', industryCode: 'AB' });

  await page.getByRole('link', { name: '事業者一覧に戻る' }).last().click();
  await page.getByRole('searchbox', { name: '検索' }).fill(digits);
  await expect(page.getByRole('table', { name: '事業者一覧' }).getByRole('link', { name, exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'いまの条件の一覧を CSV でダウンロード' }).click();
  const exported = readFileSync(await (await download).path(), 'utf-8');
  expect(exported).toContain(name);

  // The next file of firms: the mapping step proposes this user's choices again.
  await page.getByRole('link', { name: 'CSVインポート' }).click();
  await readFile(page, '会員名簿.csv', shiftJisFixture('firms-office-sjis.csv', digits));
  await expect(page.getByText('前回このインポートで選んだ対応を使っています。')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '会員（全行に入れる値）' })).toHaveValue('会員');
  await expect(target(page, '法人番号')).toHaveValue('');
});

test('a coordinator imports products for a firm, finds them by a half-width kana search, and exports the list', async ({ page }) => {
  const stamp = uniqueStamp();
  const firm = `E2E 商品取込 ${stamp.digits}`;
  const product = `E2E 揚げかまぼこ ${stamp.digits}`;
  await login(page, USERS.coordinator);
  await apiRequest(page, 'POST', '/api/firms', {
    tradeName: firm,
    tradeNameKana: 'イーツーイーショウヒントリコミ',
    industryCode: 'E',
    postalCode: '970-8044',
    chamberMember: false,
  });
  // Plain UTF-8 without a BOM, as a text editor saves it.
  const csv = [
    '商号,郵便番号,商品名,フリガナ,カテゴリ,価格,税込,内容量,最低ロット',
    `${firm},970-8044,${product},アゲカマボコ${stamp.katakana},水産加工品,1080,税込,120g,1ケース（24個）`,
    `${firm},970-8044,E2E 干物セット ${stamp.digits},ヒモノセット${stamp.katakana},水産加工品,3240,税抜,3枚,10セット`,
  ].join('\r\n');

  await navigation(page).getByRole('link', { name: '商品' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品' })).toBeVisible();
  await page.getByRole('link', { name: 'CSVインポート' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品のCSVインポート' })).toBeVisible();
  await chooseFile(page, 'products.csv', Buffer.from(csv, 'utf-8'));
  const summary = page.getByRole('status', { name: '確認の結果' });
  await expect(summary).toContainText('文字コード：UTF-8');
  await expect(summary).toContainText('新規 2件');
  const table = page.getByRole('table', { name: 'ファイルの各行の処理' });
  await expect(lineOf(table, 2)).toContainText(product);
  await expect(lineOf(table, 2)).toContainText(`事業者：${firm}`);
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByText('新規 2件、更新 0件を取り込みました。')).toBeVisible();

  await page.getByRole('link', { name: '商品一覧に戻る' }).last().click();
  await page.getByRole('searchbox', { name: '検索' }).fill(`ｱｹﾞｶﾏﾎﾞｺ${stamp.halfWidth}`);
  await expect(page).toHaveURL(/[?&]q=/);
  const products = page.getByRole('table', { name: '商品一覧' });
  const row = products.getByRole('row').filter({ hasText: product });
  await expect(row).toContainText('￥1,080（税込）');
  await expect(row.getByRole('link', { name: firm })).toHaveAttribute('href', /\/firms\/\d+$/);
  await expect(page.getByText(/^全 1 件$/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'いまの条件の一覧を CSV でダウンロード' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync(await file.path(), 'utf-8');
  expect(text).toContain(product);
  expect(text).not.toContain(`E2E 干物セット ${stamp.digits}`);
});

test('an advisor sees no import button, and /firms/import says it is not allowed', async ({ page }) => {
  await login(page, USERS.advisor);
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'ダウンロード' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSVインポート' })).toHaveCount(0);
  await navigation(page).getByRole('link', { name: '商品' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSVインポート' })).toHaveCount(0);

  await page.goto('/firms/import');
  await expect(page.getByText('このページは表示できません')).toBeVisible();
  await expect(page.getByText('CSV インポートは、事務局・管理者が行えます。')).toBeVisible();
  await expect(page.getByLabel(FILE_INPUT)).toHaveCount(0);
});
