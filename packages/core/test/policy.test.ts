import { describe, expect, it } from 'vitest';
import { parseOptions, stageSettingsOf } from '../src/options.ts';
import { createStaticPolicy, resolvePolicy } from '../src/policy.ts';

const base = stageSettingsOf(parseOptions());

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
});
