import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import type { EdgeModels } from '../src/models.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';
import { readKVDecisionLog } from '../src/tiers/decision-log.ts';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A central model streaming `answer` cut at the given offsets (random chunking). */
function chunkedModel(answer: string, cuts: number[]) {
  const points = [...new Set(cuts.map((c) => c % answer.length))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of [...points, answer.length]) {
    if (p > from) pieces.push(answer.slice(from, p));
    from = Math.max(from, p);
  }
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: convertArrayToReadableStream([
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't' },
        ...pieces.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
        { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ]),
    }),
  });
}

/** TEST DOUBLE (not a model): scores 0.97 for texts containing "worthless", 0.02 otherwise. */
function keywordToxicity(): EdgeModels {
  return {
    ...modelsDouble(),
    scoreToxicity: async (text) => ({ score: /worthless/i.test(text) ? 0.97 : 0.02, model: 'tox-keyword-double' }),
  };
}

const ask = (text: string) =>
  new Request('https://app.example/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conversation-id': 'c1' },
    body: JSON.stringify({ prompt: text }),
  });

const TOXIC =
  'Here is a calm first sentence. A second one follows here! You are a worthless fool and I despise you. This sentence must never arrive.';
const LEAK =
  'Sure, I will write to jane.doe@example.com today. Also contact leak.target@corp-mail.example for details. Bye.';

const cutsArb = fc.array(fc.nat({ max: 200 }), { maxLength: 40 });

describe('output scanning of the streamed answer', () => {
  it('stops a stream that turns toxic midway, with a reason, under random chunking', async () => {
    await fc.assert(
      fc.asyncProperty(cutsArb, async (cuts) => {
        const handler = createEdgeAIHandler({
          models: keywordToxicity(),
          central: { model: chunkedModel(TOXIC, cuts) },
          output: { enabled: true },
        });
        const { response } = await handler.handle(ask('Tell me something'));
        const { events } = await readUIEvents(response);
        const text = textOf(events);
        expect(text.startsWith('Here is a calm first sentence. A second one follows here! ')).toBe(true);
        expect(text).not.toContain('worthless');
        expect(text).not.toContain('never arrive');
        expect(text).toMatch(/\[edge-ai stopped this answer: toxic answer \(score 0\.97 >= 0\.9\)\]$/);
        expect(events).toContainEqual({
          type: 'data-edge-ai-output',
          data: { action: 'stop', reason: 'toxic answer (score 0.97 >= 0.9)' },
        });
        expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'content-filter' });
      }),
      { numRuns: 15 },
    );
  });

  it('redacts personal data the model produced that was not in the prompt, under random chunking', async () => {
    await fc.assert(
      fc.asyncProperty(cutsArb, async (cuts) => {
        const handler = createEdgeAIHandler({
          models: keywordToxicity(),
          central: { model: chunkedModel(LEAK, cuts) },
          output: { enabled: true },
          cache: { skipWhenPII: false },
        });
        const { response } = await handler.handle(ask('Please mail jane.doe@example.com for me'));
        const text = textOf((await readUIEvents(response)).events);
        expect(text).toBe(
          'Sure, I will write to jane.doe@example.com today. Also contact [redacted EMAIL] for details. Bye.',
        );
      }),
      { numRuns: 15 },
    );
  });

  it('onNewPii stop ends the stream; shadow mode changes nothing and records the decision', async () => {
    const stop = createEdgeAIHandler({
      models: keywordToxicity(),
      central: { model: chunkedModel(LEAK, [7, 30, 61]) },
      output: { enabled: true, onNewPii: 'stop' },
    });
    const stopped = textOf((await readUIEvents((await stop.handle(ask('mail jane.doe@example.com'))).response)).events);
    expect(stopped.startsWith('Sure, I will write to jane.doe@example.com today. ')).toBe(true);
    expect(stopped).not.toContain('leak.target');
    expect(stopped).toMatch(/\[edge-ai stopped this answer: personal data not in the prompt \(EMAIL\)\]$/);

    const kv = createMemoryKV();
    const shadow = createEdgeAIHandler({
      models: keywordToxicity(),
      kv,
      central: { model: chunkedModel(TOXIC, [5, 50, 90]) },
      output: { enabled: true, mode: 'shadow' },
      log: { enabled: true },
    });
    const result = await shadow.handle(ask('Tell me something'));
    expect(result.response.headers.get('x-edge-ai-output')).toBe('scan shadow');
    expect(textOf((await readUIEvents(result.response)).events)).toBe(TOXIC);
    await result.pending;
    const [record] = await readKVDecisionLog(kv, 'default');
    expect(record.output).toEqual([{ action: 'stop', reason: 'toxic answer (score 0.97 >= 0.9)', shadow: true }]);
  });

  it('a cached answer is scanned under the policy in force now', async () => {
    const kv = createMemoryKV();
    const central = { model: chunkedModel(TOXIC, [9]) };
    const lenient = createEdgeAIHandler({ models: keywordToxicity(), kv, central });
    const first = await lenient.handle(ask('question three'));
    await readUIEvents(first.response);
    await first.pending;
    const strict = createEdgeAIHandler({ models: keywordToxicity(), kv, central, output: { enabled: true } });
    const { response } = await strict.handle(ask('question three'));
    expect(response.headers.get('x-edge-ai-cache')).toBe('hit');
    const text = textOf((await readUIEvents(response)).events);
    expect(text).toMatch(
      /^Here is a calm first sentence\. A second one follows here! \n\n\[edge-ai stopped this answer/,
    );
  });

  it('an answer the scanner stopped is not cached; a clean one is', async () => {
    const kv = createMemoryKV();
    const make = (answer: string) =>
      createEdgeAIHandler({
        models: keywordToxicity(),
        kv,
        central: { model: chunkedModel(answer, [3, 17]) },
        output: { enabled: true },
      });
    const toxic = await make(TOXIC).handle(ask('question one'));
    await readUIEvents(toxic.response);
    await toxic.pending;
    expect((await make(TOXIC).handle(ask('question one'))).response.headers.get('x-edge-ai-cache')).toBe('miss');
    const clean = await make('A clean answer. Nothing else.').handle(ask('question two'));
    await readUIEvents(clean.response);
    await clean.pending;
    expect((await make('x').handle(ask('question two'))).response.headers.get('x-edge-ai-cache')).toBe('hit');
  });
});
