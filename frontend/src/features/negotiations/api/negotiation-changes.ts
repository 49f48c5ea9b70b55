import { apiClient, call } from '@/lib/api/client';
import type {
  FollowUpInput,
  IntroductionRequest,
  NegotiationInput,
  NegotiationMove,
  NegotiationReopen,
  NegotiationTakeOver,
  NegotiationUpdate,
} from '@/lib/api/types';
import { versionedNegotiation, type VersionedNegotiation } from '@/records/negotiation/queries';

// Every change of a negotiation answers the negotiation as it now is, with its new ETag.

// POST /api/negotiations/{id}/moves (If-Match)
export async function moveNegotiation(id: number, etag: string, body: NegotiationMove): Promise<VersionedNegotiation> {
  return versionedNegotiation(
    await call(apiClient.POST('/api/negotiations/{id}/moves', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

// POST /api/negotiations/{id}/reopen (If-Match)
export async function reopenNegotiation(id: number, etag: string, body: NegotiationReopen): Promise<VersionedNegotiation> {
  return versionedNegotiation(
    await call(apiClient.POST('/api/negotiations/{id}/reopen', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

// POST /api/negotiations/{id}/take-over (If-Match)
export async function takeOverNegotiation(id: number, etag: string, body: NegotiationTakeOver): Promise<VersionedNegotiation> {
  return versionedNegotiation(
    await call(apiClient.POST('/api/negotiations/{id}/take-over', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

// PUT /api/negotiations/{id} (If-Match): the deal's correction, among others.
export async function updateNegotiation(id: number, etag: string, body: NegotiationUpdate): Promise<VersionedNegotiation> {
  return versionedNegotiation(
    await call(apiClient.PUT('/api/negotiations/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

// POST /api/negotiations/{id}/follow-ups: kept as recorded, so no If-Match.
export async function addFollowUp(id: number, body: FollowUpInput): Promise<VersionedNegotiation> {
  return versionedNegotiation(await call(apiClient.POST('/api/negotiations/{id}/follow-ups', { params: { path: { id } }, body })));
}

// POST /api/negotiations: one introduction.
export async function createNegotiation(body: NegotiationInput): Promise<VersionedNegotiation> {
  return versionedNegotiation(await call(apiClient.POST('/api/negotiations', { body })));
}

// POST /api/negotiations/introductions: in bulk, without duplicates.
export async function introduceInBulk(body: IntroductionRequest) {
  return (await call(apiClient.POST('/api/negotiations/introductions', { body }))).data;
}
