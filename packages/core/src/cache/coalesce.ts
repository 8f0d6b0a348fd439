import type { KVStore } from '../adapters/kv.ts';

export interface CoalesceSettings {
  /** Lock lifetime: a leader that dies frees the key after this long. */
  lockSeconds: number;
  /** How long a follower waits for the leader's answer before calling the central model itself. */
  waitMs: number;
  /** How often a follower looks for the answer in KV (waiters in the leader's own process are woken at once). */
  pollMs: number;
}

export type Coalesced =
  /** This request holds the lock: it calls the central model and must `release()` when it ended (after the write). */
  | { role: 'leader'; release(): Promise<void> }
  /** Another request answered meanwhile: `value` is the stored entry. */
  | { role: 'follower'; value: string; waitedMs: number }
  /** Waited `waitMs` without an answer: this request calls the central model without the lock. */
  | { role: 'timeout'; waitedMs: number };

/**
 * Coalesces concurrent misses on one key into one central call, across every instance sharing the KV: the first
 * request takes a lock (set-if-absent with a TTL) and calls the central model; the others poll the entry key until the
 * answer is stored, then replay it. When the leader ends without an answer (failed, aborted, not storable) it frees
 * the lock, and one waiter takes over as the new leader.
 */
export function createCoalescer() {
  const waiters = new Map<string, Set<() => void>>();
  const wake = (lockKey: string) => {
    const set = waiters.get(lockKey);
    waiters.delete(lockKey);
    for (const w of set ?? []) w();
  };
  const sleep = (lockKey: string, ms: number) =>
    new Promise<void>((resolve) => {
      const set = waiters.get(lockKey) ?? new Set();
      waiters.set(lockKey, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });

  return {
    async join(
      kv: KVStore,
      lockKey: string,
      entryKey: string,
      token: string,
      settings: CoalesceSettings,
      accept: (value: string) => boolean,
    ): Promise<Coalesced> {
      const started = performance.now();
      for (;;) {
        if (await kv.setIfAbsent(lockKey, token, { ttlSeconds: settings.lockSeconds })) {
          return {
            role: 'leader',
            async release() {
              try {
                if ((await kv.get(lockKey)) === token) await kv.del(lockKey);
              } finally {
                wake(lockKey);
              }
            },
          };
        }
        for (;;) {
          const remaining = settings.waitMs - (performance.now() - started);
          if (remaining <= 0) return { role: 'timeout', waitedMs: performance.now() - started };
          await sleep(lockKey, Math.min(settings.pollMs, remaining));
          const [value, lock] = await kv.mget([entryKey, lockKey]);
          if (value !== null && accept(value)) {
            return { role: 'follower', value, waitedMs: performance.now() - started };
          }
          if (lock === null) break; // the leader ended without an answer: try to take over
        }
      }
    },
  };
}

export type Coalescer = ReturnType<typeof createCoalescer>;
