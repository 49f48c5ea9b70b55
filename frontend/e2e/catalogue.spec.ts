import { expect, test } from '@playwright/test';
import { addContact, addParticipant, addProduct, createProject, inviteCompany, registerBuyerCompany, registerFirm } from './records';
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

test('a coordinator invites a new buyer, who signs in and sees only its project in the catalogue until its login is revoked', async ({
  page,
}) => {
  test.setTimeout(240_000);
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
  await addProduct(page, product, PNG);
  await expect(page.getByRole('img', { name: `${product}の写真` })).toBeVisible();
  await registerFirm(page, otherFirm);
  await addProduct(page, otherProduct);

  // A buyer company with a contact, and the contact's login.
  await registerBuyerCompany(page, company);
  const companyPage = page.url();
  await addContact(page, contact, email);
  const contacts = page.getByRole('region', { name: '担当者', exact: true });
  await contacts.getByRole('button', { name: `「${contact}」のログインを発行` }).click();
  const grant = page.getByRole('dialog', { name: 'ログインを発行しました' });
  await expect(grant).toContainText('初回ログイン時に Keycloak が新しいパスワードの設定を求めます');
  const temporaryPassword = await grant.getByTestId('temporary-password').inputValue();
  expect(temporaryPassword).not.toBe('');
  await grant.getByRole('button', { name: 'パスワードを控えました' }).click();
  await expect(contacts.getByRole('listitem').filter({ hasText: contact })).toContainText('ログイン可');

  // The project the buyer is invited to, with the firm and its product; another one without the buyer.
  await createProject(page, project);
  await addParticipant(page, firm, [product]);
  await inviteCompany(page, company, [contact]);
  await page.getByRole('button', { name: '実施中にする' }).click();
  await expect(page.getByText('実施中', { exact: true })).toBeVisible();

  await createProject(page, otherProject);
  await addParticipant(page, otherFirm, [otherProduct]);

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

  // The coordinator revokes the login: the contact can be given one again, and Keycloak refuses the old one.
  await logout(page);
  await login(page, USERS.coordinator);
  await page.goto(companyPage);
  const contactsNow = page.getByRole('region', { name: '担当者', exact: true });
  await contactsNow.getByRole('button', { name: `「${contact}」のログインを停止` }).click();
  const revoke = page.getByRole('dialog', { name: 'ログインを停止しますか' });
  await expect(revoke).toContainText(`「${contact}」はこのあとログインできなくなり`);
  await revoke.getByRole('button', { name: '停止する' }).click();
  await expect(page.getByText(`担当者「${contact}」はログインできなくなりました。`)).toBeVisible();
  await expect(contactsNow.getByRole('listitem').filter({ hasText: contact })).not.toContainText('ログイン可');
  await expect(contactsNow.getByRole('button', { name: `「${contact}」のログインを発行` })).toBeVisible();

  await logout(page);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.locator('#username').fill(email);
  await page.locator('#password').fill(newPassword);
  await page.locator('#kc-login').click();
  await expect(page.locator('#kc-login')).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);
});
