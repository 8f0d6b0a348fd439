/**
 * Tiers figures (prints JSON; not a timed test):
 *   node packages/next/bench/tiers-bench.ts [--data ../shared/data] [--judge-delay-ms 0] [--n 40]
 * 1. judge share: the share of real messages (TweetEval offensive test, DE-LIMIT German test) whose edge toxicity score
 *    falls in the grey zone (default thresholds 0.6-0.9), i.e. would be sent to the judge;
 * 2. added latency on borderline input: time until the handler has decided (headers ready) for clear input (edge
 *    only), borderline input judged (first time) and borderline input again (verdict cache), with the deterministic
 *    offline judge and with a judge behind a local OpenAI-compatible HTTP stand-in (answer delay --judge-delay-ms;
 *    a real central model adds its own latency on top of the measured overhead);
 * 3. time-to-first-token cost of output scanning: first text-delta of the streamed answer, scanning on vs off.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createEdgeAIHandler, createOfflineModel, type EdgeAIOptions } from '@edge-ai/core';
import { edgeModels } from '@edge-ai/models';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const data = resolve(arg('data', '../shared/data'));
const judgeDelay = Number(arg('judge-delay-ms', '0'));
const n = Number(arg('n', '40'));
const ESCALATE = 0.6;
const BLOCK = 0.9;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(2);
};
const stats = (xs: number[]) => ({ n: xs.length, p50: q(xs, 0.5), p90: q(xs, 0.9), max: q(xs, 1) });

// 1. judge share -------------------------------------------------------------------------------------------------
const sets: Record<string, string[]> = {
  'tweeteval-offensive-test (en)': readFileSync(join(data, 'toxicity/tweeteval/offensive/test_text.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim()),
  'delimit German_3a test (de)': readFileSync(
    join(data, 'toxicity/delimit_multilingual/test/German_3a_full.csv'),
    'utf8',
  )
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').slice(2, -2).join(','))
    .filter((t) => t.trim()),
};
await edgeModels.warm?.();
const share: Record<string, unknown> = {};
const borderline: string[] = [];
const clear: string[] = [];
for (const [name, texts] of Object.entries(sets)) {
  let grey = 0;
  let blocked = 0;
  for (const text of texts) {
    const { score } = await edgeModels.scoreToxicity(text);
    if (score >= BLOCK) blocked++;
    else if (score >= ESCALATE) {
      grey++;
      if (borderline.length < 2 * n) borderline.push(text);
    } else if (clear.length < n) clear.push(text);
  }
  share[name] = {
    messages: texts.length,
    judged_share: +(grey / texts.length).toFixed(4),
    edge_blocked_share: +(blocked / texts.length).toFixed(4),
  };
}

// 2. added latency ------------------------------------------------------------------------------------------------
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    const prompt = JSON.stringify(JSON.parse(body).messages);
    const verdict = /idiot|stupid|fuck|shit|bitch|ass/i.test(prompt) ? 'escalate' : 'allow';
    const content = JSON.stringify({ verdict, categories: ['stand-in'], confidence: 0.5 });
    setTimeout(() => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'stand-in',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    }, judgeDelay);
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const standIn = createOpenAICompatible({
  name: 'stand-in',
  baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
  supportsStructuredOutputs: true,
}).chatModel('judge');

const ask = (text: string, i: number) =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conversation-id': `bench-${i}-${Math.random()}` },
    body: JSON.stringify({ prompt: text }),
  });

/** The toxicity stage's own duration (edge scoring plus, when asked, the judge) from Server-Timing. */
const toxicityMs = (response: Response) =>
  Number(/toxicity;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);

async function decideMs(options: EdgeAIOptions, texts: string[]) {
  const handler = createEdgeAIHandler({ models: edgeModels, central: { offline: true }, ...options });
  const times: number[] = [];
  const stage: number[] = [];
  for (const [i, text] of texts.entries()) {
    const t = performance.now();
    const { response } = await handler.handle(ask(text, i));
    times.push(performance.now() - t);
    stage.push(toxicityMs(response));
    await response.body?.cancel();
  }
  return { decided_ms: stats(times), toxicity_stage_ms: stats(stage) };
}

const grey = borderline.slice(0, n);
const latency: Record<string, unknown> = {};
latency['clear input, judge enabled (edge decides)'] = await decideMs({ judge: { enabled: true } }, clear);
latency['borderline, judge disabled (edge escalates)'] = await decideMs({ judge: { enabled: false } }, grey);
for (const [name, judgeModel] of [
  ['offline deterministic judge', undefined],
  [`HTTP stand-in judge (delay ${judgeDelay} ms)`, standIn],
] as const) {
  const handler = createEdgeAIHandler({
    models: edgeModels,
    central: { offline: true },
    judge: { enabled: true },
    judgeModel,
  });
  const first: number[] = [];
  const again: number[] = [];
  const firstStage: number[] = [];
  const againStage: number[] = [];
  const tiers: Record<string, number> = {};
  for (const [round, into, stage] of [
    [0, first, firstStage],
    [1, again, againStage],
  ] as const) {
    for (const [i, text] of grey.entries()) {
      const t = performance.now();
      const { response } = await handler.handle(ask(text, i + round * 1000));
      into.push(performance.now() - t);
      stage.push(toxicityMs(response));
      const tier = response.headers.get('x-edge-ai-tier') ?? '?';
      tiers[`${round === 0 ? 'first' : 'again'}:${tier}`] =
        (tiers[`${round === 0 ? 'first' : 'again'}:${tier}`] ?? 0) + 1;
      await response.body?.cancel();
    }
  }
  latency[`borderline, ${name}, first time`] = { decided_ms: stats(first), toxicity_stage_ms: stats(firstStage) };
  latency[`borderline, ${name}, again (verdict cache)`] = {
    decided_ms: stats(again),
    toxicity_stage_ms: stats(againStage),
  };
  latency[`borderline, ${name}, tiers`] = tiers;
}
server.close();

// 3. TTFT of output scanning -----------------------------------------------------------------------------------------
async function firstToken(output: boolean, text: string) {
  const handler = createEdgeAIHandler({
    models: edgeModels,
    central: { model: createOfflineModel({ chunkDelayMs: 5 }) },
    output: { enabled: output },
    cache: { enabled: false },
  });
  const t = performance.now();
  const { response } = await handler.handle(ask(text, 0));
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let ttft = Number.NaN;
  let buffered = '';
  for (;;) {
    const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    if (Number.isNaN(ttft) && buffered.includes('"text-delta"')) ttft = performance.now() - t;
  }
  return { ttft, total: performance.now() - t };
}
const off: number[] = [];
const on: number[] = [];
const offTotal: number[] = [];
const onTotal: number[] = [];
for (const [i, text] of clear.slice(0, 30).entries()) {
  const order = i % 2 === 0 ? [false, true] : [true, false];
  for (const scan of order) {
    const r = await firstToken(scan, text);
    (scan ? on : off).push(r.ttft);
    (scan ? onTotal : offTotal).push(r.total);
  }
}

console.log(
  JSON.stringify(
    {
      thresholds: { escalate: ESCALATE, block: BLOCK },
      judge_share: share,
      decision_latency_ms: latency,
      output_scan: {
        note: 'offline central model streaming word by word every 5 ms; first text-delta on the wire',
        ttft_ms_scan_off: stats(off),
        ttft_ms_scan_on: stats(on),
        ttft_added_p50_ms: +(q(on, 0.5) - q(off, 0.5)).toFixed(2),
        total_ms_scan_off: stats(offTotal),
        total_ms_scan_on: stats(onTotal),
      },
    },
    null,
    2,
  ),
);
