import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';
import { type FaultProvider, startFaultProvider } from './helpers/fault-provider.ts';
import { slowModel } from './helpers/slow-model.ts';

/**
 * Central model faults against a real OpenAI-compatible HTTP server on loopback: every fault ends in a bounded time
 * with a proper status before the first token, or with an error part and a finish after it.
 */
const FIRST_TOKEN_MS = 600;
/** Wall-clock bounds are tight when this process can have a core; on a saturated machine they get 2 s more. */
const slack = () => (loadavg()[0] < cpus().length ? 0 : 2000);
const IDLE_MS = 400;
let provider: FaultProvider;
let downURL: string;

beforeAll(async () => {
  provider = await startFaultProvider();
  const spare = createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  downURL = `http://127.0.0.1:${(spare.address() as AddressInfo).port}/v1`;
  await new Promise((r) => spare.close(r));
});
afterAll(() => provider.close());

const handlerFor = (baseURL: () => string) =>
  createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    cache: { enabled: false },
    central: { baseURL: baseURL(), modelId: 'm', firstTokenTimeoutMs: FIRST_TOKEN_MS, idleTimeoutMs: IDLE_MS },
  });
const post = (signal?: AbortSignal) =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'Tell me about rainbows, please.' }),
    signal,
  });

async function timed(baseURL = () => provider.baseURL) {
  const t0 = performance.now();
  const { response } = await handlerFor(baseURL).handle(post());
  const headersMs = performance.now() - t0;
  const isStream = response.headers.get('content-type')?.includes('text/event-stream');
  const events = isStream ? (await readUIEvents(response)).events : [];
  const body = isStream ? undefined : ((await response.json()) as { error: { code: string; message: string } });
  return { response, events, body, headersMs, totalMs: performance.now() - t0 };
}

const waitFor = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('central model faults before the first token: an HTTP status in the error shape', () => {
  const cases: [string, FaultProvider['mode'] | 'down', number, string, number][] = [
    ['down (connection refused)', 'down', 502, 'central_unreachable', 1000],
    ['frozen (never answers)', { kind: 'frozen' }, 504, 'central_timeout', FIRST_TOKEN_MS + 500],
    ['500', { kind: 'status', status: 500 }, 502, 'central_error', 1000],
    ['401', { kind: 'status', status: 401 }, 502, 'central_error', 1000],
    ['503', { kind: 'status', status: 503, headers: { 'retry-after': '30' } }, 503, 'central_unavailable', 1000],
    [
      'garbage (an HTML page with 200)',
      { kind: 'garbage', contentType: 'text/html', body: '<html>gateway</html>' },
      502,
      'central_error',
      1000,
    ],
    [
      'garbage (SSE frames that are not JSON)',
      { kind: 'garbage', contentType: 'text/event-stream', body: 'data: {not json\n\ndata: ]]]\n\n' },
      502,
      'central_error',
      1000,
    ],
    ['cut before the first token', { kind: 'cut', deltas: [] }, 502, 'central_unreachable', 1000],
  ];
  for (const [name, mode, status, code, boundMs] of cases) {
    it(`${name} -> ${status} ${code} within ${boundMs} ms`, async () => {
      if (mode !== 'down') provider.mode = mode;
      const closedBefore = provider.closed;
      const r = await timed(mode === 'down' ? () => downURL : undefined);
      expect(r.response.status).toBe(status);
      expect(r.body?.error.code).toBe(code);
      expect(typeof r.body?.error.message).toBe('string');
      expect(r.response.headers.get('x-edge-ai-request-id')).toBeTruthy();
      expect(r.totalMs).toBeLessThan(boundMs + slack());
      if (mode !== 'down' && mode.kind === 'frozen') {
        expect(r.totalMs).toBeGreaterThanOrEqual(FIRST_TOKEN_MS - 20);
        expect(await waitFor(() => provider.closed > closedBefore)).toBe(true);
      }
    });
  }

  it('429 keeps the upstream Retry-After', async () => {
    provider.mode = { kind: 'status', status: 429, headers: { 'retry-after': '7' } };
    const r = await timed();
    expect(r.response.status).toBe(429);
    expect(r.response.headers.get('retry-after')).toBe('7');
    expect(r.body?.error.code).toBe('central_rate_limited');
  });

  it('503 keeps the upstream Retry-After', async () => {
    provider.mode = { kind: 'status', status: 503, headers: { 'retry-after': '30' } };
    const r = await timed();
    expect(r.response.headers.get('retry-after')).toBe('30');
  });
});

