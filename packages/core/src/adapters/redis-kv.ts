import type { KVStore } from './kv.ts';

/** The one method used from a Redis client: node-redis `sendCommand` (or any wrapper with the same shape). */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** KV over a Redis server (node-redis client). Keys are used as given; prefix them in the caller. */
export function createRedisKV(client: RedisCommandClient): KVStore {
  const ttlArgs = (ttl?: number) => (ttl && ttl > 0 ? ['EX', String(Math.ceil(ttl))] : []);
  return {
    name: 'redis',
    async get(key) {
      const value = await client.sendCommand(['GET', key]);
      return value === null || value === undefined ? null : String(value);
    },
    async set(key, value, options) {
      await client.sendCommand(['SET', key, value, ...ttlArgs(options?.ttlSeconds)]);
    },
    async setIfAbsent(key, value, options) {
      const reply = await client.sendCommand(['SET', key, value, 'NX', ...ttlArgs(options?.ttlSeconds)]);
      return reply === 'OK';
    },
    async incr(key, options) {
      const value = Number(await client.sendCommand(['INCR', key]));
      if (value === 1 && options?.ttlSeconds)
        await client.sendCommand(['EXPIRE', key, String(Math.ceil(options.ttlSeconds))]);
      return value;
    },
    async del(key) {
      await client.sendCommand(['DEL', key]);
    },
  };
}
