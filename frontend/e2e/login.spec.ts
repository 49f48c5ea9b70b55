import { expect, test } from '@playwright/test';
import { expectedNav, login, logout, nameOf, navigation, signedInUser, switchLanguage, USERS } from './support';

for (const user of Object.values(USERS)) {
  test(`${user.username}: logs in, sees only the ${user.role} navigation in Japanese and English, logs out`, async ({
    page,
  }) => {
    await login(page, user);
    const me = await signedInUser(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf(user));
    await expect(page.getByText(user.role).first()).toBeVisible();
    await expect(navigation(page).getByRole('link')).toHaveText(expectedNav(user, me));
    await expect(navigation(page).getByRole('button', { name: 'ログアウト' })).toBeVisible();

    await switchLanguage(page, 'ja', 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(navigation(page, 'Main menu').getByRole('link')).toHaveText(expectedNav(user, me, 'en'));
    await expect(navigation(page, 'Main menu').getByRole('button', { name: 'Log out' })).toBeVisible();

    await switchLanguage(page, 'en', '日本語');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(navigation(page).getByRole('link').first()).toHaveText('ホーム');

    await logout(page);
    await expect(page.getByRole('heading', { level: 1, name: 'いわきマッチング' })).toBeVisible();
  });
}

test('a signed-out visitor sees the landing page on any path and returns to it after login', async ({ page }) => {
  await login(page, USERS.advisor, '/account');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  await expect(page.getByText('経営指導員')).toBeVisible();
});
