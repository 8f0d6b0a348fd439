import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from '@upstash/redis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/net.ts';
import { KVError, type KVStore } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV } from '../src/adapters/redis-kv.ts';
import { createUpstashKV } from '../src/adapters/upstash-kv.ts';
import { startUpstashStandIn, type UpstashStandIn } from './helpers/upstash-standin.ts';

const TIMEOUT = 300;
/** Slack over the timeout for timers and event-loop lag on a loaded machine. */
const SLACK = 500;
/** For checks that are not about the deadline (a loaded machine can take > 300 ms for a local round trip). */
const GENEROUS = 3000;
/** Timeout of the slow-server checks: long enough that a 50–100 ms answer never misses it on a loaded machine. */
const SLOW_TIMEOUT = 1000;

/** Runs `call`, returns the elapsed ms and the error it threw (it must throw). */
async function failure(call: () => Promise<unknown>): Promise<{ ms: number; error: KVError }> {
  const start = performance.now();
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(KVError);
    return { ms: performance.now() - start, error: error as KVError };
  }
  throw new Error('expected the KV call to fail');
}

async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await call();
  return { ms: performance.now() - start, value };
}

/** Every command of the contract, so each one is shown to be bounded. */
const ALL_OPS: [string, (kv: KVStore) => Promise<unknown>][] = [
  ['get', (kv) => kv.get('k')],
  ['mget', (kv) => kv.mget(['k', 'l'])],
  ['set', (kv) => kv.set('k', 'v', { ttlSeconds: 5 })],
  ['setIfAbsent', (kv) => kv.setIfAbsent('lock', 'v', { ttlSeconds: 5 })],
  ['incr', (kv) => kv.incr('n', { ttlSeconds: 5 })],
  ['del', (kv) => kv.del('k')],
];

describe('KV faults: Redis over TCP (node-redis)', () => {
  let server: ChildProcess;
  let port: number;
  let client: ReturnType<typeof createClient>;
  let kv: KVStore;
  beforeAll(async () => {
    port = await freePort();
    server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--enable-debug-command',
        'local',
      ],
      { stdio: 'ignore' },
    );
    client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: 100 } });
    client.on('error', () => {});
    for (let i = 0; i < 100 && !client.isReady; i++) {
      await client.connect().catch(() => new Promise((r) => setTimeout(r, 50)));
    }
    kv = createRedisKV(client, { timeoutMs: TIMEOUT });
  });
  afterAll(async () => {
    server.kill('SIGCONT');
    server.kill();
    client.destroy();
  });

  it('frozen server (SIGSTOP): every command fails with a timeout at the deadline, then recovers', async () => {
    expect(await kv.incr('n')).toBe(1);
    server.kill('SIGSTOP');
    try {
      for (const [op, call] of ALL_OPS) {
        const { ms, error } = await failure(() => call(kv));
        expect(error).toMatchObject({ code: 'timeout', op, store: 'redis' });
        expect(ms).toBeGreaterThanOrEqual(TIMEOUT - 5);
        expect(ms).toBeLessThan(TIMEOUT + SLACK);
      }
    } finally {
      server.kill('SIGCONT');
    }
    await new Promise((r) => setTimeout(r, 100)); // the queued commands drain
    // A timeout is an unknown outcome, not "not written": the server ran the commands it had once thawed.
    expect(await kv.get('lock')).toBe('v');
  });

  it('slow server: an answer inside the timeout is used, one outside it is a timeout', async () => {
    const blocker = client.duplicate();
    await blocker.connect();
    const patient = createRedisKV(client, { timeoutMs: SLOW_TIMEOUT });
    try {
      await patient.set('slow', 'ok');
      const quick = blocker.sendCommand(['DEBUG', 'SLEEP', '0.1']);
      const { value, ms } = await timed(() => patient.get('slow'));
      expect(value).toBe('ok');
      expect(ms).toBeGreaterThanOrEqual(50);
      expect(ms).toBeLessThan(SLOW_TIMEOUT);
      await quick;
      const long = blocker.sendCommand(['DEBUG', 'SLEEP', String((SLOW_TIMEOUT * 2) / 1000)]);
      const { ms: failedMs, error } = await failure(() => patient.get('slow'));
      expect(error.code).toBe('timeout');
      expect(failedMs).toBeLessThan(SLOW_TIMEOUT + SLACK);
      await long;
    } finally {
      blocker.destroy();
    }
  });

  it('down server: a client that is not connected fails at once; one reconnecting fails at the deadline', async () => {
    const closed = createClient({ url: `redis://127.0.0.1:${await freePort()}` });
    const never = createRedisKV(closed, { timeoutMs: TIMEOUT });
    const { ms, error } = await failure(() => never.get('k'));
    expect(error.code).toBe('unavailable');
    expect(ms).toBeLessThan(50);

    const reconnecting = createClient({
      url: `redis://127.0.0.1:${await freePort()}`,
      socket: { reconnectStrategy: 50 },
    });
    reconnecting.on('error', () => {});
    reconnecting.connect().catch(() => {});
    try {
      const kv2 = createRedisKV(reconnecting, { timeoutMs: TIMEOUT });
      for (const [, call] of ALL_OPS) {
        const result = await failure(() => call(kv2));
        expect(result.error.code).toBe('timeout');
        expect(result.ms).toBeLessThan(TIMEOUT + SLACK);
      }
    } finally {
      reconnecting.destroy();
    }
  });

  it('garbage from the server: bounded, typed error', async () => {
    const garbage = await garbageServer();
    const bad = createClient({ url: `redis://127.0.0.1:${garbage.port}`, socket: { reconnectStrategy: 50 } });
    bad.on('error', () => {});
    bad.connect().catch(() => {});
    try {
      const kv3 = createRedisKV(bad, { timeoutMs: TIMEOUT });
      for (const [, call] of ALL_OPS) {
        const { ms, error } = await failure(() => call(kv3));
        expect(['timeout', 'unavailable', 'bad_reply']).toContain(error.code);
        expect(ms).toBeLessThan(TIMEOUT + SLACK);
      }
    } finally {
      bad.destroy();
      await garbage.close();
    }
  });

  it('a reply of the wrong type is a bad_reply, not a wrong value', async () => {
    await client.sendCommand(['RPUSH', 'list', 'a']);
    const { error } = await failure(() => kv.get('list'));
    expect(error.code).toBe('unavailable'); // WRONGTYPE error reply from the server
    const fake = createRedisKV({ sendCommand: async () => ({ weird: true }) }, { timeoutMs: TIMEOUT });
    for (const [, call] of ALL_OPS) expect((await failure(() => call(fake))).error.code).toBe('bad_reply');
  });
});

