import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { currentFiscalYear } from './records';
import { apiRequest, callApi, login, navigation, uniqueStamp, USERS } from './support';

/**
 * Needs surveys end to end, in the order they happen: a coordinator issues a survey of a FOOD
 * project and mails its invitations; a buyer opens the mailed link on a 390 px phone, answers
 * (the network drops half-way through the product grid and comes back) and submits; the
 * coordinator reads the analysis and prints the firm's confidential feedback on A4.
 *
 * The coordinator signs in once: its browser context (Keycloak session and the SPA's
 * token) serves the set-up and both staff tests. The records are made here, named by the
 * clock (the e2e database is not reset). The mails are read back from the stack's mail
 * catcher (GreenMail, MAIL_API_URL), as the buyer would find them.
 */

const MAIL_API_URL = process.env.MAIL_API_URL ?? 'http://localhost:8025';

interface Setup {
  digits: string;
  projectId: number;
  projectTitle: string;
  firmName: string;
  products: { id: number; name: string }[];
  buyerCompanyName: string;
  /** The contact who answers (by the mailed link), and a second one who does not. */
  answering: { id: number; name: string; email: string };
  silent: { id: number; name: string; email: string };
}

let staffContext: BrowserContext;
let staff: Page;
let setup: Setup;
let surveyTitle = '';
let surveyPath = '';
let mailedLink = '';

async function withEtag(page: Page, path: string): Promise<string> {
  const { status, etag } = await callApi(page, 'GET', path);
  if (status !== 200 || !etag) throw new Error(`GET ${path} answered ${status} without an ETag`);
  return etag;
}

