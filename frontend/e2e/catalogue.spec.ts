import { expect, test, type Page } from '@playwright/test';
import { login, logout, navigation, USERS } from './support';

/**
 * From a firm's product to a buyer's catalogue, against the real API and Keycloak. Every
 * record is made here with names unique by the clock; no demo data is relied on.
 */

// A 2×2 red PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
);

const stamp = String(Date.now()).slice(-8);

async function registerFirm(page: Page, tradeName: string): Promise<void> {
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の新規登録' })).toBeVisible();
  await page.getByRole('textbox', { name: '商号' }).fill(tradeName);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill('いーつーいーしょうじ');
  await page.getByRole('combobox', { name: '業種' }).selectOption({ label: '製造業' });
  await page.getByRole('radio', { name: '非会員' }).check();
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tradeName })).toBeVisible();
}

async function addProduct(page: Page, name: string, withPhoto: boolean): Promise<void> {
  const section = page.getByRole('region', { name: '商品', exact: true });
  await section.getByRole('button', { name: '商品を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '商品の追加' });
  await dialog.getByRole('textbox', { name: '商品名', exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: '価格' }).fill('1080');
  await dialog.getByRole('textbox', { name: '内容量' }).fill('120g');
  if (withPhoto) {
    await dialog.locator('input[type=file]').setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: PNG });
    await expect(dialog.getByRole('img', { name: '選んだ写真のプレビュー' })).toBeVisible();
  }
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
  const card = section.getByRole('listitem').filter({ hasText: name });
  await expect(card).toContainText('1,080（税込）');
  if (withPhoto) await expect(card.getByRole('img', { name: `${name}の写真` })).toBeVisible();
}

async function createProject(page: Page, title: string): Promise<void> {
  await navigation(page).getByRole('link', { name: 'プロジェクト' }).click();
  await page.getByRole('link', { name: '新規作成' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'プロジェクトの作成' })).toBeVisible();
  await page.getByRole('combobox', { name: '事業' }).selectOption({ index: 2 });
  await page.getByRole('textbox', { name: 'プロジェクト名' }).fill(title);
  await page.getByRole('button', { name: '商談会を追加' }).click();
  // The form starts in the current fiscal year; the meeting must lie inside it.
  const now = new Date();
  const fiscalYear = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  await page.getByLabel('日付').first().fill(`${fiscalYear}-09-12`);
  await page.getByRole('textbox', { name: '会場' }).first().fill('いわき産業創造館');
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
}

async function addParticipant(page: Page, tradeName: string, productName?: string): Promise<void> {
  await page.getByRole('button', { name: '参加事業者を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '参加事業者を追加' });
  await dialog.getByRole('textbox', { name: /事業者を検索/ }).fill(tradeName);
  await dialog.getByRole('button', { name: tradeName }).click();
  if (productName) await dialog.getByRole('checkbox', { name: productName }).check();
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '参加事業者' })).toContainText(tradeName);
}

test('a coordinator invites a new buyer, who signs in and sees only its project in the catalogue', async ({ page }) => {
  test.setTimeout(180_000);
  const firm = `E2E カタログ事業者 ${stamp}`;
  const otherFirm = `E2E 別事業者 ${stamp}`;
  const product = `E2E いわき揚げかま ${stamp}`;
  const otherProduct = `E2E 別商品 ${stamp}`;
  const company = `E2E カタログバイヤー ${stamp}`;
  const contact = `試験 次郎 ${stamp}`;
  const email = `e2e-${Date.now()}@buyer.example`;
  const project = `E2E 招待プロジェクト ${stamp}`;
  const otherProject = `E2E 非招待プロジェクト ${stamp}`;

  await login(page, USERS.coordinator);

  // A firm with a product and its photo; another firm for the project the buyer is not invited to.
  await registerFirm(page, firm);
  await addProduct(page, product, true);
  await registerFirm(page, otherFirm);
  await addProduct(page, otherProduct, false);

  // A buyer company with a contact, and the contact's login.
  await navigation(page).getByRole('link', { name: 'バイヤー企業' }).click();
  await page.getByRole('link', { name: '新規登録' }).first().click();
  await page.getByRole('textbox', { name: '企業名' }).fill(company);
  await page.getByRole('textbox', { name: 'フリガナ' }).fill('かたろぐばいやー');
  await page.getByRole('combobox', { name: '種別' }).selectOption({ label: 'スーパー' });
  await page.getByRole('combobox', { name: '地域' }).selectOption({ label: '首都圏' });
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
  const contacts = page.getByRole('region', { name: '担当者', exact: true });
  await contacts.getByRole('button', { name: '担当者を追加' }).click();
  const addContact = page.getByRole('dialog', { name: '担当者の追加' });
  await addContact.getByRole('textbox', { name: '氏名' }).fill(contact);
  await addContact.getByRole('textbox', { name: 'メール' }).fill(email);
  await addContact.getByRole('button', { name: '追加', exact: true }).click();
  await expect(addContact).toBeHidden();
  await contacts.getByRole('button', { name: `「${contact}」のログインを発行` }).click();
  const grant = page.getByRole('dialog', { name: 'ログインを発行しました' });
  await expect(grant).toContainText('初回ログイン時に Keycloak が新しいパスワードの設定を求めます');
  const temporaryPassword = await grant.getByTestId('temporary-password').inputValue();
  expect(temporaryPassword).not.toBe('');
  await grant.getByRole('button', { name: 'パスワードを控えました' }).click();
  await expect(contacts.getByRole('listitem').filter({ hasText: contact })).toContainText('ログイン可');

  // The project the buyer is invited to, with the firm and its product; another one without the buyer.
  await createProject(page, project);
  await addParticipant(page, firm, product);
  await page.getByRole('button', { name: 'バイヤー企業を招待' }).click();
  const invite = page.getByRole('dialog', { name: 'バイヤー企業を招待' });
  await invite.getByRole('textbox', { name: /バイヤー企業を検索/ }).fill(company);
  await invite.getByRole('button', { name: company }).click();
  await expect(invite).toBeHidden();
  await expect(page.getByRole('region', { name: '招待バイヤー' })).toContainText(company);
  await page.getByRole('button', { name: '実施中にする' }).click();
  await expect(page.getByText('実施中', { exact: true })).toBeVisible();

  await createProject(page, otherProject);
  await addParticipant(page, otherFirm, otherProduct);

  await logout(page);

  // The new buyer signs in with the temporary password and Keycloak asks for a new one.
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.locator('#username').fill(email);
  await page.locator('#password').fill(temporaryPassword);
  await page.locator('#kc-login').click();
  const newPassword = `E2e-${stamp}-pass!`;
  await page.locator('#password-new').fill(newPassword);
  await page.locator('#password-confirm').fill(newPassword);
  await page.getByRole('button', { name: /^(送信|Submit)$/ }).click();
  await expect(navigation(page)).toBeVisible();

  await navigation(page).getByRole('link', { name: '出展カタログ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '出展カタログ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: project })).toBeVisible();
  await expect(page.getByRole('heading', { name: firm })).toBeVisible();
  await expect(page.getByText(product)).toBeVisible();
  const photo = page.getByRole('img', { name: `${product}の写真` });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await expect(page.getByText(otherProject)).toHaveCount(0);
  await expect(page.getByText(otherFirm)).toHaveCount(0);
  await expect(page.getByText(otherProduct)).toHaveCount(0);
});
