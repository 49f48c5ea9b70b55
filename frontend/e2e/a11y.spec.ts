import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { login, navigation, USERS } from './support';

test('the programs page has no serious or critical accessibility violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '事業と目標' }).click();
  await expect(page.getByRole('table')).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
});
