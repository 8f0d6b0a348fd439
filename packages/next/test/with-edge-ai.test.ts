import { randomBytes } from 'node:crypto';
import {
  openAIHandlers,
  PROVIDER_URL,
  type ProviderLog,
  type ProviderMode,
  readUIEvents,
  textOf,
} from '@edge-ai/core/test';
import { setupServer } from 'msw/node';
import { NextRequest, NextResponse } from 'next/server.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EDGE_RUNTIME_MESSAGE, withEdgeAI } from '../src/index.ts';
import { chatRequest, fetchEvent, pendings, uiBody } from './helpers.ts';

let mode: ProviderMode = { kind: 'stream', deltas: ['Hello', ' there', '!'] };
const log: ProviderLog = { bodies: [] };
const server = setupServer(...openAIHandlers(() => mode, log));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  log.bodies.length = 0;
  mode = { kind: 'stream', deltas: ['Hello', ' there', '!'] };
});
afterAll(() => server.close());

// REDIS_URL (set by the global setup) makes withEdgeAI use the real Redis server, so the vault needs a key.
process.env.EDGE_AI_VAULT_KEY = randomBytes(32).toString('base64');

const STAGES = ['language', 'pii', 'toxicity', 'cache', 'escalate'];
const proxy = withEdgeAI({ central: { baseURL: PROVIDER_URL, modelId: 'test-model' }, policy: undefined });

describe('withEdgeAI against an OpenAI-compatible provider', () => {
  it('streams the answer as UI-message events, chunk by chunk, with Server-Timing for every stage', async () => {
    mode = { kind: 'stream', deltas: ['The ', 'capital ', 'is ', 'Paris.'], delayMs: 5 };
    const response = (await proxy(chatRequest(uiBody('How do rainbows form after rain?')), fetchEvent)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const timing = response.headers.get('server-timing') ?? '';
    for (const stage of STAGES) expect(timing).toMatch(new RegExp(`(^|, )${stage};dur=[0-9.]+;desc="[^"]*"`));
    expect(response.headers.get('x-edge-ai-decision')).toBe('allow');
    expect(response.headers.get('x-edge-ai-central')).toBe('openai-compatible:test-model');
    const { events, reads } = await readUIEvents(response);
    const deltas = events.filter((e) => e.type === 'text-delta').map((e) => e.delta);
    expect(deltas).toEqual(['The ', 'capital ', 'is ', 'Paris.']);
    expect(reads).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ type: 'finish' });
    expect(log.bodies).toHaveLength(1);
    expect(log.bodies[0].stream).toBe(true);
    expect(JSON.stringify(log.bodies[0].messages)).toContain('How do rainbows form after rain?');
  });

  it('accepts OpenAI-style { messages } and { prompt } bodies', async () => {
    const openai = {
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi there, how are you?' },
      ],
    };
    const a = (await proxy(chatRequest(openai), fetchEvent)) as Response;
    expect(textOf((await readUIEvents(a)).events)).toBe('Hello there!');
    const b = (await proxy(chatRequest({ prompt: 'What time is it now?' }), fetchEvent)) as Response;
    expect(textOf((await readUIEvents(b)).events)).toBe('Hello there!');
    expect(log.bodies.map((x) => x.messages.at(-1)?.content)).toEqual([
      'Hi there, how are you?',
      'What time is it now?',
    ]);
    expect(log.bodies[0].messages[0]).toMatchObject({ role: 'system' });
  });

  it('answers a provider 500 before the first token with 502 in the error shape', async () => {
    mode = { kind: 'status', status: 500 };
    const response = (await proxy(chatRequest(uiBody('Will this fail?')), fetchEvent)) as Response;
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: { code: 'central_error', message: 'the central model answered with status 500' },
    });
  });

  it('delivers what arrived, an error event and a finish when the provider stream is cut midway', async () => {
    mode = { kind: 'cut', deltas: ['one ', 'two ', 'three ', 'four'], cutAfter: 2 };
    const response = (await proxy(chatRequest(uiBody('Count to four for me')), fetchEvent)) as Response;
    const { events } = await readUIEvents(response);
    expect(textOf(events)).toBe('one two ');
    expect(events.some((e) => e.type === 'error')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'finish' });
  });

  it('answers a repeated question from the cache and calls the provider once', async () => {
    const ask = () =>
      proxy(chatRequest(uiBody('How do I reset my password?', 'faq-1')), fetchEvent) as Promise<Response>;
    const first = await ask();
    expect(first.headers.get('x-edge-ai-cache')).toBe('miss');
    expect(textOf((await readUIEvents(first)).events)).toBe('Hello there!');
    await Promise.all(pendings.splice(0));
    const second = await ask();
    expect(second.headers.get('x-edge-ai-cache')).toBe('hit');
    expect(second.headers.get('x-edge-ai-decision')).toBe('cached');
    expect(textOf((await readUIEvents(second)).events)).toBe('Hello there!');
    expect(log.bodies).toHaveLength(1);
  });
});

