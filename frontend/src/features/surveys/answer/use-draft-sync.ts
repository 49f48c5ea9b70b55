import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AnswerChannel, LoadedForm } from './api';
import { classifyFailure } from './api';
import { browserDraftStore, type DraftStore } from './draft-store';
import { DraftSync, type Connectivity, type SyncSnapshot } from './draft-sync';
import type { AnswerValue } from './model';

/** navigator.onLine and its events: a hint only, a failed request counts as offline too. */
export const browserConnectivity: Connectivity = {
  isOnline: () => navigator.onLine,
  subscribe(onChange) {
    const online = () => onChange(true);
    const offline = () => onChange(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/**
 * One DraftSync for a loaded form, running while the component is shown: it sends what is
 * left when the page is hidden, and stops when the form goes.
 */
export function useDraftSync(
  channel: AnswerChannel,
  loaded: LoadedForm,
  store: DraftStore<AnswerValue> = browserDraftStore<AnswerValue>(),
): { sync: DraftSync<AnswerValue>; snapshot: SyncSnapshot<AnswerValue> } {
  const [sync] = useState(
    () =>
      new DraftSync<AnswerValue>({
        scope: channel.scope(loaded.form),
        initial: loaded.initial,
        transport: channel,
        store,
        connectivity: browserConnectivity,
        classify: classifyFailure,
      }),
  );
  useEffect(() => {
    sync.start();
    const hidden = () => {
      if (document.visibilityState === 'hidden') sync.flush();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', sync.flush);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', sync.flush);
      sync.stop();
    };
  }, [sync]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  return { sync, snapshot };
}
