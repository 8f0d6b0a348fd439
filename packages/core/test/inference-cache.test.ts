import { describe, expect, it } from 'vitest';
import type { KVStore } from '../src/adapters/kv.ts';
import { KVError } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { withInferenceCache } from '../src/cache/inference.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import type { EdgeModels } from '../src/models.ts';
import { modelsDouble } from '../src/testing/models-double.ts';

/** The models double with call counters and a settable version; NER "finds" the first capitalised word. */
function counted() {
  const calls = { lid: 0, ner: 0, tox: 0 };
  let version = 'v1';
  const base = modelsDouble();
  const models: EdgeModels = {
    ...base,
    async detectLanguage(text) {
      calls.lid++;
      return { ...(await base.detectLanguage(text)), model: `lid-${version}` };
    },
    async scoreToxicity(text) {
      calls.tox++;
      const categories = text.includes('damn') ? { profanity: 0.8, threat: 0.01 } : undefined;
      return {
        score: text.length / 1000,
        model: `tox-${version}`,
        ...(categories && { categories, categoryThresholds: { profanity: 0.3, threat: 0.1 } }),
      };
    },
    async recognizeEntities(text) {
      calls.ner++;
      const m = /\p{Lu}\p{Ll}+/u.exec(text);
      const entities = m
        ? [{ type: 'PER' as const, start: m.index, end: m.index + m[0].length, score: 0.9, text: m[0] }]
        : [];
      return { entities, model: `ner-${version}` };
    },
  };
  return { models, calls, setVersion: (v: string) => (version = v) };
}

describe('cache-through of edge inference', () => {
  it('keeps toxicity category scores and cuts across a cache hit', async () => {
    const { models, calls } = counted();
    const cached = withInferenceCache(models, createMemoryKV(), { ttlSeconds: 60 });
    const first = await cached.scoreToxicity('damn, that pizza was good');
    const second = await cached.scoreToxicity('damn, that pizza was good');
    expect(calls.tox).toBe(1);
    expect(second).toEqual(first);
    expect(second.categories).toEqual({ profanity: 0.8, threat: 0.01 });
    expect(second.categoryThresholds).toEqual({ profanity: 0.3, threat: 0.1 });
    await cached.scoreToxicity('plain text');
    expect(await cached.scoreToxicity('plain text')).not.toHaveProperty('categories');
  });

  it('infers once per text and model version; a repeated input is answered from KV with the same result', async () => {
    const { models, calls } = counted();
    const cached = withInferenceCache(models, createMemoryKV(), { ttlSeconds: 60 });
    const text = 'hello, i am Anna from the sales team.';
    const first = [
      await cached.detectLanguage(text),
      await cached.scoreToxicity(text),
      await cached.recognizeEntities(text),
    ];
    const second = [
      await cached.detectLanguage(text),
      await cached.scoreToxicity(text),
      await cached.recognizeEntities(text),
    ];
    expect(second).toEqual(first);
    // The version is learned from the first result (stored under it); from then on a stage is looked up before it runs.
    expect(second[2]).toEqual({
      entities: [{ type: 'PER', start: 12, end: 16, score: 0.9, text: 'Anna' }],
      model: 'ner-v1',
    });
    expect(calls).toEqual({ lid: 1, ner: 1, tox: 1 });
    expect(cached.inferenceStats()).toMatchObject({ hits: 3, misses: 3 });
    await cached.detectLanguage('Another text');
    expect(calls.lid).toBe(2);
  });

  it('a new model version never serves an old result', async () => {
    const { models, calls, setVersion } = counted();
    const kv = createMemoryKV();
    const cached = withInferenceCache(models, kv, { ttlSeconds: 60 });
    for (let i = 0; i < 3; i++) await cached.scoreToxicity('same text');
    expect(calls.tox).toBe(1);
    // A deployment with a new model (a new process or instance on the same KV) learns v2 on its first inference,
    // and uses v2 keys only: the v1 result in the shared KV is never served.
    setVersion('v2');
    const redeployed = withInferenceCache(models, kv, { ttlSeconds: 60 });
    expect((await redeployed.scoreToxicity('same text')).model).toBe('tox-v2');
    expect((await redeployed.scoreToxicity('same text')).model).toBe('tox-v2');
    expect(calls.tox).toBe(2);
  });

  it('stores entity offsets, never the entity text, and treats a KV fault as a miss', async () => {
    const { models, calls } = counted();
    const memory = createMemoryKV();
    const values: string[] = [];
    const recording: KVStore = {
      ...memory,
      set: (k, v, o) => {
        values.push(v);
        return memory.set(k, v, o);
      },
    };
    const cached = withInferenceCache(models, recording, { ttlSeconds: 60 });
    await cached.recognizeEntities('Please call Sophie tomorrow.');
    await cached.recognizeEntities('Please call Sophie tomorrow.');
    expect(values.join('|')).not.toContain('Sophie');
    const broken: KVStore = {
      ...memory,
      get: () => Promise.reject(new KVError('test', 'get', 'timeout', '')),
      set: () => Promise.reject(new KVError('test', 'set', 'unavailable', '')),
    };
    const faulty = withInferenceCache(models, broken, { ttlSeconds: 60 });
    const before = calls.tox;
    for (let i = 0; i < 3; i++) expect((await faulty.scoreToxicity('x')).model).toBe('tox-v1');
    expect(calls.tox - before).toBe(3);
  });

  it('is on in the handler by default: a repeated prompt skips language and toxicity inference', async () => {
    const { models, calls } = counted();
    const handler = createEdgeAIHandler({ models, central: { offline: true }, cache: { enabled: false } });
    const ask = () =>
      handler.handle(
        new Request('https://app.example/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: 'What is the weather like in spring?' }),
        }),
      );
    for (let i = 0; i < 3; i++) {
      const { response, pending } = await ask();
      await response.text();
      await pending;
    }
    expect([calls.lid, calls.tox]).toEqual([1, 1]);
    const off = createEdgeAIHandler({
      models: counted().models,
      central: { offline: true },
      inferenceCache: { enabled: false },
    });
    expect(off.options.inferenceCache.enabled).toBe(false);
  });
});
