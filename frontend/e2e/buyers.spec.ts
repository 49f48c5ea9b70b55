import { expect, test, type Page } from '@playwright/test';
import { expectedNav, login, logout, navigation, signedInUser, USERS } from './support';

/**
 * The buyer registry against the real API. Every test registers its own companies and
 * contacts with names and readings made unique by the clock, and never relies on demo
 * data (whether the demo buyers are linked to a company included).
 */

const HIRAGANA = 'あいうえおかきくけこ';
const KATAKANA = 'アイウエオカキクケコ';
const HALF_WIDTH_KANA = 'ｱｲｳｴｵｶｷｸｹｺ';

interface TestBuyer {
  name: string;
  /** The reading as typed: hiragana. */
  reading: string;
  /** The reading as stored: katakana. */
  readingKatakana: string;
  /** The reading in half-width katakana, for searching. */
  readingHalfWidth: string;
  /** A contact person of the company. */
  contact: string;
  contactReading: string;
  contactReadingKatakana: string;
}

/** A company no other run has: the clock's last eight digits, spelt once in digits and once in kana. */
function uniqueBuyer(label: string): TestBuyer {
  const digits = String(Date.now()).slice(-8);
  const spell = (alphabet: string) => [...digits].map((d) => alphabet[Number(d)]).join('');
  return {
    name: `E2E バイヤー ${label} ${digits}`,
    reading: `てすとばいやー${spell(HIRAGANA)}`,
    readingKatakana: `テストバイヤー${spell(KATAKANA)}`,
    readingHalfWidth: `ﾃｽﾄﾊﾞｲﾔｰ${spell(HALF_WIDTH_KANA)}`,
    contact: `試験 花子 ${digits}`,
    contactReading: `しけん はなこ`,
    contactReadingKatakana: 'シケン ハナコ',
  };
}

async function openBuyerList(page: Page): Promise<void> {
  await navigation(page).getByRole('link', { name: 'バイヤー企業' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイヤー企業' })).toBeVisible();
}

/** Registers a company through the form (reading in hiragana, postal code in full width); returns its page's path. */
async function registerBuyer(page: Page, buyer: TestBuyer): Promise<string> {
  await openBuyerList(page);
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイヤー企業の新規登録' })).toBeVisible();
  await page.getByRole('textbox', { name: '企業名' }).fill(buyer.name);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill(buyer.reading);
  await page.getByRole('combobox', { name: '種別' }).selectOption({ label: 'スーパー' });
  await page.getByRole('combobox', { name: '地域' }).selectOption({ label: '首都圏' });
  await page.getByRole('textbox', { name: '郵便番号' }).fill('１００－０００５');
  await page.getByRole('textbox', { name: '電話番号' }).fill('03-1234-5678');
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: buyer.name })).toBeVisible();
  await expect(page).toHaveURL(/\/buyers\/\d+$/);
  return new URL(page.url()).pathname;
}

