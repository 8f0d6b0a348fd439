import { Redis } from '@upstash/redis';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { createClient } from 'redis';
import { afterAll, beforeAll } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV, type RedisCommandClient } from '../src/adapters/redis-kv.ts';
import { createUpstashKV } from '../src/adapters/upstash-kv.ts';
import { kvContract } from './kv-contract.ts';

const redisUrl = () => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
  return url;
};

async function redisClient() {
  const client = createClient({ url: redisUrl() });
  await client.connect();
  return client;
}

kvContract('memory', async () => ({ kv: createMemoryKV() }));

kvContract('redis (real redis-server)', async () => {
  const client = await redisClient();
  return { kv: createRedisKV(client as unknown as RedisCommandClient), close: async () => void (await client.quit()) };
});

// Upstash speaks REST: msw stands in for its HTTP endpoint and forwards each command to the real Redis server,
// so the adapter is exercised over the real @upstash/redis client and real Redis semantics.
const UPSTASH = 'https://upstash.test';
let backend: Awaited<ReturnType<typeof redisClient>>;
// Upstash's REST protocol: with `Upstash-Encoding: base64` every string in a result is base64-encoded.
const encode = (value: unknown, base64: boolean): unknown => {
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  return base64 && typeof value === 'string' ? Buffer.from(value).toString('base64') : value;
};
async function run(command: (string | number)[], base64: boolean) {
  try {
    return { result: encode(await backend.sendCommand(command.map(String)), base64) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
const isBase64 = (request: Request) => request.headers.get('upstash-encoding') === 'base64';
const authorized = (request: Request) => request.headers.get('authorization') === 'Bearer test-token';
const server = setupServer(
  http.post(`${UPSTASH}/`, async ({ request }) => {
    if (!authorized(request)) return HttpResponse.json({ error: 'unauthorized' }, { status: 401 });
    const reply = await run((await request.json()) as (string | number)[], isBase64(request));
    return HttpResponse.json(reply, { status: 'error' in reply ? 400 : 200 });
  }),
  http.post(`${UPSTASH}/pipeline`, async ({ request }) => {
    if (!authorized(request)) return HttpResponse.json({ error: 'unauthorized' }, { status: 401 });
    const commands = (await request.json()) as (string | number)[][];
    const replies = [];
    for (const command of commands) replies.push(await run(command, isBase64(request)));
    return HttpResponse.json(replies);
  }),
);
beforeAll(async () => {
  backend = await redisClient();
  server.listen({ onUnhandledFrame: 'error' });
});
afterAll(async () => {
  server.close();
  await backend.quit();
});

kvContract('upstash REST (msw in front of redis-server)', async () => ({
  kv: createUpstashKV(
    new Redis({ url: UPSTASH, token: 'test-token', automaticDeserialization: false, enableTelemetry: false }),
  ),
}));
