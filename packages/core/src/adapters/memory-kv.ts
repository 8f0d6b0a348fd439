import { EdgeAIConfigError } from '../errors.ts';
import type { KVStore } from './kv.ts';

type Entry = { value: string; expiresAt: number; bytes: number };

export interface MemoryKVOptions {
  /** Most entries kept; the least recently used go first. Default 10,000. */
  maxEntries?: number;
  /** Most bytes kept (keys and values as UTF-16, plus a fixed overhead per entry). Default 64 MiB. */
  maxBytes?: number;
  now?: () => number;
}

const ENTRY_OVERHEAD = 64;

/**
 * In-process KV, the embedded default: a bounded LRU with TTLs. Single-process only (each instance has its own),
 * so the vault's placeholders and the caches are not shared between instances; use Redis or Upstash for that.
 */
export function createMemoryKV(options: MemoryKVOptions = {}): KVStore {
  const maxEntries = bound(options.maxEntries, 10_000, 'maxEntries');
  const maxBytes = bound(options.maxBytes, 64 * 1024 * 1024, 'maxBytes');
  const now = options.now ?? Date.now;
  const data = new Map<string, Entry>(); // insertion order = recency order (oldest first)
  let bytes = 0;
  const expiry = (ttl?: number) => (ttl && ttl > 0 ? now() + ttl * 1000 : Number.POSITIVE_INFINITY);
  const remove = (key: string, entry: Entry) => {
    data.delete(key);
    bytes -= entry.bytes;
  };
  const live = (key: string): Entry | undefined => {
    const entry = data.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      remove(key, entry);
      return undefined;
    }
    data.delete(key); // touch: move to the most recent end
    data.set(key, entry);
    return entry;
  };
  const put = (key: string, value: string, expiresAt: number) => {
    const old = data.get(key);
    if (old) remove(key, old);
    const entry = { value, expiresAt, bytes: (key.length + value.length) * 2 + ENTRY_OVERHEAD };
    data.set(key, entry);
    bytes += entry.bytes;
    for (const [k, e] of data) {
      if (data.size <= maxEntries && bytes <= maxBytes) break;
      if (k === key && data.size === 1) break; // a single entry larger than maxBytes is kept alone
      remove(k, e);
    }
  };
  return {
    name: 'memory',
    async get(key) {
      return live(key)?.value ?? null;
    },
    async mget(keys) {
      return keys.map((key) => live(key)?.value ?? null);
    },
    async set(key, value, opts) {
      put(key, value, expiry(opts?.ttlSeconds));
    },
    async setIfAbsent(key, value, opts) {
      if (live(key)) return false;
      put(key, value, expiry(opts?.ttlSeconds));
      return true;
    },
    async incr(key, opts) {
      const entry = live(key);
      const current = entry ? Number(entry.value) : 0;
      if (!Number.isSafeInteger(current)) throw new Error('KV memory incr: value is not an integer');
      const next = current + 1;
      put(key, String(next), entry?.expiresAt ?? expiry(opts?.ttlSeconds));
      return next;
    },
    async del(key) {
      const entry = data.get(key);
      if (entry) remove(key, entry);
    },
  };
}

function bound(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new EdgeAIConfigError(`edge-ai: invalid memory KV option\n  - ${field}: expected a positive integer`);
  }
  return value;
}
