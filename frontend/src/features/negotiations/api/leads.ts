import { useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { LeadInput } from '@/lib/api/types';
import { problemTitle, translateFieldError, toProblem, type Translate } from '@/lib/problem';
import { negotiationKeys } from '@/records/negotiation/keys';
import { outcomeOfStatus, type OutboxEntry, type SendOutcome } from '../components/lead-outbox';

/**
 * POST /api/leads for a lead of the outbox. Called outside TanStack Query on purpose: a
 * network failure at the booth is the normal case here, not an error for the global handler.
 */
/** A lead as the outbox keeps it: its idempotency key is the outbox entry's. */
export type LeadDraft = Omit<LeadInput, 'clientId'>;

export async function sendLead(entry: OutboxEntry<LeadDraft>, t: Translate): Promise<SendOutcome> {
  let answer: { error?: unknown; response: Response };
  try {
    answer = await apiClient.POST('/api/leads', { body: { ...entry.body, clientId: entry.key } });
  } catch {
    return { kind: 'retry' };
  }
  const outcome = outcomeOfStatus(answer.response.status);
  if (outcome !== 'refused') return { kind: outcome };
  const problem = toProblem(answer.error);
  return {
    kind: 'refused',
    status: answer.response.status,
    title: problem ? problemTitle(problem, t) : `HTTP ${answer.response.status}`,
    items: (problem?.errors ?? []).map((error) => translateFieldError(error, t)),
  };
}

// GET /api/leads?mine=true: what the advisor captured and the API has.
export function useMyLeads(enabled: boolean) {
  return useQuery({
    queryKey: [...negotiationKeys.leads(), 'mine'],
    queryFn: async () => (await call(apiClient.GET('/api/leads', { params: { query: { mine: true, size: 10 } } }))).data,
    enabled,
  });
}
