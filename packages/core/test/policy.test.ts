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

  it('takes category rules for the toxicity stage', async () => {
    const categories = { threat: { block: 0.7 }, identity_attack: { escalate: 0.5 }, profanity: 'allow' };
    const p = await resolvePolicy(base, createStaticPolicy({ toxicity: { categories } }));
    expect(p.problem).toBeUndefined();
    expect(p.settings.toxicity.categories).toEqual(categories);
    expect(p.settings.toxicity.blockThreshold).toBe(base.toxicity.blockThreshold);
  });

  it('ignores an invalid policy with a stated reason and keeps the options', async () => {
    const p = await resolvePolicy(base, createStaticPolicy({ toxicity: { blockThreshold: 'high' } }));
    expect(p.settings).toEqual(base);
    expect(p.problem).toMatch(/^policy_invalid: toxicity\.blockThreshold/);
    const badCategory = await resolvePolicy(
      base,
      createStaticPolicy({ toxicity: { categories: { threat: { block: 2 } } }, cache: { enabled: false } }),
    );
    expect(badCategory.settings).toEqual(base);
    expect(badCategory.problem).toMatch(/^policy_invalid: toxicity\.categories\.threat/);
    const failing = await resolvePolicy(base, { name: 'x', get: () => Promise.reject(new Error('timeout')) });
    expect(failing.problem).toBe('policy_unavailable: timeout');
  });
});
