import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { projectKeys } from '@/records/project/keys';
import { projectQueryOptions, type VersionedProject } from '@/records/project/queries';
import { useChangeProject, type ProjectChange } from '../api/save-project';

export type ChangeOutcome =
  | { kind: 'saved'; saved: VersionedProject }
  /** 412: someone changed the project first; this is the latest version, now on the page too. */
  | { kind: 'conflict'; latest: VersionedProject }
  /** Refused for another reason; `message` is absent when the global handler told the user already. */
  | { kind: 'failed'; message?: { title: string; items: string[] } };

/**
 * Sends one change of a project's members or state over the version the user saw (its
 * ETag in If-Match). A refusal never goes unnoticed: on 412 the latest version is loaded
 * for the caller to show beside the user's choice.
 */
export function useProjectChanger(id: number) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const change = useChangeProject(id);

  const send = async (etag: string, next: ProjectChange): Promise<ChangeOutcome> => {
    try {
      return { kind: 'saved', saved: await change.mutateAsync({ etag, change: next }) };
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        try {
          const latest = await queryClient.fetchQuery({ ...projectQueryOptions(id), staleTime: 0 });
          void queryClient.invalidateQueries({ queryKey: projectKeys.history(id) });
          return { kind: 'conflict', latest };
        } catch {
          return { kind: 'failed' };
        }
      }
      // 404 (a firm or company gone), 422 (closed meanwhile): what is true now belongs on the page.
      if (error instanceof ApiError && error.status < 500) void queryClient.invalidateQueries({ queryKey: projectKeys.detail(id) });
      return { kind: 'failed', message: localErrorMessage(error, translate) };
    }
  };

  /** A change from a button on the page (open, close, remove): the outcome as a notification. */
  const act = async (etag: string, next: ProjectChange, done: string): Promise<void> => {
    const outcome = await send(etag, next);
    if (outcome.kind === 'saved') {
      notifications.show({ color: 'green', title: t('projects.changedTitle'), message: done });
    } else if (outcome.kind === 'conflict') {
      notifications.show({ color: 'yellow', title: t('projects.conflictTitle'), message: t('projects.conflictRetry'), autoClose: 10_000 });
    } else if (outcome.message) {
      notifications.show({
        color: 'red',
        title: outcome.message.title,
        message: outcome.message.items.join(' ') || t('projects.changeFailed'),
        autoClose: 10_000,
      });
    }
  };

  return { send, act, pending: change.isPending };
}