async function putWithEtag(page: Page, path: string, etagOf: string, body: unknown): Promise<void> {
  const answer = await callApi(page, 'PUT', path, { body, ifMatch: await withEtag(page, etagOf) });
  if (answer.status < 200 || answer.status >= 300) throw new Error(`PUT ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** A FOOD project with one firm bringing two products and one buyer company expecting two contacts. */
async function createRecords(page: Page): Promise<Setup> {
  const { digits, katakana } = uniqueStamp();
  const firmName = `E2E 調査食品 ${digits}`;
  const firm = await apiRequest<{ id: number }>(page, 'POST', '/api/firms', {
    tradeName: firmName,
    tradeNameKana: `イーツーイーチョウサ${katakana}`,
    industryCode: 'E',
    postalCode: '970-8026',
    address: 'いわき市平字田町120',
    chamberMember: true,
  });
  const products = [];
  for (const [name, price] of [
    [`めひかり唐揚げ ${digits}`, 980],
    [`トマトジャム ${digits}`, 650],
  ] as const) {
    const product = await apiRequest<{ id: number }>(page, 'POST', `/api/firms/${firm.id}/products`, {
      name,
      category: '水産加工品',
      priceYen: price,
      taxIncluded: true,
      contentVolume: '120g',
    });
    products.push({ id: product.id, name });
  }
  const buyerCompanyName = `E2E 調査スーパー ${digits}`;
  const company = await apiRequest<{ id: number }>(page, 'POST', '/api/buyer-companies', {
    name: buyerCompanyName,
    nameKana: `イーツーイーチョウサスーパー${katakana}`,
    type: 'SUPERMARKET',
    region: 'TOKYO_AREA',
  });
  const contact = async (name: string, local: string) => {
    const email = `${local}-${digits}@example.test`;
    const created = await apiRequest<{ id: number }>(page, 'POST', `/api/buyer-companies/${company.id}/contacts`, {
      name,
      email,
      preferredLanguage: 'ja',
    });
    return { id: created.id, name, email };
  };
  const answering = await contact(`調査 回答子 ${digits}`, 'e2e-survey-answers');
  const silent = await contact(`調査 未回答 ${digits}`, 'e2e-survey-silent');

  const projectTitle = `E2E 食の商談会 ${digits}`;
  const project = await apiRequest<{ id: number }>(page, 'POST', '/api/projects', {
    program: 'FOOD',
    fiscalYear: currentFiscalYear(),
    title: projectTitle,
  });
  await putWithEtag(page, `/api/projects/${project.id}/participants/${firm.id}`, `/api/projects/${project.id}`, {
    productIds: products.map((p) => p.id),
  });
  await putWithEtag(page, `/api/projects/${project.id}/invitations/${company.id}`, `/api/projects/${project.id}`, {
    contactIds: [answering.id, silent.id],
  });
  return { digits, projectId: project.id, projectTitle, firmName, products, buyerCompanyName, answering, silent };
}

/** The link of the newest survey mail in the recipient's inbox at the mail catcher. */
async function linkMailedTo(address: string): Promise<{ subject: string; link: string }> {
  let found: { subject: string; link: string } | undefined;
  await expect(async () => {
    const response = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
    expect(response.ok, `mail catcher at ${MAIL_API_URL}`).toBe(true);
    const messages = (await response.json()) as { subject?: string; mimeMessage?: string }[];
    expect(messages.length).toBeGreaterThan(0);
    const last = messages[messages.length - 1];
    const token = /\/a\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/.exec(readableBody(last?.mimeMessage ?? ''))?.[1];
    expect(token, 'a survey link in the mail').toBeDefined();
    found = { subject: last?.subject ?? '', link: `/a/${token}` };
  }).toPass({ timeout: 20_000 });
  if (!found) throw new Error(`no survey mail for ${address}`);
  return found;
}

/** A MIME message's text parts as they read: quoted-printable soft breaks joined, base64 parts decoded. */
function readableBody(mime: string): string {
  const unfolded = mime.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const decoded = [...mime.matchAll(/Content-Transfer-Encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((m) =>
    Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'),
  );
  return [unfolded, ...decoded].join('\n');
}

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
}

/** A phone: 390×844 CSS pixels, touch, Japanese, no session of anyone. */
async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
}

test.describe.serial('needs surveys', () => {
  // Three people's work through a real stack on a shared, busy machine.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    staffContext = await browser.newContext();
    staff = await staffContext.newPage();
    await login(staff, USERS.coordinator);
    setup = await createRecords(staff);
  });

  test.afterAll(async () => {
    await staffContext.close();
  });

  test('a coordinator issues a survey of a FOOD project, invites the expected buyers and mails them their links', async () => {
    surveyTitle = `E2E バイヤーアンケート ${setup.digits}`;
    await navigation(staff).getByRole('link', { name: 'ニーズ調査' }).click();
    await expect(staff.getByRole('heading', { level: 1, name: 'ニーズ調査' })).toBeVisible();
    await staff.getByRole('link', { name: '調査を発行' }).first().click();
    await expect(staff.getByRole('heading', { level: 1, name: '調査を発行' })).toBeVisible();
    await staff.getByRole('combobox', { name: 'プロジェクト' }).selectOption(String(setup.projectId));
    const template = staff.getByRole('combobox', { name: 'テンプレート' });
    await expect(template).toBeEnabled();
    // The shipped FOOD template (another FOOD template may exist beside it).
    const shipped = await template.locator('option', { hasText: '食の商談会 バイヤーアンケート' }).first().textContent();
    await template.selectOption({ label: shipped ?? '' });
    await staff.getByRole('textbox', { name: '調査名' }).fill(surveyTitle);
    await staff.getByRole('button', { name: '発行する' }).click();

    await expect(staff.getByRole('heading', { level: 1, name: surveyTitle })).toBeVisible();
    surveyPath = new URL(staff.url()).pathname;
    expect(surveyPath).toMatch(/^\/surveys\/\d+$/);
    await expect(staff.getByText('招待はまだありません')).toBeVisible();

    await staff.getByRole('button', { name: '招待を作成' }).click();
    await expect(staff.getByText('2件の招待を作成しました')).toBeVisible();
    const invitations = staff.getByRole('table', { name: '招待の一覧' });
    await expect(invitations.getByRole('row').filter({ hasText: setup.answering.name })).toContainText('未送信');
    await expect(invitations.getByRole('row').filter({ hasText: setup.silent.name })).toContainText('未送信');

    await staff.getByRole('button', { name: '未送信の招待をメールで送る' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: '送信する' }).click();
    await expect(staff.getByTestId('mail-report-send')).toContainText('送信 2件');
    await expect(invitations.getByRole('row').filter({ hasText: setup.answering.name })).toContainText('送信済');

    const mail = await linkMailedTo(setup.answering.email);
    expect(mail.subject).toContain(surveyTitle);
    mailedLink = mail.link;
  });

  test('a buyer answers the FOOD survey on a 390 px phone, loses the network in the product grid, and the whole response arrives', async ({
    browser,
  }) => {
    expect(mailedLink, 'the link mailed in the previous test').not.toBe('');
    const context = await phone(browser);
    const page = await context.newPage();
    const [mehikari, jam] = setup.products;
    if (!mehikari || !jam) throw new Error('two products were set up');
    const status = page.locator('[data-save-status]');

    await page.goto(mailedLink);
    await expect(page.getByText(`${setup.buyerCompanyName} ${setup.answering.name} 様`)).toBeVisible();
    await expect(page.getByText(/ステップ 1\/4：売れ筋と商談希望/)).toBeVisible();
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoBlockingViolations(page);

    await page.getByRole('textbox', { name: /売れ筋の商品・カテゴリー/ }).fill('干物、地酒');
    await page.getByRole('checkbox', { name: '水産加工品' }).check();
    await page.getByRole('checkbox', { name: '菓子・スイーツ' }).check();
    await page.getByRole('textbox', { name: /必要量の目安/ }).fill('２０');
    await page.getByRole('radio', { name: '個包装' }).check();
    await page.getByRole('group', { name: /関心度/ }).getByRole('radio', { name: '4' }).check();
    await expect(status).toHaveAttribute('data-save-status', 'saved');
    await page.getByRole('button', { name: '次へ' }).click();

    await expect(page.getByRole('heading', { level: 2, name: /試食した商品の評価/ })).toBeVisible();
    const product = (name: string) => page.locator('details').filter({ hasText: name });
    const rate = async (name: string, points: Record<string, number>) => {
      const card = product(name);
      if ((await card.getAttribute('open')) === null) await card.locator('summary').click();
      for (const [criterion, point] of Object.entries(points)) {
        await card.getByRole('radio', { name: `${criterion} ${point}点` }).check();
      }
    };
    await rate(mehikari.name, { デザイン: 4, 味: 5, 価格: 3, 内容量: 4, パッケージ: 2 });
    await product(mehikari.name).getByRole('textbox', { name: 'コメント' }).fill('化粧箱があると贈答向けに扱いやすい');
    await product(mehikari.name).getByRole('checkbox', { name: 'この商品について商談を希望する' }).check();
    await product(mehikari.name).getByRole('checkbox', { name: /当社名を伝えてよい/ }).check();
    await expect(status).toHaveAttribute('data-save-status', 'saved');

    // The venue's Wi-Fi drops: the answers stay on the phone and the page says so.
    await context.setOffline(true);
    await rate(jam.name, { デザイン: 3, 味: 4 });
    await expect(status).toHaveAttribute('data-save-status', 'offline');
    await expect(status).toContainText('オフラインです');
    await rate(jam.name, { 価格: 5, 内容量: 3, パッケージ: 4 });
    await expect(product(jam.name).locator('summary')).toContainText('評価済み');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('textbox', { name: /ご意見・ご要望/ }).fill('次回も参加したいです');
    await expect(status).toHaveAttribute('data-save-status', 'offline');

    // Back online: what was kept is sent without the buyer doing anything.
    await context.setOffline(false);
    await expect(status).toHaveAttribute('data-save-status', 'saved', { timeout: 30_000 });

    // Reopening the link resumes the draft from the server.
    await page.reload();
    await expect(page.getByRole('textbox', { name: /売れ筋の商品・カテゴリー/ })).toHaveValue('干物、地酒');
    await page.getByRole('button', { name: '次へ' }).click();
    await expect(product(jam.name).locator('summary')).toContainText('評価済み');
    await page.getByRole('button', { name: '次へ' }).click();
    await expect(page.getByRole('textbox', { name: /ご意見・ご要望/ })).toHaveValue('次回も参加したいです');
    await page.getByRole('button', { name: '確認へ' }).click();

    await expect(page.getByRole('heading', { level: 2, name: '回答内容の確認' })).toBeVisible();
    await expectNoBlockingViolations(page);
    await page.getByRole('button', { name: '回答を送信' }).click();
    await expect(page.getByText('回答を送信しました。ご協力ありがとうございました。')).toBeVisible();
    await context.close();

    // What the chamber received is the whole response, the offline part included.
    const invitations = await callApi(staff, 'GET', `/api/surveys/${surveyPath.split('/').pop()}/invitations?size=50`);
    const rows = (invitations.body as { items: { id: number; contactId: number; status: string }[] }).items;
    const invitation = rows.find((row) => row.contactId === setup.answering.id);
    expect(invitation?.status).toBe('SUBMITTED');
    const stored = await callApi(staff, 'GET', `/api/survey-invitations/${invitation?.id}/response`);
    const answers = (stored.body as { answers: Record<string, { text?: string; number?: number; choice?: string; choices?: string[]; ratings?: unknown[] }> })
      .answers;
    expect(answers.bestSellers?.text).toBe('干物、地酒');
    expect(answers.wantedItems?.choices?.sort()).toEqual(['confectionery', 'seafood']);
    expect(answers.requiredQuantity?.number).toBe(20);
    expect(answers.packaging?.choice).toBe('individual');
    expect(answers.interest?.number).toBe(4);
    expect(answers.comments?.text).toBe('次回も参加したいです');
    expect(answers.productRatings?.ratings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ productId: mehikari.id, design: 4, taste: 5, price: 3, contentVolume: 4, package: 2, wantToNegotiate: true, consentToBeNamed: true }),
        expect.objectContaining({ productId: jam.id, design: 3, taste: 4, price: 5, contentVolume: 3, package: 4 }),
      ]),
    );
  });

  test('the coordinator sees the analysis of the answers and prints the firm’s confidential feedback on A4', async () => {
    await staff.goto(surveyPath);
    await expect(staff.getByRole('heading', { level: 1, name: surveyTitle })).toBeVisible();
    await expect(staff.getByRole('table', { name: '招待の一覧' }).getByRole('row').filter({ hasText: setup.answering.name })).toContainText('回答済');
    await staff.getByRole('link', { name: '分析' }).click();

    // The analysis brings the chart library (its own chunk, the largest): slow on a busy machine.
    await expect(staff.getByRole('heading', { level: 1, name: `分析：${surveyTitle}` })).toBeVisible({ timeout: 60_000 });
    await expect(staff.getByTestId('kpi-rate')).toContainText('50%');
    await expect(staff.getByTestId('kpi-invited')).toContainText('2');
    await expect(staff.getByTestId('kpi-submitted')).toContainText('1');
    const interest = staff.getByRole('article', { name: /関心度/ });
    await expect(interest).toContainText('回答数 1');
    await expect(interest).toContainText('平均 4.00');
    const packaging = staff.getByRole('article', { name: /パッケージの形態/ });
    await expect(packaging.locator('.recharts-wrapper, svg.recharts-surface').first()).toBeVisible();
    const products = staff.getByRole('table', { name: '商品ごとの評価' });
    const mehikariRow = products.getByRole('row').filter({ hasText: setup.products[0]?.name ?? '' });
    await expect(mehikariRow).toContainText(setup.firmName);
    for (const mean of ['4.0', '5.0', '3.0', '2.0']) await expect(mehikariRow).toContainText(mean);

    const download = staff.waitForEvent('download');
    await staff.getByRole('button', { name: /CSV/ }).first().click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await staff.getByRole('link', { name: `${setup.firmName}のフィードバックレポート` }).click();
    const report = staff.getByTestId('feedback-report');
    await expect(report).toContainText(`取扱注意：${setup.firmName}様専用`);
    await expect(report).toContainText('化粧箱があると贈答向けに扱いやすい');
    await expect(report.getByRole('table', { name: '商品ごとの商談希望' })).toContainText(setup.buyerCompanyName);

    // On paper: A4 (794 CSS pixels wide at 96 dpi, less the page margins), no menu, no buttons,
    // every table within the width and no row split across pages.
    await staff.setViewportSize({ width: 794, height: 1123 });
    await staff.emulateMedia({ media: 'print' });
    await expect(navigation(staff)).toBeHidden();
    await expect(staff.getByRole('button', { name: '印刷' })).toBeHidden();
    const layout = await report.evaluate((element) => {
      const right = document.documentElement.clientWidth;
      return {
        overflowing: Array.from(element.querySelectorAll('table')).filter((table) => table.getBoundingClientRect().right > right + 0.5).length,
        tables: element.querySelectorAll('table').length,
        rowBreaks: [...new Set(Array.from(element.querySelectorAll('tr')).map((row) => getComputedStyle(row).breakInside))],
      };
    });
    expect(layout.tables).toBeGreaterThanOrEqual(2);
    expect(layout.overflowing).toBe(0);
    expect(layout.rowBreaks).toEqual(['avoid']);
    const pdf = await staff.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await staff.emulateMedia({ media: 'screen' });
  });
});
