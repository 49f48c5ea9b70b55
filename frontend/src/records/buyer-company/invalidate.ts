import type { QueryClient } from '@tanstack/react-query';
import { projectKeys } from '../project/keys';
import { refresh } from '../refresh';
import { buyerCompanyKeys } from './keys';
import type { VersionedBuyerCompany } from './queries';

/**
 * After a buyer company was registered, changed or archived: its page (and a buyer's
 * 自社情報, the same query) shows the version saved; lists and the project pages that
 * invite it ask again.
 */
export async function buyerCompanySaved(queryClient: QueryClient, saved: VersionedBuyerCompany): Promise<void> {
  queryClient.setQueryData(buyerCompanyKeys.detail(saved.company.id), saved);
  await refresh(queryClient, [buyerCompanyKeys.lists(), buyerCompanyKeys.history(saved.company.id), projectKeys.details()]);
}

/**
 * After a contact of the company was added or changed, or given a login: its contacts,
 * its 変更履歴, and the project pages that name the contacts expected.
 */
export async function buyerContactsChanged(queryClient: QueryClient, companyId: number): Promise<void> {
  await refresh(queryClient, [buyerCompanyKeys.contacts(companyId), buyerCompanyKeys.history(companyId), projectKeys.details()]);
}

/** After a change to many companies at once (an import). */
export async function buyerCompaniesChanged(queryClient: QueryClient): Promise<void> {
  await refresh(queryClient, [buyerCompanyKeys.all, projectKeys.details()]);
}
