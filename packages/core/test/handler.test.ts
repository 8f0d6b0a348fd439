import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A central model that answers by naming the placeholder it received, split inside the placeholder. */
function echoModel() {
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: convertArrayToReadableStream([
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'Writing to <EMA' },
        { type: 'text-delta', id: 't', delta: 'IL_1> now.' },
        { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ]),
    }),
  });
}

const ask = (text: string, conversation: string) =>
  new Request('https://app.example/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conversation-id': conversation },
    body: JSON.stringify({ prompt: text }),
  });

describe('handler: one restore path, cache writes driven by the stream callbacks', () => {
  it('restores the answer for the client and caches it only in placeholder form', async () => {
    const memory = createMemoryKV();
    const written: string[] = [];
    const kv = {
      ...memory,
      set: (key: string, value: string, o?: { ttlSeconds?: number }) => {
        written.push(value);
        return memory.set(key, value, o);
      },
    };
    const model = echoModel();
    const handler = createEdgeAIHandler({
      models: modelsDouble(),
      kv,
      central: { model },
      cache: { skipWhenPII: false },
    });
    const first = await handler.handle(ask('Mail jane.doe@example.com please', 'c1'));
    expect(first.response.headers.get('x-edge-ai-cache')).toBe('miss');
    expect(textOf((await readUIEvents(first.response)).events)).toBe('Writing to jane.doe@example.com now.');
    await first.pending;
    expect(JSON.stringify(model.doStreamCalls)).not.toContain('jane.doe@example.com');
    expect(JSON.stringify(model.doStreamCalls)).toContain('<EMAIL_1>');
    // The cache holds the question and the answer as the central model saw and wrote them (placeholders only).
    const entries = written.map((v) => JSON.parse(v)).filter((v) => v.a !== undefined);
    expect(entries.map((e) => [e.q, e.a])).toEqual([['Mail <EMAIL_1> please', 'Writing to <EMAIL_1> now.']]);
    expect(written.join('\n')).not.toContain('jane.doe');

    // Same pseudonymized question in another conversation: a cache hit, restored with that conversation's value.
    const second = await handler.handle(ask('Mail john.roe@example.com please', 'c2'));
    expect(second.response.headers.get('x-edge-ai-cache')).toBe('hit');
    expect(textOf((await readUIEvents(second.response)).events)).toBe('Writing to john.roe@example.com now.');
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('caches nothing when the central stream fails', async () => {
    const kv = createMemoryKV();
    const failing = new MockLanguageModelV4({
      doStream: async () => ({
        stream: convertArrayToReadableStream([
          { type: 'stream-start', warnings: [] },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'partial' },
          { type: 'error', error: new Error('upstream reset') },
        ]),
      }),
    });
    const handler = createEdgeAIHandler({ models: modelsDouble(), kv, central: { model: failing } });
    const first = await handler.handle(ask('What is the refund policy?', 'c3'));
    const { events } = await readUIEvents(first.response);
    expect(events.some((e) => e.type === 'error')).toBe(true);
    await first.pending;
    const again = await handler.handle(ask('What is the refund policy?', 'c4'));
    expect(again.response.headers.get('x-edge-ai-cache')).toBe('miss');
    await readUIEvents(again.response);
  });
});
