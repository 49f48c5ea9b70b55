import type { QueryClient } from '@tanstack/react-query';
import { refresh } from '../refresh';
import { kpiKeys } from '../kpi/keys';
import { programKeys } from './keys';
import type { VersionedProgram } from './queries';

/**
 * After a program's targets were saved: its page shows them, and so do the programs table, the
 * dashboard (targets against actuals), the annual report and the targets' history.
 */
export async function programSaved(queryClient: QueryClient, saved: VersionedProgram): Promise<void> {
  queryClient.setQueryData(programKeys.detail(saved.program.code), saved);
  await refresh(queryClient, [programKeys.list(), kpiKeys.all]);
}
