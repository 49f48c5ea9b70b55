import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { nextPageParam } from '@/lib/api/paging';
import type { IntroductionSource, Negotiation } from '@/lib/api/types';
import { negotiationKeys, type NegotiationBoardParams, type NegotiationListParams, type NegotiationRelation } from './keys';

export interface VersionedNegotiation {
  negotiation: Negotiation;
  /** Sent back as If-Match with every move and change. */
  etag: string;
}

/** A negotiation answer with the ETag to send back. */
export const versionedNegotiation = ({ data, response }: { data: Negotiation; response: Response }): VersionedNegotiation => ({
  negotiation: data,
  etag: etagOf(response, data),
});

// GET /api/negotiations/{id}: with its history, follow-ups, deal and the moves allowed next.
export async function fetchNegotiation(id: number): Promise<VersionedNegotiation> {
  return versionedNegotiation(await call(apiClient.GET('/api/negotiations/{id}', { params: { path: { id } } })));
}

export const negotiationQueryOptions = (id: number) =>
  queryOptions({ queryKey: negotiationKeys.detail(id), queryFn: () => fetchNegotiation(id) });

export function useNegotiation(id: number, enabled = true) {
  return useQuery({ ...negotiationQueryOptions(id), enabled });
}

// GET /api/negotiations: one page, filtered and sorted by the server.
export const negotiationsQueryOptions = (params: NegotiationListParams) =>
  queryOptions({
    queryKey: negotiationKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/negotiations', { params: { query: params } }))).data,
  });

export function useNegotiations(params: NegotiationListParams, enabled = true) {
  return useQuery({ ...negotiationsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

// GET /api/negotiations/board: each stage's count and its first cards.
export const negotiationBoardQueryOptions = (params: NegotiationBoardParams) =>
  queryOptions({
    queryKey: negotiationKeys.board(params),
    queryFn: async () => (await call(apiClient.GET('/api/negotiations/board', { params: { query: params } }))).data,
  });

export function useNegotiationBoard(params: NegotiationBoardParams, enabled = true) {
  return useQuery({ ...negotiationBoardQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

// GET /api/negotiations/mine: the advisor's own, overdue and today's next actions first.
export const myNegotiationsQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: negotiationKeys.mine(page, size),
    queryFn: async () => (await call(apiClient.GET('/api/negotiations/mine', { params: { query: { page, size } } }))).data,
  });

export function useMyNegotiations(page: number, size: number, enabled = true) {
  return useQuery({ ...myNegotiationsQueryOptions(page, size), enabled, placeholderData: keepPreviousData });
}

const RELATED_PAGE_SIZE = 20;

// GET /api/negotiations?firmId= or ?buyerCompanyId=, last changed first, page after page.
export const relatedNegotiationsQueryOptions = (relation: NegotiationRelation) =>
  infiniteQueryOptions({
    queryKey: negotiationKeys.related(relation),
    queryFn: async ({ pageParam }) =>
      (
        await call(
          apiClient.GET('/api/negotiations', {
            params: { query: { ...relation, sort: '-updatedAt', page: pageParam, size: RELATED_PAGE_SIZE } },
          }),
        )
      ).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
  });

export function useRelatedNegotiations(relation: NegotiationRelation, enabled = true) {
  return useInfiniteQuery({ ...relatedNegotiationsQueryOptions(relation), enabled });
}

// GET /api/negotiations/introduction-candidates: the pairs a source proposes in a project.
export const introductionCandidatesQueryOptions = (projectId: number, source: IntroductionSource) =>
  queryOptions({
    queryKey: negotiationKeys.candidates(projectId, source),
    queryFn: async () =>
      (await call(apiClient.GET('/api/negotiations/introduction-candidates', { params: { query: { projectId, source } } }))).data,
  });

export function useIntroductionCandidates(projectId: number | undefined, source: IntroductionSource) {
  return useQuery({ ...introductionCandidatesQueryOptions(projectId ?? 0, source), enabled: projectId !== undefined });
}
