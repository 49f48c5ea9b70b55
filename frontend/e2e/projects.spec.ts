import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  addContact,
  addParticipant,
  addProduct,
  createProject,
  currentFiscalYear,
  inviteCompany,
  registerBuyerCompany,
  registerFirm,
} from './records';
import { callApi, login, navigation, USERS } from './support';

/**
 * Projects against the real API and Keycloak: members, their products and contacts, the
 * history, the list's search, the firm's page, stale edits. Every record is made here with
 * names unique by the clock; the e2e database is not reset between runs.
 */

const stamp = () => String(Date.now()).slice(-8);

function projectIdOf(path: string): number {
  return Number(path.split('/').pop());
}

/** Changes the project's title through the API, as someone else would in the meantime. */
async function renameBehindTheScreen(page: Page, path: string, title: string): Promise<void> {
  const id = projectIdOf(path);
  const current = await callApi(page, 'GET', `/api/projects/${id}`);
  expect(current.status).toBe(200);
  const project = current.body as { program: string; fiscalYear: number; events: unknown[]; partners: string[] };
  const saved = await callApi(page, 'PUT', `/api/projects/${id}`, {
    ifMatch: current.etag ?? undefined,
    body: { program: project.program, fiscalYear: project.fiscalYear, title, events: project.events, partners: project.partners },
  });
  expect(saved.status).toBe(200);
}

test('a coordinator plans a project: a firm and the products it brings, changed later, an invited company with one of its contacts, all in 変更履歴; the list finds and exports it, the firm’s and the company’s pages list it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const s = stamp();
  const firm = `E2E 出展事業者 ${s}`;
  const kamaboko = `E2E 揚げかま ${s}`;
  const mehikari = `E2E めひかり ${s}`;
  const company = `E2E 招待バイヤー ${s}`;
  const expected = `来場 一郎 ${s}`;
  const notExpected = `留守 二郎 ${s}`;
  const title = `E2E 首都圏商談会 ${s}`;

  await login(page, USERS.coordinator);
  const firmPath = await registerFirm(page, firm);
  await addProduct(page, kamaboko);
  await addProduct(page, mehikari);
  await registerBuyerCompany(page, company);
  await addContact(page, expected, `e2e-a-${Date.now()}@buyer.example`);
  await addContact(page, notExpected, `e2e-b-${Date.now()}@buyer.example`);

  await createProject(page, title);
  await addParticipant(page, firm, [kamaboko]);
  const participants = page.getByRole('region', { name: '参加事業者' });
  const participant = participants.getByRole('listitem').filter({ hasText: firm });
  await expect(participant).toContainText(kamaboko);

  // The products it brings change later: めひかり instead of 揚げかま.
  await participants.getByRole('button', { name: `「${firm}」の持ち込む商品を変更` }).click();
  const change = page.getByRole('dialog', { name: `「${firm}」の持ち込む商品を変更` });
  await expect(change.getByRole('checkbox', { name: kamaboko })).toBeChecked();
  await change.getByRole('checkbox', { name: kamaboko }).uncheck();
  await change.getByRole('checkbox', { name: mehikari }).check();
  await change.getByRole('button', { name: '保存', exact: true }).click();
  await expect(change).toBeHidden();
  await expect(participant).toContainText(mehikari);
  await expect(participant).not.toContainText(kamaboko);

  // The company is invited with one of its two contacts.
  await inviteCompany(page, company, [expected]);
  const invitation = page.getByRole('region', { name: '招待バイヤー' }).getByRole('listitem').filter({ hasText: company });
  await expect(invitation).toContainText(expected);
  await expect(invitation).not.toContainText(notExpected);

  // 変更履歴, newest first: the invitation, the products changed, the firm added, the project created.
  const history = page.getByRole('region', { name: '変更履歴' });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0).getByRole('row', { name: /招待バイヤー/ })).toContainText(`${company}（${expected}）`);
  const productsChanged = entries.nth(1).getByRole('row', { name: /参加事業者/ });
  await expect(productsChanged).toContainText(`${firm}（${kamaboko}）`);
  await expect(productsChanged).toContainText(`${firm}（${mehikari}）`);
  await expect(entries.nth(2).getByRole('row', { name: /参加事業者/ })).toContainText(`${firm}（${kamaboko}）`);
  await expect(entries.nth(3)).toContainText('登録');
  await expect(entries.nth(3).getByRole('row', { name: /プロジェクト名/ })).toContainText(title);
  await expect(entries.nth(3).getByRole('row', { name: /年度/ })).toContainText(`FY${currentFiscalYear()}`);
  await expect(history).toContainText('佐藤');

  // The list finds it by a word of its title, kept in the address.
  await navigation(page).getByRole('link', { name: 'プロジェクト' }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill(`首都圏商談会 ${s}`);
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByRole('table', { name: 'プロジェクト一覧' });
  await expect(table.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText(/^全 1 件$/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '検索' })).toHaveValue(`首都圏商談会 ${s}`);
  await expect(table.getByRole('link', { name: title })).toBeVisible();

  // The export holds what the list's filters find: this one project.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'いまの条件の一覧を CSV でダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf-8');
  expect(csv.split(/\r?\n/).filter((line) => line.trim() !== '')).toHaveLength(2);
  expect(csv).toContain(title);

  // The firm's page lists the project it takes part in, linked to it.
  await page.goto(firmPath);
  const projects = page.getByRole('region', { name: '参加プロジェクト' });
  await expect(projects.getByRole('link', { name: title })).toBeVisible();
  await expect(projects).toContainText('企画中');
  await projects.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The company's page lists the project it is invited to.
  await page.getByRole('region', { name: '招待バイヤー' }).getByRole('link', { name: company }).click();
  await expect(page.getByRole('region', { name: '招待されたプロジェクト' }).getByRole('link', { name: title })).toBeVisible();
});

