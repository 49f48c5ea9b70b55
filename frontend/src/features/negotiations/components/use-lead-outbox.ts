import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { LeadOutbox, type FlushResult, type OutboxEntry, type SendOutcome } from './lead-outbox';

/** How often a waiting lead is tried again while the page is open (the `online` event may never come on a flaky Wi-Fi). */
const RETRY_MS = 20_000;

const boxes = new Map<string, LeadOutbox<unknown>>();

/** One outbox per user and page, so every screen that shows it sees the same leads. */
function outboxFor<Body>(owner: string): LeadOutbox<Body> {
  let box = boxes.get(owner);
  if (!box) {
    box = new LeadOutbox<unknown>(window.localStorage, owner);
    boxes.set(owner, box);
  }
  return box as LeadOutbox<Body>;
}

export interface LeadOutboxState<Body> {
  entries: readonly OutboxEntry<Body>[];
  /** Keeps the lead and tries to send it at once. */
  capture: (body: Body) => OutboxEntry<Body>;
  /** Sends what waits now (the 「今すぐ送信」 button, the `online` event, a timer). */
  sendNow: () => Promise<FlushResult>;
  remove: (key: string) => void;
  replace: (key: string, body: Body) => void;
}

/**
 * The signed-in advisor's lead outbox: sent when the page opens, when the browser says it
 * is online again, and every 20 seconds while something waits.
 */
export function useLeadOutbox<Body>(
  owner: string,
  send: (entry: OutboxEntry<Body>) => Promise<SendOutcome>,
  onFlushed?: (result: FlushResult) => void,
): LeadOutboxState<Body> {
  const box = useMemo(() => outboxFor<Body>(owner), [owner]);
  const entries = useSyncExternalStore(
    (listener) => box.subscribe(listener),
    () => box.entries(),
  );
  const sendNow = useCallback(async () => {
    const result = await box.flush(send);
    if (result.sent > 0 || result.refused > 0) onFlushed?.(result);
    return result;
  }, [box, send, onFlushed]);

  const waiting = entries.some((entry) => entry.state === 'waiting');
  useEffect(() => {
    if (!waiting) return undefined;
    const tryNow = () => void sendNow();
    window.addEventListener('online', tryNow);
    const timer = window.setInterval(() => {
      if (navigator.onLine) tryNow();
    }, RETRY_MS);
    if (navigator.onLine) tryNow();
    return () => {
      window.removeEventListener('online', tryNow);
      window.clearInterval(timer);
    };
  }, [waiting, sendNow]);

  return {
    entries,
    capture: (body) => {
      const entry = box.add(body);
      if (navigator.onLine) void sendNow();
      return entry;
    },
    sendNow,
    remove: (key) => box.remove(key),
    replace: (key, body) => {
      box.replace(key, body);
      if (navigator.onLine) void sendNow();
    },
  };
}
