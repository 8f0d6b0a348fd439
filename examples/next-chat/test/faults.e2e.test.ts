import { request as httpRequest } from 'node:http';
import { readUIEvents, textOf } from '@edge-ai/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultProvider, startFaultProvider } from '../../../packages/core/test/helpers/fault-provider.ts';
import { type RunningApp, startApp } from './server.ts';

/**
 * The built app (next build + next start) in front of a real OpenAI-compatible server that misbehaves on demand:
 * clients that go away mid-stream, before the answer or mid-upload; an upstream that rate-limits, freezes or cuts the
 * connection. The server log must never show an uncaughtException, and the upstream call must be aborted.
 */
const FIRST_TOKEN_MS = 1500;
const IDLE_MS = 1000;
let provider: FaultProvider;
let app: RunningApp;

beforeAll(async () => {
  provider = await startFaultProvider();
  app = await startApp({
    EDGE_AI_CENTRAL_BASE_URL: provider.baseURL,
    EDGE_AI_CENTRAL_MODEL: 'local-model',
    EDGE_AI_CENTRAL_FIRST_TOKEN_TIMEOUT_MS: String(FIRST_TOKEN_MS),
    EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS: String(IDLE_MS),
  });
});
afterAll(async () => {
  await app?.stop();
  await provider?.close();
});

const body = (text: string) =>
  JSON.stringify({
    id: `c-${Math.random()}`,
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text }] }],
    trigger: 'submit-message',
  });
const post = (text: string, signal?: AbortSignal) =>
  fetch(`${app.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(text),
    signal,
  });
const waitFor = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};
const serverLog = () => app.logs.join('');

describe('clients that disconnect', () => {
  it('mid-stream: the upstream call is aborted, nothing is thrown in the server', async () => {
    provider.mode = { kind: 'ok', deltas: Array.from({ length: 100 }, (_, i) => `word${i} `), delayMs: 30 };
    for (let i = 0; i < 5; i++) {
      const closedBefore = provider.closed;
      const client = new AbortController();
      const response = await post('Tell me a long story about rainbows.', client.signal);
      expect(response.status).toBe(200);
      const reader = response.body?.getReader();
      await reader?.read();
      await reader?.read();
      client.abort();
      expect(await waitFor(() => provider.closed > closedBefore)).toBe(true);
    }
  });

  it('at any moment of a slow answer, and in the middle of sending the body: nothing is thrown in the server', async () => {
    // A first token at once, the next after 200 ms: disconnects land in the pipeline, at the first token, mid-stream.
    provider.mode = { kind: 'ok', deltas: ['late ', 'answer'], delayMs: 200 };
    for (let i = 0; i < 12; i++) {
      const client = new AbortController();
      const pending = post('Tell me about rainbows, please.', client.signal).then(
        (r) => r.text(),
        (e: Error) => e,
      );
      await new Promise((r) => setTimeout(r, 25 * i));
      client.abort();
      await pending.catch(() => {});
      await new Promise((r) => setTimeout(r, 50));
    }
    for (let i = 0; i < 3; i++) {
      // Announces 10,000 bytes, sends 200, then drops the connection.
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${app.url}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '10000' },
        });
        req.on('error', () => resolve());
        req.write(body('x').slice(0, 200));
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100);
      });
    }
    await new Promise((r) => setTimeout(r, 500));
    provider.mode = { kind: 'ok' };
    const after = await post('Are you still there?');
    expect(after.status).toBe(200);
    expect(textOf((await readUIEvents(after)).events)).toBe('Hello there!');
  });

  it('the server log holds no uncaughtException and no unhandled rejection after all of it', () => {
    expect(serverLog()).not.toMatch(/uncaughtException|unhandledRejection|Unhandled/i);
  });
});

describe('upstream faults through the built app', () => {
  it('429 with Retry-After -> 429 with the same Retry-After, in the error shape', async () => {
    provider.mode = { kind: 'status', status: 429, headers: { 'retry-after': '12' } };
    const response = await post('Hello there, how are you?');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({
      error: { code: 'central_rate_limited', message: 'the central model is rate limited' },
    });
  });

  it('frozen -> 504 central_timeout after the first-token timeout', async () => {
    provider.mode = { kind: 'frozen' };
    const t0 = Date.now();
    const response = await post('Hello there, how are you?');
    const ms = Date.now() - t0;
    expect(response.status).toBe(504);
    expect((await response.json()).error.code).toBe('central_timeout');
    expect(ms).toBeGreaterThanOrEqual(FIRST_TOKEN_MS - 50);
    expect(ms).toBeLessThan(FIRST_TOKEN_MS + 2000);
  });

  it('cut mid-stream -> what arrived, an error part and a finish; frozen mid-stream -> the same after the idle timeout', async () => {
    provider.mode = { kind: 'cut', deltas: ['one ', 'two '] };
    const cut = await readUIEvents(await post('Count for me, please.'));
    expect(textOf(cut.events)).toBe('one two ');
    expect(cut.events.some((e) => e.type === 'error')).toBe(true);
    expect(cut.events.at(-1)).toMatchObject({ type: 'finish' });
    provider.mode = { kind: 'stall', deltas: ['one '] };
    const t0 = Date.now();
    const stalled = await readUIEvents(await post('Count again, please.'));
    expect(Date.now() - t0).toBeLessThan(IDLE_MS + 2000);
    expect(stalled.events.find((e) => e.type === 'error')?.errorText).toMatch(/^central_idle_timeout/);
    expect(stalled.events.at(-1)).toMatchObject({ type: 'finish' });
  });

  it('still no uncaughtException in the server log', () => {
    expect(serverLog()).not.toMatch(/uncaughtException|unhandledRejection|Unhandled/i);
  });
});
