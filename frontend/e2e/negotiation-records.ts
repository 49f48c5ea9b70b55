import { type Page } from '@playwright/test';
import { currentFiscalYear } from './records';
import { callApi, USERS, type uniqueStamp } from './support';

/**
 * What the negotiation scenarios need, made through the API as the signed-in coordinator
 * (the screens that register firms and projects have their own scenarios). Names are unique
 * by the clock: the e2e database is not reset.
 */

interface Created {
  id: number;
  version: number;
}

async function send<T>(page: Page, method: 'POST' | 'PUT', path: string, body: unknown, ifMatch?: string): Promise<{ body: T; etag: string }> {
  const answer = await callApi(page, method, path, { body, ifMatch });
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  const created = answer.body as Created;
  return { body: answer.body as T, etag: answer.etag ?? `"${created.version}"` };
}

export interface NegotiationWorld {
  firm: { id: number; name: string };
  products: { id: number; name: string }[];
  company: { id: number; name: string };
  contact?: { id: number; email: string };
  project: { id: number; title: string; heldOn: string };
}

type Stamp = ReturnType<typeof uniqueStamp>;

/**
 * A firm owned by the demo advisor with two products (readings that end in the stamp's
 * katakana), a buyer company (optionally with a contact), and an open project of `program`
 * with one trade meeting, the firm taking part with both products and the company invited.
 */
export async function seedWorld(
  page: Page,
  stamp: Stamp,
  options: { program?: 'FOOD' | 'TRADE_SHOW'; contactEmail?: string; label: string },
): Promise<NegotiationWorld> {
  const firmName = `E2E ${options.label}事業者 ${stamp.digits}`;
  const firm = await send<Created>(page, 'POST', '/api/firms', {
    tradeName: firmName,
    tradeNameKana: `イーツーイー${stamp.katakana}`,
    industryCode: 'E',
    chamberMember: false,
    advisorSubject: USERS.advisor.subject,
  });
  const productSpecs = [
    { name: `E2E さんまみりん干し ${stamp.digits}`, nameKana: `サンマミリンボシ${stamp.katakana}` },
    { name: `E2E いわき揚げかまぼこ ${stamp.digits}`, nameKana: `イワキアゲカマボコ${stamp.katakana}` },
  ];
  const products: { id: number; name: string }[] = [];
  for (const spec of productSpecs) {
    const product = await send<Created>(page, 'POST', `/api/firms/${firm.body.id}/products`, { ...spec, priceYen: 1080, taxIncluded: true, contentVolume: '120g' });
    products.push({ id: product.body.id, name: spec.name });
  }
  const companyName = `E2E ${options.label}バイヤー ${stamp.digits}`;
  const company = await send<Created>(page, 'POST', '/api/buyer-companies', {
    name: companyName,
    nameKana: `バイヤー${stamp.katakana}`,
    type: 'SUPERMARKET',
    region: 'TOKYO_AREA',
  });
  let contact: NegotiationWorld['contact'];
  if (options.contactEmail) {
    const created = await send<Created>(page, 'POST', `/api/buyer-companies/${company.body.id}/contacts`, {
      name: `試験 花子 ${stamp.digits}`,
      email: options.contactEmail,
    });
    contact = { id: created.body.id, email: options.contactEmail };
  }
  const fiscalYear = currentFiscalYear();
  const heldOn = `${fiscalYear}-09-12`;
  const title = `E2E ${options.label}商談会 ${stamp.digits}`;
  let project = await send<Created>(page, 'POST', '/api/projects', {
    program: options.program ?? 'FOOD',
    fiscalYear,
    title,
    events: [{ heldOn, venue: 'いわき産業創造館' }],
  });
  project = await send<Created>(
    page,
    'PUT',
    `/api/projects/${project.body.id}/participants/${firm.body.id}`,
    { productIds: products.map((p) => p.id) },
    project.etag,
  );
  project = await send<Created>(
    page,
    'PUT',
    `/api/projects/${project.body.id}/invitations/${company.body.id}`,
    { contactIds: contact ? [contact.id] : [] },
    project.etag,
  );
  await send<Created>(page, 'POST', `/api/projects/${project.body.id}/state`, { state: 'OPEN' }, project.etag);
  return {
    firm: { id: firm.body.id, name: firmName },
    products,
    company: { id: company.body.id, name: companyName },
    contact,
    project: { id: project.body.id, title, heldOn },
  };
}

/** A negotiation of the world's firm and company, INTRODUCED, owned by the demo advisor. */
export async function introduce(page: Page, world: NegotiationWorld): Promise<number> {
  const created = await send<Created>(page, 'POST', '/api/negotiations', {
    projectId: world.project.id,
    firmId: world.firm.id,
    buyerCompanyId: world.company.id,
    advisorSubject: USERS.advisor.subject,
    productIds: world.products.map((p) => p.id),
    interest: '首都圏の店舗での取り扱い',
  });
  return created.body.id;
}

/** Gives the world's contact a login; answers its user name and temporary password. */
export async function grantLogin(page: Page, world: NegotiationWorld): Promise<{ username: string; temporaryPassword: string }> {
  if (!world.contact) throw new Error('the world has no contact');
  const grant = await send<{ username: string; temporaryPassword: string }>(
    page,
    'POST',
    `/api/buyer-companies/${world.company.id}/contacts/${world.contact.id}/login`,
    undefined,
  );
  return grant.body;
}
