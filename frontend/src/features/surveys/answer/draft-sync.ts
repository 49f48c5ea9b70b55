/**
 * Keeps a buyer's answers safe between the phone and the server: every change is kept on
 * the device at once, sent as a draft shortly after (debounced), held while the network is
 * down and sent when it is back; a submission pressed offline is sent then too. When
 * another tab or device saved in between (412), the server's answers are taken and this
 * device's unsent changes laid over them, question by question, so neither side silently
 * loses what it typed.
 *
 * Framework-free (React reads it through useSyncExternalStore), so the rules are tested
 * with fake timers and a fake server.
 */
import type { Problem } from '@/lib/api/types';
import type { DraftStore, StoredDraft } from './draft-store';

/** What the server holds of the response, as each of its answers says. */
export interface ServerState<V> {
  answers: Record<string, V>;
  /** Sent back as If-Match with the next draft or submission. */
  etag: string;
  /** A submission exists (it may be changed until the survey closes). */
  submitted: boolean;
  submittedAt?: string;
  /** Answers saved after the last submission and not submitted yet. */
  pendingChanges?: boolean;
}

/** The three calls the form makes; each channel (link token, signed-in buyer, proxy entry) has its own. */
export interface DraftTransport<V> {
  saveDraft(answers: Record<string, V>, etag: string): Promise<ServerState<V>>;
  submit(answers: Record<string, V>, etag: string): Promise<ServerState<V>>;
  reload(): Promise<ServerState<V>>;
}

/** How a failed call is treated. */
export type Failure =
  /** No answer at all (offline, DNS, the proxy cannot reach the API): keep and retry. */
  | { kind: 'network' }
  /** 412: somebody saved in between. */
  | { kind: 'conflict' }
  /** 410: the link expired or was revoked; nothing more can be sent. */
  | { kind: 'gone'; problem?: Problem }
  /** 429: too many requests; retry after the delay. */
  | { kind: 'rate-limited'; retryAfterMs: number; problem?: Problem }
  /** 400/422: the answers themselves were refused (errors name the questions). */
  | { kind: 'invalid'; problem?: Problem }
  /** Any other refusal (403, 404, 409, 5xx with a problem). */
  | { kind: 'refused'; problem?: Problem };

export interface Connectivity {
  isOnline(): boolean;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(onChange: (online: boolean) => void): () => void;
}

export type SyncStatus =
  /** Everything is on the server. */
  | 'saved'
  /** Changes wait a moment before they are sent (typing goes on). */
  | 'pending'
  | 'saving'
  /** Changes are kept on this device until the network is back. */
  | 'offline'
  | 'rate-limited'
  /** The link no longer works (410). */
  | 'gone'
  /** The server refused the draft; kept on the device, sent again after the next change. */
  | 'failed';

export type SubmitState =
  | 'idle'
  /** Pressed while offline (or while a draft was on its way): sent as soon as possible. */
  | 'queued'
  | 'submitting'
  /** The submission pressed last reached the server. */
  | 'done'
  /** Refused: `problem` says why (errors per question for a 422). */
  | 'refused'
  /** Another tab or device saved first: the merged answers are shown, to check and send again. */
  | 'conflict';

export interface SyncSnapshot<V> {
  answers: Readonly<Record<string, V>>;
  status: SyncStatus;
  /** How many questions have changes the server has not acknowledged. */
  unsent: number;
  lastSavedAt?: Date;
  submitted: boolean;
  submittedAt?: string;
  /** Changed since the last submission: the buyer should submit again. */
  pendingChanges: boolean;
  submit: SubmitState;
  /** The last refusal (410, 422, …), for the page to explain. */
  problem?: Problem;
  /** How many unsent answers were found on this device when the form opened. */
  restored: number;
}

export interface DraftSyncOptions<V> {
  /** Names this response in the device's store (e.g. `invitation-42`). */
  scope: string;
  initial: ServerState<V>;
  transport: DraftTransport<V>;
  store: DraftStore<V>;
  connectivity: Connectivity;
  classify: (error: unknown) => Failure;
  /** Quiet time after the last change before a draft is sent. */
  debounceMs?: number;
  /** A draft is sent at least this often while the buyer keeps typing. */
  maxWaitMs?: number;
  /** Waits between retries while the network is down. */
  retryDelaysMs?: readonly number[];
  now?: () => Date;
}

const DEFAULT_RETRY_DELAYS = [2_000, 5_000, 10_000, 20_000, 30_000] as const;

export class DraftSync<V> {
  private readonly scope: string;
  private readonly transport: DraftTransport<V>;
  private readonly store: DraftStore<V>;
  private readonly connectivity: Connectivity;
  private readonly classify: (error: unknown) => Failure;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelays: readonly number[];
  private readonly now: () => Date;