test('coordinator registers a buyer company, adds and edits a contact, sees the history, and finds it by half-width kana', async ({
  page,
}) => {
  const buyer = uniqueBuyer('登録');
  await login(page, USERS.coordinator);
  await registerBuyer(page, buyer);

  // The page shows what the server stored: the reading in katakana, half-width digits.
  const basics = page.getByRole('region', { name: '基本情報' });
  await expect(basics.getByRole('row', { name: /フリガナ/ })).toContainText(buyer.readingKatakana);
  await expect(basics.getByRole('row', { name: /種別/ })).toContainText('スーパー');
  await expect(basics.getByRole('row', { name: /地域/ })).toContainText('首都圏');
  await expect(page.getByRole('region', { name: '所在地・連絡先' })).toContainText('〒100-0005');

  // 担当者を追加
  const contacts = page.getByRole('region', { name: '担当者', exact: true });
  await contacts.getByRole('button', { name: '担当者を追加' }).click();
  const addDialog = page.getByRole('dialog', { name: '担当者の追加' });
  await addDialog.getByRole('textbox', { name: '氏名' }).fill(buyer.contact);
  await addDialog.getByRole('textbox', { name: 'フリガナ' }).fill(buyer.contactReading);
  await addDialog.getByRole('textbox', { name: '部署' }).fill('商品部');
  await addDialog.getByRole('textbox', { name: 'メール' }).fill('ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ');
  await addDialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(addDialog).toBeHidden();
  const card = contacts.getByRole('listitem').filter({ hasText: buyer.contact });
  await expect(card).toContainText(buyer.contactReadingKatakana);
  await expect(card).toContainText('商品部');
  await expect(card).toContainText('hanako@example.jp');

  // 編集: the contact's version goes as If-Match.
  await card.getByRole('button', { name: `「${buyer.contact}」を編集` }).click();
  const editDialog = page.getByRole('dialog', { name: '担当者の編集' });
  await expect(editDialog.getByRole('textbox', { name: 'フリガナ' })).toHaveValue(buyer.contactReadingKatakana);
  await editDialog.getByRole('textbox', { name: '部署' }).fill('青果部');
  await editDialog.getByRole('textbox', { name: '電話' }).fill('０９０－１２３４－５６７８');
  await editDialog.getByRole('button', { name: '保存' }).click();
  await expect(editDialog).toBeHidden();
  await expect(card).toContainText('青果部');
  await expect(card).toContainText('090-1234-5678');

  // 変更履歴: the registration and the contact's changes, the contact called by its name.
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history).toContainText('登録');
  const departmentChange = history.getByRole('row', { name: new RegExp(`担当者「${buyer.contact}」の部署`) }).first();
  await expect(departmentChange).toContainText('商品部');
  await expect(departmentChange).toContainText('青果部');
  await expect(history).toContainText('佐藤');

  // The list finds it by its reading typed in half-width katakana.
  await page.getByRole('link', { name: 'バイヤー企業一覧に戻る' }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill(buyer.readingHalfWidth);
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByRole('table', { name: 'バイヤー企業一覧' });
  await expect(table.getByRole('link', { name: buyer.name, exact: true })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: buyer.name })).toContainText('首都圏');
  await expect(page.getByText(/^全 [\d,]+ 件$/)).toBeVisible();
});

test('a reading in kanji gets a Japanese error on its field and nothing is registered', async ({ page }) => {
  const buyer = uniqueBuyer('読み誤り');
  await login(page, USERS.coordinator);
  await openBuyerList(page);
  await page.getByRole('link', { name: '新規登録' }).first().click();

  await page.getByRole('textbox', { name: '企業名' }).fill(buyer.name);
  const reading = page.getByRole('textbox', { name: 'フリガナ' });
  await reading.fill('試験商店');
  await page.getByRole('combobox', { name: '種別' }).selectOption({ label: '百貨店' });
  await page.getByRole('combobox', { name: '地域' }).selectOption({ label: '近畿' });
  await page.getByRole('button', { name: '登録', exact: true }).click();

  await expect(reading).toHaveAttribute('aria-invalid', 'true');
  await expect(reading).toHaveAccessibleDescription(/カタカナで入力してください/);
  await expect(reading).toBeFocused();
  await expect(page).toHaveURL(/\/buyers\/new$/);
});

test('an advisor reads the list, a company, its contacts and history, but changes nothing', async ({ page }) => {
  const buyer = uniqueBuyer('参照');
  await login(page, USERS.coordinator);
  const path = await registerBuyer(page, buyer);
  await logout(page);

  await login(page, USERS.advisor);
  await openBuyerList(page);
  await expect(page.getByRole('link', { name: '新規登録' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: '検索' }).fill(buyer.name);
  await page.getByRole('table', { name: 'バイヤー企業一覧' }).getByRole('link', { name: buyer.name, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: buyer.name })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(path);
  await expect(page.getByRole('region', { name: '担当者', exact: true })).toContainText('担当者はまだ登録されていません');
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText('登録');
  await expect(page.getByRole('link', { name: '編集' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'アーカイブ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '担当者を追加' })).toHaveCount(0);
});

test('a buyer has no バイヤー企業 menu and /buyers says it is not allowed', async ({ page }) => {
  const registryCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/buyer-companies')) registryCalls.push(request.url());
  });
  await login(page, USERS.buyer);
  const me = await signedInUser(page);
  await expect(navigation(page).getByRole('link')).toHaveText(expectedNav(USERS.buyer, me));
  await expect(navigation(page).getByRole('link', { name: 'バイヤー企業' })).toHaveCount(0);

  await page.goto('/buyers');
  await expect(page.getByText('このページは表示できません')).toBeVisible();
  await expect(page.getByText('バイヤー企業の名簿は、事務局・経営指導員・管理者が利用できます。')).toBeVisible();
  expect(registryCalls).toEqual([]);
});
