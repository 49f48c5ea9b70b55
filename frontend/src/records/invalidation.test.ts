import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { BuyerCompany, Firm, Program, Project } from '@/lib/api/types';
import { buyerCompaniesChanged, buyerCompanySaved, buyerContactsChanged } from './buyer-company/invalidate';
import {
  buyerCompaniesQueryOptions,
  buyerCompanyHistoryQueryOptions,
  buyerCompanyPagesQueryOptions,
  buyerCompanyQueryOptions,
  buyerContactsQueryOptions,
} from './buyer-company/queries';
import { firmSaved, firmsChanged } from './firm/invalidate';
import { firmHistoryQueryOptions, firmPagesQueryOptions, firmQueryOptions, firmsQueryOptions } from './firm/queries';
import { productSaved, productsChanged } from './product/invalidate';
import { firmProductsQueryOptions, productsQueryOptions } from './product/queries';
import {
  kpiDashboardQueryOptions,
  kpiInvitationsQueryOptions,
  kpiRecordsQueryOptions,
  kpiYearsQueryOptions,
  targetHistoryQueryOptions,
} from './kpi/queries';
import { programSaved } from './program/invalidate';
import { programQueryOptions, programsQueryOptions } from './program/queries';
import { projectSaved } from './project/invalidate';
import {
  catalogueProjectsQueryOptions,
  projectHistoryQueryOptions,
  projectQueryOptions,
  projectsQueryOptions,
  relatedProjectsQueryOptions,
} from './project/queries';

// Every screen that shows a record, by the query it reads. A change made in one area must
// refresh the views of the others (the firm list, a project page naming the firm, …).
const VIEWS = {
  firmList: firmsQueryOptions({ page: 0, size: 20 }).queryKey,
  firmPicker: firmPagesQueryOptions({ archived: true, size: 10 }).queryKey,
  firmPage: firmQueryOptions(7).queryKey,
  otherFirmPage: firmQueryOptions(8).queryKey,
  firmHistory: firmHistoryQueryOptions(7).queryKey,
  otherFirmHistory: firmHistoryQueryOptions(8).queryKey,
  firmProducts: firmProductsQueryOptions(7).queryKey,
  productList: productsQueryOptions({ page: 0, size: 20 }).queryKey,
  companyList: buyerCompaniesQueryOptions({ page: 0, size: 20 }).queryKey,
  companyPicker: buyerCompanyPagesQueryOptions({ archived: true, size: 10 }).queryKey,
  companyPage: buyerCompanyQueryOptions(5).queryKey,
  companyHistory: buyerCompanyHistoryQueryOptions(5).queryKey,
  companyContacts: buyerContactsQueryOptions(5).queryKey,
  projectList: projectsQueryOptions({ page: 0, size: 20 }).queryKey,
  firmProjects: relatedProjectsQueryOptions({ firmId: 7 }).queryKey,
  companyProjects: relatedProjectsQueryOptions({ buyerCompanyId: 5 }).queryKey,
  projectPage: projectQueryOptions(3).queryKey,
  projectHistory: projectHistoryQueryOptions(3).queryKey,
  catalogue: catalogueProjectsQueryOptions().queryKey,
  programs: programsQueryOptions().queryKey,
  programPage: programQueryOptions('FOOD').queryKey,
  kpiDashboard: kpiDashboardQueryOptions(2025).queryKey,
  kpiRecords: kpiRecordsQueryOptions({ figure: 'DEALS', fiscalYear: 2025, program: 'FOOD', page: 0, size: 20 }).queryKey,
  kpiInvitations: kpiInvitationsQueryOptions({ fiscalYear: 2025, program: 'FOOD', submitted: true, page: 0, size: 20 }).queryKey,
  kpiYears: kpiYearsQueryOptions().queryKey,
  targetHistory: targetHistoryQueryOptions('FOOD').queryKey,
} satisfies Record<string, QueryKey>;

type View = keyof typeof VIEWS;

/** A cache holding an answer for every view, as after a user went through every screen. */
function visitedEverything(): QueryClient {
  const queryClient = new QueryClient();
  const views: QueryKey[] = Object.values(VIEWS);
  for (const key of views) queryClient.setQueryData(key, { seen: true });
  return queryClient;
}

const refreshed = (queryClient: QueryClient): View[] =>
  (Object.keys(VIEWS) as View[]).filter((view) => queryClient.getQueryState(VIEWS[view])?.isInvalidated);

