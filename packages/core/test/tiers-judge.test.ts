import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import type { EdgeRequest } from '../src/context.ts';
import { parseOptions, stageSettingsOf } from '../src/options.ts';
import { runPipeline } from '../src/pipeline.ts';
import { toxicityStage } from '../src/stages/toxicity.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { createJudge, type JudgeModel } from '../src/tiers/judge.ts';
import { createVerdictCache } from '../src/tiers/verdict-cache.ts';
import { failingJudgeModel, judgeModel, verdictJSON } from './helpers/judge-models.ts';

function request(text: string, settings: Parameters<typeof parseOptions>[0] = {}, conversationId = 'c1'): EdgeRequest {
  const settingsWithJudge = { ...settings, judge: { enabled: true, ...settings.judge } };
  return {
    requestId: 'r1',
    tenant: 't1',
    user: 'u1',
    conversationId,
    input: { format: 'prompt', messages: [{ role: 'user', text }] },
    settings: stageSettingsOf(parseOptions(settingsWithJudge)),
  };
}

function tiered(score: number, model: JudgeModel, kv = createMemoryKV()) {
  const judge = createJudge(model, 'judge-test:mock-judge');
  return [
    toxicityStage(async () => modelsDouble({ toxicity: score }), {
      judge: () => judge,
      verdicts: createVerdictCache(() => kv),
    }),
  ];
}

describe('central judge on the grey zone', () => {
  it.each([
    ['allow', undefined, undefined],
    ['escalate', 'escalate', undefined],
    ['block', undefined, 'toxic_content'],
  ] as const)('verdict %s is applied (tier judge)', async (verdict, action, code) => {
    const model = judgeModel(verdictJSON(verdict));
    const run = await runPipeline(request('you are a bit of an idiot'), tiered(0.7, model));
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(run.report.tier).toBe('judge');
    expect(run.report.edgeAction).toBe('escalate');
    expect(run.report.judge).toMatchObject({ verdict, categories: ['insult'], confidence: 0.9, why: 'grey-zone' });
    expect(run.ctx.escalation?.action).toBe(action);
    expect(run.block?.code).toBe(code);
  });

  it('asks the judge through a structured output, with the edge text and no retry', async () => {
    const model = judgeModel(verdictJSON('allow'));
    await runPipeline(request('borderline text'), tiered(0.7, model));
    const call = model.doGenerateCalls[0];
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'verdict' });
    expect(JSON.stringify(call.prompt)).toContain('borderline text');
  });

  it('leaves clear cases to the edge: no judge call below the grey zone or at the block threshold', async () => {
    const model = judgeModel(verdictJSON('allow'));
    const low = await runPipeline(request('hello'), tiered(0.1, model));
    const high = await runPipeline(request('…'), tiered(0.95, model));
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(low.report.tier).toBe('edge');
    expect(high.block?.code).toBe('toxic_content');
    expect(high.report.tier).toBe('edge');
  });

  it('judges every message in an untrusted language, even a confident edge score', async () => {
    const model = judgeModel(verdictJSON('allow', ['none']));
    const stages = [
      {
        name: 'language' as const,
        run: async () => ({
          desc: 'tur',
          report: { language: { lang: 'tur', confidence: 0.95, top: [], model: 'lid-x' } },
        }),
      },
      ...tiered(0.97, model),
    ];
    const run = await runPipeline(request('…', { toxicity: { untrustedLanguages: ['tur'] } }), stages);
    expect(run.report.judge?.why).toBe('untrusted-language:tur');
    expect(run.block).toBeUndefined();
  });

  it.each([
    ['not json at all', 'malformed'],
    [JSON.stringify({ verdict: 'maybe', categories: [], confidence: 2 }), 'malformed'],
  ])('malformed output (%s) fails open to the edge decision', async (answer, code) => {
    const run = await runPipeline(request('…'), tiered(0.7, judgeModel(answer)));
    expect(run.report.judge?.error).toBe(code);
    expect(run.report.tier).toBe('edge');
    expect(run.ctx.escalation?.action).toBe('escalate');
  });

  it('a judge error fails closed when judge.failMode is closed (503 judge_unavailable)', async () => {
    const run = await runPipeline(request('…', { judge: { failMode: 'closed' } }), tiered(0.7, failingJudgeModel()));
    expect(run.report.judge?.error).toBe('error');
    expect(run.block).toMatchObject({ status: 503, code: 'judge_unavailable' });
  });

  it('a slow judge times out within the budget and the edge decides', async () => {
    const started = performance.now();
    const run = await runPipeline(
      request('…', { judge: { timeoutMs: 60 } }),
      tiered(0.7, judgeModel(verdictJSON('block'), 5_000)),
    );
    const took = performance.now() - started;
    expect(run.report.judge?.error).toBe('timeout');
    expect(run.block).toBeUndefined();
    expect(took).toBeLessThan(1_000);
  });
});

