import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { introduce, seedWorld } from './negotiation-records';
import { login, navigation, USERS, uniqueStamp } from './support';

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
}

test('the programs page has no serious or critical accessibility violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '事業と目標' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoBlockingViolations(page);
});

test('the firm list and the firm form, with its errors shown, have no serious or critical violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者' })).toBeVisible();
  // The register may be empty or not; either state must be accessible.
  await expect(page.getByRole('table', { name: '事業者一覧' }).or(page.getByText('まだ事業者が登録されていません'))).toBeVisible();
  await expectNoBlockingViolations(page);

  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '事業者の新規登録' })).toBeVisible();
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '商号' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoBlockingViolations(page);
});

test('the buyer list and the buyer form, with its errors shown, have no serious or critical violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: 'バイヤー企業' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイヤー企業' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'バイヤー企業一覧' }).or(page.getByText('まだバイヤー企業が登録されていません')),
  ).toBeVisible();
  await expectNoBlockingViolations(page);

  await page.getByRole('link', { name: '新規登録' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイヤー企業の新規登録' })).toBeVisible();
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '企業名' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoBlockingViolations(page);
});

test('the project list, a project page and its firm picker have no serious or critical violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: 'プロジェクト' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'プロジェクト' })).toBeVisible();
  const table = page.getByRole('table', { name: 'プロジェクト一覧' });
  // The demo data has projects, an earlier run at least one; either state must be accessible.
  await expect(table.or(page.getByText('プロジェクトはまだありません'))).toBeVisible();
  await expectNoBlockingViolations(page);
  if (!(await table.isVisible())) return;

  await table.getByRole('link').first().click();
  // Demo projects come from the seed, not through the API, so their history may be empty.
  const history = page.getByRole('region', { name: '変更履歴' });
  await expect(history.getByRole('listitem').first().or(history.getByText('変更履歴はありません。'))).toBeVisible();
  await expectNoBlockingViolations(page);

  const add = page.getByRole('button', { name: '参加事業者を追加' });
  if (!(await add.isVisible())) return; // a closed project is read-only
  await add.click();
  const dialog = page.getByRole('dialog', { name: '参加事業者を追加' });
  await expect(dialog.getByRole('list', { name: '事業者の検索結果' })).toBeVisible();
  await expectNoBlockingViolations(page);
});

test('the product list, the import mapping step and its preview, with a problem row shown, have no serious or critical violations', async ({ page }) => {
  await login(page, USERS.coordinator);
  await navigation(page).getByRole('link', { name: '商品' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品' })).toBeVisible();
  await expect(page.getByRole('table', { name: '商品一覧' }).or(page.getByText('まだ商品が登録されていません'))).toBeVisible();
  await expectNoBlockingViolations(page);

  await page.getByRole('link', { name: 'CSVインポート' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '商品のCSVインポート' })).toBeVisible();
  await expectNoBlockingViolations(page);

  // A dry run only: nothing is written. The firm does not exist, so the row has a problem.
  const csv = '商号,商品名,税込\r\nE2E 存在しない事業者 a11y,E2E 商品 a11y,たぶん\r\n';
  await page.getByLabel(/^CSV ファイル( \*)?$/).setInputFiles({ name: 'a11y.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
  await page.getByRole('button', { name: '次へ（列の対応）' }).click();
  await expect(page.getByRole('table', { name: 'ファイルの列と取り込む項目' })).toBeVisible();
  await expectNoBlockingViolations(page);
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('table', { name: 'ファイルの各行の処理' })).toContainText('問題あり');
  await expectNoBlockingViolations(page);
});

test('the negotiation board, list, page, my negotiations, lead capture and timetable have no serious or critical violations', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, USERS.coordinator);
  const world = await seedWorld(page, uniqueStamp(), { label: 'アクセシビリティ' });
  const negotiationId = await introduce(page, world);

  await page.goto(`/negotiations/board?q=${encodeURIComponent(world.firm.name)}`);
  await expect(page.getByRole('region', { name: '紹介済', exact: true }).getByRole('listitem')).toHaveCount(1);
  await expectNoBlockingViolations(page);

  await page.goto(`/negotiations?firmId=${world.firm.id}`);
  await expect(page.getByRole('table', { name: '商談一覧' })).toBeVisible();
  await expectNoBlockingViolations(page);

  await page.goto(`/negotiations/${negotiationId}`);
  await expect(page.getByRole('region', { name: '経過' })).toBeVisible();
  await page.getByRole('region', { name: 'フォローアップ' }).getByRole('button', { name: '記録する' }).click();
  await expect(page.getByRole('textbox', { name: '内容' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoBlockingViolations(page);

  await page.goto(`/projects/${world.project.id}/timetable`);
  await expect(page.getByRole('heading', { level: 1, name: '商談会スケジュール' })).toBeVisible();
  await expectNoBlockingViolations(page);

  await page.goto('/leads');
  await expect(page.getByRole('heading', { level: 1, name: 'リード登録' })).toBeVisible();
  await expectNoBlockingViolations(page);
});

test("an advisor's negotiations have no serious or critical violations", async ({ page }) => {
  await login(page, USERS.advisor);
  await navigation(page).getByRole('link', { name: 'マイ商談' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'マイ商談' })).toBeVisible();
  await expect(page.getByRole('region').first().or(page.getByText('担当している商談はありません'))).toBeVisible();
  await expectNoBlockingViolations(page);
});