const firm = { id: 7, tradeName: '株式会社いわき水産', version: 4 } as Firm;
const company = { id: 5, name: '東京フレッシュマート株式会社', version: 2 } as BuyerCompany;
const project = { id: 3, title: 'いわき食の商談会 2025', version: 9 } as Project;

describe('a firm saved', () => {
  it('refreshes the firm lists and pickers, its history, the product lists and every page naming firms', async () => {
    const queryClient = visitedEverything();
    await firmSaved(queryClient, { firm, etag: '"4"' });
    expect(refreshed(queryClient)).toEqual(['firmList', 'firmPicker', 'firmHistory', 'firmProducts', 'productList', 'projectPage', 'catalogue']);
  });

  it('shows the saved version on its page without asking again', async () => {
    const queryClient = visitedEverything();
    await firmSaved(queryClient, { firm, etag: '"4"' });
    expect(queryClient.getQueryData(VIEWS.firmPage)).toEqual({ firm, etag: '"4"' });
  });

  it('by an import refreshes every firm, and what names them', async () => {
    const queryClient = visitedEverything();
    await firmsChanged(queryClient);
    expect(refreshed(queryClient)).toEqual([
      'firmList',
      'firmPicker',
      'firmPage',
      'otherFirmPage',
      'firmHistory',
      'otherFirmHistory',
      'firmProducts',
      'productList',
      'projectPage',
      'catalogue',
    ]);
  });
});

describe('a product saved', () => {
  it("refreshes the firm's products, the product list, the firm's history and the pages naming products", async () => {
    const queryClient = visitedEverything();
    await productSaved(queryClient, 7);
    expect(refreshed(queryClient)).toEqual(['firmHistory', 'firmProducts', 'productList', 'projectPage', 'catalogue']);
  });

  it("by an import refreshes every firm's history too", async () => {
    const queryClient = visitedEverything();
    await productsChanged(queryClient);
    expect(refreshed(queryClient)).toEqual(['firmHistory', 'otherFirmHistory', 'firmProducts', 'productList', 'projectPage', 'catalogue']);
  });
});

describe('a buyer company saved', () => {
  it('refreshes the company lists and pickers, its history and the project pages inviting companies', async () => {
    const queryClient = visitedEverything();
    await buyerCompanySaved(queryClient, { company, etag: '"2"' });
    expect(refreshed(queryClient)).toEqual(['companyList', 'companyPicker', 'companyHistory', 'projectPage']);
    expect(queryClient.getQueryData(VIEWS.companyPage)).toEqual({ company, etag: '"2"' });
  });

  it("with a contact changed refreshes its contacts (the invitation's choice too), its history and project pages", async () => {
    const queryClient = visitedEverything();
    await buyerContactsChanged(queryClient, 5);
    expect(refreshed(queryClient)).toEqual(['companyHistory', 'companyContacts', 'projectPage']);
  });

  it('by an import refreshes every company query', async () => {
    const queryClient = visitedEverything();
    await buyerCompaniesChanged(queryClient);
    expect(refreshed(queryClient)).toEqual(['companyList', 'companyPicker', 'companyPage', 'companyHistory', 'companyContacts', 'projectPage']);
  });
});

describe('a project saved', () => {
  it("refreshes the project list, a firm's and a company's projects, its history, the catalogue and the dashboard's counts", async () => {
    const queryClient = visitedEverything();
    await projectSaved(queryClient, { project, etag: '"9"' });
    expect(refreshed(queryClient)).toEqual([
      'projectList',
      'firmProjects',
      'companyProjects',
      'projectHistory',
      'catalogue',
      'kpiDashboard',
      'kpiRecords',
      'kpiInvitations',
      'kpiYears',
      'targetHistory',
    ]);
    expect(queryClient.getQueryData(VIEWS.projectPage)).toEqual({ project, etag: '"9"' });
  });
});

describe('a program saved', () => {
  it("refreshes the programs table, the dashboard, the annual report and the targets' history", async () => {
    const queryClient = visitedEverything();
    const program = { code: 'FOOD', version: 1 } as Program;
    await programSaved(queryClient, { program, etag: '"1"' });
    expect(refreshed(queryClient)).toEqual(['programs', 'kpiDashboard', 'kpiRecords', 'kpiInvitations', 'kpiYears', 'targetHistory']);
    expect(queryClient.getQueryData(VIEWS.programPage)).toEqual({ program, etag: '"1"' });
  });
});
