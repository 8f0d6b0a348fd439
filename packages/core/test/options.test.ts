import { describe, expect, it } from 'vitest';
import { EdgeAIConfigError } from '../src/errors.ts';
import { parseOptions } from '../src/options.ts';

describe('options', () => {
  it('fills every default from one schema', () => {
    const o = parseOptions();
    expect(o.routes).toEqual(['POST /api/chat']);
    expect(o.maxBodyBytes).toBe(1_000_000);
    expect(o.blockResponse).toBe('json');
    expect(o.toxicity).toMatchObject({ enabled: true, failMode: 'open', blockThreshold: 0.9, escalateThreshold: 0.6 });
    expect(o.pii).toMatchObject({ enabled: true, failMode: 'closed' });
    expect(o.cache).toMatchObject({ enabled: true, ttlSeconds: 3600, skipWhenPII: true });
  });

  it.each([
    [{ maxBodyBytes: -1 }, 'maxBodyBytes'],
    [{ routes: ['api/chat'] }, 'routes.0'],
    [{ toxicity: { blockThreshold: 1.5 } }, 'toxicity.blockThreshold'],
    [{ language: { failMode: 'sometimes' } }, 'language.failMode'],
    [{ central: { baseURL: 'not a url' } }, 'central.baseURL'],
    [{ kv: { get: 1 } }, 'kv'],
    [{ toxicity: { blockThreshold: 0.5, escalateThreshold: 0.8 } }, 'toxicity.escalateThreshold'],
    [{ toxicity: { categories: { sarcasm: 'allow' } } }, 'toxicity.categories'],
    [{ toxicity: { categories: { threat: { block: 1.2 } } } }, 'toxicity.categories.threat'],
    [{ toxicity: { categories: { threat: { block: 0.5, escalate: 0.7 } } } }, 'toxicity.categories.threat'],
    [{ toxicity: { categories: { profanity: 'ignore' } } }, 'toxicity.categories.profanity'],
  ])('throws at construction naming the field: %j', (input, field) => {
    expect(() => parseOptions(input as never)).toThrow(EdgeAIConfigError);
    expect(() => parseOptions(input as never)).toThrow(field);
  });
});
