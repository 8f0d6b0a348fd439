/**
 * What each dependency fault costs a request, measured through the real clients against local servers:
 * - the central model: the OpenAI-compatible provider of the AI SDK against a loopback server that misbehaves
 *   (packages/core/test/helpers/fault-provider.ts), with the default timeouts (first token 8000 ms, idle 5000 ms)
 *   unless given: `--first-token-ms N --idle-ms N`;
 * - Edge Config: `@vercel/edge-config` against a loopback server speaking its read API, default policy timeout 500 ms.
 * Stage models are test doubles, so the figures are the fault's cost, not model time. Prints a Markdown table.
 * Usage: node packages/next/bench/faults.ts [--first-token-ms 8000] [--idle-ms 5000] [--runs 3]
 * (KV faults: node packages/core/bench/kv-bench.ts, which needs redis-server.)
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createEdgeAIHandler, createMemoryKV } from '@edge-ai/core';
import { modelsDouble, readUIEvents } from '@edge-ai/core/test';
import { type FaultMode, startFaultProvider } from '../../core/test/helpers/fault-provider.ts';
import { policyFromEnv } from '../src/index.ts';

const arg = (name: string, fallback?: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const firstTokenTimeoutMs = arg('first-token-ms');
const idleTimeoutMs = arg('idle-ms');
const runs = arg('runs', 3) ?? 3;
const rows: string[] = [];
const row = (...cells: string[]) => rows.push(`| ${cells.join(' | ')} |`);
const post = (text = 'Tell me about rainbows, please.') =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: text }),
  });
const silentWarn = console.warn;
console.warn = () => {};

async function refusedURL(path: string): Promise<string> {
  const spare = createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(spare.address() as AddressInfo).port}${path}`;
  await new Promise((r) => spare.close(r));
  return url;
}

// Central model ------------------------------------------------------------------------------------------------
const provider = await startFaultProvider();
const down = await refusedURL('/v1');
const centralCases: [string, FaultMode | 'down'][] = [
  ['healthy (3 tokens)', { kind: 'ok' }],
  ['down (connection refused)', 'down'],
  ['frozen (accepts, never answers)', { kind: 'frozen' }],
  ['HTTP 429 with Retry-After: 7', { kind: 'status', status: 429, headers: { 'retry-after': '7' } }],
  ['HTTP 503 with Retry-After: 30', { kind: 'status', status: 503, headers: { 'retry-after': '30' } }],
  ['HTTP 500', { kind: 'status', status: 500 }],
  ['garbage: HTML with 200', { kind: 'garbage', contentType: 'text/html', body: '<html>proxy error</html>' }],
  [
    'garbage: SSE frames that are not JSON',
    { kind: 'garbage', contentType: 'text/event-stream', body: 'data: {x\n\n' },
  ],
  ['cut before the first token', { kind: 'cut', deltas: [] }],
  ['cut after 2 tokens', { kind: 'cut', deltas: ['one ', 'two '] }],
  ['frozen after 1 token', { kind: 'stall', deltas: ['one '] }],
  ['slow: a token every 1 s (inside the idle timeout)', { kind: 'ok', deltas: ['a', 'b', 'c'], delayMs: 1000 }],
];
row('dependency', 'fault', 'outcome', `time to the outcome, max of ${runs} (ms)`);
row('---', '---', '---', '---');
for (const [name, mode] of centralCases) {
  const handler = createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    cache: { enabled: false },
    central: { baseURL: mode === 'down' ? down : provider.baseURL, modelId: 'm', firstTokenTimeoutMs, idleTimeoutMs },
  });
  let worst = 0;
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    if (mode !== 'down') provider.mode = mode;
    const t0 = performance.now();
    const { response } = await handler.handle(post());
    if (response.headers.get('content-type')?.includes('event-stream')) {
      const { events } = await readUIEvents(response);
      const error = events.find((e) => e.type === 'error')?.errorText as string | undefined;
      const last = events.at(-1)?.type;
      outcome = `200 stream${error ? `, error part "${error.split(':')[0]}"` : ''}, ends with ${last}`;
    } else {
      const { error } = (await response.json()) as { error: { code: string } };
      const retry = response.headers.get('retry-after');
      outcome = `${response.status} ${error.code}${retry ? `, Retry-After: ${retry}` : ''}`;
    }
    worst = Math.max(worst, performance.now() - t0);
  }
  row('central model', name, outcome, worst.toFixed(0));
}
// A client that goes away mid-stream: time from cancelling the response body to the provider seeing its connection closed.
{
  const handler = createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    cache: { enabled: false },
    central: { baseURL: provider.baseURL, modelId: 'm', firstTokenTimeoutMs, idleTimeoutMs },
  });
  provider.mode = { kind: 'ok', deltas: Array.from({ length: 200 }, (_, i) => `w${i} `), delayMs: 50 };
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    const closed = provider.closed;
    const { response } = await handler.handle(post());
    const reader = response.body?.getReader();
    await reader?.read();
    const t0 = performance.now();
    await reader?.cancel();
    while (provider.closed === closed && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 1));
    worst = Math.max(worst, performance.now() - t0);
  }
  row(
    'central model',
    'client cancels mid-stream',
    'upstream request aborted (provider sees the connection close)',
    worst.toFixed(0),
  );
}
await provider.close();

// Edge Config ----------------------------------------------------------------------------------------------------
type EcMode = 'ok' | 'frozen' | 'slow' | 'garbage' | '500';
let ecMode: EcMode = 'ok';
const sockets = new Set<Socket>();
const ec: Server = createServer((_req, res) => void answer(res));
ec.on('connection', (s) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});
async function answer(res: ServerResponse) {
  if (ecMode === 'frozen') return;
  if (ecMode === '500') return res.writeHead(500).end('{}');
  if (ecMode === 'garbage') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
  if (ecMode === 'slow') await new Promise((r) => setTimeout(r, 2000));
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cache: { enabled: false } }));
}
await new Promise<void>((r) => ec.listen(0, '127.0.0.1', r));
const connection = `http://127.0.0.1:${(ec.address() as AddressInfo).port}/ecfg_bench?token=t`;
const ecDown = `${await refusedURL('/ecfg_bench')}?token=t`;
const ecCases: [string, EcMode | 'down'][] = [
  ['healthy', 'ok'],
  ['down (connection refused)', 'down'],
  ['frozen (accepts, never answers)', 'frozen'],
  ['slow (answers after 2 s)', 'slow'],
  ['garbage: HTML with 200', 'garbage'],
  ['HTTP 500', '500'],
];
for (const [name, mode] of ecCases) {
  const handler = createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    central: { offline: true },
    policy: policyFromEnv({ EDGE_CONFIG: mode === 'down' ? ecDown : connection }),
  });
  ecMode = 'ok';
  if (mode !== 'down') await (await handler.handle(post())).response.text(); // a good read first
  ecMode = mode === 'down' ? 'ok' : mode;
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const { response } = await handler.handle(post());
    times.push(performance.now() - t0);
    response.body?.cancel();
    const degraded = response.headers.get('x-edge-ai-degraded');
    const applied = response.headers.get('x-edge-ai-cache') === 'off';
    outcome = `${response.status}, ${applied ? 'policy applied' : 'options apply'}${degraded ? `, x-edge-ai-degraded: ${degraded}` : ''}`;
  }
  const rest = Math.max(...times.slice(1));
  row(
    'Edge Config',
    name,
    mode === 'down' || mode === 'ok' ? outcome : `${outcome} (last good policy)`,
    `first ${times[0].toFixed(0)}, next ${rest.toFixed(0)}`,
  );
}
for (const s of sockets) s.destroy();
await new Promise((r) => ec.close(r));
console.warn = silentWarn;
console.log(rows.join('\n'));
process.exit(0);