test('a stale edit of a project gets the conflict dialog with both versions, and may overwrite', async ({ page }) => {
  const s = stamp();
  const title = `E2E 競合プロジェクト ${s}`;
  const theirs = `E2E 他の人の名前 ${s}`;
  const mine = `E2E 自分の名前 ${s}`;
  await login(page, USERS.coordinator);
  const path = await createProject(page, title);

  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'プロジェクトの編集' })).toBeVisible();
  await renameBehindTheScreen(page, path, theirs);
  await page.getByRole('textbox', { name: 'プロジェクト名' }).fill(mine);
  await page.getByRole('button', { name: '保存', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: '他の人が先に更新しました' });
  const differences = dialog.getByRole('table', { name: '最新の内容とあなたの入力の違い' });
  const row = differences.getByRole('row', { name: /プロジェクト名/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(theirs);
  await expect(row.getByRole('cell').nth(1)).toHaveText(mine);
  await dialog.getByRole('button', { name: '自分の変更で上書き' }).click();

  await expect(page.getByRole('heading', { level: 1, name: mine })).toBeVisible();
  const latest = page.getByRole('region', { name: '変更履歴' }).getByRole('listitem').first();
  await expect(latest.getByRole('row', { name: /プロジェクト名/ })).toContainText(theirs);
  await expect(latest.getByRole('row', { name: /プロジェクト名/ })).toContainText(mine);
});

test('a change on the project page over a stale version is refused, shows the latest and keeps the choice until saved again', async ({
  page,
}) => {
  const s = stamp();
  const firm = `E2E 競合事業者 ${s}`;
  const product = `E2E 競合商品 ${s}`;
  const renamed = `E2E 改名済み ${s}`;
  await login(page, USERS.coordinator);
  await registerFirm(page, firm);
  await addProduct(page, product);
  const path = await createProject(page, `E2E 競合の起きる商談会 ${s}`);

  await page.getByRole('button', { name: '参加事業者を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '参加事業者を追加' });
  await dialog.getByRole('searchbox', { name: /事業者を検索/ }).fill(firm);
  await dialog.getByRole('list', { name: '事業者の検索結果' }).getByRole('button', { name: firm }).click();
  await dialog.getByRole('checkbox', { name: product }).check();
  await renameBehindTheScreen(page, path, renamed);
  await dialog.getByRole('button', { name: '追加', exact: true }).click();

  // Refused (412): told so, the page shows the latest version, the ticked product stays ticked.
  await expect(dialog.getByRole('alert')).toContainText('他の人が先にこのプロジェクトを更新しました');
  await expect(dialog.getByRole('alert')).toContainText('この事業者は参加していません');
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: product })).toBeChecked();

  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '参加事業者' }).getByRole('listitem').filter({ hasText: firm })).toContainText(product);
});

test('a duplicate title in the same program and fiscal year is refused on the title field', async ({ page }) => {
  const title = `E2E 重複タイトル ${stamp()}`;
  await login(page, USERS.coordinator);
  await createProject(page, title);

  await navigation(page).getByRole('link', { name: 'プロジェクト' }).click();
  await page.getByRole('link', { name: '新規作成' }).first().click();
  await page.getByRole('combobox', { name: '事業' }).selectOption({ index: 2 });
  const field = page.getByRole('textbox', { name: 'プロジェクト名' });
  await field.fill(title);
  await page.getByRole('button', { name: '作成', exact: true }).click();

  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/同じ事業・年度に同じ名前のプロジェクトがあります/);
  await expect(page).toHaveURL(/\/projects\/new$/);
});

test('the advisor filter narrows the firm list to that advisor’s firms, in the address', async ({ page }) => {
  const s = stamp();
  const assigned = `E2E 鈴木担当 ${s}`;
  const unassigned = `E2E 担当なし ${s}`;
  await login(page, USERS.coordinator);
  await registerFirm(page, assigned, '鈴木 一郎');
  await registerFirm(page, unassigned);

  await navigation(page).getByRole('link', { name: '事業者' }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill(s);
  const table = page.getByRole('table', { name: '事業者一覧' });
  await expect(table.getByRole('link', { name: assigned })).toBeVisible();
  await expect(table.getByRole('link', { name: unassigned })).toBeVisible();

  await page.getByRole('combobox', { name: '担当経営指導員' }).selectOption({ label: '鈴木 一郎' });
  await expect(page).toHaveURL(new RegExp(`[?&]advisor=${USERS.advisor.subject}`));
  await expect(table.getByRole('link', { name: unassigned })).toHaveCount(0);
  await expect(table.getByRole('link', { name: assigned })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: assigned })).toContainText('鈴木 一郎');
  await expect(page.getByText(/^全 1 件$/)).toBeVisible();
});
