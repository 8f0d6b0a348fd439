import type { KVStore } from './kv.ts';

type Entry = { value: string; expiresAt: number };

/** In-process KV for development and tests. Single-process only. */
export function createMemoryKV(options: { now?: () => number } = {}): KVStore {
  const now = options.now ?? Date.now;
  const data = new Map<string, Entry>();
  const expiry = (ttl?: number) => (ttl && ttl > 0 ? now() + ttl * 1000 : Number.POSITIVE_INFINITY);
  const live = (key: string): Entry | undefined => {
    const entry = data.get(key);
    if (entry && entry.expiresAt <= now()) {
      data.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    name: 'memory',
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, opts) {
      data.set(key, { value, expiresAt: expiry(opts?.ttlSeconds) });
    },
    async setIfAbsent(key, value, opts) {
      if (live(key)) return false;
      data.set(key, { value, expiresAt: expiry(opts?.ttlSeconds) });
      return true;
    },
    async incr(key, opts) {
      const entry = live(key);
      const next = (entry ? Number.parseInt(entry.value, 10) : 0) + 1;
      data.set(key, { value: String(next), expiresAt: entry?.expiresAt ?? expiry(opts?.ttlSeconds) });
      return next;
    },
    async del(key) {
      data.delete(key);
    },
  };
}
