import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import type { EdgeRequest } from '../src/context.ts';
import { parseOptions, stageSettingsOf } from '../src/options.ts';
import type { PiiSession } from '../src/pii/engine.ts';
import { runPipeline } from '../src/pipeline.ts';
import type { Stage } from '../src/stage.ts';
import { cacheStage } from '../src/stages/cache.ts';
import { languageStage } from '../src/stages/language.ts';
import { toxicityStage } from '../src/stages/toxicity.ts';
import { modelsDouble } from '../src/testing/models-double.ts';

function request(text: string, settings: Parameters<typeof parseOptions>[0] = {}, tenant = 't1'): EdgeRequest {
  const opts = parseOptions(settings);
  return {
    requestId: 'r1',
    tenant,
    user: 'u1',
    conversationId: 'c1',
    input: { format: 'prompt', messages: [{ role: 'user', text }] },
    settings: stageSettingsOf(opts),
  };
}

/** Stands in for the pii stage: a session without values (nothing found), so the cache may store. */
const session = { mapping: new Map<string, string>() } as unknown as PiiSession;
const piiNone: Stage = { name: 'pii', run: async () => ({ desc: 'none', pii: session }) };
/** Stands in for the pii stage: reports personal data without a model. */
const piiFound: Stage = {
  name: 'pii',
  run: async () => ({ desc: 'EMAIL:1', report: { piiCount: 1 }, pii: session }),
};

describe('language stage', () => {
  it('records the language and passes when no allow-list is set', async () => {
    const run = await runPipeline(request('Bonjour tout le monde'), [
      languageStage(async () => modelsDouble({ lang: 'fra' })),
    ]);
    expect(run.report.language?.lang).toBe('fra');
    expect(run.block).toBeUndefined();
    expect(run.timings[0]).toMatchObject({ stage: 'language', desc: 'fra 0.99 lid-double' });
  });

  it('blocks a confident language outside the allow-list, but never an uncertain one', async () => {
    const blocked = await runPipeline(request('Hola', { language: { allowed: ['eng'] } }), [
      languageStage(async () => modelsDouble({ lang: 'spa' })),
    ]);
    expect(blocked.block).toMatchObject({ status: 403, code: 'language_not_allowed' });
    const unsure = await runPipeline(request('ok', { language: { allowed: ['eng'], minConfidence: 0.8 } }), [
      languageStage(async () => modelsDouble({ lang: 'spa', confidence: 0.4 })),
    ]);
    expect(unsure.block).toBeUndefined();
  });
});

describe('toxicity stage: block, escalate or pass', () => {
  const stages = (score: number): Stage[] => [toxicityStage(async () => modelsDouble({ toxicity: score }))];
  it('blocks at the block threshold', async () => {
    const run = await runPipeline(request('…'), stages(0.95));
    expect(run.block).toMatchObject({ stage: 'toxicity', status: 403, code: 'toxic_content' });
    expect(run.timings.map((t) => t.desc)).toEqual(['block 0.95 tox-double', 'skipped']);
  });
  it('escalates between the thresholds and adds the safety instruction', async () => {
    const run = await runPipeline(request('…'), stages(0.7));
    expect(run.block).toBeUndefined();
    expect(run.ctx.escalation).toEqual({ stage: 'toxicity', action: 'escalate', reason: 'toxicity:0.70' });
    expect(run.ctx.instructions).toHaveLength(1);
    expect(run.timings.at(-1)).toMatchObject({ stage: 'escalate', desc: 'escalated toxicity' });
  });
  it('passes below the escalate threshold', async () => {
    const run = await runPipeline(request('…'), stages(0.1));
    expect(run.ctx.escalation).toBeUndefined();
    expect(run.ctx.instructions).toEqual([]);
  });
  it('with escalate.enabled false, passes between the thresholds: no escalation reported, cache not bypassed', async () => {
    const kv = createMemoryKV();
    const settings = { escalate: { enabled: false, instruction: 'unused' } };
    const run = await runPipeline(request('…', settings), [piiNone, ...stages(0.7), cacheStage(() => kv, 'central-x')]);
    expect(run.ctx.escalation).toBeUndefined();
    expect(run.ctx.instructions).toEqual([]);
    expect(run.decisions).toEqual([]);
    expect(run.report.cache).toBe('miss');
    // Looked up, but a flagged answer (toxicity at or above the escalate threshold) is never stored.
    expect(run.timings.map((t) => [t.stage, t.desc])).toEqual([
      ['pii', 'none'],
      ['toxicity', 'pass 0.70 tox-double'],
      ['cache', 'miss flagged-not-stored exact-only (no embedder)'],
      ['escalate', 'off'],
    ]);
  });
  it('an escalated request bypasses the cache and carries escalate.instruction', async () => {
    const kv = createMemoryKV();
    const run = await runPipeline(request('…', { escalate: { instruction: 'Be calm.' } }), [
      piiNone,
      ...stages(0.7),
      cacheStage(() => kv, 'central-x'),
    ]);
    expect(run.ctx.instructions).toEqual(['Be calm.']);
    expect(run.report.cache).toBe('bypass');
  });
});

