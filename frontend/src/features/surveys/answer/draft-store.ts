/**
 * The buyer's answers as kept in the browser, so that nothing typed is lost when the
 * venue's Wi-Fi drops or the tab is closed before the server has them. One entry per
 * response (its scope); small JSON, so localStorage is enough and works everywhere the
 * form does (no IndexedDB upgrade paths to maintain).
 */

/** What is kept for one response. */
export interface StoredDraft<V> {
  /** Format of this entry; an entry of another format is ignored. */
  format: 1;
  /** Every answer as the buyer last left it. */
  answers: Record<string, V>;
  /** The questions changed here that the server has not acknowledged yet. */
  dirty: string[];
  /** The server's version these answers were based on, if it ever answered. */
  etag?: string;
  /** The buyer pressed 送信 and the submission has not reached the server yet. */
  submitPending: boolean;
  /** When this entry was last written (ISO). */
  updatedAt: string;
}

export interface DraftStore<V> {
  read(scope: string): StoredDraft<V> | undefined;
  write(scope: string, draft: StoredDraft<V>): void;
  remove(scope: string): void;
}

const PREFIX = 'iwaki-matching.survey-draft.';

function isStoredDraft(value: unknown): value is StoredDraft<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<StoredDraft<unknown>>;
  return (
    draft.format === 1 &&
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    Array.isArray(draft.dirty) &&
    draft.dirty.every((key) => typeof key === 'string') &&
    typeof draft.submitPending === 'boolean'
  );
}

/**
 * A store over a Web Storage (localStorage in the browser). Storage that is switched off,
 * full or holding garbage never breaks the form: the answers then live only in memory and
 * on the server.
 */
export function webStorageDraftStore<V>(storage: () => Storage | undefined): DraftStore<V> {
  const safe = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    read(scope) {
      try {
        const text = safe()?.getItem(PREFIX + scope);
        if (!text) return undefined;
        const parsed: unknown = JSON.parse(text);
        return isStoredDraft(parsed) ? (parsed as StoredDraft<V>) : undefined;
      } catch {
        return undefined;
      }
    },
    write(scope, draft) {
      try {
        safe()?.setItem(PREFIX + scope, JSON.stringify(draft));
      } catch {
        // Full or refused: the server copy and memory still hold the answers.
      }
    },
    remove(scope) {
      try {
        safe()?.removeItem(PREFIX + scope);
      } catch {
        // nothing kept, nothing to remove
      }
    },
  };
}

/** localStorage, when the browser lets the page use it. */
export function browserDraftStore<V>(): DraftStore<V> {
  return webStorageDraftStore<V>(() => window.localStorage);
}

/** A store that keeps nothing (the template preview). */
export function memoryDraftStore<V>(): DraftStore<V> {
  const entries = new Map<string, StoredDraft<V>>();
  return {
    read: (scope) => entries.get(scope),
    write: (scope, draft) => void entries.set(scope, draft),
    remove: (scope) => void entries.delete(scope),
  };
}
