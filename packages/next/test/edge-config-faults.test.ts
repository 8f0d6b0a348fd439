import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { createMemoryKV } from '@edge-ai/core';
import { modelsDouble } from '@edge-ai/core/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { policyFromEnv, withEdgeAI } from '../src/index.ts';
import { chatRequest, fetchEvent } from './helpers.ts';

/**
 * Edge Config faults through the real `@vercel/edge-config` client, against a local HTTP server that speaks its
 * read API (`GET /ecfg_…/item/<key>?version=1`, bearer token from the connection string): down, frozen, slow,
 * garbage, 5xx. Every request is answered (200, never 503); a failed read costs at most the policy timeout, once,
 * and the last good policy applies meanwhile, reported as `x-edge-ai-degraded: policy`.
 */
type Mode =
  | { kind: 'ok'; body: unknown; delayMs?: number }
  | { kind: 'frozen' }
  | { kind: 'status'; status: number }
  | { kind: 'garbage'; body: string };

const TIMEOUT_MS = 300;
let mode: Mode = { kind: 'ok', body: { cache: { enabled: false } } };
const seen: { url: string; auth: string | undefined }[] = [];
let server: Server;
const sockets = new Set<Socket>();
let connection: string;
let downConnection: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    void answer(res, mode);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  connection = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ecfg_gatetest?token=secret-token`;
  const spare = createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  downConnection = `http://127.0.0.1:${(spare.address() as AddressInfo).port}/ecfg_gatetest?token=secret-token`;
  await new Promise((r) => spare.close(r));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

async function answer(res: ServerResponse, m: Mode) {
  if (m.kind === 'frozen') return;
  if (m.kind === 'status') {
    res.writeHead(m.status, { 'content-type': 'application/json' });
    return res.end('{"error":{"code":"internal_server_error"}}');
  }
  if (m.kind === 'garbage') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(m.body);
  }
  if (m.delayMs) await new Promise((r) => setTimeout(r, m.delayMs));
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(m.body));
}

function proxyFor(conn: string) {
  return withEdgeAI({
    models: modelsDouble(),
    kv: createMemoryKV(),
    central: { offline: true },
    policy: policyFromEnv({ EDGE_CONFIG: conn }),
    policyTimeoutMs: TIMEOUT_MS,
  });
}

async function ask(proxy: ReturnType<typeof proxyFor>) {
  const t0 = performance.now();
  const response = (await proxy(chatRequest({ prompt: 'How do rainbows form?' }), fetchEvent)) as Response;
  const ms = performance.now() - t0;
  await response.text();
  return {
    status: response.status,
    ms,
    cache: response.headers.get('x-edge-ai-cache'),
    degraded: response.headers.get('x-edge-ai-degraded'),
  };
}

describe('Edge Config through @vercel/edge-config against a local server', () => {
  it('healthy: the policy is read with the token and applied', async () => {
    mode = { kind: 'ok', body: { cache: { enabled: false } } };
    seen.length = 0;
    const r = await ask(proxyFor(connection));
    expect(r).toMatchObject({ status: 200, cache: 'off', degraded: null });
    expect(seen[0]).toEqual({ url: '/ecfg_gatetest/item/edge-ai?version=1', auth: 'Bearer secret-token' });
  });

  const faults: [string, Mode | 'down'][] = [
    ['down (connection refused)', 'down'],
    ['frozen (never answers)', { kind: 'frozen' }],
    [
      'slow (answers after 3x the timeout)',
      { kind: 'ok', body: { cache: { enabled: true } }, delayMs: TIMEOUT_MS * 3 },
    ],
    ['garbage (an HTML page with 200)', { kind: 'garbage', body: '<html>oops</html>' }],
    ['500', { kind: 'status', status: 500 }],
  ];
  for (const [name, fault] of faults) {
    it(`${name}: 200 with the last good policy, one request pays at most the timeout, the next ones nothing`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const proxy = proxyFor(fault === 'down' ? downConnection : connection);
      // A good read first (for "down", there is none: the options apply).
      if (fault !== 'down') {
        mode = { kind: 'ok', body: { cache: { enabled: false } } };
        expect((await ask(proxy)).cache).toBe('off');
        mode = fault;
      }
      const first = await ask(proxy);
      const readsAfterFirst = seen.length;
      const next = [];
      for (let i = 0; i < 5; i++) next.push(await ask(proxy));
      // The source is not asked again while the last failure is recent: the next requests pay nothing for it.
      expect(seen.length).toBe(readsAfterFirst);
      warn.mockRestore();
      expect(first.status).toBe(200);
      expect(first.degraded).toBe('policy');
      expect(first.cache === 'off').toBe(fault !== 'down');
      // Wall-clock bounds: tight when this process can have a core, generous on a saturated machine.
      const idle = loadavg()[0] < cpus().length;
      expect(first.ms).toBeLessThan(TIMEOUT_MS + (idle ? 250 : 1500));
      for (const r of next) {
        expect(r.status).toBe(200);
        expect(r.degraded).toBe('policy');
        expect(r.cache === 'off').toBe(fault !== 'down');
      }
      expect(Math.max(...next.map((r) => r.ms))).toBeLessThan(idle ? 100 : 1000);
      console.log(
        `edge-config ${name}: first ${first.ms.toFixed(0)} ms, next max ${Math.max(...next.map((r) => r.ms)).toFixed(0)} ms`,
      );
    });
  }

  it('slow but within the timeout: applied', async () => {
    mode = { kind: 'ok', body: { cache: { enabled: false } }, delayMs: TIMEOUT_MS / 3 };
    const r = await ask(proxyFor(connection));
    expect(r).toMatchObject({ status: 200, cache: 'off', degraded: null });
  });

  it('valid JSON of the wrong shape: policy_invalid, ignored, answered', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mode = { kind: 'ok', body: { pii: { engine: { nonsense: 1 } }, toxicity: { escalateThreshold: 0.99 } } };
    const r = await ask(proxyFor(connection));
    expect(r).toMatchObject({ status: 200, degraded: 'policy' });
    expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
      expect.stringMatching(
        /^\[edge-ai\] policy_invalid: pii\.engine\.nonsense: unknown key, ignored; policy_invalid: toxicity\.escalateThreshold/,
      ),
    ]);
    warn.mockRestore();
  });
});
