import { expect, test } from '@playwright/test';
import { seedWorld } from './negotiation-records';
import { login, logout, USERS, uniqueStamp } from './support';

/** A lead captured at the booth while offline waits on the device, and is sent once the network is back. */
test('a lead captured offline is kept on the phone and sent when the network returns', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = uniqueStamp();
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await login(page, USERS.coordinator);
  const world = await seedWorld(page, stamp, { label: 'リード', program: 'TRADE_SHOW' });
  await logout(page);

  await login(page, USERS.advisor);
  // At the booth: a phone's screen (signed in first, where the menu is not behind the burger).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/leads');
  await expect(page.getByRole('heading', { level: 1, name: 'リード登録' })).toBeVisible();
  await page.getByRole('combobox', { name: '展示会（プロジェクト）' }).selectOption({ label: world.project.title });
  await page.getByRole('combobox', { name: '出展事業者' }).selectOption({ label: world.firm.name });
  await page.getByRole('button', { name: 'このブースで登録する' }).click();

  await context.setOffline(true);
  await expect(page.getByText('オフラインです。')).toBeVisible();
  const company = `E2E リード商事 ${stamp.digits}`;
  const form = page.getByRole('form', { name: 'リード登録' });
  await form.getByRole('textbox', { name: /^会社名( \*)?$/ }).fill(company);
  await form.getByRole('textbox', { name: '氏名' }).fill('展示 太郎');
  await form.getByRole('textbox', { name: 'メール' }).fill(`lead-${stamp.digits}@example.jp`);
  await form.getByRole('checkbox', { name: world.products[0]!.name }).check();
  await form.getByRole('textbox', { name: '関心事項' }).fill('冬季の鍋商材');
  await form.getByRole('button', { name: '登録' }).click();

  const outbox = page.getByRole('list', { name: '送信待ち' });
  await expect(outbox.getByRole('listitem').filter({ hasText: company })).toBeVisible();
  await expect(page.getByRole('heading', { name: '送信待ち（1）' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { name: '送信待ち（0）' })).toBeVisible({ timeout: 30_000 });
  const sent = page.getByRole('list', { name: '送信済みのリード（自分）' }).getByRole('listitem').filter({ hasText: company });
  await expect(sent).toBeVisible();

  // The lead became a negotiation in 商談実施 with the firm.
  await sent.getByRole('link', { name: '商談を開く' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${world.firm.name} × ${company}` })).toBeVisible();
  await expect(page.getByText('商談実施').first()).toBeVisible();
  await context.close();
});
