import { randomBytes } from 'node:crypto';
import { createOfflineModel } from '@edge-ai/core';
import { readUIEvents, textOf } from '@edge-ai/core/test';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../core/src/options.ts';
import { startUpstashStandIn, type UpstashStandIn } from '../../core/test/helpers/upstash-standin.ts';
import { kvContract } from '../../core/test/kv-contract.ts';
import { withEdgeAI } from '../src/index.ts';
import { chatRequest, fetchEvent, pendings, uiBody } from './helpers.ts';

/**
 * @vercel/kv as its users write it: `import { kv } from '@vercel/kv'` handed to withEdgeAI, and the environment variables
 * they already have (KV_REST_API_URL, KV_REST_API_TOKEN), over Upstash's REST protocol (a local stand-in) in front of
 * the real redis-server.
 */
let backend: ReturnType<typeof createClient>;
let standIn: UpstashStandIn;
let kv: typeof import('@vercel/kv').kv;

beforeAll(async () => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
  backend = createClient({ url });
  await backend.connect();
  standIn = await startUpstashStandIn((args) => backend.sendCommand(args));
  process.env.KV_REST_API_URL = standIn.url;
  process.env.KV_REST_API_TOKEN = standIn.token;
  process.env.EDGE_AI_VAULT_KEY = randomBytes(32).toString('base64'); // a shared KV needs a vault key
  ({ kv } = await import('@vercel/kv'));
});
afterAll(async () => {
  for (const name of ['KV_REST_API_URL', 'KV_REST_API_TOKEN', 'EDGE_AI_VAULT_KEY']) delete process.env[name];
  await standIn.close();
  backend.destroy();
});

// The store withEdgeAI({ kv }) builds from @vercel/kv's `kv` (options parsing wraps the client).
kvContract("withEdgeAI({ kv }) with `import { kv } from '@vercel/kv'`", async () => {
  const store = parseOptions({ kv }).kv;
  if (!store) throw new Error('options.kv was dropped');
  return { kv: store };
});

async function askTwice(proxy: ReturnType<typeof withEdgeAI>, question: string, id: string) {
  const ask = () => proxy(chatRequest(uiBody(question, id)), fetchEvent) as Promise<Response>;
  const first = await ask();
  const answer = textOf((await readUIEvents(first)).events);
  await Promise.all(pendings.splice(0));
  const second = await ask();
  return { first, second, answer, cached: textOf((await readUIEvents(second)).events) };
}

describe('@vercel/kv through withEdgeAI', () => {
  const central = { model: createOfflineModel({ chunkDelayMs: 0 }) };

  it('withEdgeAI({ kv }): a repeated question is answered from Redis', async () => {
    const before = (await backend.keys('*')).length;
    const requests = standIn.requests;
    const { first, second, answer, cached } = await askTwice(
      withEdgeAI({ kv, central, policy: undefined }),
      'How do rainbows form after the rain?',
      'vercel-kv-1',
    );
    expect(first.headers.get('x-edge-ai-cache')).toBe('miss');
    expect(second.headers.get('x-edge-ai-cache')).toBe('hit');
    expect(cached).toBe(answer);
    expect((await backend.keys('*')).length).toBeGreaterThan(before);
    expect(standIn.requests).toBeGreaterThan(requests); // over REST, as @vercel/kv talks
  });

  it('withEdgeAI() with KV_REST_API_URL / KV_REST_API_TOKEN in the environment: the same, without code', async () => {
    const requests = standIn.requests;
    const { first, second, answer, cached } = await askTwice(
      withEdgeAI({ central, policy: undefined }),
      'Why is the sky blue during the day?',
      'vercel-kv-2',
    );
    expect(first.headers.get('x-edge-ai-cache')).toBe('miss');
    expect(second.headers.get('x-edge-ai-cache')).toBe('hit');
    expect(cached).toBe(answer);
    // REST (KV_REST_API_*) wins over the REDIS_URL the global setup also sets.
    expect(standIn.requests).toBeGreaterThan(requests);
  });
});
