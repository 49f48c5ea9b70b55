import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { callApi, login, navigation, PROGRAM_NAMES, USERS } from './support';

// The demo seed's year: its projects and participants are counted on the dashboard.
const SEEDED_YEAR = 2025;

interface Figure {
  metric: string;
  target?: number;
  actual?: number;
}
interface Program {
  code: string;
  figures: Figure[];
}
interface SurveyRate {
  program?: string;
  invitations: number;
  responses: number;
  rate?: number;
}
interface Dashboard {
  programs: Program[];
  funnel: { stage: string; count: number }[];
  surveys: SurveyRate[];
  surveysTotal: SurveyRate;
}
interface Years {
  years: { year: { fiscalYear: number; japaneseLabel: string }; programs: Program[] }[];
  baseline: { program: string; metric: string; value: number }[];
}

async function api<T>(page: Page, path: string): Promise<T> {
  const answer = await callApi(page, 'GET', path);
  expect(answer.status, path).toBe(200);
  return answer.body as T;
}

test('the dashboard shows the API numbers of a seeded year, a figure opens that many records, the .xlsx report has them', async ({ page }) => {
  // Three pages, every figure and rate of the year, and a download: more than one page's worth of time.
  test.slow();
  await login(page, USERS.coordinator);
  await page.goto(`/?fiscalYear=${SEEDED_YEAR}`);
  await expect(page.getByRole('heading', { level: 2, name: '目標と実績' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveValue(String(SEEDED_YEAR));
  await expect(page.getByRole('combobox', { name: '年度' }).locator('option:checked')).toHaveText('令和7年度（FY2025）');

  // Every program figure and funnel step on screen is the API's.
  const dashboard = await api<Dashboard>(page, `/api/kpi/dashboard?fiscalYear=${SEEDED_YEAR}`);
  for (const program of dashboard.programs) {
    for (const figure of program.figures) {
      await expect(page.locator(`[data-figure="${program.code}/${figure.metric}"]`)).toHaveText(String(figure.actual));
    }
  }
  for (const step of dashboard.funnel.filter((s) => !['LOST', 'WITHDRAWN'].includes(s.stage))) {
    await expect(page.locator(`[data-figure="REACHED_${step.stage}"]`)).toHaveText(String(step.count));
  }
  // Survey response rates: each program's and the total's invitations and responses are the API's.
  for (const rate of [...dashboard.surveys, dashboard.surveysTotal]) {
    const key = rate.program ?? 'ALL';
    await expect(page.locator(`[data-survey="${key}/invitations"]`)).toHaveText(String(rate.invitations));
    await expect(page.locator(`[data-survey="${key}/responses"]`)).toHaveText(String(rate.responses));
    await expect(page.getByTestId(`survey-rate-${key}`)).toHaveText(
      rate.rate === undefined ? '依頼なし' : `${Math.round(rate.rate * 1000) / 10}%`,
    );
  }
  // The total's invitations open that many invitations.
  await page.locator('[data-survey="ALL/invitations"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'ニーズ調査の調査依頼の内訳' })).toBeVisible();
  await expect(page.getByTestId('records-total')).toHaveText(`${dashboard.surveysTotal.invitations}件`);
  if (dashboard.surveysTotal.invitations > 0) {
    await expect(page.getByRole('region', { name: '調査依頼として数えた調査依頼' }).getByRole('row')).toHaveCount(
      Math.min(20, dashboard.surveysTotal.invitations) + 1,
    );
  }
  await page.getByRole('link', { name: '目標と実績に戻る' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '目標と実績' })).toBeVisible();

  // The seed's manufacturing project has participants: a figure above zero to open.
  const supported = dashboard.programs.find((p) => p.code === 'MANUFACTURING')!.figures.find((f) => f.metric === 'SUPPORTED_FIRMS')!;
  expect(supported.actual).toBeGreaterThan(0);

  await page.locator('[data-figure="MANUFACTURING/SUPPORTED_FIRMS"]').click();
  await expect(page.getByRole('heading', { level: 1, name: '支援事業者数の内訳' })).toBeVisible();
  await expect(page.getByText(`令和7年度（FY2025）・${PROGRAM_NAMES[0]}`)).toBeVisible();
  await expect(page.getByTestId('records-total')).toHaveText(`${supported.actual}件`);
  await expect(page.getByRole('region', { name: '支援事業者数として数えた記録' }).getByRole('row')).toHaveCount(supported.actual! + 1);

  // The annual report: the page and its .xlsx, parsed here, carry the API's numbers.
  await navigation(page).getByRole('link', { name: '年度報告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年度報告：目標と実績' })).toBeVisible();
  const years = await api<Years>(page, '/api/kpi/years');
  const row2025 = years.years.find((y) => y.year.fiscalYear === SEEDED_YEAR)!;
  const expected: (number | null)[] = row2025.programs.flatMap((p) => p.figures.flatMap((f) => [f.target ?? null, f.actual ?? null]));
  await expect(page.locator(`tr[data-fiscal-year="${SEEDED_YEAR}"] td`)).toHaveText(expected.map((n) => (n === null ? '—' : n.toLocaleString('ja-JP'))));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  const header = sheet.getRow(1).values as unknown[];
  expect(header[1]).toBe('年度');
  expect(header[2]).toBe(`${PROGRAM_NAMES[0]} 支援事業者数 目標`);
  const labels = [2, 3, 4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(1).value);
  expect(labels).toEqual(['現行', '令和7年度', '令和8年度', '令和9年度', '令和10年度', '令和11年度']);
  const cells = expected.map((_, i) => sheet.getRow(3).getCell(i + 2).value ?? null);
  expect(cells).toEqual(expected);
  const baseline = expected.map((_, i) => (i % 2 === 0 ? sheet.getRow(2).getCell(i + 2).value : null));
  expect(baseline.filter((v) => v !== null)).toEqual(years.baseline.map((b) => b.value));
});

test('a buyer has no dashboard and the API refuses it the figures', async ({ page }) => {
  await login(page, USERS.buyer);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '目標と実績' })).toHaveCount(0);
  await expect(navigation(page).getByRole('link', { name: '年度報告' })).toHaveCount(0);
  expect((await callApi(page, 'GET', `/api/kpi/dashboard?fiscalYear=${SEEDED_YEAR}`)).status).toBe(403);
});
