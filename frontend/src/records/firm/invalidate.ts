import type { QueryClient } from '@tanstack/react-query';
import { productKeys } from '../product/keys';
import { projectKeys } from '../project/keys';
import { refresh } from '../refresh';
import { firmKeys } from './keys';
import type { VersionedFirm } from './queries';

/** The views of other records that name a firm (its trade name, its being archived). */
const viewsNamingFirms = () => [
  productKeys.lists(), // a product list row names its firm
  projectKeys.details(), // a project's participants
  projectKeys.catalogue(), // a buyer's catalogue of exhibitors
];

/**
 * After a firm was registered, changed or archived: its page shows the version saved,
 * and every list and page that names it asks again.
 */
export async function firmSaved(queryClient: QueryClient, saved: VersionedFirm): Promise<void> {
  queryClient.setQueryData(firmKeys.detail(saved.firm.id), saved);
  await refresh(queryClient, [firmKeys.lists(), firmKeys.history(saved.firm.id), ...viewsNamingFirms()]);
}

/** After a change to many firms at once (an import): everything that shows a firm. */
export async function firmsChanged(queryClient: QueryClient): Promise<void> {
  await refresh(queryClient, [firmKeys.all, ...viewsNamingFirms()]);
}
