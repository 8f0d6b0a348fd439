import type { KVStore } from './kv.ts';

/** The subset of `@upstash/redis` (and `@vercel/kv`) used here. */
export interface UpstashClient {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options?: { ex?: number; nx?: boolean }): Promise<unknown>;
  incr(key: string): Promise<number>;
  expire(key: string, seconds: number): Promise<unknown>;
  del(...keys: string[]): Promise<unknown>;
}

/**
 * KV over Upstash Redis REST (`@upstash/redis`, `@vercel/kv`). Create the client with
 * `automaticDeserialization: false` so stored strings come back unchanged.
 */
export function createUpstashKV(client: UpstashClient): KVStore {
  const ttl = (seconds?: number) => (seconds && seconds > 0 ? { ex: Math.ceil(seconds) } : {});
  return {
    name: 'upstash',
    async get(key) {
      const value = await client.get(key);
      if (value === null || value === undefined) return null;
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
    async set(key, value, options) {
      await client.set(key, value, ttl(options?.ttlSeconds));
    },
    async setIfAbsent(key, value, options) {
      const reply = await client.set(key, value, { ...ttl(options?.ttlSeconds), nx: true });
      return reply === 'OK';
    },
    async incr(key, options) {
      const value = await client.incr(key);
      if (value === 1 && options?.ttlSeconds) await client.expire(key, Math.ceil(options.ttlSeconds));
      return value;
    },
    async del(key) {
      await client.del(key);
    },
  };
}
