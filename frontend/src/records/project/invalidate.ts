import type { QueryClient } from '@tanstack/react-query';
import { refresh } from '../refresh';
import { kpiKeys } from '../kpi/keys';
import { projectKeys } from './keys';
import type { VersionedProject } from './queries';

/**
 * After a project, its participants, invitations or state changed: its page shows the
 * version saved; every project list (a firm's and a company's projects too), its 変更履歴
 * a buyer's catalogue and the dashboard's counts (participating firms) ask again.
 */
export async function projectSaved(queryClient: QueryClient, saved: VersionedProject): Promise<void> {
  queryClient.setQueryData(projectKeys.detail(saved.project.id), saved);
  await refresh(queryClient, [projectKeys.lists(), projectKeys.history(saved.project.id), projectKeys.catalogue(), kpiKeys.all]);
}