  private answers: Record<string, V>;
  /** Edit count per question, to tell whether a question changed again while its save was on the way. */
  private readonly revisions = new Map<string, number>();
  private readonly dirty = new Set<string>();
  private etag: string;
  private submitted: boolean;
  private submittedAt: string | undefined;
  private pendingChanges: boolean;
  private submitPending = false;
  private status: SyncStatus = 'saved';
  private submitState: SubmitState = 'idle';
  private problem: Problem | undefined;
  private lastSavedAt: Date | undefined;
  private restored = 0;

  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryCount = 0;
  /** 429: nothing is sent before this time (ms). */
  private blockedUntil = 0;
  /** 412s in a row; a server that keeps refusing is not asked forever. */
  private conflicts = 0;
  private running = false;
  private runAgain = false;
  private stopped = false;
  private unsubscribeConnectivity: (() => void) | undefined;

  private snapshot: SyncSnapshot<V>;
  private readonly listeners = new Set<() => void>();

  constructor(options: DraftSyncOptions<V>) {
    this.scope = options.scope;
    this.transport = options.transport;
    this.store = options.store;
    this.connectivity = options.connectivity;
    this.classify = options.classify;
    this.debounceMs = options.debounceMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
    this.now = options.now ?? (() => new Date());
    this.answers = { ...options.initial.answers };
    this.etag = options.initial.etag;
    this.submitted = options.initial.submitted;
    this.submittedAt = options.initial.submittedAt;
    this.pendingChanges = options.initial.pendingChanges ?? false;
    this.restoreFromDevice();
    this.snapshot = this.makeSnapshot();
  }

