import {
  createMemoryKV,
  createRedisKV,
  createUpstashKV,
  DEFAULT_KV_TIMEOUT_MS,
  EdgeAIConfigError,
  KVError,
  type KVStore,
  onceAsync,
  type RedisCommandClient,
  type UpstashClient,
} from '@edge-ai/core';

type Env = Record<string, string | undefined>;
type KVPackage = '@vercel/kv' | '@upstash/redis' | 'redis';

/**
 * KV from the environment, first match wins:
 * 1. `KV_REST_API_URL` + `KV_REST_API_TOKEN` (Vercel KV / Upstash from the Vercel marketplace): `@vercel/kv`, else `@upstash/redis`;
 * 2. `UPSTASH_REDIS_REST_URL` + `UPSTASH_REDIS_REST_TOKEN`: `@upstash/redis`, else `@vercel/kv`;
 * 3. `EDGE_AI_REDIS_URL`, else `REDIS_URL` (`redis://…`, `rediss://…`): node-redis (`redis`); `EDGE_AI_REDIS_CLUSTER=1` for Redis Cluster;
 * 4. in-memory LRU (`EDGE_AI_KV_MAX_ENTRIES`, default 10,000).
 * `EDGE_AI_KV_TIMEOUT_MS` bounds every command (default 500). The SDKs are optional peer dependencies, imported on first
 * use; a configured one that is not installed fails with an EdgeAIConfigError naming the package to install.
 */
export function kvFromEnv(env: Env = process.env): KVStore {
  const timeoutMs = intFromEnv(env, 'EDGE_AI_KV_TIMEOUT_MS') ?? DEFAULT_KV_TIMEOUT_MS;
  if (env.KV_REST_API_URL && env.KV_REST_API_TOKEN) {
    return restKV(
      env.KV_REST_API_URL,
      env.KV_REST_API_TOKEN,
      ['@vercel/kv', '@upstash/redis'],
      'KV_REST_API_URL',
      timeoutMs,
    );
  }
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    const [url, token] = [env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN];
    return restKV(url, token, ['@upstash/redis', '@vercel/kv'], 'UPSTASH_REDIS_REST_URL', timeoutMs);
  }
  const redisUrl = env.EDGE_AI_REDIS_URL ?? env.REDIS_URL;
  if (redisUrl) {
    const cluster = ['1', 'true'].includes(env.EDGE_AI_REDIS_CLUSTER ?? '');
    return tcpKV(redisUrl, cluster, env.EDGE_AI_REDIS_URL ? 'EDGE_AI_REDIS_URL' : 'REDIS_URL', timeoutMs);
  }
  return createMemoryKV({ maxEntries: intFromEnv(env, 'EDGE_AI_KV_MAX_ENTRIES') });
}

/** Imports an optional peer dependency; a missing one becomes an EdgeAIConfigError naming it. */
export async function importKVPackage(name: KVPackage, because: string): Promise<Record<string, unknown>> {
  try {
    // Literal specifiers, so bundlers and output tracing see the packages.
    if (name === '@vercel/kv') return (await import('@vercel/kv')) as Record<string, unknown>;
    if (name === '@upstash/redis') return (await import('@upstash/redis')) as Record<string, unknown>;
    return (await import('redis')) as Record<string, unknown>;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new EdgeAIConfigError(`edge-ai: ${because} is set, which needs the package ${name}: npm install ${name}`);
  }
}

function restKV(url: string, token: string, packages: KVPackage[], variable: string, timeoutMs: number): KVStore {
  return lazyKV('upstash', async () => {
    for (const name of packages) {
      try {
        const sdk = await importKVPackage(name, variable);
        const config = {
          url,
          token,
          automaticDeserialization: false,
          enableTelemetry: false,
          // One bounded attempt per command: the adapter's timeout is the budget, and this cancels the HTTP request.
          retry: { retries: 1, backoff: () => 20 },
          signal: () => AbortSignal.timeout(timeoutMs),
        };
        const client =
          name === '@vercel/kv'
            ? (sdk.createClient as (c: object) => unknown)(config)
            : new (sdk.Redis as new (c: object) => unknown)(config);
        return createUpstashKV(client as UpstashClient, { timeoutMs });
      } catch (error) {
        if (!(error instanceof EdgeAIConfigError)) throw error;
      }
    }
    throw new EdgeAIConfigError(
      `edge-ai: ${variable} is set, which needs the package ${packages[0]} (or ${packages[1]}): npm install ${packages[0]}`,
    );
  });
}

function tcpKV(url: string, cluster: boolean, variable: string, timeoutMs: number): KVStore {
  let down = false; // true after a connection error, until the client is ready again: commands fail at once
  let reported = false;
  const store = lazyKV('redis', async () => {
    const sdk = await importKVPackage('redis', variable);
    const socket = {
      connectTimeout: Math.max(timeoutMs, 1000),
      reconnectStrategy: (n: number) => Math.min(50 * 2 ** n, 2000),
    };
    type Client = {
      on(event: string, listener: (error?: unknown) => void): unknown;
      connect(): Promise<unknown>;
    };
    const client = (
      cluster
        ? (sdk.createCluster as (o: object) => Client)({ rootNodes: [{ url, socket }] })
        : (sdk.createClient as (o: object) => Client)({ url, socket })
    ) as Client;
    client.on('error', (error) => {
      down = true;
      if (!reported)
        console.warn(`[edge-ai] Redis (${variable}): ${error instanceof Error ? error.message : String(error)}`);
      reported = true;
    });
    client.on('ready', () => {
      down = false;
      reported = false;
    });
    // Not awaited: commands queue until the connection is up, each bounded by the timeout.
    client.connect().catch(() => {});
    return createRedisKV(client as unknown as RedisCommandClient, { timeoutMs });
  });
  const failFast =
    <A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (down) throw new KVError('redis', op, 'unavailable', 'not connected');
      return fn(...args);
    };
  return {
    name: store.name,
    get: failFast('get', store.get),
    mget: failFast('mget', store.mget),
    set: failFast('set', store.set),
    setIfAbsent: failFast('setIfAbsent', store.setIfAbsent),
    incr: failFast('incr', store.incr),
    del: failFast('del', store.del),
  };
}

/**
 * A store whose adapter is built on first use. A failed build (missing package) fails that call and is retried on the
 * next; a configuration error is logged once, so the missing package is named in the server log.
 */
function lazyKV(name: string, create: () => Promise<KVStore>): KVStore {
  let logged = false;
  const load = onceAsync(create);
  const get = async (op: string) => {
    try {
      return await load();
    } catch (error) {
      if (error instanceof EdgeAIConfigError && !logged) console.error(`[edge-ai] ${error.message}`);
      logged = true;
      if (error instanceof EdgeAIConfigError) throw error;
      throw new KVError(name, op, 'unavailable', error instanceof Error ? error.message : String(error), {
        cause: error,
      });
    }
  };
  return {
    name,
    get: async (key) => (await get('get')).get(key),
    mget: async (keys) => (await get('mget')).mget(keys),
    set: async (key, value, options) => (await get('set')).set(key, value, options),
    setIfAbsent: async (key, value, options) => (await get('setIfAbsent')).setIfAbsent(key, value, options),
    incr: async (key, options) => (await get('incr')).incr(key, options),
    del: async (key) => (await get('del')).del(key),
  };
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(error))
  );
}

function intFromEnv(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new EdgeAIConfigError(`edge-ai: invalid environment\n  - ${name}: expected a positive integer, got "${raw}"`);
  }
  return value;
}
