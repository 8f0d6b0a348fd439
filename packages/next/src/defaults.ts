import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createEdgeConfigPolicy,
  createMemoryKV,
  createRedisKV,
  createUpstashKV,
  type EdgeModels,
  type Env,
  type KVStore,
  type PolicySource,
} from '@edge-ai/core';
import { createFilePolicy } from './file-policy.ts';
import { onceAsync } from './once.ts';

/** The bundled ONNX models, loaded on first use (once per process). */
export async function loadBundledModels(): Promise<EdgeModels> {
  const { edgeModels } = await import('@edge-ai/models');
  return edgeModels;
}

/**
 * KV from the environment: Upstash / Vercel KV REST (KV_REST_API_URL + KV_REST_API_TOKEN, or
 * UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN), a Redis server (REDIS_URL), else in-memory.
 */
export function kvFromEnv(env: Env = process.env): KVStore {
  const url = env.KV_REST_API_URL ?? env.UPSTASH_REDIS_REST_URL;
  const token = env.KV_REST_API_TOKEN ?? env.UPSTASH_REDIS_REST_TOKEN;
  if (url && token) {
    return lazyKV('upstash', async () => {
      const { Redis } = await import('@upstash/redis');
      return createUpstashKV(new Redis({ url, token, automaticDeserialization: false }));
    });
  }
  if (env.REDIS_URL) {
    const redisUrl = env.REDIS_URL;
    return lazyKV('redis', async () => {
      const { createClient } = await import('redis');
      const client = createClient({ url: redisUrl });
      client.on('error', () => {});
      await client.connect();
      return createRedisKV(client as unknown as Parameters<typeof createRedisKV>[0]);
    });
  }
  return createMemoryKV();
}

/** Policy from the environment: Edge Config (EDGE_CONFIG), else a local JSON file (EDGE_AI_POLICY_FILE or ./edge-ai.policy.json). */
export function policyFromEnv(env: Env = process.env): PolicySource | undefined {
  const connection = env.EDGE_CONFIG;
  if (connection) {
    const getClient = onceAsync(() => import('@vercel/edge-config').then((m) => m.createClient(connection)));
    return createEdgeConfigPolicy(
      { get: async (key) => (await getClient()).get(key) },
      { key: env.EDGE_AI_POLICY_KEY },
    );
  }
  const file = resolve(env.EDGE_AI_POLICY_FILE ?? 'edge-ai.policy.json');
  return env.EDGE_AI_POLICY_FILE || existsSync(file) ? createFilePolicy(file) : undefined;
}

function lazyKV(name: string, create: () => Promise<KVStore>): KVStore {
  const get = onceAsync(create);
  return {
    name,
    get: async (key) => (await get()).get(key),
    set: async (key, value, options) => (await get()).set(key, value, options),
    setIfAbsent: async (key, value, options) => (await get()).setIfAbsent(key, value, options),
    incr: async (key, options) => (await get()).incr(key, options),
    del: async (key) => (await get()).del(key),
  };
}