describe('KV faults: Upstash REST (local stand-in)', () => {
  let standIn: UpstashStandIn;
  const data = new Map<string, string>();
  beforeAll(async () => {
    // A tiny in-memory backend is enough here: the faults are in the transport.
    standIn = await startUpstashStandIn(async ([command, key, value]) => {
      const name = command.toUpperCase();
      if (name === 'GET') return data.get(key) ?? null;
      if (name === 'SET') return data.set(key, value) && 'OK';
      throw new Error(`ERR unknown command '${command}'`);
    });
  });
  afterAll(async () => standIn.close());

  // Both how kvFromEnv builds its client (raw, per-request abort signal, one retry) and a user's default client.
  const clients = {
    configured: (timeoutMs: number) =>
      new Redis({
        url: standIn.url,
        token: standIn.token,
        enableTelemetry: false,
        automaticDeserialization: false,
        retry: { retries: 1, backoff: () => 20 },
        signal: () => AbortSignal.timeout(timeoutMs),
      }),
    'user default': (_timeoutMs: number) =>
      new Redis({ url: standIn.url, token: standIn.token, enableTelemetry: false }),
  };

  for (const [label, make] of Object.entries(clients)) {
    describe(label, () => {
      it('works when the server is fine', async () => {
        standIn.fault = { mode: 'ok' };
        const kv = createUpstashKV(make(GENEROUS), { timeoutMs: GENEROUS });
        await kv.set('a', '"x"');
        if (label === 'configured') expect(await kv.get('a')).toBe('"x"');
      });

      it('frozen server: every command fails with a timeout at the deadline', async () => {
        standIn.fault = { mode: 'frozen' };
        const kv = createUpstashKV(make(TIMEOUT), { timeoutMs: TIMEOUT });
        for (const [op, call] of ALL_OPS) {
          const { ms, error } = await failure(() => call(kv));
          expect(error).toMatchObject({ code: 'timeout', op, store: 'upstash' });
          expect(ms).toBeLessThan(TIMEOUT + SLACK);
        }
        standIn.fault = { mode: 'ok' };
      });

      it('slow server: inside the timeout answers, outside it times out', async () => {
        const kv = createUpstashKV(make(SLOW_TIMEOUT), { timeoutMs: SLOW_TIMEOUT });
        standIn.fault = { mode: 'ok' };
        await kv.set('s', 'v');
        standIn.fault = { mode: 'slow', delayMs: 50 };
        if (label === 'configured') expect(await kv.get('s')).toBe('v');
        else await kv.set('s', 'w');
        standIn.fault = { mode: 'slow', delayMs: SLOW_TIMEOUT * 2 };
        const { ms, error } = await failure(() => kv.set('s', 'v'));
        expect(error.code).toBe('timeout');
        expect(ms).toBeLessThan(SLOW_TIMEOUT + SLACK);
        standIn.fault = { mode: 'ok' };
      });

      it('garbage answers (HTML, cut-off JSON, wrong result type, HTTP 500): typed error, no wait', async () => {
        const kv = createUpstashKV(make(GENEROUS), { timeoutMs: GENEROUS });
        const expected = {
          html: 'bad_reply',
          truncated: 'bad_reply',
          'wrong-type': 'bad_reply',
          error500: 'unavailable',
        };
        for (const [mode, code] of Object.entries(expected)) {
          standIn.fault = { mode } as UpstashStandIn['fault'];
          for (const [op, call] of ALL_OPS) {
            const { ms, error } = await failure(() => call(kv));
            expect([mode, op, error.code]).toEqual([mode, op, code]);
            expect(ms).toBeLessThan(GENEROUS);
          }
        }
        standIn.fault = { mode: 'ok' };
      });
    });
  }

  it('down server (nothing listening): bounded, typed error; the error names no value', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    for (const client of [
      new Redis({ url, token: 't', enableTelemetry: false, automaticDeserialization: false, retry: false }),
      new Redis({ url, token: 't', enableTelemetry: false }), // retries for seconds by default
    ]) {
      const kv = createUpstashKV(client, { timeoutMs: TIMEOUT });
      const { ms, error } = await failure(() => kv.set('k', 'secret-value'));
      expect(['unavailable', 'timeout']).toContain(error.code);
      expect(ms).toBeLessThan(TIMEOUT + SLACK);
      expect(error.message).not.toContain('secret-value');
    }
  });

  it('an error reply from the server does not leak the command into the message', async () => {
    standIn.fault = { mode: 'ok' };
    const kv = createUpstashKV(
      new Redis({ url: standIn.url, token: standIn.token, enableTelemetry: false, automaticDeserialization: false }),
      { timeoutMs: TIMEOUT },
    );
    const { error } = await failure(() => kv.incr('secret-key-value'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/unknown command/);
    expect(error.message).not.toContain('secret-key-value');
  });
});

