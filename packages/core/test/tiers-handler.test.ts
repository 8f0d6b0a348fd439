import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import type { PolicySource } from '../src/policy.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';
import { readKVDecisionLog } from '../src/tiers/decision-log.ts';
import { summarizeDecisions } from '../src/tiers/report.ts';
import { judgeModel, verdictJSON } from './helpers/judge-models.ts';

const ask = (text: string, conversation = 'c1') =>
  new Request('https://app.example/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conversation-id': conversation },
    body: JSON.stringify({ prompt: text }),
  });

/** A policy source whose document a test changes between requests, like an operator editing Edge Config. */
function mutablePolicy(initial: unknown) {
  let doc: unknown = initial;
  let fail: Error | undefined;
  const source: PolicySource = {
    name: 'test-policy',
    get: async () => {
      if (fail) throw fail;
      return doc;
    },
  };
  return {
    source,
    set: (next: unknown) => {
      doc = next;
      fail = undefined;
    },
    outage: (error: Error) => {
      fail = error;
    },
  };
}

describe('tiers through the handler', () => {
  it('headers say which tier decided: judge, then verdict-cache for the same borderline message', async () => {
    const model = judgeModel(verdictJSON('escalate', ['insult'], 0.8));
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.72 }),
      judgeModel: model,
      judge: { enabled: true },
    });
    const first = await handler.handle(ask('borderline words'));
    expect(first.response.headers.get('x-edge-ai-tier')).toBe('judge');
    expect(first.response.headers.get('x-edge-ai-judge')).toBe('escalate; judge-test:mock-judge; grey-zone');
    expect(first.response.headers.get('x-edge-ai-decision')).toBe('escalate');
    await readUIEvents(first.response);
    const second = await handler.handle(ask('borderline words', 'c2'));
    expect(second.response.headers.get('x-edge-ai-tier')).toBe('verdict-cache');
    expect(model.doGenerateCalls).toHaveLength(1);
    const clear = await createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.1 }),
      judge: { enabled: true },
    }).handle(ask('hello'));
    expect(clear.response.headers.get('x-edge-ai-tier')).toBe('edge');
  });

  it('without a central model the judge is the deterministic offline judge, and says so', async () => {
    const handler = createEdgeAIHandler({ models: modelsDouble({ toxicity: 0.75 }), judge: { enabled: true } });
    const directed = await handler.handle(ask('you are an idiot'));
    expect(directed.response.status).toBe(403);
    expect(directed.response.headers.get('x-edge-ai-judge')).toBe(
      'block; offline-judge:rules-v1; deterministic; grey-zone',
    );
    const quoted = await handler.handle(ask('he called me an "idiot" yesterday, what should I say?'));
    expect(quoted.response.status).toBe(200);
    expect(quoted.response.headers.get('x-edge-ai-judge')).toMatch(/^escalate; offline-judge:rules-v1; deterministic/);
  });

  it('a judge failure that fails open is reported as degraded', async () => {
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7 }),
      judgeModel: judgeModel('{"verdict":'),
      judge: { enabled: true },
    });
    const { response } = await handler.handle(ask('borderline'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-degraded')).toBe('judge');
    expect(response.headers.get('x-edge-ai-tier')).toBe('edge');
    expect(response.headers.get('x-edge-ai-judge')).toMatch(/^error:malformed/);
  });

  it('shadow mode reports the decision and changes nothing else', async () => {
    const live = createEdgeAIHandler({ models: modelsDouble({ toxicity: 0.95 }) });
    const shadow = createEdgeAIHandler({ models: modelsDouble({ toxicity: 0.95 }), toxicity: { mode: 'shadow' } });
    const blocked = await live.handle(ask('abusive'));
    expect(blocked.response.status).toBe(403);
    const { response } = await shadow.handle(ask('abusive'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-shadow')).toBe('toxicity:block');
    expect(response.headers.get('x-edge-ai-decision')).toBe('allow');
    const text = textOf((await readUIEvents(response)).events);
    expect(text).toContain('abusive');
  });

  it('kill switch: gate.enabled false in the policy turns every stage off on the next request', async () => {
    const policy = mutablePolicy({});
    const handler = createEdgeAIHandler({ models: modelsDouble({ toxicity: 0.95 }), policy: policy.source });
    expect((await handler.handle(ask('abusive'))).response.status).toBe(403);
    policy.set({ gate: { enabled: false } });
    const { response } = await handler.handle(ask('abusive'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-gate')).toBe('off');
    expect(response.headers.get('server-timing')).toContain('toxicity;dur=0.00;desc="off"');
  });

  it('rollout: the override reaches the stated share of tenants, always the same ones', async () => {
    const tenants = Array.from({ length: 200 }, (_, i) => `tenant-${i}`);
    const policy = {
      gate: { rollout: { percent: 25, settings: { toxicity: { blockThreshold: 0.5, escalateThreshold: 0.4 } } } },
    };
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7 }),
      policy: mutablePolicy(policy).source,
      tenant: (r) => r.headers.get('x-tenant') ?? 'default',
    });
    const statusOf = async (tenant: string) => {
      const request = ask('text');
      request.headers.set('x-tenant', tenant);
      const { response } = await handler.handle(request);
      await response.body?.cancel();
      return response.status;
    };
    const first = await Promise.all(tenants.map(statusOf));
    const again = await Promise.all(tenants.map(statusOf));
    const share = first.filter((s) => s === 403).length / tenants.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.32);
    expect(again).toEqual(first);
  });

  it('last-known-good: an invalid or unreachable policy keeps the last valid one and says why', async () => {
    const policy = mutablePolicy({ toxicity: { blockThreshold: 0.5, escalateThreshold: 0.3 } });
    const handler = createEdgeAIHandler({ models: modelsDouble({ toxicity: 0.7 }), policy: policy.source });
    const first = await handler.handle(ask('text'));
    expect(first.response.status).toBe(403);
    expect(first.response.headers.get('x-edge-ai-policy')).toBe('live');
    policy.set({ toxicity: { blockThreshold: 'high' } });
    const invalid = await handler.handle(ask('text'));
    expect(invalid.response.status).toBe(403);
    expect(invalid.response.headers.get('x-edge-ai-policy')).toBe('last-good-parts');
    expect(invalid.response.headers.get('x-edge-ai-degraded')).toBe('policy');
    policy.outage(new Error('edge config unreachable'));
    const down = await handler.handle(ask('text'));
    expect(down.response.status).toBe(403);
    expect(down.response.headers.get('x-edge-ai-policy')).toBe('last-good');
  });

  it('a process that never read a valid policy runs on the code defaults and says so', async () => {
    const policy = mutablePolicy({});
    policy.outage(new Error('edge config unreachable'));
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7 }),
      policy: policy.source,
      toxicity: { blockThreshold: 0.8 },
    });
    const { response } = await handler.handle(ask('text'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-policy')).toBe('defaults');
    expect(response.headers.get('x-edge-ai-degraded')).toBe('policy');
    await response.body?.cancel();
  });

  it('decision log in KV: pseudonymized text only, summarised per language with judge agreement', async () => {
    const kv = createMemoryKV();
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7, lang: 'deu' }),
      kv,
      judgeModel: judgeModel(verdictJSON('allow', ['none'], 0.7)),
      judge: { enabled: true },
      log: { enabled: true },
      toxicity: { mode: 'shadow', byLanguage: { deu: { blockThreshold: 0.65 } } },
    });
    for (const conversation of ['a', 'b']) {
      const result = await handler.handle(ask('Schreib an jane.doe@example.com, du Trottel', conversation));
      await readUIEvents(result.response);
      await result.pending;
    }
    const records = await readKVDecisionLog(kv, 'default');
    expect(records).toHaveLength(2);
    expect(JSON.stringify(records)).not.toContain('jane.doe@example.com');
    expect(records[0].text).toContain('<EMAIL_1>');
    // byLanguage puts 0.7 above the German block threshold: the edge alone would block, out of the grey zone.
    expect(records[0]).toMatchObject({
      language: 'deu',
      edgeAction: 'block',
      tier: 'edge',
      shadow: ['toxicity:block'],
    });
    const summary = summarizeDecisions(records);
    expect(summary).toMatchObject({ requests: 2, wouldBlock: 2, perLanguage: { deu: { requests: 2, wouldBlock: 2 } } });
  });

  it('judge agreement in the report: the judge against what the edge alone would have done', async () => {
    const kv = createMemoryKV();
    const verdicts = ['escalate', 'allow', 'allow', 'escalate'];
    let call = 0;
    const handler = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7 }),
      kv,
      judgeModel: judgeModel(() => verdictJSON(verdicts[call++])),
      judge: { enabled: true },
      log: { enabled: true },
    });
    for (const text of ['one', 'two', 'three', 'four', 'one']) {
      const result = await handler.handle(ask(text));
      await readUIEvents(result.response);
      await result.pending;
    }
    const summary = summarizeDecisions(await readKVDecisionLog(kv, 'default'));
    expect(summary.judge).toEqual({ decided: 5, calls: 4, cacheHits: 1, failures: 0, agreement: 3 / 5, share: 1 });
  });
});
