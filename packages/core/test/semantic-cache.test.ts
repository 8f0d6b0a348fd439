import { createClient, createCluster } from 'redis';
import { describe, expect, it } from 'vitest';
import { KVError, type KVStore } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV } from '../src/adapters/redis-kv.ts';
import { VERIFIER_FEATURES, type VerifierWeights } from '../src/cache/verifier.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import type { EdgeAIOptions } from '../src/options.ts';
import { createStaticPolicy } from '../src/policy.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';
import { startRedisCluster } from './helpers/redis-cluster.ts';
import { slowModel } from './helpers/slow-model.ts';

type Ask = { tenant?: string; user?: string; conversation?: string; messages?: { role: string; content: string }[] };

function ask(text: string, o: Ask = {}, signal?: AbortSignal) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (o.tenant) headers['x-tenant'] = o.tenant;
  if (o.user) headers['x-user-id'] = o.user;
  headers['x-conversation-id'] = o.conversation ?? `c-${Math.random()}`;
  const messages = [...(o.messages ?? []), { role: 'user', content: text }];
  return new Request('https://app.example/api/chat', {
    method: 'POST',
    headers,
    body: JSON.stringify({ messages }),
    signal,
  });
}

function setup(options: EdgeAIOptions = {}, central = slowModel()) {
  const handler = createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    central: { model: central },
    tenant: (r) => r.headers.get('x-tenant') ?? 'default',
    ...options,
  });
  /** Answers one request completely (stream read, cache writes done). */
  const run = async (text: string, o: Ask = {}) => {
    const { response, pending } = await handler.handle(ask(text, o));
    const { events } = await readUIEvents(response);
    await pending;
    const timing = response.headers.get('server-timing') ?? '';
    return {
      text: textOf(events),
      events,
      cache: response.headers.get('x-edge-ai-cache'),
      match: response.headers.get('x-edge-ai-cache-match'),
      desc: /cache;dur=[0-9.]+;desc="([^"]*)"/.exec(timing)?.[1] ?? '',
    };
  };
  return { handler, run, central };
}

/** Records the keys and commands the cache sends to a store. */
function counting(inner: KVStore) {
  const log: { op: string; keys: string[] }[] = [];
  const note = (op: string, keys: readonly string[]) => {
    log.push({ op, keys: [...keys] });
  };
  const kv: KVStore = {
    name: inner.name,
    get: (k) => {
      note('get', [k]);
      return inner.get(k);
    },
    mget: (ks) => {
      note('mget', ks);
      return inner.mget(ks);
    },
    set: (k, v, o) => {
      note('set', [k]);
      return inner.set(k, v, o);
    },
    setIfAbsent: (k, v, o) => {
      note('setIfAbsent', [k]);
      return inner.setIfAbsent(k, v, o);
    },
    incr: (k, o) => {
      note('incr', [k]);
      return inner.incr(k, o);
    },
    del: (k) => {
      note('del', [k]);
      return inner.del(k);
    },
  };
  const cacheOps = () => log.filter((l) => l.keys.some((k) => k.startsWith('edge-ai:cache:')));
  return { kv, log, cacheOps };
}

const Q = 'How do I reset my password?';
const PARAPHRASE = 'How do I reset my password please?';

