import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryDraftStore, webStorageDraftStore, type DraftStore } from './draft-store';
import { DraftSync, type Connectivity, type DraftTransport, type Failure, type ServerState } from './draft-sync';

type V = string | number;

class NetworkDown extends Error {}
class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

const classify = (error: unknown): Failure => (error instanceof Refusal ? error.failure : { kind: 'network' });

/** A server that keeps one response with a version counter, and can be cut off. */
class FakeServer implements DraftTransport<V> {
  answers: Record<string, V> = {};
  version = 1;
  submitted = false;
  submissions: Record<string, V>[] = [];
  drafts: Record<string, V>[] = [];
  down = false;
  /** Refuse the next calls with these failures, in order. */
  refusals: Failure[] = [];

  state(): ServerState<V> {
    return { answers: { ...this.answers }, etag: `"${this.version}"`, submitted: this.submitted };
  }

  private check(etag: string) {
    if (this.down) throw new NetworkDown('offline');
    const refusal = this.refusals.shift();
    if (refusal) throw new Refusal(refusal);
    if (etag !== `"${this.version}"`) throw new Refusal({ kind: 'conflict' });
  }

  saveDraft(answers: Record<string, V>, etag: string): Promise<ServerState<V>> {
    return Promise.resolve().then(() => {
      this.check(etag);
      this.answers = { ...answers };
      this.drafts.push({ ...answers });
      this.version += 1;
      return this.state();
    });
  }

  submit(answers: Record<string, V>, etag: string): Promise<ServerState<V>> {
    return Promise.resolve().then(() => {
      this.check(etag);
      this.answers = { ...answers };
      this.submissions.push({ ...answers });
      this.submitted = true;
      this.version += 1;
      return this.state();
    });
  }

  reload(): Promise<ServerState<V>> {
    return Promise.resolve().then(() => {
      if (this.down) throw new NetworkDown('offline');
      return this.state();
    });
  }

  /** Another tab or device saves. */
  savedElsewhere(answers: Record<string, V>) {
    this.answers = { ...this.answers, ...answers };
    this.version += 1;
  }
}

class FakeNetwork implements Connectivity {
  online = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  isOnline = () => this.online;
  subscribe(onChange: (online: boolean) => void) {
    this.listeners.add(onChange);
    return () => void this.listeners.delete(onChange);
  }
  set(online: boolean) {
    this.online = online;
    for (const l of this.listeners) l(online);
  }
}

function setUp(options: { store?: DraftStore<V>; server?: FakeServer; start?: boolean } = {}) {
  const server = options.server ?? new FakeServer();
  const network = new FakeNetwork();
  const store = options.store ?? memoryDraftStore<V>();
  const sync = new DraftSync<V>({
    scope: 'invitation-1',
    initial: server.state(),
    transport: server,
    store,
    connectivity: network,
    classify,
    debounceMs: 500,
    maxWaitMs: 3_000,
    retryDelaysMs: [1_000, 2_000],
  });
  if (options.start !== false) sync.start();
  return { server, network, store, sync };
}

