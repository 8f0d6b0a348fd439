import { describe, expect, it, vi } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { parseOptions, stageSettingsOf } from '../src/options.ts';
import type { PolicySource } from '../src/policy.ts';
import { checkPolicy } from '../src/policy-check.ts';
import { createPolicyReader } from '../src/policy-runtime.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { recordingModel } from './helpers/recording-model.ts';

const base = stageSettingsOf(parseOptions());

/** A policy source whose next answer the test sets: a value, an error, or a read that never ends. */
function scripted() {
  let next: () => Promise<unknown> = async () => undefined;
  let reads = 0;
  const source: PolicySource = {
    name: 'scripted',
    get: () => {
      reads++;
      return next();
    },
  };
  return {
    source,
    reads: () => reads,
    value: (v: unknown) => {
      next = async () => v;
    },
    fail: (message: string) => {
      next = async () => {
        throw new Error(message);
      };
    },
    freeze: () => {
      next = () => new Promise(() => {});
    },
  };
}

describe('runtime policy validation: the same rules as construction, part by part', () => {
  it('rejects escalateThreshold above blockThreshold (as parseOptions does) and keeps the valid parts', () => {
    expect(() => parseOptions({ toxicity: { escalateThreshold: 0.95 } })).toThrow(/escalateThreshold/);
    const { settings, problems } = checkPolicy(base, {
      toxicity: { escalateThreshold: 0.95 },
      cache: { enabled: false },
    });
    expect(settings.toxicity).toEqual(base.toxicity);
    expect(settings.cache.enabled).toBe(false);
    expect(problems).toEqual([
      'policy_invalid: toxicity.escalateThreshold: must not exceed toxicity.blockThreshold; toxicity ignored',
    ]);
  });

  it('ignores toxicity with a reason when a category rule is invalid, keeping the valid parts', () => {
    expect(() => parseOptions({ toxicity: { categories: { threat: { block: 0.5, escalate: 0.8 } } } })).toThrow(
      /toxicity\.categories\.threat/,
    );
    const { settings, problems } = checkPolicy(base, {
      toxicity: { categories: { threat: { block: 0.5, escalate: 0.8 } } },
      cache: { enabled: false },
    });
    expect(settings.toxicity).toEqual(base.toxicity);
    expect(settings.cache.enabled).toBe(false);
    expect(problems).toEqual([
      'policy_invalid: toxicity.categories.threat: escalate must not exceed block; toxicity ignored',
    ]);
    const ok = checkPolicy(base, { toxicity: { categories: { threat: { block: 0.7 }, profanity: 'allow' } } });
    expect(ok.problems).toEqual([]);
    expect(ok.settings.toxicity.categories).toEqual({ threat: { block: 0.7 }, profanity: 'allow' });
  });

  it('ignores unknown keys under pii.engine with a reason and applies the known ones', () => {
    const { settings, problems } = checkPolicy(base, {
      pii: { engine: { minScore: 0.7, detectEverything: true, context: { window: 20, wide: 1 } } },
    });
    expect(settings.pii.engine).toMatchObject({ minScore: 0.7, context: { window: 20 } });
    expect(settings.pii.engine).not.toHaveProperty('detectEverything');
    expect([...problems].sort()).toEqual([
      'policy_invalid: pii.engine.context.wide: unknown key, ignored',
      'policy_invalid: pii.engine.detectEverything: unknown key, ignored',
    ]);
  });

  it('ignores an invalid pii.engine (bad value, hash without a salt) and keeps the rest of pii', () => {
    const bad = checkPolicy(base, { pii: { failMode: 'open', engine: { defaultRegion: 'germany' } } });
    expect(bad.settings.pii.engine).toEqual(base.pii.engine);
    expect(bad.settings.pii.failMode).toBe('open');
    expect(bad.problems[0]).toMatch(/^policy_invalid: pii\.engine: defaultRegion: expected an ISO 3166-1/);
    const hash = checkPolicy(base, { pii: { engine: { defaultAction: 'hash' } } });
    expect(hash.problems[0]).toMatch(/^policy_invalid: pii\.engine: hashSalt: required by the "hash" action/);
    const salted = checkPolicy(
      base,
      { pii: { engine: { defaultAction: 'hash' } } },
      { EDGE_AI_PII_SALT: 's'.repeat(16) },
    );
    expect(salted.problems).toEqual([]);
  });

  it('reports unknown top-level and section keys, and wrong types, without failing the rest', () => {
    const { settings, problems } = checkPolicy(base, {
      toxicty: { enabled: false },
      toxicity: { blockTreshold: 0.5, blockThreshold: 0.95 },
      language: 'eng',
      cache: { ttlSeconds: -1 },
    });
    expect(settings.toxicity.blockThreshold).toBe(0.95);
    expect(settings.language).toEqual(base.language);
    expect(settings.cache).toEqual(base.cache);
    expect(problems).toEqual([
      'policy_invalid: toxicty: unknown key, ignored',
      'policy_invalid: toxicity.blockTreshold: unknown key, ignored',
      'policy_invalid: language: expected an object, ignored',
      expect.stringMatching(/^policy_invalid: cache\.ttlSeconds: .*; cache ignored$/),
    ]);
  });
});

