import { useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { productListKeys } from './keys';

// GET /api/firms/{id}, for its name only: the list says whose products it shows even when there are none.
export function useFirmName(firmId: number | undefined) {
  return useQuery({
    queryKey: productListKeys.firmName(firmId ?? 0),
    queryFn: async () =>
      (await call(apiClient.GET('/api/firms/{id}', { params: { path: { id: firmId ?? 0 } } }))).data.tradeName,
    enabled: firmId !== undefined,
    // An unknown or archived id is shown by its number; asking again will not change that.
    retry: false,
    staleTime: 5 * 60_000,
  });
}