describe('blocking and escalation with the bundled models', () => {
  it('blocks clearly abusive input with 403 toxic_content before the provider is called', async () => {
    const response = (await proxy(chatRequest(uiBody('du bist ein dummes stück scheiße')), fetchEvent)) as Response;
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'toxic_content', stage: 'toxicity' } });
    expect(response.headers.get('x-edge-ai-decision')).toBe('block');
    expect(response.headers.get('x-edge-ai-language')).toBe('deu');
    expect(log.bodies).toHaveLength(0);
  });

  it('answers a blocked request with a refusal stream when blockResponse is "stream"', async () => {
    const streaming = withEdgeAI({ central: { baseURL: PROVIDER_URL }, blockResponse: 'stream' });
    const response = (await streaming(chatRequest(uiBody('du bist ein dummes stück scheiße')), fetchEvent)) as Response;
    expect(response.status).toBe(200);
    expect(textOf((await readUIEvents(response)).events)).toContain('toxic_content');
    expect(log.bodies).toHaveLength(0);
  });

  it('blocks a confidently detected language outside the allow-list', async () => {
    const englishOnly = withEdgeAI({ central: { baseURL: PROVIDER_URL }, language: { allowed: ['eng'] } });
    const response = (await englishOnly(
      chatRequest(uiBody('Wie spät ist es heute in der Stadt?')),
      fetchEvent,
    )) as Response;
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('language_not_allowed');
  });
});

describe('bad input on an AI route', () => {
  const small = withEdgeAI({ central: { baseURL: PROVIDER_URL }, maxBodyBytes: 2048 });
  const cases: [string, () => NextRequest, number, string][] = [
    ['malformed JSON', () => chatRequest('{"messages": ['), 400, 'malformed_json'],
    ['wrong shape', () => chatRequest({ messages: 'hello' }), 400, 'invalid_shape'],
    ['unknown role', () => chatRequest({ messages: [{ role: 'robot', content: 'x' }] }), 400, 'invalid_shape'],
    ['empty text', () => chatRequest(uiBody('   ')), 400, 'empty_text'],
    ['empty body', () => chatRequest(''), 400, 'empty_body'],
    ['invalid UTF-8', () => chatRequest(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'invalid_utf8'],
    ['body over the limit', () => chatRequest({ prompt: 'x'.repeat(4096) }), 413, 'body_too_large'],
    [
      'wrong content type',
      () => chatRequest('prompt=hi', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
      'unsupported_media_type',
    ],
  ];
  it.each(cases)('%s gets a 4xx JSON error and never reaches the provider', async (_name, make, status, code) => {
    const response = (await small(make(), fetchEvent)) as Response;
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(log.bodies).toHaveLength(0);
  });

  it('rejects a body over the default 1 MB limit even without content-length', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ prompt: 'y'.repeat(1_100_000) }));
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < big.length; i += 65536) c.enqueue(big.slice(i, i + 65536));
        c.close();
      },
    });
    const request = new NextRequest('http://localhost:3000/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = (await proxy(request, fetchEvent)) as Response;
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('body_too_large');
  });
});

describe('routing', () => {
  it('passes non-AI routes on untouched', async () => {
    const response = (await proxy(new NextRequest('http://localhost:3000/about'), fetchEvent)) as Response;
    expect(response.headers.get('x-middleware-next')).toBe('1');
    const get = (await proxy(new NextRequest('http://localhost:3000/api/chat'), fetchEvent)) as Response;
    expect(get.headers.get('x-middleware-next')).toBe('1');
  });

  it('hands non-AI routes to the user middleware', async () => {
    const user = vi.fn(() => NextResponse.redirect('http://localhost:3000/login'));
    const wrapped = withEdgeAI({ central: { offline: true } }, user);
    const response = (await wrapped(new NextRequest('http://localhost:3000/account'), fetchEvent)) as Response;
    expect(user).toHaveBeenCalledOnce();
    expect(response.status).toBe(307);
  });

  it('fails at startup on the Edge runtime with a message that says what to do', () => {
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    try {
      expect(() => withEdgeAI({})).toThrow(EDGE_RUNTIME_MESSAGE);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('throws at construction when options are invalid, naming the field', () => {
    expect(() => withEdgeAI({ toxicity: { blockThreshold: 2 } })).toThrow(/toxicity\.blockThreshold/);
    expect(() => withEdgeAI({ routes: ['/api/chat'] })).toThrow(/routes\.0/);
  });
});