describe('runtime policy reads: bounded, last good policy on failure', () => {
  it('a failing read gives the last good policy, stated as policy_unavailable', async () => {
    const s = scripted();
    const reader = createPolicyReader(base, s.source, { timeoutMs: 100 });
    s.value({ toxicity: { blockThreshold: 0.8 } });
    expect((await reader.read()).settings.toxicity.blockThreshold).toBe(0.8);
    s.fail('fetch failed');
    const p = await reader.read();
    expect(p.settings.toxicity.blockThreshold).toBe(0.8);
    expect(p.problem).toMatch(/^policy_unavailable: fetch failed; using the last good policy \(read \d{4}-/);
  });

  it('without a good read yet, a failure gives the options', async () => {
    const s = scripted();
    s.fail('down');
    const p = await createPolicyReader(base, s.source).read();
    expect(p.settings).toEqual(base);
    expect(p.problem).toBe('policy_unavailable: down; using the configured options');
  });

  it('a frozen source costs one read at most the timeout; later reads use the last good policy at once', async () => {
    const s = scripted();
    const reader = createPolicyReader(base, s.source, { timeoutMs: 150, retryAfterMs: 1_000 });
    s.value({ cache: { enabled: false } });
    await reader.read();
    s.freeze();
    const t0 = performance.now();
    const first = await reader.read();
    const firstMs = performance.now() - t0;
    expect(firstMs).toBeGreaterThanOrEqual(140);
    expect(firstMs).toBeLessThan(400);
    expect(first.settings.cache.enabled).toBe(false);
    expect(first.problem).toMatch(/^policy_unavailable: no answer within 150 ms/);
    const t1 = performance.now();
    const later = await Promise.all(Array.from({ length: 20 }, () => reader.read()));
    expect(performance.now() - t1).toBeLessThan(50);
    expect(later.every((p) => p.settings.cache.enabled === false)).toBe(true);
    expect(s.reads()).toBe(2);
  });

  it('concurrent requests share one read', async () => {
    const s = scripted();
    s.value({ cache: { enabled: false } });
    const reader = createPolicyReader(base, s.source);
    await Promise.all(Array.from({ length: 10 }, () => reader.read()));
    expect(s.reads()).toBe(1);
  });

  it('an invalid part keeps its last good value, not the options', async () => {
    const s = scripted();
    const reader = createPolicyReader(base, s.source);
    s.value({ toxicity: { blockThreshold: 0.8 }, cache: { enabled: false } });
    await reader.read();
    s.value({ toxicity: { blockThreshold: 'high' } });
    const p = await reader.read();
    expect(p.settings.toxicity.blockThreshold).toBe(0.8);
    // cache is no longer overridden: back to the options
    expect(p.settings.cache.enabled).toBe(true);
    expect(p.problem).toMatch(/^policy_invalid: toxicity\.blockThreshold/);
  });

  it('logs a problem once when it appears, not on every request', async () => {
    const s = scripted();
    const seen: string[] = [];
    const reader = createPolicyReader(base, s.source, { onProblem: (p) => seen.push(p) });
    s.value({ pii: { engine: { bogus: 1 } } });
    for (let i = 0; i < 5; i++) await reader.read();
    expect(seen).toEqual(['policy_invalid: pii.engine.bogus: unknown key, ignored']);
  });
});

describe('the handler with a bad runtime policy: never a 503 for every request', () => {
  const post = () =>
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'Hi, I am Maria Schneider, mail maria@example.com' }),
    });
  const cases: [string, unknown][] = [
    ['unknown pii.engine key', { pii: { engine: { unknownOption: true } } }],
    ['invalid pii.engine value', { pii: { engine: { minScore: 7 } } }],
    ['escalateThreshold above blockThreshold', { toxicity: { escalateThreshold: 0.99, blockThreshold: 0.5 } }],
    ['not an object', 'enabled'],
  ];
  for (const [name, policy] of cases) {
    it(`${name}: 200, the PII still replaced, x-edge-ai-degraded: policy`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const central = recordingModel();
      const handler = createEdgeAIHandler({
        models: modelsDouble(),
        kv: createMemoryKV(),
        central: { model: central },
        policy: { name: 'static', get: async () => policy },
      });
      const { response } = await handler.handle(post());
      await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('x-edge-ai-degraded')).toContain('policy');
      expect(JSON.stringify(central.prompts)).not.toContain('maria@example.com');
      expect(warn.mock.calls.some(([m]) => String(m).startsWith('[edge-ai] policy_invalid'))).toBe(true);
      warn.mockRestore();
    });
  }
});

