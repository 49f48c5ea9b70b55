import type { paths } from '@/api/schema';

/** Query parameters of GET /api/negotiations, as the API names them (page is zero-based). */
export type NegotiationListParams = NonNullable<paths['/api/negotiations']['get']['parameters']['query']>;

/** Query parameters of GET /api/negotiations/board: the list's filters and a column's length. */
export type NegotiationBoardParams = NonNullable<paths['/api/negotiations/board']['get']['parameters']['query']>;

/** The negotiations on a firm's or buyer company's page. */
export type NegotiationRelation = { firmId: number } | { buyerCompanyId: number };

export const negotiationKeys = {
  all: ['negotiations'] as const,
  /** Every list of negotiations: the list, the board, my negotiations, a firm's or company's. */
  lists: () => [...negotiationKeys.all, 'list'] as const,
  list: (params: NegotiationListParams) => [...negotiationKeys.lists(), params] as const,
  board: (params: NegotiationBoardParams) => [...negotiationKeys.lists(), 'board', params] as const,
  mine: (page: number, size: number) => [...negotiationKeys.lists(), 'mine', page, size] as const,
  related: (relation: NegotiationRelation) => [...negotiationKeys.lists(), 'related', relation] as const,
  allCandidates: () => [...negotiationKeys.all, 'candidates'] as const,
  candidates: (projectId: number, source: string) => [...negotiationKeys.allCandidates(), projectId, source] as const,
  /** Every negotiation page: each names its firm, company, project, products and people. */
  details: () => [...negotiationKeys.all, 'detail'] as const,
  detail: (id: number) => [...negotiationKeys.details(), id] as const,
  leads: () => [...negotiationKeys.all, 'leads'] as const,
};