describe('toxicity stage: category rules', () => {
  const scored = (score: number, categories: Record<string, number>) => [
    toxicityStage(async () =>
      modelsDouble({ toxicity: score, categories, categoryThresholds: { profanity: 0.3, insult: 0.2, threat: 0.1 } }),
    ),
  ];
  const rules = {
    categories: { threat: { block: 0.7 }, identity_attack: { escalate: 0.4 }, profanity: 'allow' as const },
  };
  it('blocks on a category level below the score thresholds, naming the category', async () => {
    const run = await runPipeline(request('…', { toxicity: rules }), scored(0.3, { threat: 0.8, profanity: 0.01 }));
    expect(run.block).toMatchObject({
      status: 403,
      code: 'toxic_content',
      message: expect.stringContaining('threat 0.80'),
    });
    expect(run.decisions).toEqual([{ stage: 'toxicity', action: 'block', reason: 'toxicity:0.30:threat:0.80' }]);
  });
  it('escalates on a category escalate level', async () => {
    const run = await runPipeline(request('…', { toxicity: rules }), scored(0.1, { identity_attack: 0.45 }));
    expect(run.ctx.escalation).toEqual({
      stage: 'toxicity',
      action: 'escalate',
      reason: 'toxicity:0.10:identity_attack:0.45',
    });
  });
  it('waives the score for an allowed category present alone, not when another category is present', async () => {
    const alone = await runPipeline(request('…', { toxicity: rules }), scored(0.95, { profanity: 0.6, insult: 0.05 }));
    expect(alone.block).toBeUndefined();
    expect(alone.timings[0].desc).toBe('pass 0.95 tox-double (profanity allowed)');
    const withInsult = await runPipeline(
      request('…', { toxicity: rules }),
      scored(0.95, { profanity: 0.6, insult: 0.3 }),
    );
    expect(withInsult.block).toMatchObject({ status: 403 });
    const notProfane = await runPipeline(request('…', { toxicity: rules }), scored(0.95, { profanity: 0.2 }));
    expect(notProfane.block).toMatchObject({ status: 403 });
  });
  it('does nothing for a model without category scores, or without rules', async () => {
    const noCats = await runPipeline(request('…', { toxicity: rules }), stagesOf(0.95));
    expect(noCats.block).toMatchObject({ status: 403 });
    const noRules = await runPipeline(request('…'), scored(0.3, { threat: 0.99 }));
    expect(noRules.block).toBeUndefined();
  });
});

const stagesOf = (score: number): Stage[] => [toxicityStage(async () => modelsDouble({ toxicity: score }))];

describe('fail modes', () => {
  it('fail-open degrades with a stated reason and goes on', async () => {
    const run = await runPipeline(request('hello'), [languageStage(async () => modelsDouble({ fail: 'language' }))]);
    expect(run.block).toBeUndefined();
    expect(run.decisions).toEqual([
      { stage: 'language', action: 'degraded', reason: 'language_failed: model file missing' },
    ]);
  });
  it('fail-closed blocks with 503 stage_unavailable', async () => {
    const run = await runPipeline(request('hello', { toxicity: { failMode: 'closed' } }), [
      toxicityStage(async () => modelsDouble({ fail: 'toxicity' })),
    ]);
    expect(run.block).toMatchObject({ status: 503, code: 'stage_unavailable', stage: 'toxicity' });
  });
  it('a disabled stage does not run', async () => {
    const run = await runPipeline(request('hello', { language: { enabled: false } }), [
      languageStage(async () => modelsDouble({ fail: 'language' })),
    ]);
    expect(run.timings[0]).toMatchObject({ desc: 'off' });
    expect(run.decisions).toEqual([]);
  });
});

describe('cache stage', () => {
  it('misses, stores the answer after it completed, then hits for the same question in any spacing or case', async () => {
    const kv = createMemoryKV();
    const stage = cacheStage(() => kv, 'central-x');
    const first = await runPipeline(request('What is  your refund policy?'), [piiNone, stage]);
    expect(first.report.cache).toBe('miss');
    first.finish('Refunds within 30 days.');
    await first.pending;
    const second = await runPipeline(request('what is your refund policy?'), [piiNone, stage]);
    expect(second.report.cache).toBe('hit');
    expect(second.answer).toBe('Refunds within 30 days.');
  });
  it('is scoped by tenant and bypassed when personal data was found or nothing was pseudonymized', async () => {
    const kv = createMemoryKV();
    const stage = cacheStage(() => kv, 'central-x');
    const a = await runPipeline(request('Same question'), [piiNone, stage]);
    a.finish('answer');
    await a.pending;
    const other = await runPipeline(request('Same question', {}, 't2'), [piiNone, stage]);
    expect(other.report.cache).toBe('miss');
    const withPii = await runPipeline(request('Same question'), [piiFound, stage]);
    expect(withPii.report.cache).toBe('bypass');
    const withoutPiiStage = await runPipeline(request('Same question'), [stage]);
    expect(withoutPiiStage.report.cache).toBe('bypass');
    expect(withoutPiiStage.timings[0].desc).toBe('bypass not-pseudonymized');
  });
  it('stores nothing when the answer failed or was aborted', async () => {
    const kv = createMemoryKV();
    const stage = cacheStage(() => kv, 'central-x');
    const failed = await runPipeline(request('Will it fail?'), [piiNone, stage]);
    failed.finish(undefined);
    failed.finish('too late');
    await failed.pending;
    expect((await runPipeline(request('Will it fail?'), [piiNone, stage])).report.cache).toBe('miss');
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