describe('central model faults after the first token: an error part and a finish, never a torn stream', () => {
  it('frozen mid-stream: the idle timeout ends it with an error part and a finish, upstream aborted', async () => {
    provider.mode = { kind: 'stall', deltas: ['one ', 'two '] };
    const closedBefore = provider.closed;
    const r = await timed();
    expect(r.response.status).toBe(200);
    expect(textOf(r.events)).toBe('one two ');
    expect(r.events.find((e) => e.type === 'error')?.errorText).toMatch(/^central_idle_timeout/);
    expect(r.events.at(-1)).toMatchObject({ type: 'finish' });
    expect(r.totalMs).toBeLessThan(IDLE_MS + 600 + slack());
    expect(await waitFor(() => provider.closed > closedBefore)).toBe(true);
  });

  it('connection cut mid-stream: what arrived, an error part, a finish', async () => {
    provider.mode = { kind: 'cut', deltas: ['one ', 'two '] };
    const r = await timed();
    expect(r.response.status).toBe(200);
    expect(textOf(r.events)).toBe('one two ');
    expect(r.events.some((e) => e.type === 'error')).toBe(true);
    expect(r.events.at(-1)).toMatchObject({ type: 'finish' });
    expect(r.totalMs).toBeLessThan(1000 + slack());
  });

  it('slow but alive (each token within the idle timeout): the whole answer', async () => {
    provider.mode = { kind: 'ok', deltas: ['a', 'b', 'c', 'd', 'e'], delayMs: IDLE_MS / 2 };
    const r = await timed();
    expect(textOf(r.events)).toBe('abcde');
    expect(r.events.some((e) => e.type === 'error')).toBe(false);
    expect(r.events.at(-1)).toMatchObject({ type: 'finish' });
  });
});

describe('a client that goes away cancels the upstream call', () => {
  it('request signal aborted mid-stream: the provider connection is closed', async () => {
    provider.mode = { kind: 'ok', deltas: Array.from({ length: 50 }, (_, i) => `w${i} `), delayMs: 50 };
    const closedBefore = provider.closed;
    const client = new AbortController();
    const { response } = await handlerFor(() => provider.baseURL).handle(post(client.signal));
    const reader = response.body?.getReader();
    await reader?.read();
    client.abort();
    await reader?.cancel().catch(() => {});
    expect(await waitFor(() => provider.closed > closedBefore)).toBe(true);
  });

  it('response body cancelled (no request signal): the provider connection is closed', async () => {
    provider.mode = { kind: 'ok', deltas: Array.from({ length: 50 }, (_, i) => `w${i} `), delayMs: 50 };
    const closedBefore = provider.closed;
    const { response } = await handlerFor(() => provider.baseURL).handle(post());
    const reader = response.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    expect(await waitFor(() => provider.closed > closedBefore)).toBe(true);
  });

  it("the central model's abort signal fires when the client cancels", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    // 200 words, one every 20 ms: still streaming when the client goes away.
    const answer = () => Array.from({ length: 200 }, (_, i) => `w${i + 1}`).join(' ');
    const model = slowModel({ signals, firstTokenMs: 20, chunkMs: 20, answer });
    const handler = createEdgeAIHandler({ models: modelsDouble(), cache: { enabled: false }, central: { model } });
    const { response } = await handler.handle(post());
    const reader = response.body?.getReader();
    await reader?.read();
    expect(signals[0]?.aborted).toBe(false);
    await reader?.cancel();
    expect(await waitFor(() => signals[0]?.aborted === true)).toBe(true);
  });
});

describe('central timeouts from options and the environment', () => {
  it('options win over env, env over the defaults; a malformed env value names the variable', async () => {
    const { centralTimeouts } = await import('../src/central-timeouts.ts');
    expect(centralTimeouts({}, {})).toEqual({ firstTokenMs: 8000, idleMs: 5000 });
    const env = { EDGE_AI_CENTRAL_FIRST_TOKEN_TIMEOUT_MS: '3000', EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS: '2000' };
    expect(centralTimeouts({}, env)).toEqual({ firstTokenMs: 3000, idleMs: 2000 });
    expect(centralTimeouts({ firstTokenTimeoutMs: 100 }, env)).toEqual({ firstTokenMs: 100, idleMs: 2000 });
    expect(() => centralTimeouts({}, { EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS: '5s' })).toThrow(
      /EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS must be a whole number of milliseconds/,
    );
    expect(() => createEdgeAIHandler({ models: modelsDouble() }, { env: { EDGE_AI_POLICY_TIMEOUT_MS: '-1' } })).toThrow(
      /EDGE_AI_POLICY_TIMEOUT_MS/,
    );
  });
});
