import { expect, test } from '@playwright/test';
import { login, navigation, USERS } from './support';

test('the SPA server sends a content security policy and forbids framing, sniffing and referrers', async ({ request }) => {
  for (const path of ['/', '/firms', '/config.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test('the app signs in and works under its content security policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者' })).toBeVisible();
  await navigation(page).getByRole('link', { name: '商品' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品' })).toBeVisible();
  expect(violations).toEqual([]);
});
