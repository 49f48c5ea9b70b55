import { expect, test, type Page } from '@playwright/test';
import { expectedNav, login, logout, navigation, signedInUser, USERS } from './support';

/**
 * The firm registry against the real API. Every test registers its own firms with names
 * and readings made unique by the clock, and never relies on demo data.
 */

const HIRAGANA = 'あいうえおかきくけこ';
const KATAKANA = 'アイウエオカキクケコ';
const HALF_WIDTH_KANA = 'ｱｲｳｴｵｶｷｸｹｺ';

interface TestFirm {
  tradeName: string;
  /** The reading as typed: hiragana. */
  reading: string;
  /** The reading as stored: katakana. */
  readingKatakana: string;
  /** The reading in half-width katakana, for searching. */
  readingHalfWidth: string;
}

/** A firm no other run has: the clock's last eight digits, spelt once in digits and once in kana. */
function uniqueFirm(label: string): TestFirm {
  const digits = String(Date.now()).slice(-8);
  const spell = (alphabet: string) => [...digits].map((d) => alphabet[Number(d)]).join('');
  return {
    tradeName: `E2E ${label} ${digits}`,
    reading: `いわきてすと${spell(HIRAGANA)}`,
    readingKatakana: `イワキテスト${spell(KATAKANA)}`,
    readingHalfWidth: `ｲﾜｷﾃｽﾄ${spell(HALF_WIDTH_KANA)}`,
  };
}

/** 13 digits with a valid check digit (the first), from a random 12-digit base. */
function validCorporateNumber(): string {
  const base = Array.from({ length: 12 }, () => Math.floor(Math.random() * 10)).join('');
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
}

const toFullWidthDigits = (value: string) => value.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

async function openNewFirmForm(page: Page): Promise<void> {
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者' })).toBeVisible();
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の新規登録' })).toBeVisible();
}

/** Fills the required fields (and the advisor, if given), submits, and returns the new firm's URL. */
async function registerFirm(page: Page, firm: TestFirm, advisor?: { name: string }): Promise<string> {
  await openNewFirmForm(page);
  await page.getByRole('textbox', { name: '商号' }).fill(firm.tradeName);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill(firm.reading);
  await page.getByRole('combobox', { name: '業種' }).selectOption({ label: '製造業' });
  await page.getByRole('radio', { name: '非会員' }).check();
  if (advisor) {
    // Chosen from the advisors Keycloak knows (GET /api/advisors), not typed.
    await page.getByRole('combobox', { name: '経営指導員' }).click();
    await page.getByRole('option', { name: advisor.name }).click();
  }
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: firm.tradeName })).toBeVisible();
  await expect(page).toHaveURL(/\/firms\/\d+$/);
  return new URL(page.url()).pathname;
}

test('coordinator registers a firm from full-width digits and hiragana, edits it, and finds it by half-width kana', async ({
  page,
}) => {
  const firm = uniqueFirm('いわき水産');
  const corporateNumber = validCorporateNumber();
  await login(page, USERS.coordinator);
  await openNewFirmForm(page);

  await page.getByRole('textbox', { name: '商号' }).fill(firm.tradeName);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill(firm.reading);
  await page.getByRole('textbox', { name: '法人番号' }).fill(toFullWidthDigits(corporateNumber));
  await page.getByRole('combobox', { name: '業種' }).selectOption({ label: '製造業' });
  await page.getByRole('radio', { name: '会員', exact: true }).check();
  await page.getByRole('textbox', { name: '郵便番号' }).fill('９７０－８０２６');
  await page.getByRole('button', { name: '登録', exact: true }).click();

  // The detail page shows what the server stored: the reading in katakana, half-width digits.
  await expect(page.getByRole('heading', { level: 1, name: firm.tradeName })).toBeVisible();
  const basics = page.getByRole('region', { name: '基本情報' });
  await expect(basics.getByRole('row', { name: /フリガナ/ })).toContainText(firm.readingKatakana);
  await expect(basics.getByRole('row', { name: /法人番号/ })).toContainText(corporateNumber);
  await expect(page.getByRole('region', { name: '所在地・連絡先' })).toContainText('〒970-8026');
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history).toContainText('登録');

  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の編集' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'フリガナ' })).toHaveValue(firm.readingKatakana);
  await page.getByRole('textbox', { name: '担当者' }).fill('山田 太郎');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: firm.tradeName })).toBeVisible();
  await expect(page.getByRole('region', { name: '所在地・連絡先' }).getByRole('row', { name: /担当者/ })).toContainText('山田 太郎');
  const change = history.getByRole('row', { name: /担当者/ });
  await expect(change).toContainText('山田 太郎');
  await expect(history).toContainText('佐藤');

  await page.getByRole('link', { name: '事業者一覧に戻る' }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill(firm.readingHalfWidth);
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByRole('table', { name: '事業者一覧' });
  await expect(table.getByRole('link', { name: firm.tradeName, exact: true })).toBeVisible();
  await expect(page.getByText(/^全 [\d,]+ 件$/)).toBeVisible();
});

