/**
 * The trade-show leads an advisor captured but the API has not yet confirmed: kept in the
 * browser (localStorage, per signed-in user) so a weak booth connection, a closed tab or a
 * phone that went to sleep loses nothing, and sent again when the network is back.
 *
 * Each lead gets its idempotency key when it is captured, and keeps it: the API answers a
 * resend with the first result, so a lead whose answer was lost on the way is never
 * written twice. Pure apart from the storage handed in, so it is unit-tested without a browser.
 */

/** The part of the Web Storage API this needs (localStorage, or a fake in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxEntry<Body> {
  /** The Idempotency-Key of every send of this lead. */
  key: string;
  body: Body;
  /** ISO time of capture, for the list of what waits. */
  capturedAt: string;
  attempts: number;
  /**
   * `waiting`: not sent, or the network failed; sent again by itself.
   * `refused`: the API answered 4xx (a field it does not accept): the user must fix or drop it.
   */
  state: 'waiting' | 'refused';
  /** The refusal's status and translated-ready details, for `refused`. */
  refusal?: { status: number; title: string; items: string[] };
}

/** What one send came to. */
export type SendOutcome =
  | { kind: 'sent' }
  /** No answer, or a 5xx/408/429: try again later. */
  | { kind: 'retry' }
  /** A 4xx that will not change by sending again. */
  | { kind: 'refused'; status: number; title: string; items: string[] };

export interface FlushResult {
  sent: number;
  refused: number;
  /** Still waiting because the network failed on the way. */
  waiting: number;
}

const VERSION = 1;

export class LeadOutbox<Body> {
  private readonly storageKey: string;
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly OutboxEntry<Body>[] | undefined;
  private flushing: Promise<FlushResult> | undefined;

  constructor(
    private readonly storage: OutboxStorage,
    /** Whose leads: a phone shared at the booth must not send one advisor's leads as another's. */
    owner: string,
    private readonly newKey: () => string = () => crypto.randomUUID(),
    private readonly now: () => Date = () => new Date(),
  ) {
    this.storageKey = `iwaki.leadOutbox.v${VERSION}.${owner}`;
  }

  /** Every lead not yet confirmed, oldest first. The same array until something changes (for useSyncExternalStore). */
  entries(): readonly OutboxEntry<Body>[] {
    this.snapshot ??= this.read();
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Keeps a captured lead (before any attempt to send it); returns its entry. */
  add(body: Body): OutboxEntry<Body> {
    const entry: OutboxEntry<Body> = { key: this.newKey(), body, capturedAt: this.now().toISOString(), attempts: 0, state: 'waiting' };
    this.write([...this.entries(), entry]);
    return entry;
  }

  /** Drops a lead the user gave up on (a refused one, typically). */
  remove(key: string): void {
    this.write(this.entries().filter((entry) => entry.key !== key));
  }

  /** A refused lead, corrected by the user: waits to be sent again under the same key. */
  replace(key: string, body: Body): void {
    this.write(
      this.entries().map((entry) => (entry.key === key ? { ...entry, body, state: 'waiting' as const, refusal: undefined } : entry)),
    );
  }

  /**
   * Sends every waiting lead, oldest first, one at a time. Stops at the first network
   * failure (the next would fail too); a refused lead stays for the user and the rest go on.
   * Concurrent calls share one run, so no lead is sent twice at once.
   */
  flush(send: (entry: OutboxEntry<Body>) => Promise<SendOutcome>): Promise<FlushResult> {
    this.flushing ??= this.run(send).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async run(send: (entry: OutboxEntry<Body>) => Promise<SendOutcome>): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, refused: 0, waiting: 0 };
    for (const entry of this.entries().filter((e) => e.state === 'waiting')) {
      // Dropped by the user while an earlier lead was on its way: not sent.
      if (!this.entries().some((e) => e.key === entry.key)) continue;
      let outcome: SendOutcome;
      try {
        outcome = await send(entry);
      } catch {
        outcome = { kind: 'retry' };
      }
      // Re-read: the user may have dropped or corrected a lead while this one was on its way.
      const current = this.entries();
      if (outcome.kind === 'sent') {
        this.write(current.filter((e) => e.key !== entry.key));
        result.sent += 1;
        continue;
      }
      const attempted = current.map((e) => (e.key === entry.key ? { ...e, attempts: e.attempts + 1 } : e));
      if (outcome.kind === 'refused') {
        const { status, title, items } = outcome;
        this.write(attempted.map((e) => (e.key === entry.key ? { ...e, state: 'refused' as const, refusal: { status, title, items } } : e)));
        result.refused += 1;
        continue;
      }
      this.write(attempted);
      break;
    }
    result.waiting = this.entries().filter((e) => e.state === 'waiting').length;
    return result;
  }

  private read(): OutboxEntry<Body>[] {
    const text = this.storage.getItem(this.storageKey);
    if (!text) return [];
    try {
      const parsed = JSON.parse(text) as unknown;
      return Array.isArray(parsed) ? (parsed.filter(isEntry) as OutboxEntry<Body>[]) : [];
    } catch {
      // Never throw away what we cannot read: keep it aside for a person to look at.
      this.storage.setItem(`${this.storageKey}.unreadable`, text);
      return [];
    }
  }

  private write(entries: readonly OutboxEntry<Body>[]): void {
    if (entries.length === 0) this.storage.removeItem(this.storageKey);
    else this.storage.setItem(this.storageKey, JSON.stringify(entries));
    this.snapshot = entries;
    for (const listener of this.listeners) listener();
  }
}

function isEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<OutboxEntry<unknown>>;
  return typeof entry.key === 'string' && typeof entry.capturedAt === 'string' && (entry.state === 'waiting' || entry.state === 'refused');
}

/**
 * What an HTTP answer to a send means for the outbox: 2xx sent; no answer, 408, 429 and
 * 5xx worth another try; 401 too (the token ran out at the booth: sign in, then it goes);
 * any other 4xx refused.
 */
export function outcomeOfStatus(status: number): 'sent' | 'retry' | 'refused' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return 'retry';
  return 'refused';
}
