import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { parseChatBody } from '../src/request.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { recordingModel } from './helpers/recording-model.ts';

const handler = (options: Parameters<typeof createEdgeAIHandler>[0] = {}) =>
  createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    central: { model: recordingModel() },
    cache: { enabled: false },
    ...options,
  });
const post = (body: unknown) =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(typeof body.error.message).toBe('string');
  return { status: response.status, code: body.error.code };
}

describe('request caps (options maxMessages, maxMessageChars)', () => {
  it('rejects more messages than maxMessages with 413 too_many_messages', async () => {
    const h = handler({ maxMessages: 3 });
    const messages = Array.from({ length: 4 }, (_, i) => ({ role: 'user', content: `hello ${i}` }));
    const { response } = await h.handle(post({ messages }));
    expect(await errorOf(response)).toEqual({ status: 413, code: 'too_many_messages' });
    const ok = await h.handle(post({ messages: messages.slice(0, 3) }));
    expect(ok.response.status).toBe(200);
  });

  it('rejects a message longer than maxMessageChars with 413 message_too_large', async () => {
    const h = handler({ maxMessageChars: 100 });
    const { response } = await h.handle(post({ prompt: 'x'.repeat(101) }));
    expect(await errorOf(response)).toEqual({ status: 413, code: 'message_too_large' });
    expect((await h.handle(post({ prompt: 'x'.repeat(100) }))).response.status).toBe(200);
  });

  it('has defaults that cap a request: 500 messages, 200,000 characters per message', () => {
    const h = handler();
    expect(h.options.maxMessages).toBe(500);
    expect(h.options.maxMessageChars).toBe(200_000);
  });

  it('counts text made only of invisible characters as empty (400 empty_text)', async () => {
    const { response } = await handler().handle(post({ prompt: '\u200b\u200c\u2060\ufeff \u00ad' }));
    expect(await errorOf(response)).toEqual({ status: 400, code: 'empty_text' });
  });

  it('answers a lone surrogate in the conversation id with 400, not 503', async () => {
    const body = `{"id":"conv-\\ud800","messages":[{"role":"user","content":"mail me at jane@example.com"}]}`;
    const { response } = await handler().handle(post(body));
    expect(await errorOf(response)).toEqual({ status: 400, code: 'invalid_conversation_id' });
  });

  it('ignores a conversation id over 200 characters, from the header as from the body', () => {
    expect(parseChatBody({ prompt: 'hi' }, 'c'.repeat(200)).conversationId).toBe('c'.repeat(200));
    expect(parseChatBody({ prompt: 'hi' }, 'c'.repeat(201)).conversationId).toBeUndefined();
    expect(parseChatBody({ prompt: 'hi', id: 'c'.repeat(201) }).conversationId).toBeUndefined();
  });
});
