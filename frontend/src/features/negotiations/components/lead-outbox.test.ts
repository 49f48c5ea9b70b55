import { describe, expect, it } from 'vitest';
import { LeadOutbox, outcomeOfStatus, type OutboxEntry, type OutboxStorage, type SendOutcome } from './lead-outbox';

class MemoryStorage implements OutboxStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface Lead {
  company: string;
}

function outbox(storage = new MemoryStorage(), owner = 'advisor-1') {
  let n = 0;
  return new LeadOutbox<Lead>(storage, owner, () => `key-${++n}`, () => new Date('2026-02-12T01:00:00Z'));
}

describe('LeadOutbox', () => {
  it('keeps a captured lead in storage with its own idempotency key before anything is sent', () => {
    const storage = new MemoryStorage();
    const box = outbox(storage);
    const entry = box.add({ company: 'いわき水産' });
    expect(entry).toMatchObject({ key: 'key-1', state: 'waiting', attempts: 0, capturedAt: '2026-02-12T01:00:00.000Z' });
    // A new page (another tab, the phone woken up) reads the same leads.
    expect(outbox(storage).entries()).toEqual([entry]);
  });

  it("keeps each advisor's leads apart", () => {
    const storage = new MemoryStorage();
    outbox(storage, 'advisor-1').add({ company: 'A' });
    expect(outbox(storage, 'advisor-2').entries()).toEqual([]);
  });

  it('sends the waiting leads oldest first and forgets each one the API confirmed', async () => {
    const box = outbox();
    box.add({ company: 'A' });
    box.add({ company: 'B' });
    const sent: string[] = [];
    const result = await box.flush((entry) => {
      sent.push(`${entry.key}:${entry.body.company}`);
      return Promise.resolve({ kind: 'sent' });
    });
    expect(sent).toEqual(['key-1:A', 'key-2:B']);
    expect(result).toEqual({ sent: 2, refused: 0, waiting: 0 });
    expect(box.entries()).toEqual([]);
  });

  it('stops at a network failure, keeps the lead and its key, and sends it under the same key later', async () => {
    const box = outbox();
    box.add({ company: 'A' });
    box.add({ company: 'B' });
    const offline = await box.flush(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline).toEqual({ sent: 0, refused: 0, waiting: 2 });
    expect(box.entries().map((e) => [e.key, e.attempts])).toEqual([
      ['key-1', 1],
      ['key-2', 0], // not tried: the first failure says the network is down
    ]);

    const keys: string[] = [];
    await box.flush((entry) => {
      keys.push(entry.key);
      return Promise.resolve({ kind: 'sent' });
    });
    expect(keys).toEqual(['key-1', 'key-2']);
    expect(box.entries()).toEqual([]);
  });

  it('keeps a refused lead for the user and goes on with the others', async () => {
    const box = outbox();
    box.add({ company: '' });
    box.add({ company: 'B' });
    const result = await box.flush((entry) =>
      Promise.resolve<SendOutcome>(
        entry.body.company ? { kind: 'sent' } : { kind: 'refused', status: 400, title: '入力内容を確認してください', items: ['企業名を入力してください'] },
      ),
    );
    expect(result).toEqual({ sent: 1, refused: 1, waiting: 0 });
    const [refused] = box.entries();
    expect(refused).toMatchObject({ key: 'key-1', state: 'refused', refusal: { status: 400, items: ['企業名を入力してください'] } });

    // A refused lead is not sent again by itself…
    let calls = 0;
    await box.flush(() => {
      calls += 1;
      return Promise.resolve({ kind: 'sent' });
    });
    expect(calls).toBe(0);

    // …but once corrected it is, under the key it always had.
    box.replace('key-1', { company: 'A' });
    const keys: string[] = [];
    await box.flush((entry) => {
      keys.push(entry.key);
      return Promise.resolve({ kind: 'sent' });
    });
    expect(keys).toEqual(['key-1']);
  });

  it('sends each lead once when two flushes start together (the online event and a timer)', async () => {
    const box = outbox();
    box.add({ company: 'A' });
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = async () => {
      calls += 1;
      await gate;
      return { kind: 'sent' } as const;
    };
    const first = box.flush(send);
    const second = box.flush(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
  });

  it('does not bring back a lead the user dropped while it was being sent', async () => {
    const box = outbox();
    box.add({ company: 'A' });
    box.add({ company: 'B' });
    await box.flush((entry: OutboxEntry<Lead>) => {
      if (entry.key === 'key-1') box.remove('key-2');
      return Promise.resolve({ kind: 'retry' });
    });
    expect(box.entries().map((e) => e.key)).toEqual(['key-1']);
  });

  it('does not send a lead the user dropped while an earlier one was on its way', async () => {
    const box = outbox();
    box.add({ company: 'A' });
    box.add({ company: 'B' });
    const sent: string[] = [];
    await box.flush((entry) => {
      sent.push(entry.key);
      if (entry.key === 'key-1') box.remove('key-2');
      return Promise.resolve({ kind: 'sent' });
    });
    expect(sent).toEqual(['key-1']);
    expect(box.entries()).toEqual([]);
  });

  it('tells its subscribers of every change and gives the same snapshot until then', () => {
    const box = outbox();
    let changes = 0;
    const unsubscribe = box.subscribe(() => (changes += 1));
    const before = box.entries();
    expect(box.entries()).toBe(before);
    box.add({ company: 'A' });
    expect(changes).toBe(1);
    expect(box.entries()).not.toBe(before);
    unsubscribe();
    box.remove('key-1');
    expect(changes).toBe(1);
  });

  it('sets aside what it cannot read instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.setItem('iwaki.leadOutbox.v1.advisor-1', '{not json');
    expect(outbox(storage).entries()).toEqual([]);
    expect(storage.getItem('iwaki.leadOutbox.v1.advisor-1.unreadable')).toBe('{not json');
  });
});

describe('outcomeOfStatus', () => {
  it.each([
    [201, 'sent'],
    [200, 'sent'],
    [0, 'retry'],
    [401, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [400, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [409, 'refused'],
    [422, 'refused'],
  ] as const)('%i → %s', (status, outcome) => {
    expect(outcomeOfStatus(status)).toBe(outcome);
  });
});