  /** Starts listening to the network and sends what the device still held. */
  start(): void {
    this.stopped = false;
    this.unsubscribeConnectivity = this.connectivity.subscribe((online) => {
      if (online) {
        this.clearRetry();
        void this.run();
      } else if (this.dirty.size > 0 || this.submitPending) {
        this.setStatus('offline');
      }
    });
    if (this.dirty.size > 0 || this.submitPending) void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribeConnectivity?.();
    this.unsubscribeConnectivity = undefined;
    this.clearDebounce();
    this.clearRetry();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot<V> => this.snapshot;

  /** The buyer changed an answer; `undefined` clears it. */
  set(key: string, value: V | undefined): void {
    if (this.status === 'gone') return;
    if (value === undefined) delete this.answers[key];
    else this.answers[key] = value;
    this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
    this.dirty.add(key);
    if (this.submitState === 'done' || this.submitState === 'refused' || this.submitState === 'conflict') this.submitState = 'idle';
    if (this.status === 'saved' || this.status === 'failed') this.status = 'pending';
    this.persist();
    this.emit();
    this.scheduleDraft();
  }

  /** The buyer pressed 送信 (the form validated first): sent now, or as soon as the network is back. */
  submit(): void {
    if (this.status === 'gone') return;
    this.submitPending = true;
    this.submitState = 'queued';
    this.problem = undefined;
    this.clearDebounce();
    this.persist();
    this.emit();
    void this.run();
  }

  /** Sends what is waiting now (the page is being hidden or closed). */
  flush = (): void => {
    this.clearDebounce();
    if (this.dirty.size > 0 || this.submitPending) void this.run();
  };

  private restoreFromDevice(): void {
    const stored = this.store.read(this.scope);
    if (!stored) return;
    if (stored.dirty.length === 0 && !stored.submitPending) {
      this.store.remove(this.scope);
      return;
    }
    for (const key of stored.dirty) {
      const value = stored.answers[key];
      if (value === undefined) delete this.answers[key];
      else this.answers[key] = value;
      this.revisions.set(key, 1);
      this.dirty.add(key);
    }
    this.restored = stored.dirty.length;
    this.submitPending = stored.submitPending;
    if (this.submitPending) this.submitState = 'queued';
    this.status = 'pending';
  }

  private scheduleDraft(): void {
    const now = this.now().getTime();
    this.firstPendingAt ??= now;
    const waited = now - this.firstPendingAt;
    const delay = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited));
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.run();
    }, delay);
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private scheduleRetry(delay: number): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.run();
    }, delay);
  }

  /** One sender at a time; a change during a send asks for another round. */
  private async run(): Promise<void> {
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.runAgain = false;
        if (this.stopped || this.status === 'gone') return;
        if (this.dirty.size === 0 && !this.submitPending) return;
        if (!this.connectivity.isOnline()) {
          this.setStatus('offline');
          return;
        }
        // Rate limited: the retry timer sends when the wait is over.
        if (this.now().getTime() < this.blockedUntil) return;
        this.firstPendingAt = undefined;
        this.clearDebounce();
        const outcome = await this.send(this.submitPending ? 'submission' : 'draft');
        // After a failure the retry timer, the network coming back or the next change starts the next round.
        if (outcome === 'stop') return;
        if (outcome === 'retry') this.runAgain = true;
      } while (this.runAgain);
    } finally {
      this.running = false;
    }
  }

  /** `sent`, or whether to try again at once (`retry`, after a merge) or wait (`stop`). */
  private async send(what: 'draft' | 'submission'): Promise<'sent' | 'retry' | 'stop'> {
    const sent = new Map([...this.dirty].map((key) => [key, this.revisions.get(key) ?? 0]));
    const answers = { ...this.answers };
    this.status = 'saving';
    if (what === 'submission') this.submitState = 'submitting';
    this.emit();
    try {
      const state =
        what === 'submission' ? await this.transport.submit(answers, this.etag) : await this.transport.saveDraft(answers, this.etag);
      for (const [key, revision] of sent) {
        if (this.revisions.get(key) === revision) this.dirty.delete(key);
      }
      this.takeServerState(state);
      this.retryCount = 0;
      this.conflicts = 0;
      this.problem = undefined;
      this.lastSavedAt = this.now();
      if (what === 'submission') {
        this.submitPending = false;
        this.submitState = 'done';
      }
      this.status = this.dirty.size > 0 ? 'pending' : 'saved';
      if (this.dirty.size > 0) this.runAgain = true;
      this.persist();
      this.emit();
      return 'sent';
    } catch (error) {
      return this.failed(what, this.classify(error));
    }
  }

  private async failed(what: 'draft' | 'submission', failure: Failure): Promise<'retry' | 'stop'> {
    switch (failure.kind) {
      case 'network': {
        this.status = 'offline';
        if (what === 'submission') this.submitState = 'queued';
        const delay = this.retryDelays[Math.min(this.retryCount, this.retryDelays.length - 1)] ?? 30_000;
        this.retryCount += 1;
        this.scheduleRetry(delay);
        this.emit();
        return 'stop';
      }
      case 'rate-limited':
        this.status = 'rate-limited';
        this.problem = failure.problem;
        if (what === 'submission') this.submitState = 'queued';
        this.blockedUntil = this.now().getTime() + failure.retryAfterMs;
        this.scheduleRetry(failure.retryAfterMs);
        this.emit();
        return 'stop';
      case 'conflict':
        this.conflicts += 1;
        if (this.conflicts > 3) return this.failed(what, { kind: 'refused' });
        return this.mergeLatest(what);
      case 'gone':
        this.status = 'gone';
        this.problem = failure.problem;
        this.submitPending = false;
        if (what === 'submission') this.submitState = 'refused';
        this.clearDebounce();
        this.clearRetry();
        this.persist();
        this.emit();
        return 'stop';
      case 'invalid':
      case 'refused':
        this.problem = failure.problem;
        this.status = 'failed';
        if (what === 'submission') {
          this.submitPending = false;
          this.submitState = 'refused';
        }
        this.persist();
        this.emit();
        return 'stop';
    }
  }

  /**
   * Another tab or device saved first: take the server's answers, lay this device's unsent
   * changes over them and try again (a draft), or show the merged answers to send again
   * (a submission: the buyer should see what they are submitting).
   */
  private async mergeLatest(what: 'draft' | 'submission'): Promise<'retry' | 'stop'> {
    try {
      this.takeServerState(await this.transport.reload());
    } catch (error) {
      const failure = this.classify(error);
      // Reading the latest failed as well: treat it as that failure (offline, gone, …).
      return this.failed(what, failure.kind === 'conflict' ? { kind: 'refused' } : failure);
    }
    if (what === 'submission') {
      this.submitPending = false;
      this.submitState = 'conflict';
      this.status = this.dirty.size > 0 ? 'pending' : 'saved';
      this.persist();
      this.emit();
      if (this.dirty.size > 0) this.scheduleDraft();
      return 'stop';
    }
    this.status = 'pending';
    this.emit();
    return 'retry';
  }

  /** The server's answers, with this device's unsent changes laid over them. */
  private takeServerState(state: ServerState<V>): void {
    const merged: Record<string, V> = { ...state.answers };
    for (const key of this.dirty) {
      const local = this.answers[key];
      if (local === undefined) delete merged[key];
      else merged[key] = local;
    }
    this.answers = merged;
    this.etag = state.etag;
    this.submitted = state.submitted;
    this.submittedAt = state.submittedAt;
    this.pendingChanges = state.pendingChanges ?? false;
  }

  private persist(): void {
    if (this.dirty.size === 0 && !this.submitPending) {
      this.store.remove(this.scope);
      return;
    }
    const draft: StoredDraft<V> = {
      format: 1,
      answers: this.answers,
      dirty: [...this.dirty],
      etag: this.etag,
      submitPending: this.submitPending,
      updatedAt: this.now().toISOString(),
    };
    this.store.write(this.scope, draft);
  }

  private setStatus(status: SyncStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit();
  }

  private makeSnapshot(): SyncSnapshot<V> {
    return {
      answers: { ...this.answers },
      status: this.status,
      unsent: this.dirty.size,
      lastSavedAt: this.lastSavedAt,
      submitted: this.submitted,
      submittedAt: this.submittedAt,
      pendingChanges: this.submitted && (this.pendingChanges || this.dirty.size > 0),
      submit: this.submitState,
      problem: this.problem,
      restored: this.restored,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