describe('DraftSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps each change on the device at once and sends one draft after the buyer pauses', async () => {
    const { server, store, sync } = setUp();
    sync.set('bestSellers', '干物');
    sync.set('quantity', 200);
    expect(store.read('invitation-1')?.answers).toEqual({ bestSellers: '干物', quantity: 200 });
    expect(sync.getSnapshot().status).toBe('pending');
    expect(server.drafts).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(500);
    expect(server.drafts).toEqual([{ bestSellers: '干物', quantity: 200 }]);
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', unsent: 0 });
    // Everything is on the server: nothing is left on the device.
    expect(store.read('invitation-1')).toBeUndefined();
  });

  it('sends at least every maxWait while the buyer keeps typing', async () => {
    const { server, sync } = setUp();
    for (let i = 0; i < 8; i++) {
      sync.set('comment', `x${i}`);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(server.drafts.length).toBeGreaterThanOrEqual(1);
    expect(server.drafts[0]?.comment).toMatch(/^x\d$/);
  });

  it('holds changes while offline and sends them when the network is back', async () => {
    const { server, network, store, sync } = setUp();
    network.set(false);
    server.down = true;
    sync.set('packaging', '個包装');
    await vi.advanceTimersByTimeAsync(600);
    expect(sync.getSnapshot()).toMatchObject({ status: 'offline', unsent: 1 });
    expect(store.read('invitation-1')?.dirty).toEqual(['packaging']);

    server.down = false;
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.answers).toEqual({ packaging: '個包装' });
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', unsent: 0 });
  });

  it('retries with a back-off when requests fail although the browser says it is online', async () => {
    const { server, sync } = setUp();
    server.down = true;
    sync.set('quantity', 10);
    await vi.advanceTimersByTimeAsync(500);
    expect(sync.getSnapshot().status).toBe('offline');
    await vi.advanceTimersByTimeAsync(1_000); // first retry, still down
    expect(sync.getSnapshot().status).toBe('offline');
    server.down = false;
    await vi.advanceTimersByTimeAsync(2_000); // second retry
    expect(server.answers).toEqual({ quantity: 10 });
    expect(sync.getSnapshot().status).toBe('saved');
  });

  it('queues a submission pressed offline and submits the complete answers when back online', async () => {
    const { server, network, store, sync } = setUp();
    sync.set('bestSellers', '干物');
    await vi.advanceTimersByTimeAsync(500);
    network.set(false);
    server.down = true;
    sync.set('quantity', 300);
    sync.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.getSnapshot()).toMatchObject({ submit: 'queued', status: 'offline' });
    expect(store.read('invitation-1')?.submitPending).toBe(true);

    server.down = false;
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.submissions).toEqual([{ bestSellers: '干物', quantity: 300 }]);
    expect(sync.getSnapshot()).toMatchObject({ submit: 'done', submitted: true, status: 'saved' });
    expect(store.read('invitation-1')).toBeUndefined();
  });

  it('resumes from the device what the server never got, after a reload, and sends it', async () => {
    const store = webStorageDraftStore<V>(() => localStorageStub);
    const localStorageStub = new MapStorage();
    const first = setUp({ store });
    first.network.set(false);
    first.server.down = true;
    first.sync.set('needs', '業務用の冷凍品');
    first.sync.submit();
    await vi.advanceTimersByTimeAsync(0);
    first.sync.stop();

    // The page is opened again later: the server still has nothing.
    first.server.down = false;
    const second = setUp({ store, server: first.server, start: false });
    expect(second.sync.getSnapshot()).toMatchObject({ restored: 1, submit: 'queued' });
    expect(second.sync.getSnapshot().answers).toEqual({ needs: '業務用の冷凍品' });
    second.sync.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(first.server.submissions).toEqual([{ needs: '業務用の冷凍品' }]);
  });

  it('lays unsent changes over what another tab saved, question by question, on 412', async () => {
    const { server, sync } = setUp();
    sync.set('a', 'mine');
    await vi.advanceTimersByTimeAsync(500);
    server.savedElsewhere({ b: 'theirs', a: 'theirs' });
    sync.set('c', 'mine too');
    await vi.advanceTimersByTimeAsync(500);
    // c (changed here) is mine; a and b come from the other tab, which saved later than my a.
    expect(server.answers).toEqual({ a: 'theirs', b: 'theirs', c: 'mine too' });
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', answers: { a: 'theirs', b: 'theirs', c: 'mine too' } });
  });

  it('shows the merged answers instead of submitting them blindly when another tab submitted first', async () => {
    const { server, sync } = setUp();
    server.savedElsewhere({ a: 'theirs' });
    server.submitted = true;
    sync.set('b', 'mine');
    sync.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.submissions).toEqual([]);
    expect(sync.getSnapshot()).toMatchObject({ submit: 'conflict', submitted: true, answers: { a: 'theirs', b: 'mine' } });
    // The buyer checks and presses again: now it goes through.
    sync.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.submissions).toEqual([{ a: 'theirs', b: 'mine' }]);
  });

  it('does not edit the same question twice in a race: a change made while its save is on the way stays unsent', async () => {
    const { server, sync } = setUp();
    let release: () => void = () => undefined;
    const save = server.saveDraft.bind(server);
    // The first draft hangs until released; the next ones go straight through.
    server.saveDraft = (answers, etag) => {
      server.saveDraft = save;
      return new Promise((resolve, reject) => {
        release = () => void save(answers, etag).then(resolve, reject);
      });
    };
    sync.set('comment', 'first');
    await vi.advanceTimersByTimeAsync(500);
    expect(sync.getSnapshot().status).toBe('saving');
    sync.set('comment', 'second');
    release();
    await vi.advanceTimersByTimeAsync(0);
    // The first save is acknowledged, but it carried the old text: the newer one is sent next.
    expect(server.drafts.map((d) => d.comment)).toEqual(['first', 'second']);
    expect(server.answers.comment).toBe('second');
    expect(sync.getSnapshot()).toMatchObject({ unsent: 0, status: 'saved', answers: { comment: 'second' } });
  });

  it('stops sending when the link is gone (410) and keeps the answers on the device', async () => {
    const { server, store, sync } = setUp();
    const problem = { type: 'urn:iwaki-matching:problem:survey-link-revoked', title: 'Revoked', status: 410 };
    server.refusals.push({ kind: 'gone', problem });
    sync.set('a', 'x');
    await vi.advanceTimersByTimeAsync(500);
    expect(sync.getSnapshot()).toMatchObject({ status: 'gone', problem });
    sync.set('a', 'y');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.drafts).toEqual([]);
    expect(store.read('invitation-1')?.answers).toEqual({ a: 'x' });
  });

  it('waits as long as a 429 says before sending again, whatever the buyer types meanwhile', async () => {
    const { server, sync } = setUp();
    server.refusals.push({ kind: 'rate-limited', retryAfterMs: 10_000 });
    sync.set('a', 'x');
    await vi.advanceTimersByTimeAsync(500);
    expect(sync.getSnapshot().status).toBe('rate-limited');
    sync.set('a', 'y');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.drafts).toEqual([{ a: 'y' }]);
  });

  it('reports a refused submission (422) with its problem and sends nothing more until the buyer changes something', async () => {
    const { server, sync } = setUp();
    const problem = {
      type: 'urn:iwaki-matching:problem:validation',
      title: 'Invalid',
      status: 422,
      errors: [{ field: 'answers.q1', key: 'survey.answer.required', message: 'required' }],
    };
    server.refusals.push({ kind: 'invalid', problem });
    sync.set('q2', 'x');
    sync.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.getSnapshot()).toMatchObject({ submit: 'refused', status: 'failed', problem });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.drafts).toEqual([]);
    sync.set('q1', 'y');
    expect(sync.getSnapshot().submit).toBe('idle');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.drafts).toEqual([{ q1: 'y', q2: 'x' }]);
  });

  it('clears an answer when it is set to undefined, on the device and on the server', async () => {
    const server = new FakeServer();
    server.answers = { a: 'x', b: 'y' };
    const { sync } = setUp({ server });
    sync.set('a', undefined);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.answers).toEqual({ b: 'y' });
  });
});

describe('webStorageDraftStore', () => {
  it('ignores garbage and storage that throws', () => {
    const storage = new MapStorage();
    storage.setItem('iwaki-matching.survey-draft.x', '{not json');
    const store = webStorageDraftStore<V>(() => storage);
    expect(store.read('x')).toBeUndefined();
    storage.setItem('iwaki-matching.survey-draft.x', JSON.stringify({ format: 2, answers: {}, dirty: [], submitPending: false }));
    expect(store.read('x')).toBeUndefined();

    const broken = webStorageDraftStore<V>(() => {
      throw new Error('SecurityError');
    });
    expect(() => broken.write('x', { format: 1, answers: {}, dirty: ['a'], submitPending: false, updatedAt: '' })).not.toThrow();
    expect(broken.read('x')).toBeUndefined();
  });

  it('survives a full storage', () => {
    const storage = new MapStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = webStorageDraftStore<V>(() => storage);
    expect(() => store.write('x', { format: 1, answers: { a: 1 }, dirty: ['a'], submitPending: false, updatedAt: '' })).not.toThrow();
  });
});

/** Enough of the Web Storage interface for the store. */
class MapStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}
