import { expect, type Page } from '@playwright/test';

export interface DemoUser {
  username: string;
  password: string;
  /** The Keycloak user id (`sub`), fixed by the realm export (backend/infra/keycloak/iwaki-realm-demo.json). */
  subject: string;
  /** Family and given name; Keycloak may join them either way round. */
  family: string;
  given: string;
  staff: boolean;
  role: string;
}

// The realm's demo users (keycloak realm `iwaki`).
export const USERS = {
  coordinator: { username: 'coordinator', password: 'coordinator-demo', subject: '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a01', family: '佐藤', given: '花子', staff: true, role: '事務局' },
  advisor: { username: 'advisor', password: 'advisor-demo', subject: '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02', family: '鈴木', given: '一郎', staff: true, role: '経営指導員' },
  admin: { username: 'admin', password: 'admin-demo-iwaki', subject: '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a03', family: '高橋', given: '健', staff: true, role: '管理者' },
  buyer: { username: 'buyer', password: 'buyer-demo-iwaki', subject: '3f1c2a4e-7b21-4d8e-9a55-0c6e1b7d2f01', family: '田中', given: '美咲', staff: false, role: 'バイヤー' },
  buyer2: { username: 'buyer2', password: 'buyer2-demo-iwaki', subject: '8a6d5b3c-2e94-4f17-b0c8-5d9e4a1f3b02', family: '伊藤', given: '大輔', staff: false, role: 'バイヤー' },
} satisfies Record<string, DemoUser>;

// The seed's program names (backend/src/main/resources/db/migration/V1__programs.sql), in plan order.
export const PROGRAM_NAMES = [
  'ものづくり企業個別支援プロジェクト',
  'メイド in いわき食の販路開拓個別支援プロジェクト',
  '他地域商談会への出展支援',
  'ITを活用した情報発信と販路開拓支援',
];

export function navigation(page: Page, label = 'メインメニュー') {
  return page.getByRole('navigation', { name: label });
}

/** What GET /api/me says of the signed-in user, as far as the navigation depends on it. */
export interface SignedInUser {
  roles: string[];
  buyerCompanyId?: number;
}

/**
 * Asks the API who is signed in. Whether a demo buyer is linked to a company depends on
 * data the tests must not rely on, so they read it instead.
 */
export async function signedInUser(page: Page): Promise<SignedInUser> {
  const { status, body } = await callApi(page, 'GET', '/api/me');
  if (status !== 200) throw new Error(`GET /api/me answered ${status}`);
  return body as SignedInUser;
}

const NAV_LABELS = {
  ja: { home: 'ホーム', programs: '事業と目標', kpiReport: '年度報告', firms: '事業者', products: '商品', buyers: 'バイヤー企業', projects: 'プロジェクト', surveys: 'ニーズ調査', introductions: '商談候補', surveyTemplates: '調査テンプレート', negotiations: '商談', myNegotiations: 'マイ商談', leads: 'リード登録', catalogue: '出展カタログ', mySurveys: 'アンケート', myCompany: '自社情報', account: 'アカウント' },
  en: { home: 'Home', programs: 'Programs & targets', kpiReport: 'Annual report', firms: 'Firms', products: 'Products', buyers: 'Buyer companies', projects: 'Projects', surveys: 'Needs surveys', introductions: 'Candidate introductions', surveyTemplates: 'Survey templates', negotiations: 'Negotiations', myNegotiations: 'My negotiations', leads: 'Capture a lead', catalogue: 'Exhibitor catalogue', mySurveys: 'Surveys', myCompany: 'My company', account: 'Account' },
};

/** The menu a user should see: staff the registries, surveys and negotiations (admins also the templates, advisors their own negotiations first), a buyer its own company once linked to one. */
export function expectedNav(user: DemoUser, me: SignedInUser, language: 'ja' | 'en' = 'ja'): string[] {
  const l = NAV_LABELS[language];
  if (user.staff) {
    const templates = me.roles.includes('ADMIN') ? [l.surveyTemplates] : [];
    const staff = [l.programs, l.kpiReport, l.firms, l.products, l.buyers, l.projects, l.surveys, l.introductions, ...templates, l.negotiations, l.leads, l.account];
    return user.role === '経営指導員' ? [l.home, l.myNegotiations, ...staff] : [l.home, ...staff];
  }
  const own = me.buyerCompanyId === undefined ? [] : [l.myCompany];
  return [l.home, l.catalogue, l.mySurveys, ...own, l.account];
}

/**
 * A JSON request to the API with the SPA's own token, for a test's preconditions (a firm
 * to import products for); what a test checks still goes through the screens.
 */
export async function apiRequest<T>(page: Page, method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
  const answer = await callApi(page, method, path, { body });
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body as T;
}

const KATAKANA_DIGITS = 'アイウエオカキクケコ';
const HALF_WIDTH_DIGITS = 'ｱｲｳｴｵｶｷｸｹｺ';

/** What makes a test's records its own: the clock's last eight digits, also spelt in katakana and half-width kana for readings. */
export function uniqueStamp(): { digits: string; katakana: string; halfWidth: string } {
  const digits = String(Date.now()).slice(-8);
  const spell = (alphabet: string) => [...digits].map((d) => alphabet[Number(d)]).join('');
  return { digits, katakana: spell(KATAKANA_DIGITS), halfWidth: spell(HALF_WIDTH_DIGITS) };
}

export function nameOf(user: DemoUser): RegExp {
  return new RegExp(`${user.family}\\s*${user.given}|${user.given}\\s*${user.family}`);
}

/** From the landing page at `path`, through Keycloak's login form, back into the app shell. */
export async function login(page: Page, user: DemoUser, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: 'ログイン' }).click();
  // Keycloak 26's standard login page.
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await expect(navigation(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function logout(page: Page, label = 'ログアウト'): Promise<void> {
  await navigation(page).getByRole('button', { name: label }).click();
  const landing = page.getByRole('button', { name: 'ログイン' });
  // Keycloak asks for confirmation only if the logout lacks an id_token_hint; answer it if so.
  const confirm = page.locator('#kc-logout');
  await expect(landing.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(landing).toBeVisible();
}

/** Picks a language with the switch inside the navigation. */
export async function switchLanguage(page: Page, from: 'ja' | 'en', to: '日本語' | 'English'): Promise<void> {
  const group = navigation(page, from === 'ja' ? 'メインメニュー' : 'Main menu').getByRole('radiogroup');
  await group.getByText(to, { exact: true }).click();
}

/**
 * A request to the API as the signed-in user, with the SPA's own token (oidc-client-ts
 * keeps the user in sessionStorage): to read what the screens do not show, or to make
 * the change another person makes in the meantime.
 */
export async function callApi(
  page: Page,
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  options: { body?: unknown; ifMatch?: string } = {},
): Promise<{ status: number; etag: string | null; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const stored = key ? sessionStorage.getItem(key) : null;
      const token = stored ? (JSON.parse(stored) as { access_token?: string }).access_token : undefined;
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (ifMatch) headers['If-Match'] = ifMatch;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      let answer: unknown = text || undefined;
      try {
        answer = text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        // not JSON (a proxy's error page): kept as text for the test's message
      }
      return { status: response.status, etag: response.headers.get('ETag'), body: answer };
    },
    { method, path, body: options.body, ifMatch: options.ifMatch },
  );
}
