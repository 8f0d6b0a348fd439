import { createClient, createCluster } from 'redis';
import { describe, expect, it } from 'vitest';
import { KVError, type KVStore } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV } from '../src/adapters/redis-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';
import { startRedisCluster } from './helpers/redis-cluster.ts';
import { answer, ask, PARAPHRASE, Q, setup } from './helpers/semantic-cache.ts';
import { slowModel } from './helpers/slow-model.ts';

describe('semantic cache coalescing (models double)', () => {
  it('50 concurrent identical misses make 1 central call; all 50 stream the same answer', async () => {
    const { handler, central } = setup({}, slowModel({ firstTokenMs: 150, chunkMs: 5 }));
    const results = await Promise.all(Array.from({ length: 50 }, () => answer(handler, ask(Q))));
    expect(central.calls).toBe(1);
    expect(new Set(results.map((r) => r.text))).toEqual(new Set(['Answer number 0.']));
    expect(results.filter((r) => r.cache === 'miss')).toHaveLength(1);
  });

  it('when the leader fails, one waiter takes over: still one call per attempt, never a stampede', async () => {
    let fail = true;
    const central = slowModel({ firstTokenMs: 100 });
    const original = central.doStream.bind(central);
    central.doStream = async (call) => {
      if (fail) {
        fail = false;
        central.calls++;
        throw new Error('upstream reset');
      }
      return original(call);
    };
    const { handler } = setup({}, central);
    const texts = await Promise.all(Array.from({ length: 10 }, async () => (await answer(handler, ask(Q))).text));
    expect(central.calls).toBe(2);
    expect(texts.filter((t) => t === 'Answer number 1.')).toHaveLength(9);
  });

  it('a KV fault while coalescing only loses the coalescing: the request is answered and its answer stored', async () => {
    const memory = createMemoryKV();
    const kv: KVStore = {
      ...memory,
      setIfAbsent: () => Promise.reject(new KVError('test', 'setIfAbsent', 'timeout', 'no reply')),
    };
    const { run, central } = setup({ kv });
    const first = await run(Q);
    expect([first.cache, first.text]).toEqual(['miss', 'Answer number 0.']);
    expect((await run(PARAPHRASE)).cache).toBe('hit');
    expect(central.calls).toBe(1);
  });
});

describe('coalescing across two handler instances sharing one real redis-server', () => {
  it('50 concurrent identical misses, split over two instances, make 1 central call', async () => {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
    const clients = [createClient({ url }), createClient({ url })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const tenant = `redis-${Math.random().toString(36).slice(2)}`;
      const vaultKey = Buffer.alloc(32, 7).toString('base64');
      const centrals = [slowModel({ firstTokenMs: 200 }), slowModel({ firstTokenMs: 200 })];
      const handlers = clients.map((client, i) =>
        createEdgeAIHandler({
          models: modelsDouble(),
          kv: createRedisKV(client),
          central: { model: centrals[i] },
          tenant: () => tenant,
          pii: { engine: { vault: { key: vaultKey } } },
        }),
      );
      const results = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => (await answer(handlers[i % 2], ask(Q))).text),
      );
      expect(centrals[0].calls + centrals[1].calls).toBe(1);
      expect(new Set(results)).toEqual(new Set(['Answer number 0.']));
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });
});

describe('on a real three-master Redis Cluster (entries and buckets spread over slots)', () => {
  it('answers a re-wording from the cache and coalesces 20 concurrent misses into 1 call', async () => {
    const cluster = await startRedisCluster();
    const client = createCluster({ rootNodes: cluster.urls.map((url) => ({ url })) });
    await client.connect();
    try {
      const central = slowModel({ firstTokenMs: 100 });
      const handler = createEdgeAIHandler({
        models: modelsDouble(),
        kv: createRedisKV(client),
        central: { model: central },
        pii: { engine: { vault: { key: Buffer.alloc(32, 9).toString('base64') } } },
      });
      const texts = await Promise.all(Array.from({ length: 20 }, async () => (await answer(handler, ask(Q))).text));
      expect(central.calls).toBe(1);
      expect(new Set(texts)).toEqual(new Set(['Answer number 0.']));
      const { response } = await handler.handle(ask(PARAPHRASE));
      expect(response.headers.get('x-edge-ai-cache-match')).toBe('semantic');
      expect(textOf((await readUIEvents(response)).events)).toBe('Answer number 0.');
    } finally {
      client.destroy();
      await cluster.stop();
    }
  });
});
