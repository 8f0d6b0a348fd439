/**
 * KV adapters: p50/p99 latency of get, mget(50), set, setIfAbsent and incr on in-memory, a real redis-server over TCP and
 * the Upstash REST protocol (local stand-in in front of the same server; loopback, so this is the adapters' own cost,
 * not a network's), then what each fault costs a caller with a 300 ms timeout: frozen (SIGSTOP), down, garbage.
 * Needs redis-server on the PATH. Usage: node packages/core/bench/kv-bench.ts [iterations=300]
 */
import { spawn } from 'node:child_process';
import { Redis } from '@upstash/redis';
import { createClient } from 'redis';
import { freePort } from '../../../test/net.ts';
import type { KVStore } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV } from '../src/adapters/redis-kv.ts';
import { createUpstashKV } from '../src/adapters/upstash-kv.ts';
import { startUpstashStandIn } from '../test/helpers/upstash-standin.ts';

const iterations = Number(process.argv[2] ?? 300);
const TIMEOUT = 300;

const port = await freePort();
const server = spawn(
  'redis-server',
  ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
  {
    stdio: 'ignore',
  },
);
const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: 100 } });
client.on('error', () => {});
for (let i = 0; i < 100 && !client.isReady; i++)
  await client.connect().catch(() => new Promise((r) => setTimeout(r, 50)));
const standIn = await startUpstashStandIn((args) => client.sendCommand(args));
const rest = (deserialize: boolean) =>
  new Redis({ url: standIn.url, token: standIn.token, enableTelemetry: false, automaticDeserialization: deserialize });

const stores: Record<string, KVStore> = {
  memory: createMemoryKV(),
  'redis tcp': createRedisKV(client, { timeoutMs: 5000 }),
  'upstash rest (raw client)': createUpstashKV(rest(false), { timeoutMs: 5000 }),
  'upstash rest (deserializing client)': createUpstashKV(rest(true), { timeoutMs: 5000 }),
};

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];
const latency: Record<string, Record<string, string>> = {};
for (const [name, kv] of Object.entries(stores)) {
  const keys = Array.from({ length: 50 }, (_, i) => `bench:${name}:${i}`);
  await Promise.all(keys.map((k) => kv.set(k, 'x'.repeat(200))));
  const ops: Record<string, (i: number) => Promise<unknown>> = {
    get: (i) => kv.get(keys[i % 50]),
    'mget(50)': () => kv.mget(keys),
    set: (i) => kv.set(keys[i % 50], 'y'.repeat(200), { ttlSeconds: 60 }),
    setIfAbsent: (i) => kv.setIfAbsent(`bench:${name}:lock:${i}`, '1', { ttlSeconds: 60 }),
    incr: () => kv.incr(`bench:${name}:n`, { ttlSeconds: 60 }),
  };
  latency[name] = {};
  for (const [op, run] of Object.entries(ops)) {
    const ms: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await run(i);
      ms.push(performance.now() - start);
    }
    latency[name][op] = `${pct(ms, 0.5).toFixed(3)} / ${pct(ms, 0.99).toFixed(3)} ms`;
  }
}
console.log(`latency p50 / p99 (${iterations} calls each)`);
console.table(latency);

async function cost(call: () => Promise<unknown>): Promise<string> {
  const start = performance.now();
  try {
    await call();
    return `ok in ${(performance.now() - start).toFixed(0)} ms`;
  } catch (error) {
    return `${(error as { code?: string }).code ?? (error as Error).name} in ${(performance.now() - start).toFixed(0)} ms`;
  }
}

const faults: Record<string, string> = {};
const tcp = createRedisKV(client, { timeoutMs: TIMEOUT });
server.kill('SIGSTOP');
faults['redis frozen (SIGSTOP): get'] = await cost(() => tcp.get('k'));
faults['redis frozen (SIGSTOP): incr'] = await cost(() => tcp.incr('n'));
server.kill('SIGCONT');
const downClient = createClient({ url: `redis://127.0.0.1:${await freePort()}`, socket: { reconnectStrategy: 50 } });
downClient.on('error', () => {});
downClient.connect().catch(() => {});
faults['redis down, client reconnecting: get'] = await cost(() =>
  createRedisKV(downClient, { timeoutMs: TIMEOUT }).get('k'),
);
downClient.destroy();
const restKV = createUpstashKV(rest(false), { timeoutMs: TIMEOUT });
for (const mode of ['frozen', 'html', 'truncated', 'wrong-type', 'error500'] as const) {
  standIn.fault = { mode };
  faults[`upstash rest ${mode}: get`] = await cost(() => restKV.get('k'));
}
standIn.fault = { mode: 'ok' };
const downRest = createUpstashKV(
  new Redis({ url: `http://127.0.0.1:${await freePort()}`, token: 't', enableTelemetry: false }),
  {
    timeoutMs: TIMEOUT,
  },
);
faults['upstash rest down (default client, 5 retries): get'] = await cost(() => downRest.get('k'));
console.log(`faults, timeout ${TIMEOUT} ms`);
console.table(faults);

await standIn.close();
client.destroy();
server.kill();
process.exit(0);
