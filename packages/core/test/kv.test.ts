import { Redis } from '@upstash/redis';
import { createClient, createCluster } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toKVStore } from '../src/adapters/kv-input.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV } from '../src/adapters/redis-kv.ts';
import { groupBySlot, hashSlot } from '../src/adapters/redis-slot.ts';
import { createUpstashKV } from '../src/adapters/upstash-kv.ts';
import { startRedisCluster } from './helpers/redis-cluster.ts';
import { startUpstashStandIn, type UpstashStandIn } from './helpers/upstash-standin.ts';
import { kvContract } from './kv-contract.ts';

const redisUrl = () => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
  return url;
};

async function redisClient() {
  const client = createClient({ url: redisUrl() });
  await client.connect();
  return client;
}

// The contract is not about deadlines (kv-faults.test.ts is): a generous timeout keeps a loaded machine from failing
// the 1,200-key batch.
const CONTRACT = { timeoutMs: 5000 };

kvContract('memory', async () => ({ kv: createMemoryKV() }));

kvContract('redis (node-redis client, real redis-server)', async () => {
  const client = await redisClient();
  return { kv: createRedisKV(client, CONTRACT), close: async () => void client.destroy() };
});

kvContract('redis client passed as is (toKVStore)', async () => {
  const client = await redisClient();
  return { kv: toKVStore(client, CONTRACT), close: async () => void client.destroy() };
});

// Upstash speaks REST: a local HTTP server implementing its protocol forwards each command to the real redis-server,
// so the adapter runs over the real @upstash/redis and @vercel/kv clients and real Redis semantics.
let backend: Awaited<ReturnType<typeof redisClient>>;
let standIn: UpstashStandIn;
let vercelKV: typeof import('@vercel/kv');
beforeAll(async () => {
  backend = await redisClient();
  standIn = await startUpstashStandIn((args) => backend.sendCommand(args));
  // @vercel/kv builds its shared client from these on first use (vitest's import interop reads the default export).
  process.env.KV_REST_API_URL = standIn.url;
  process.env.KV_REST_API_TOKEN = standIn.token;
  vercelKV = await import('@vercel/kv');
});
afterAll(async () => {
  delete process.env.KV_REST_API_URL;
  delete process.env.KV_REST_API_TOKEN;
  await standIn.close();
  backend.destroy();
});
const upstashConfig = () => ({ url: standIn.url, token: standIn.token, enableTelemetry: false });

kvContract('upstash REST, raw client (automaticDeserialization: false)', async () => ({
  kv: createUpstashKV(new Redis({ ...upstashConfig(), automaticDeserialization: false }), CONTRACT),
}));

kvContract('upstash REST, default client (JSON-deserializing)', async () => ({
  kv: createUpstashKV(new Redis(upstashConfig()), CONTRACT),
}));

kvContract('@vercel/kv createClient() passed as is (toKVStore)', async () => ({
  kv: toKVStore(vercelKV.createClient(upstashConfig()), CONTRACT),
}));

kvContract('@vercel/kv `kv` (env KV_REST_API_URL / KV_REST_API_TOKEN) passed as is', async () => ({
  kv: toKVStore(vercelKV.kv, CONTRACT),
}));

describe('toKVStore', () => {
  it('keeps a KVStore, adds mget to one without it, refuses anything else', async () => {
    const memory = createMemoryKV();
    expect(toKVStore(memory)).toBe(memory);
    const { mget: _, ...old } = memory;
    const upgraded = toKVStore(old);
    await memory.set('a', '1');
    expect(await upgraded.mget(['a', 'b'])).toEqual(['1', null]);
    for (const bad of [null, 'redis://x', { get: 1 }, { get() {}, set() {} }])
      expect(() => toKVStore(bad)).toThrow(/kv/);
  });

  it("defers @vercel/kv's lazy `kv` to its first command: a missing env fails that command, not construction", async () => {
    const lazy = new Proxy(
      {},
      {
        get() {
          throw new Error('@vercel/kv: Missing required environment variables KV_REST_API_URL and KV_REST_API_TOKEN');
        },
      },
    );
    const store = toKVStore(lazy);
    await expect(store.get('k')).rejects.toMatchObject({ name: 'KVError', code: 'unavailable' });
    await expect(store.get('k')).rejects.toThrow(/KV_REST_API_URL/);
  });
});

describe('Redis Cluster hash slots', () => {
  it('matches the reference CRC16 slots and honours hash tags', () => {
    expect(hashSlot('123456789')).toBe(0x31c3 % 16384);
    expect(hashSlot('foo')).toBe(12182);
    expect(hashSlot('{user1000}.following')).toBe(hashSlot('user1000'));
    expect(hashSlot('foo{}{bar}')).toBe(hashSlot('foo{}{bar}')); // empty tag: the whole key
    expect(hashSlot('foo{{bar}}zap')).toBe(hashSlot('{bar'));
  });

  it('groups a batch by slot; keys sharing a hash tag make one group', () => {
    expect(groupBySlot(['{t1}:a', '{t1}:b', '{t1}:c'])).toEqual([[0, 1, 2]]);
    const mixed = groupBySlot(['a', 'b', 'c', 'a']);
    expect(mixed.flat().sort()).toEqual([0, 1, 2, 3]);
    expect(mixed.find((g) => g.includes(0))).toContain(3);
  });
});

// Redis Cluster: three real masters; the contract's batches span many slots, so mget is split per slot.
let cluster: Awaited<ReturnType<typeof startRedisCluster>> | undefined;
kvContract('redis cluster (node-redis createCluster, three masters)', async () => {
  cluster = await startRedisCluster();
  const client = createCluster({ rootNodes: cluster.urls.map((url) => ({ url })) });
  await client.connect();
  return {
    kv: toKVStore(client, CONTRACT),
    close: async () => {
      client.destroy();
      await cluster?.stop();
    },
  };
});