describe('semantic cache through the handler (models double: hashed bag-of-words embedder)', () => {
  it('answers a repeated question (exact) and a re-wording (semantic) from the cache, with headers saying so', async () => {
    const { run, central } = setup();
    const first = await run(Q);
    expect([first.cache, first.text]).toEqual(['miss', 'Answer number 0.']);
    expect(first.desc).toMatch(/^miss emb-double/);
    const again = await run(Q);
    expect([again.cache, again.match, again.text]).toEqual(['hit', 'exact', 'Answer number 0.']);
    expect(again.desc).toBe('hit exact emb-double');
    const para = await run(PARAPHRASE);
    expect([para.cache, para.match, para.text]).toEqual(['hit', 'semantic', 'Answer number 0.']);
    expect(para.desc).toMatch(/^hit semantic 0\.9\d\d emb-double$/);
    expect(central.calls).toBe(1);
  });

  it('does not answer a negated or a different question whose similarity passes the threshold (false-hit guard)', async () => {
    const { run, central } = setup();
    await run('Can I cancel my order after it has shipped?');
    const negated = await run('Can I not cancel my order after it has shipped?');
    expect(negated.cache).toBe('miss');
    // The embedder alone would have answered it: similarity above the threshold, refused by the guard.
    expect(negated.desc).toMatch(/best=0\.9\d\d refused=negation/);
    await run('What are the opening hours of the Berlin office?');
    const other = await run('What are the opening hours of the Munich office?');
    expect(other.desc).toMatch(/^miss .*refused=entities/);
    await run('How do I sort a list in Python?');
    expect((await run('How do I reverse a list in Python?')).cache).toBe('miss');
    expect(central.calls).toBe(6);
  });

  it("applies the embedder's learned verifier above its cosine floor, only for the embedder version it was trained on", async () => {
    const n = VERIFIER_FEATURES.length;
    // A logistic verifier on one feature: the share of content words only one side has.
    const verifier = (embedder: string): VerifierWeights => ({
      embedder,
      features: [...VERIFIER_FEATURES],
      mean: Array(n).fill(0),
      scale: Array(n).fill(1),
      hidden: { w: [], b: [] },
      out: { w: VERIFIER_FEATURES.map((f) => (f === 'unmatched_share' ? -40 : 0)), b: 2 },
      threshold: 0.5,
      minCosine: 0.5,
    });
    const models = modelsDouble();
    const embed = (texts: string[]) => models.embed?.(texts) ?? Promise.reject(new Error('no embed in the double'));
    const strict = setup({ embedder: { embed, verifier: verifier('emb-double') } });
    await strict.run(Q);
    const same = await strict.run('How can I reset my password?');
    expect([same.cache, same.match]).toEqual(['hit', 'semantic']);
    // Above the cosine floor, but "phone" has no counterpart in the stored question: the verifier refuses.
    const reworded = await strict.run('How do I reset my password from my phone?');
    expect(reworded.desc).toMatch(/^miss emb-double best=0\.\d+ refused=verifier/);
    expect(strict.central.calls).toBe(2);
    // Trained for another embedder: not used, the plain cosine threshold (0.9 without a recommendation) decides.
    const other = setup({ embedder: { embed, verifier: verifier('embed-00000000') } });
    await other.run(Q);
    const para = await other.run(PARAPHRASE);
    expect([para.cache, para.match]).toEqual(['hit', 'semantic']);
  });

  it('a semantic hit with placeholders is restored with the values of the current conversation', async () => {
    const central = slowModel({ answer: () => 'I sent the refund policy to <EMAIL_1>.' });
    const { run } = setup({ cache: { skipWhenPII: false } }, central);
    const first = await run('Please mail jane.doe@example.com the refund policy');
    expect(first.text).toBe('I sent the refund policy to jane.doe@example.com.');
    const other = await run('Please mail john.roe@example.org the refund policy today');
    expect([other.cache, other.match]).toEqual(['hit', 'semantic']);
    expect(other.text).toBe('I sent the refund policy to john.roe@example.org.');
    // Another placeholder set (two addresses) is another question for the guard.
    const two = await run('Please mail ann@example.com and bob@example.com the refund policy');
    expect(two.cache).toBe('miss');
    expect(central.calls).toBe(2);
  });

  it('replays a hit as the same UI-message events a central answer streams, in several deltas', async () => {
    const { run } = setup(
      {},
      slowModel({ answer: () => 'Open the settings, choose Security and press Reset password to get a link.' }),
    );
    const miss = await run(Q);
    const hit = await run(Q);
    const shape = (events: Record<string, unknown>[]) =>
      events.map((e) => e.type).filter((t, i, all) => t !== 'text-delta' || all[i - 1] !== 'text-delta');
    expect(shape(hit.events)).toEqual(shape(miss.events));
    expect(hit.events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(5);
    expect(hit.text).toBe(miss.text);
    expect(hit.events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop' });
  });

  it('100 tenants asking the same questions: every tenant gets only its own answers (0 cross-tenant hits)', async () => {
    const store = counting(createMemoryKV());
    const { run, central } = setup({ kv: store.kv });
    let crossTenantHits = 0;
    for (let t = 0; t < 100; t++) {
      const first = await run(Q, { tenant: `t${t}` });
      if (first.cache !== 'miss' || first.text !== `Answer number ${t}.`) crossTenantHits++;
    }
    for (let t = 0; t < 100; t++) {
      const exact = await run(Q, { tenant: `t${t}` });
      const para = await run(PARAPHRASE, { tenant: `t${t}` });
      expect([exact.cache, para.cache]).toEqual(['hit', 'hit']);
      if (exact.text !== `Answer number ${t}.` || para.text !== `Answer number ${t}.`) crossTenantHits++;
    }
    expect(crossTenantHits).toBe(0);
    expect(central.calls).toBe(100);
    // Tenant scope is in every key the cache touched: entries, buckets and locks.
    const keys = store.cacheOps().flatMap((l) => l.keys);
    expect(keys.length).toBeGreaterThan(1000);
    for (const key of keys) expect(key).toMatch(/^edge-ai:cache:t\d+:[0-9a-f]{32}:[ebl]:/);
  });

  it('looks up in at most two round trips: one MGET of the exact entry and the buckets, one of the candidates', async () => {
    const store = counting(createMemoryKV());
    const { run } = setup({ kv: store.kv });
    await run(Q);
    store.log.length = 0;
    const para = await run(PARAPHRASE);
    expect(para.match).toBe('semantic');
    const reads = store.cacheOps().filter((l) => l.op !== 'set');
    expect(reads.map((l) => l.op)).toEqual(['mget', 'mget']);
    expect(reads[0].keys).toHaveLength(17); // the exact entry and 16 LSH buckets
  });

  it('50 concurrent identical misses make 1 central call; all 50 stream the same answer', async () => {
    const { handler, central } = setup({}, slowModel({ firstTokenMs: 150, chunkMs: 5 }));
    const results = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const { response, pending } = await handler.handle(ask(Q));
        const text = textOf((await readUIEvents(response)).events);
        await pending;
        return { text, cache: response.headers.get('x-edge-ai-cache') };
      }),
    );
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
    const texts = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { response, pending } = await handler.handle(ask(Q));
        const text = textOf((await readUIEvents(response)).events);
        await pending;
        return text;
      }),
    );
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

  it('never stores a truncated, aborted, flagged or escalated answer', async () => {
    const truncated = setup({}, slowModel({ finish: 'length' }));
    await truncated.run(Q);
    expect((await truncated.run(Q)).cache).toBe('miss');

    const aborted = setup({}, slowModel({ firstTokenMs: 20, chunkMs: 20 }));
    const controller = new AbortController();
    const { response, pending } = await aborted.handler.handle(ask(Q, {}, controller.signal));
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await reader?.cancel().catch(() => {});
    await pending;
    expect((await aborted.run(Q)).cache).toBe('miss');

    const flagged = setup({ models: modelsDouble({ toxicity: 0.7 }), escalate: { enabled: false } });
    expect((await flagged.run(Q)).desc).toMatch(/^miss flagged-not-stored/);
    expect((await flagged.run(Q)).cache).toBe('miss');

    const escalated = setup({ models: modelsDouble({ toxicity: 0.7 }) });
    expect((await escalated.run(Q)).desc).toBe('bypass escalated');
  });

  it('a follow-up only hits when the earlier turns match', async () => {
    const { run } = setup();
    const planA = [
      { role: 'user', content: 'Tell me about plan A.' },
      { role: 'assistant', content: 'Plan A is the basic plan.' },
    ];
    const planB = [
      { role: 'user', content: 'Tell me about plan B.' },
      { role: 'assistant', content: 'Plan B is the premium plan.' },
    ];
    await run('How much does it cost?', { messages: planA });
    expect((await run('How much does it cost?', { messages: planB })).cache).toBe('miss');
    expect((await run('How much does it cost?')).cache).toBe('miss');
    expect((await run('How much does it cost?', { messages: planA })).cache).toBe('hit');
  });

  it('with scope "user", answers are shared only within one user', async () => {
    const { run } = setup({ cache: { scope: 'user' } });
    await run(Q, { user: 'ann' });
    expect((await run(Q, { user: 'bob' })).cache).toBe('miss');
    expect((await run(PARAPHRASE, { user: 'ann' })).cache).toBe('hit');
  });

  it('expires entries after their TTL', async () => {
    let now = 1_000_000;
    const { run } = setup({ kv: createMemoryKV({ now: () => now }), cache: { ttlSeconds: 60 } });
    await run(Q);
    now += 59_000;
    expect((await run(PARAPHRASE)).cache).toBe('hit');
    now += 2_000;
    expect((await run(Q)).cache).toBe('miss');
  });

  it('takes the threshold per tenant and per route, from the options and from the policy', async () => {
    const { run } = setup({
      policy: createStaticPolicy({ cache: { semantic: { tenants: { strict: 0.99 } } } }),
    });
    await run(Q, { tenant: 'strict' });
    await run(Q, { tenant: 'lenient' });
    expect((await run(PARAPHRASE, { tenant: 'strict' })).cache).toBe('miss');
    expect((await run(PARAPHRASE, { tenant: 'lenient' })).cache).toBe('hit');
    // Without a configured threshold, the embedder's recommendation applies; a configured one wins over it.
    const strictEmbedder = { ...modelsDouble(), embedThreshold: 0.99 };
    const recommended = setup({ models: strictEmbedder });
    await recommended.run(Q);
    expect((await recommended.run(PARAPHRASE)).cache).toBe('miss');
    const configured = setup({ models: strictEmbedder, cache: { semantic: { threshold: 0.9 } } });
    await configured.run(Q);
    expect((await configured.run(PARAPHRASE)).cache).toBe('hit');
    // Tenant names are looked up as own keys only ("constructor" is no threshold).
    const { run: other } = setup({ cache: { semantic: { threshold: 0.99 } } });
    await other(Q, { tenant: 'constructor' });
    expect((await other(PARAPHRASE, { tenant: 'constructor' })).cache).toBe('miss');
    const byRoute = setup({ cache: { semantic: { routes: { 'POST /api/chat': 0.99 } } } });
    await byRoute.run(Q);
    expect((await byRoute.run(PARAPHRASE)).cache).toBe('miss');
  });

  it('falls back to exact matching when no embedder is available, and says so', async () => {
    const { embed: _, ...withoutEmbedder } = modelsDouble();
    const { run } = setup({ models: withoutEmbedder });
    expect((await run(Q)).desc).toBe('miss exact-only (no embedder)');
    expect((await run(Q)).desc).toBe('hit exact no-embedder');
    expect((await run(PARAPHRASE)).cache).toBe('miss');
  });

  it('a new embedder or central model never serves old answers (versions in the namespace)', async () => {
    const kv = createMemoryKV();
    const a = setup({ kv });
    await a.run(Q);
    const models = modelsDouble();
    const embedder = models.embed?.bind(models);
    if (!embedder) throw new Error('the double embeds');
    const newer = { ...models, embed: async (t: string[]) => ({ ...(await embedder(t)), model: 'emb-2' }) };
    expect((await setup({ kv, models: newer }).run(Q)).cache).toBe('miss');
    expect((await setup({ kv, central: { system: 'Be terse.' } }).run(Q)).cache).toBe('miss');
    expect((await setup({ kv }).run(Q)).cache).toBe('hit');
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
        Array.from({ length: 50 }, async (_, i) => {
          const { response, pending } = await handlers[i % 2].handle(ask(Q));
          const text = textOf((await readUIEvents(response)).events);
          await pending;
          return text;
        }),
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
      const texts = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const { response, pending } = await handler.handle(ask(Q));
          const text = textOf((await readUIEvents(response)).events);
          await pending;
          return text;
        }),
      );
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