describe('memory KV is bounded', () => {
  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const kv = createMemoryKV({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) {
      await kv.set(`k${i}`, String(i));
      if (i % 10 === 0) await kv.get('k0'); // k0 stays recently used
    }
    const all = await kv.mget(Array.from({ length: 1000 }, (_, i) => `k${i}`));
    expect(all.filter((v) => v !== null)).toHaveLength(100);
    expect(all[0]).toBe('0');
    expect(all[999]).toBe('999');
    expect(all[1]).toBeNull();
  });

  it('keeps at most maxBytes; one entry larger than the bound is kept alone', async () => {
    const kv = createMemoryKV({ maxBytes: 100_000 });
    for (let i = 0; i < 50; i++) await kv.set(`big${i}`, 'x'.repeat(10_000)); // ~20 KB each as UTF-16
    const kept = (await kv.mget(Array.from({ length: 50 }, (_, i) => `big${i}`))).filter((v) => v !== null);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(5);
    await kv.set('huge', 'y'.repeat(200_000));
    expect(await kv.get('huge')).toHaveLength(200_000);
    expect(await kv.get('big49')).toBeNull();
  });

  it('the default bound holds 10,000 entries', async () => {
    const kv = createMemoryKV();
    for (let i = 0; i < 12_000; i++) await kv.set(`k${i}`, 'v');
    const all = await kv.mget(Array.from({ length: 12_000 }, (_, i) => `k${i}`));
    expect(all.filter((v) => v !== null)).toHaveLength(10_000);
    expect(all[1999]).toBeNull();
    expect(all[2000]).toBe('v');
  });

  it('rejects a bad size at construction', () => {
    expect(() => createMemoryKV({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => createMemoryKV({ maxBytes: 1.5 })).toThrow(/maxBytes/);
  });
});

/** A TCP server that answers anything with bytes that are not RESP. */
async function garbageServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => socket.write('HTTP/1.1 400 Bad Request\r\n\r\n\x00\xff garbage'));
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