test('an invalid 法人番号 gets a Japanese error on its field', async ({ page }) => {
  const firm = uniqueFirm('番号誤り');
  await login(page, USERS.coordinator);
  await openNewFirmForm(page);

  await page.getByRole('textbox', { name: '商号' }).fill(firm.tradeName);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill(firm.reading);
  await page.getByRole('combobox', { name: '業種' }).selectOption({ label: '製造業' });
  await page.getByRole('radio', { name: '非会員' }).check();
  const corporateNumber = page.getByRole('textbox', { name: '法人番号' });
  await corporateNumber.fill('1234567890123'); // the check digit should be 9
  await page.getByRole('button', { name: '登録', exact: true }).click();

  await expect(corporateNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(corporateNumber).toHaveAccessibleDescription(/法人番号が正しくありません/);
  await expect(corporateNumber).toBeFocused();
  await expect(page).toHaveURL(/\/firms\/new$/);
});

test('an advisor cannot register firms and edits only the firms assigned to it', async ({ page }) => {
  const unassigned = uniqueFirm('担当なし');
  await login(page, USERS.coordinator);
  const unassignedPath = await registerFirm(page, unassigned);
  const assigned = uniqueFirm('鈴木担当');
  const assignedPath = await registerFirm(page, assigned, { name: '鈴木 一郎' });
  await logout(page);

  await login(page, USERS.advisor);
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者' })).toBeVisible();
  await expect(page.getByRole('link', { name: '新規登録' })).toHaveCount(0);

  await page.goto(unassignedPath);
  await expect(page.getByRole('heading', { level: 1, name: unassigned.tradeName })).toBeVisible();
  await expect(page.getByRole('region', { name: '変更履歴' })).toBeVisible();
  await expect(page.getByRole('link', { name: '編集' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'アーカイブ' })).toHaveCount(0);

  await page.goto(assignedPath);
  await expect(page.getByRole('heading', { level: 1, name: assigned.tradeName })).toBeVisible();
  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の編集' })).toBeVisible();
  // The advisor sees its assignment but cannot change it.
  await expect(page.getByRole('group', { name: '担当経営指導員' })).toContainText('鈴木 一郎');
  await expect(page.getByRole('combobox', { name: '経営指導員' })).toHaveCount(0);
});

test('a buyer has no 事業者 menu and /firms says it is not allowed', async ({ page }) => {
  const firmCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/firms')) firmCalls.push(request.url());
  });
  await login(page, USERS.buyer);
  await expect(navigation(page).getByRole('link')).toHaveText(expectedNav(USERS.buyer, await signedInUser(page)));

  await page.goto('/firms');
  await expect(page.getByText('このページは表示できません')).toBeVisible();
  await expect(page.getByText('事業者の名簿は、事務局・経営指導員・管理者が利用できます。')).toBeVisible();
  expect(firmCalls).toEqual([]);
});
