import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFilePolicy } from '../src/adapters/file-policy.ts';
import { parseOptions } from '../src/options.ts';
import { createStaticPolicy, resolvePolicy } from '../src/policy.ts';

const base = (() => {
  const o = parseOptions();
  return { language: o.language, pii: o.pii, toxicity: o.toxicity, cache: o.cache, escalate: o.escalate };
})();

describe('policy', () => {
  it('applies overrides on top of the options', async () => {
    const p = await resolvePolicy(
      base,
      createStaticPolicy({ toxicity: { blockThreshold: 0.8 }, cache: { enabled: false } }),
    );
    expect(p.settings.toxicity.blockThreshold).toBe(0.8);
    expect(p.settings.toxicity.escalateThreshold).toBe(0.6);
    expect(p.settings.cache.enabled).toBe(false);
    expect(p.problem).toBeUndefined();
  });

  it('ignores an invalid policy with a stated reason and keeps the options', async () => {
    const p = await resolvePolicy(base, createStaticPolicy({ toxicity: { blockThreshold: 'high' } }));
    expect(p.settings).toEqual(base);
    expect(p.problem).toMatch(/^policy_invalid: toxicity\.blockThreshold/);
    const failing = await resolvePolicy(base, { name: 'x', get: () => Promise.reject(new Error('timeout')) });
    expect(failing.problem).toBe('policy_unavailable: timeout');
  });

  it('re-reads a local policy file when it changes, without a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'edge-ai-')), 'edge-ai.policy.json');
    writeFileSync(file, JSON.stringify({ cache: { enabled: false } }));
    const source = createFilePolicy(file);
    expect((await resolvePolicy(base, source)).settings.cache.enabled).toBe(false);
    writeFileSync(file, JSON.stringify({ cache: { enabled: true, ttlSeconds: 60 } }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await resolvePolicy(base, source)).settings.cache).toMatchObject({ enabled: true, ttlSeconds: 60 });
    writeFileSync(file, '{ not json');
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    expect((await resolvePolicy(base, source)).problem).toMatch(/policy_unavailable: .*not valid JSON/);
  });
});
