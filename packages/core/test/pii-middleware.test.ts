import { generateText, jsonSchema, streamText, tool, wrapLanguageModel } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { edgeAIModelMiddleware } from '../src/pii/index.ts';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};
const stop = { unified: 'stop' as const, raw: 'stop' };
const SECRETS = ['jane.doe@example.com', '4111 1111 1111 1111', '+49 30 901820', 'DE89 3704 0044 0532 0130 00'];
const USER = `I am jane.doe@example.com, card 4111 1111 1111 1111, phone +49 30 901820, IBAN DE89 3704 0044 0532 0130 00.`;

/** Everything the wrapped model received, as one string. */
const seen = (model: MockLanguageModelV4) => JSON.stringify([...model.doGenerateCalls, ...model.doStreamCalls]);

describe('edgeAIModelMiddleware with the AI SDK MockLanguageModelV4', () => {
  it('generate: the model never receives detected values, and the output is restored', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => ({
        content: [
          { type: 'reasoning', text: 'The user <EMAIL_2> wants a refund to <IBAN_1>.' },
          { type: 'text', text: 'Done, <EMAIL_2>: refund to <IBAN_1> from card <CREDIT_CARD_1>. <PERSON_7> stays.' },
        ],
        finishReason: stop,
        usage,
        warnings: [],
      }),
    });
    const wrapped = wrapLanguageModel({ model, middleware: edgeAIModelMiddleware() });
    const result = await generateText({
      model: wrapped,
      system: 'Support bot. Escalations go to boss@example.com.',
      messages: [
        { role: 'user', content: USER },
        { role: 'assistant', content: 'Thanks jane.doe@example.com, checking.' },
        { role: 'user', content: [{ type: 'text', text: 'Please hurry, call +49 30 901820.' }] },
      ],
    });
    const received = seen(model);
    for (const s of [...SECRETS, 'boss@example.com']) expect(received).not.toContain(s);
    // The system prompt comes first: boss@ is <EMAIL_1>, the user's address <EMAIL_2> in every message.
    expect(received.match(/<EMAIL_2>/g)).toHaveLength(2);
    expect(received.match(/<EMAIL_1>/g)).toHaveLength(1);
    expect(result.text).toBe(
      'Done, jane.doe@example.com: refund to DE89 3704 0044 0532 0130 00 from card 4111 1111 1111 1111. <PERSON_7> stays.',
    );
    expect(result.reasoningText).toBe('The user jane.doe@example.com wants a refund to DE89 3704 0044 0532 0130 00.');
  });

  it('stream: text and reasoning deltas split inside placeholders and tool-call input are restored', async () => {
    const executed: unknown[] = [];
    const model = new MockLanguageModelV4({
      doStream: async () => ({
        stream: convertArrayToReadableStream([
          { type: 'stream-start', warnings: [] },
          { type: 'reasoning-start', id: 'r' },
          { type: 'reasoning-delta', id: 'r', delta: 'Mail <EMA' },
          { type: 'reasoning-delta', id: 'r', delta: 'IL_1> now' },
          { type: 'reasoning-end', id: 'r' },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Sure <' },
          { type: 'text-delta', id: 't', delta: 'EMAIL_' },
          { type: 'text-delta', id: 't', delta: '1>, your card <CREDIT_CARD_1' },
          { type: 'text-delta', id: 't', delta: '> is safe.' },
          { type: 'text-end', id: 't' },
          { type: 'tool-input-start', id: 'c1', toolName: 'sendMail' },
          { type: 'tool-input-delta', id: 'c1', delta: '{"to":"<EMAIL' },
          { type: 'tool-input-delta', id: 'c1', delta: '_1>"}' },
          { type: 'tool-input-end', id: 'c1' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'sendMail', input: '{"to":"<EMAIL_1>"}' },
          { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
        ]),
      }),
    });
    const kv = createMemoryKV();
    const key = btoa('k'.repeat(32));
    const middleware = edgeAIModelMiddleware({ vault: { kv, key } });
    const result = streamText({
      model: wrapLanguageModel({ model, middleware }),
      prompt: USER,
      providerOptions: { edgeAI: { tenant: 't1', conversation: 'c1' } },
      tools: {
        sendMail: tool({
          inputSchema: jsonSchema<{ to: string }>({ type: 'object', properties: { to: { type: 'string' } } }),
          execute: async (input) => {
            executed.push(input);
            return 'sent';
          },
        }),
      },
    });
    let text = '';
    const inputDeltas: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') text += part.text;
      if (part.type === 'tool-input-delta') inputDeltas.push(part.delta);
    }
    expect(text).toBe('Sure jane.doe@example.com, your card 4111 1111 1111 1111 is safe.');
    expect(await result.reasoningText).toBe('Mail jane.doe@example.com now');
    expect(JSON.parse(inputDeltas.join(''))).toEqual({ to: 'jane.doe@example.com' });
    expect(executed).toEqual([{ to: 'jane.doe@example.com' }]);
    const received = seen(model);
    for (const s of SECRETS) expect(received).not.toContain(s);
    // The vault (keyed by tenant + conversation) holds the mapping for the next turn.
    expect([...(await Promise.all([kv.get('edge-ai:pii:t1:c1:n:EMAIL')]))]).toEqual(['1']);
  });

  it('pseudonymizes tool results that flow back to the model', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => ({ content: [{ type: 'text', text: 'ok' }], finishReason: stop, usage, warnings: [] }),
    });
    await generateText({
      model: wrapLanguageModel({ model, middleware: edgeAIModelMiddleware() }),
      messages: [
        { role: 'user', content: 'look me up' },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'x', toolName: 'lookup', input: { q: 'me' } }],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'x',
              toolName: 'lookup',
              output: { type: 'json', value: { email: 'jane.doe@example.com', card: '4111 1111 1111 1111' } },
            },
          ],
        },
      ],
    });
    const received = seen(model);
    for (const s of SECRETS) expect(received).not.toContain(s);
    expect(received).toContain('<CREDIT_CARD_1>');
  });
});
