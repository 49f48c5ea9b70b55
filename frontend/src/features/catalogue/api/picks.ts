import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { pickKeys } from '@/records/pick/keys';
import { refresh } from '@/records/refresh';

interface PickChange {
  projectId: number;
  buyerCompanyId: number;
  productId: number;
  picked: boolean;
}

// PUT or DELETE /api/projects/{id}/buyers/{buyerCompanyId}/picks/{productId}: idempotent both ways.
async function changePick({ projectId, buyerCompanyId, productId, picked }: PickChange) {
  const params = { path: { id: projectId, buyerCompanyId, productId } };
  const request = picked
    ? apiClient.PUT('/api/projects/{id}/buyers/{buyerCompanyId}/picks/{productId}', { params })
    : apiClient.DELETE('/api/projects/{id}/buyers/{buyerCompanyId}/picks/{productId}', { params });
  return (await call(request)).data;
}

/** Marks or unmarks a product the buyer wants to meet about; the catalogue shows it at once. */
export function useChangePick() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePick,
    onSettled: (_data, _error, change) => refresh(queryClient, [pickKeys.catalogues(change.projectId), pickKeys.project(change.projectId)]),
  });
}
