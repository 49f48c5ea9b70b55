import type { QueryClient } from '@tanstack/react-query';
import { refresh } from '../refresh';
import { programKeys } from './keys';
import type { VersionedProgram } from './queries';

/** After a program's targets were saved: its page shows them, and so do home and the programs table. */
export async function programSaved(queryClient: QueryClient, saved: VersionedProgram): Promise<void> {
  queryClient.setQueryData(programKeys.detail(saved.program.code), saved);
  await refresh(queryClient, [programKeys.list()]);
}
