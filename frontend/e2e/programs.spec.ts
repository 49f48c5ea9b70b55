import { expect, test } from '@playwright/test';
import { login, navigation, PROGRAM_NAMES, USERS } from './support';

test('coordinator sees the four programs with 令和7年度 targets, but no 編集 button', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '事業と目標' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '事業と目標' })).toBeVisible();
  const table = page.getByRole('table');
  for (const name of PROGRAM_NAMES) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('columnheader', { name: /令和7年度/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /FY2025/ })).toBeVisible();

  await table.getByRole('link', { name: PROGRAM_NAMES[0], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROGRAM_NAMES[0] })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('link', { name: '編集' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '編集' })).toHaveCount(0);
});

test('admin gets a Japanese field error for an empty Japanese name, and nothing is saved', async ({ page }) => {
  await login(page, USERS.admin);
  await navigation(page).getByRole('link', { name: '事業と目標' }).click();
  await page.getByRole('table').getByRole('link', { name: PROGRAM_NAMES[0], exact: true }).click();
  await page.getByRole('link', { name: '編集' }).click();

  const nameJa = page.getByRole('textbox', { name: '事業名（日本語）' });
  await expect(nameJa).toHaveValue(PROGRAM_NAMES[0]!);

  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/api/')) writes.push(`${request.method()} ${request.url()}`);
  });

  await nameJa.fill('');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(nameJa).toHaveAttribute('aria-invalid', 'true');
  await expect(nameJa).toHaveAccessibleDescription('入力してください');
  await expect(nameJa).toBeFocused();
  await expect(page).toHaveURL(/\/programs\/MANUFACTURING\/edit$/);
  expect(writes).toEqual([]);

  // Leaving without saving keeps the seed's name.
  await page.getByRole('link', { name: 'キャンセル' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROGRAM_NAMES[0] })).toBeVisible();
});