describe('seeded fuzz of runtime policies', () => {
  it('2,000 random overrides: never throws; the result always passes the construction rules and builds the engine', async () => {
    const { stageSettingsSchema } = await import('../src/options.ts');
    const { createPiiEngine } = await import('../src/pii/engine.ts');
    let seed = 1201;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const value = (): unknown =>
      pick<() => unknown>([
        () => rand(),
        () => rand() * 4 - 2,
        () => pick([true, false, null, 'open', 'closed', 'eng', '', 'hash', 'mask', 'US', 'de']),
        () => [pick(['eng', 'deu', 'EMAIL', 'PHONE', 3])],
        () => ({ [pick(['x', 'enabled', 'window', 'char'])]: rand() }),
      ])();
    const KEYS: Record<string, string[]> = {
      language: ['enabled', 'failMode', 'allowed', 'minConfidence', 'bogus'],
      pii: ['enabled', 'failMode', 'engine', 'extra'],
      toxicity: ['enabled', 'failMode', 'blockThreshold', 'escalateThreshold'],
      cache: ['enabled', 'ttlSeconds', 'skipWhenPII'],
      escalate: ['enabled', 'instruction'],
      nope: ['a'],
    };
    const ENGINE = [
      'entities',
      'defaultRegion',
      'regions',
      'minScore',
      'defaultAction',
      'actions',
      'context',
      'mask',
      'vault',
      'hashSalt',
      'unknown',
    ];
    const section = (name: string) =>
      Object.fromEntries(
        KEYS[name]
          .filter(() => rand() < 0.5)
          .map((k) => [
            k,
            k === 'engine' ? Object.fromEntries(ENGINE.filter(() => rand() < 0.3).map((e) => [e, value()])) : value(),
          ]),
      );
    for (let i = 0; i < 2_000; i++) {
      const raw = Object.fromEntries(
        Object.keys(KEYS)
          .filter(() => rand() < 0.5)
          .map((k) => [k, rand() < 0.9 ? section(k) : value()]),
      );
      const { settings } = checkPolicy(base, raw);
      expect(stageSettingsSchema.safeParse(settings).success).toBe(true);
      expect(settings.toxicity.escalateThreshold).toBeLessThanOrEqual(settings.toxicity.blockThreshold);
      expect(() =>
        createPiiEngine({ ...settings.pii.engine, vault: { ...settings.pii.engine.vault, kv: undefined } }),
      ).not.toThrow();
    }
  });
});
