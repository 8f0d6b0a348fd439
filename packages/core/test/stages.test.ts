import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createContext, type EdgeContext } from '../src/context.ts';
import { parseOptions } from '../src/options.ts';
import { afterAnswer, runStages } from '../src/pipeline.ts';
import type { Stage } from '../src/stage.ts';
import { cacheStage } from '../src/stages/cache.ts';
import { escalateStage } from '../src/stages/escalate.ts';
import { languageStage } from '../src/stages/language.ts';
import { toxicityStage } from '../src/stages/toxicity.ts';
import { modelsDouble } from './helpers/models-double.ts';

function context(text: string, settings: Parameters<typeof parseOptions>[0] = {}): EdgeContext {
  const opts = parseOptions(settings);
  return createContext({
    requestId: 'r1',
    tenant: 't1',
    user: 'u1',
    conversationId: 'c1',
    input: { format: 'prompt', messages: [{ role: 'user', text }] },
    settings: {
      language: opts.language,
      pii: opts.pii,
      toxicity: opts.toxicity,
      cache: opts.cache,
      escalate: opts.escalate,
    },
  });
}

describe('language stage', () => {
  it('records the language and passes when no allow-list is set', async () => {
    const ctx = context('Bonjour tout le monde');
    await runStages(ctx, [languageStage(async () => modelsDouble({ lang: 'fra' }))]);
    expect(ctx.language?.lang).toBe('fra');
    expect(ctx.block).toBeUndefined();
    expect(ctx.timings[0]).toMatchObject({ stage: 'language', desc: 'fra 0.99 lid-double' });
  });

  it('blocks a confident language outside the allow-list, but never an uncertain one', async () => {
    const blocked = context('Hola', { language: { allowed: ['eng'] } });
    await runStages(blocked, [languageStage(async () => modelsDouble({ lang: 'spa' }))]);
    expect(blocked.block).toMatchObject({ status: 403, code: 'language_not_allowed' });
    const unsure = context('ok', { language: { allowed: ['eng'], minConfidence: 0.8 } });
    await runStages(unsure, [languageStage(async () => modelsDouble({ lang: 'spa', confidence: 0.4 }))]);
    expect(unsure.block).toBeUndefined();
  });
});

describe('toxicity and escalate stages', () => {
  const stages = (score: number): Stage[] => [
    toxicityStage(async () => modelsDouble({ toxicity: score })),
    escalateStage(),
  ];
  it('blocks at the block threshold', async () => {
    const ctx = context('…');
    await runStages(ctx, stages(0.95));
    expect(ctx.block).toMatchObject({ stage: 'toxicity', status: 403, code: 'toxic_content' });
    expect(ctx.timings.map((t) => t.desc)).toEqual(['block 0.95 tox-double', 'skipped']);
  });
  it('escalates between the thresholds and adds the safety instruction', async () => {
    const ctx = context('…');
    await runStages(ctx, stages(0.7));
    expect(ctx.block).toBeUndefined();
    expect(ctx.escalation).toEqual({ reason: 'toxicity', score: 0.7 });
    expect(ctx.instructions).toHaveLength(1);
  });
  it('passes below the escalate threshold', async () => {
    const ctx = context('…');
    await runStages(ctx, stages(0.1));
    expect(ctx.escalation).toBeUndefined();
    expect(ctx.instructions).toEqual([]);
  });
});

describe('fail modes', () => {
  it('fail-open degrades with a stated reason and goes on', async () => {
    const ctx = context('hello');
    await runStages(ctx, [languageStage(async () => modelsDouble({ fail: 'language' }))]);
    expect(ctx.block).toBeUndefined();
    expect(ctx.decisions).toEqual([
      { stage: 'language', action: 'degraded', reason: 'language_failed: model file missing' },
    ]);
  });
  it('fail-closed blocks with 503 stage_unavailable', async () => {
    const ctx = context('hello', { toxicity: { failMode: 'closed' } });
    await runStages(ctx, [toxicityStage(async () => modelsDouble({ fail: 'toxicity' }))]);
    expect(ctx.block).toMatchObject({ status: 503, code: 'stage_unavailable', stage: 'toxicity' });
  });
  it('a disabled stage does not run', async () => {
    const ctx = context('hello', { language: { enabled: false } });
    await runStages(ctx, [languageStage(async () => modelsDouble({ fail: 'language' }))]);
    expect(ctx.timings[0]).toMatchObject({ desc: 'off' });
    expect(ctx.decisions).toEqual([]);
  });
});

describe('cache stage', () => {
  it('misses, stores the answer after it completed, then hits for the same question in any spacing or case', async () => {
    const kv = createMemoryKV();
    const stage = cacheStage(() => kv, 'central-x');
    const first = context('What is  your refund policy?');
    await runStages(first, [stage]);
    expect(first.cache).toBe('miss');
    await afterAnswer(first, [stage], 'Refunds within 30 days.');
    const second = context('what is your refund policy?');
    await runStages(second, [stage]);
    expect(second.cache).toBe('hit');
    expect(second.cachedAnswer).toBe('Refunds within 30 days.');
  });
  it('is scoped by tenant and bypassed when personal data was found', async () => {
    const kv = createMemoryKV();
    const stage = cacheStage(() => kv, 'central-x');
    const a = context('Same question');
    await runStages(a, [stage]);
    await afterAnswer(a, [stage], 'answer');
    const other = createContext({ ...a, tenant: 't2', input: a.input, settings: a.settings });
    await runStages(other, [stage]);
    expect(other.cache).toBe('miss');
    const withPii = context('Same question');
    withPii.piiCount = 1;
    await runStages(withPii, [stage]);
    expect(withPii.cache).toBe('bypass');
  });
});

describe('language input', () => {
  it('leaves out emails, URLs and digit runs', async () => {
    const { languageText } = await import('../src/stages/language.ts');
    expect(
      languageText('mail anna@example.com or see https://x.io/a, card 4111 1111 1111 1111, call +1 (555) 010-9999 now'),
    ).toBe('mail or see card , call now');
  });
});

describe('pii stage: values known from one message are replaced in all', () => {
  it('replaces whole words only and never inside a placeholder', async () => {
    const { replaceKnown } = await import('../src/stages/pii.ts');
    const known: [string, string][] = [
      ['<PERSON_2>', 'IBAN'],
      ['<PERSON_1>', 'Anna'],
      ['<EMAIL_1>', 'anna@example.com'],
    ];
    expect(replaceKnown('IBAN <IBAN_1>, Anna, Annabel, anna@example.com', known)).toBe(
      '<PERSON_2> <IBAN_1>, <PERSON_1>, Annabel, <EMAIL_1>',
    );
    expect(replaceKnown('nothing to do', [])).toBe('nothing to do');
  });
});
