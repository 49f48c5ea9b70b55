import type { QueryClient } from '@tanstack/react-query';
import { firmKeys } from '../firm/keys';
import { projectKeys } from '../project/keys';
import { refresh } from '../refresh';
import { productKeys } from './keys';

/** The views of other records that name a product. */
const viewsNamingProducts = () => [
  projectKeys.details(), // the products each participant brings
  projectKeys.catalogue(), // a buyer's catalogue
];

/**
 * After one of a firm's products was added or changed (its photo too): every product list,
 * the firm's 変更履歴 (the API writes product changes there) and the pages naming it.
 */
export async function productSaved(queryClient: QueryClient, firmId: number): Promise<void> {
  await refresh(queryClient, [productKeys.lists(), firmKeys.history(firmId), ...viewsNamingProducts()]);
}

/** After a change to many products at once (an import). */
export async function productsChanged(queryClient: QueryClient): Promise<void> {
  await refresh(queryClient, [productKeys.all, firmKeys.histories(), ...viewsNamingProducts()]);
}