describe('verdict cache', () => {
  it('a hit skips the judge (normalized text); another tenant misses', async () => {
    const kv = createMemoryKV();
    const model = judgeModel(verdictJSON('block'));
    const first = await runPipeline(request('You   ARE an idiot'), tiered(0.7, model, kv));
    const second = await runPipeline(request('you are an idiot'), tiered(0.7, model, kv));
    expect(first.report.tier).toBe('judge');
    expect(second.report.tier).toBe('verdict-cache');
    expect(second.block?.code).toBe('toxic_content');
    expect(model.doGenerateCalls).toHaveLength(1);
    const other = { ...request('you are an idiot'), tenant: 't2' };
    expect((await runPipeline(other, tiered(0.7, model, kv))).report.tier).toBe('judge');
  });

  it('verdicts expire after judge.ttlSeconds', async () => {
    let now = 1_000_000;
    const kv = createMemoryKV({ now: () => now });
    const model = judgeModel(verdictJSON('allow'));
    const settings = { judge: { ttlSeconds: 60 } };
    await runPipeline(request('borderline', settings), tiered(0.7, model, kv));
    now += 59_000;
    expect((await runPipeline(request('borderline', settings), tiered(0.7, model, kv))).report.tier).toBe(
      'verdict-cache',
    );
    now += 2_000;
    expect((await runPipeline(request('borderline', settings), tiered(0.7, model, kv))).report.tier).toBe('judge');
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('concurrent identical misses make one judge call', async () => {
    const kv = createMemoryKV();
    const model = judgeModel(verdictJSON('escalate'), 50);
    const stages = tiered(0.7, model, kv);
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => runPipeline(request('same borderline text'), stages)),
    );
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(runs.every((r) => r.ctx.escalation?.action === 'escalate')).toBe(true);
  });

  it('instances sharing the KV: concurrent identical misses make one judge call (lock + poll)', async () => {
    const kv = createMemoryKV();
    const model = judgeModel(verdictJSON('block'), 120);
    const instances = [tiered(0.7, model, kv), tiered(0.7, model, kv), tiered(0.7, model, kv)];
    const runs = await Promise.all(
      instances.flatMap((stages) => [
        runPipeline(request('shared text'), stages),
        runPipeline(request('shared text'), stages),
      ]),
    );
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(runs.every((r) => r.block?.code === 'toxic_content')).toBe(true);
  });

  it('when the instance holding the lock fails, another one asks the judge itself', async () => {
    const kv = createMemoryKV();
    const failing = tiered(0.7, failingJudgeModel(80), kv);
    const working = judgeModel(verdictJSON('allow'));
    const [failed, judged] = await Promise.all([
      runPipeline(request('contested text'), failing),
      new Promise((r) => setTimeout(r, 5)).then(() => runPipeline(request('contested text'), tiered(0.7, working, kv))),
    ]);
    expect(failed.report.judge?.error).toBe('error');
    expect(judged.report.judge).toMatchObject({ verdict: 'allow' });
    expect(working.doGenerateCalls).toHaveLength(1);
  });

  it('a judged conversation stays with the judge just below the grey zone; a fresh one does not', async () => {
    const kv = createMemoryKV();
    const model = judgeModel(verdictJSON('allow'));
    await runPipeline(request('first turn', {}, 'conv-a'), tiered(0.7, model, kv));
    const sticky = await runPipeline(request('second turn', {}, 'conv-a'), tiered(0.5, model, kv));
    const fresh = await runPipeline(request('second turn', {}, 'conv-b'), tiered(0.5, model, kv));
    expect(sticky.report.judge?.why).toBe('sticky-conversation');
    expect(fresh.report.tier).toBe('edge');
    expect(model.doGenerateCalls).toHaveLength(2);
  });
});
