import { randomBytes } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createUpstashKV } from '../src/adapters/upstash-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { startUpstashStandIn, type UpstashStandIn } from './helpers/upstash-standin.ts';

const TIMEOUT = 300;
const SLACK = 500; // event-loop lag on a loaded machine

function chat(text: string) {
  return new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'c1', messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text }] }] }),
  });
}

/** What a request costs and how it ends when the KV misbehaves: the documented outcomes (cache open, PII closed). */
describe('KV fault outcomes through the handler', () => {
  let standIn: UpstashStandIn;
  const memory = createMemoryKV();
  beforeAll(async () => {
    standIn = await startUpstashStandIn(async ([command, ...args]) => {
      // The REST stand-in runs commands on the memory store (enough for GET/SET/EVAL-free calls of this test).
      if (command === 'get') return memory.get(args[0]);
      if (command === 'set') return memory.set(args[0], args[1]).then(() => 'OK');
      throw new Error(`ERR unsupported ${command}`);
    });
  });
  afterAll(async () => standIn.close());

  const handler = () =>
    createEdgeAIHandler({
      central: { offline: true },
      models: modelsDouble(),
      kv: createUpstashKV(
        new Redis({ url: standIn.url, token: standIn.token, automaticDeserialization: false, enableTelemetry: false }),
        { timeoutMs: TIMEOUT },
      ),
      pii: { engine: { vault: { key: randomBytes(32).toString('base64') } } },
    });

  for (const mode of ['frozen', 'error500', 'html'] as const) {
    it(`${mode} KV: a request without personal data is answered (cache degraded to a miss) within the timeout`, async () => {
      standIn.fault = { mode };
      try {
        const start = performance.now();
        const { response, pending } = await handler().handle(chat('How do rainbows form after rain?'));
        expect(performance.now() - start).toBeLessThan(TIMEOUT + SLACK); // until the response starts
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('text-delta');
        expect(response.headers.get('server-timing')).toMatch(/cache;dur=[0-9.]+;desc="degraded"/);
        await pending; // the cache write fails in the background, never rejects
      } finally {
        standIn.fault = { mode: 'ok' };
      }
    });

    it(`${mode} KV: a request with personal data fails closed (503) within the timeout`, async () => {
      standIn.fault = { mode };
      try {
        const start = performance.now();
        const { response } = await handler().handle(chat('My email is jonas.weber@example.com'));
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ error: { code: 'stage_unavailable' } });
        expect(performance.now() - start).toBeLessThan(TIMEOUT + SLACK);
      } finally {
        standIn.fault = { mode: 'ok' };
      }
    });
  }
});
