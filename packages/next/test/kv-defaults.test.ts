import { EdgeAIConfigError } from '@edge-ai/core';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../../test/net.ts';
import { startUpstashStandIn, type UpstashStandIn } from '../../core/test/helpers/upstash-standin.ts';
import { kvContract } from '../../core/test/kv-contract.ts';
import { kvFromEnv } from '../src/kv-defaults.ts';

const redisUrl = () => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
  return url;
};

// The Upstash REST stand-in in front of the real redis-server, reached through the environment variables users have.
let backend: ReturnType<typeof createClient>;
let standIn: UpstashStandIn;
beforeAll(async () => {
  backend = createClient({ url: redisUrl() });
  await backend.connect();
  standIn = await startUpstashStandIn((args) => backend.sendCommand(args));
});
afterAll(async () => {
  await standIn.close();
  backend.destroy();
});

/** Slack over a timeout for timers on a loaded machine (event-loop lag), as in core's kv-faults.test.ts. */
const SLACK = 500;

// The contract is not about deadlines: a generous timeout keeps a loaded machine from failing its 1,200-key batch.
const CONTRACT_TIMEOUT = { EDGE_AI_KV_TIMEOUT_MS: '5000' };

kvContract('kvFromEnv: KV_REST_API_URL + KV_REST_API_TOKEN (Vercel KV)', async () => ({
  kv: kvFromEnv({ KV_REST_API_URL: standIn.url, KV_REST_API_TOKEN: standIn.token, ...CONTRACT_TIMEOUT }),
}));

kvContract('kvFromEnv: UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN', async () => ({
  kv: kvFromEnv({ UPSTASH_REDIS_REST_URL: standIn.url, UPSTASH_REDIS_REST_TOKEN: standIn.token, ...CONTRACT_TIMEOUT }),
}));

kvContract('kvFromEnv: REDIS_URL (node-redis)', async () => ({
  kv: kvFromEnv({ REDIS_URL: redisUrl(), ...CONTRACT_TIMEOUT }),
}));

describe('kvFromEnv', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('picks REST over Redis, EDGE_AI_REDIS_URL over REDIS_URL, else the bounded in-memory LRU', async () => {
    expect(kvFromEnv({ KV_REST_API_URL: standIn.url, KV_REST_API_TOKEN: 't', REDIS_URL: redisUrl() }).name).toBe(
      'upstash',
    );
    expect(kvFromEnv({ REDIS_URL: redisUrl() }).name).toBe('redis');
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const preferred = kvFromEnv({ EDGE_AI_REDIS_URL: redisUrl(), REDIS_URL: closed, ...CONTRACT_TIMEOUT });
    await preferred.set('edge-ai:test:pick', 'yes');
    expect(await preferred.get('edge-ai:test:pick')).toBe('yes');
    const memory = kvFromEnv({ EDGE_AI_KV_MAX_ENTRIES: '2' });
    expect(memory.name).toBe('memory');
    for (const k of ['a', 'b', 'c']) await memory.set(k, k);
    expect(await memory.mget(['a', 'b', 'c'])).toEqual([null, 'b', 'c']);
  });

  it('rejects bad numbers at construction', () => {
    for (const env of [
      { EDGE_AI_KV_TIMEOUT_MS: 'soon' },
      { EDGE_AI_KV_TIMEOUT_MS: '0' },
      { EDGE_AI_KV_TIMEOUT_MS: '600000' },
      { EDGE_AI_KV_MAX_ENTRIES: '-1' },
    ]) {
      expect(() => kvFromEnv(env)).toThrow(EdgeAIConfigError);
    }
  });

  it('a Redis that is down costs at most the timeout once, then fails at once until it is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kv = kvFromEnv({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, EDGE_AI_KV_TIMEOUT_MS: '300' });
    const first = performance.now();
    // The SDK import and the refused connection included: the refusal ends the wait, no timeout is spent.
    await expect(kv.get('k')).rejects.toMatchObject({ name: 'KVError', code: 'unavailable' });
    expect(performance.now() - first).toBeLessThan(300 + SLACK);
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalled()); // the connection error has been seen
    for (let i = 0; i < 3; i++) {
      const later = performance.now();
      await expect(kv.set('k', 'v')).rejects.toMatchObject({ code: 'unavailable' });
      expect(performance.now() - later).toBeLessThan(100);
      await new Promise((r) => setTimeout(r, 100)); // reconnect attempts go on meanwhile
    }
    expect(console.warn).toHaveBeenCalledTimes(1); // one line, not one per reconnect attempt
  });

  it('a frozen REST endpoint costs at most the timeout per command (the HTTP request is cancelled)', async () => {
    standIn.fault = { mode: 'frozen' };
    try {
      const kv = kvFromEnv({
        KV_REST_API_URL: standIn.url,
        KV_REST_API_TOKEN: standIn.token,
        EDGE_AI_KV_TIMEOUT_MS: '300',
      });
      for (const call of [() => kv.get('k'), () => kv.mget(['k']), () => kv.incr('n', { ttlSeconds: 5 })]) {
        const start = performance.now();
        await expect(call()).rejects.toMatchObject({ name: 'KVError', code: 'timeout' });
        expect(performance.now() - start).toBeLessThan(300 + SLACK);
      }
    } finally {
      standIn.fault = { mode: 'ok' };
    }
  });

  it('a configured SDK that is not installed fails with an EdgeAIConfigError naming the package', async () => {
    let notFound: unknown;
    try {
      await import(/* @vite-ignore */ ['@edge-ai', 'no-such-package'].join('/'));
    } catch (error) {
      notFound = error; // the error Node gives for a package that is not installed
    }
    expect(notFound).toBeDefined();
    const nothingInstalled = async () => {
      throw notFound;
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const redis = kvFromEnv({ REDIS_URL: redisUrl() }, nothingInstalled);
    await expect(redis.get('k')).rejects.toBeInstanceOf(EdgeAIConfigError);
    await expect(redis.get('k')).rejects.toThrow(/REDIS_URL is set, which needs the package redis: npm install redis/);
    expect(console.error).toHaveBeenCalledTimes(1); // logged once
    const rest = kvFromEnv({ KV_REST_API_URL: standIn.url, KV_REST_API_TOKEN: standIn.token }, nothingInstalled);
    await expect(rest.get('k')).rejects.toThrow(
      /needs the package @vercel\/kv or @upstash\/redis: npm install @vercel\/kv/,
    );
    const upstash = kvFromEnv({ UPSTASH_REDIS_REST_URL: standIn.url, UPSTASH_REDIS_REST_TOKEN: 't' }, nothingInstalled);
    await expect(upstash.set('k', 'v')).rejects.toThrow(/npm install @upstash\/redis/);
    // Only @vercel/kv installed (pnpm does not expose its @upstash/redis): the REST store is built from it.
    // (vitest's import interop reads @vercel/kv's default export, which needs these in process.env; Node does not)
    process.env.KV_REST_API_URL = standIn.url;
    process.env.KV_REST_API_TOKEN = standIn.token;
    const onlyVercel = (name: string) => (name === '@vercel/kv' ? import('@vercel/kv') : nothingInstalled());
    const fromVercel = kvFromEnv({ KV_REST_API_URL: standIn.url, KV_REST_API_TOKEN: standIn.token }, onlyVercel);
    await fromVercel.set('edge-ai:test:vercel', 'ok');
    expect(await fromVercel.get('edge-ai:test:vercel')).toBe('ok');
    delete process.env.KV_REST_API_URL;
    delete process.env.KV_REST_API_TOKEN;
  });
});
