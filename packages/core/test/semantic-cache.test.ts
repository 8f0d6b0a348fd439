import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { VERIFIER_FEATURES, type VerifierWeights } from '../src/cache/verifier.ts';
import { createStaticPolicy } from '../src/policy.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { ask, counting, PARAPHRASE, Q, setup } from './helpers/semantic-cache.ts';
import { slowModel } from './helpers/slow-model.ts';

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
