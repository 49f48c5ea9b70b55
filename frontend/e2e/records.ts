import { expect, type Page } from '@playwright/test';
import { navigation } from './support';

/**
 * Registering what the project scenarios need through the screens, as a coordinator does.
 * Names come from the caller, made unique by the clock: the e2e database is not reset.
 */

/** The fiscal year of today (April–March), which the project form starts in. */
export function currentFiscalYear(): number {
  const now = new Date();
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

/** Registers a firm (optionally with an advisor chosen by name) and stays on its page; returns the page's path. */
export async function registerFirm(page: Page, tradeName: string, advisor?: string): Promise<string> {
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の新規登録' })).toBeVisible();
  await page.getByRole('textbox', { name: '商号' }).fill(tradeName);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill('いーつーいーしょうじ');
  await page.getByRole('combobox', { name: '業種' }).selectOption({ label: '製造業' });
  await page.getByRole('radio', { name: '非会員' }).check();
  if (advisor) {
    await page.getByRole('combobox', { name: '経営指導員' }).click();
    await page.getByRole('option', { name: advisor }).click();
  }
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tradeName })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Adds a product on the firm's page (price ¥1,080, 120g), optionally with a photo. */
export async function addProduct(page: Page, name: string, photo?: Buffer): Promise<void> {
  const section = page.getByRole('region', { name: '商品', exact: true });
  await section.getByRole('button', { name: '商品を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '商品の追加' });
  await dialog.getByRole('textbox', { name: '商品名', exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: '価格' }).fill('1080');
  await dialog.getByRole('textbox', { name: '内容量' }).fill('120g');
  if (photo) {
    await dialog.locator('input[type=file]').setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: photo });
    await expect(dialog.getByRole('img', { name: '選んだ写真のプレビュー' })).toBeVisible();
  }
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
  const card = section.getByRole('listitem').filter({ hasText: name });
  await expect(card).toContainText('1,080（税込）');
}

/** Registers a buyer company (スーパー, 首都圏) and stays on its page. */
export async function registerBuyerCompany(page: Page, name: string): Promise<void> {
  await navigation(page).getByRole('link', { name: 'バイヤー企業' }).click();
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await page.getByRole('textbox', { name: '企業名' }).fill(name);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill('かたろぐばいやー');
  await page.getByRole('combobox', { name: '種別' }).selectOption({ label: 'スーパー' });
  await page.getByRole('combobox', { name: '地域' }).selectOption({ label: '首都圏' });
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Adds a contact on the buyer company's page. */
export async function addContact(page: Page, name: string, email: string): Promise<void> {
  const contacts = page.getByRole('region', { name: '担当者', exact: true });
  await contacts.getByRole('button', { name: '担当者を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '担当者の追加' });
  await dialog.getByRole('textbox', { name: '氏名' }).fill(name);
  await dialog.getByRole('textbox', { name: 'メール' }).fill(email);
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Creates a project of the given program (by its position in the select) with one meeting in this fiscal year; stays on its page. */
export async function createProject(page: Page, title: string, programIndex = 2): Promise<string> {
  await navigation(page).getByRole('link', { name: 'プロジェクト' }).click();
  await page.getByRole('link', { name: '新規作成' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'プロジェクトの作成' })).toBeVisible();
  await page.getByRole('combobox', { name: '事業' }).selectOption({ index: programIndex });
  await page.getByRole('textbox', { name: 'プロジェクト名' }).fill(title);
  await page.getByRole('button', { name: '商談会を追加' }).click();
  // The form starts in the current fiscal year; the meeting must lie inside it.
  await page.getByLabel('日付').first().fill(`${currentFiscalYear()}-09-12`);
  await page.getByRole('textbox', { name: '会場' }).first().fill('いわき産業創造館');
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  return new URL(page.url()).pathname;
}

/** 参加事業者を追加: finds the firm in the picker, ticks the products it brings, adds it. */
export async function addParticipant(page: Page, tradeName: string, products: string[] = []): Promise<void> {
  await page.getByRole('button', { name: '参加事業者を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '参加事業者を追加' });
  await dialog.getByRole('searchbox', { name: /事業者を検索/ }).fill(tradeName);
  await dialog.getByRole('list', { name: '事業者の検索結果' }).getByRole('button', { name: tradeName }).click();
  for (const product of products) await dialog.getByRole('checkbox', { name: product }).check();
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '参加事業者' })).toContainText(tradeName);
}

/** バイヤー企業を招待: finds the company in the picker, ticks the contacts expected, invites it. */
export async function inviteCompany(page: Page, name: string, contacts: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'バイヤー企業を招待' }).click();
  const dialog = page.getByRole('dialog', { name: 'バイヤー企業を招待' });
  await dialog.getByRole('searchbox', { name: /バイヤー企業を検索/ }).fill(name);
  await dialog.getByRole('list', { name: 'バイヤー企業の検索結果' }).getByRole('button', { name }).click();
  for (const contact of contacts) await dialog.getByRole('checkbox', { name: contact }).check();
  await dialog.getByRole('button', { name: '招待する', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '招待バイヤー' })).toContainText(name);
}
