import {
  createMemoryKV,
  createRedisKV,
  createUpstashKV,
  DEFAULT_KV_TIMEOUT_MS,
  EdgeAIConfigError,
  KVError,
  type KVStore,
  type RedisCommandClient,
  type UpstashClient,
} from '@edge-ai/core';
import { onceAsync } from './once.ts';

type Env = Record<string, string | undefined>;
type KVPackage = '@vercel/kv' | '@upstash/redis' | 'redis';
/** Imports one of the KV SDKs (the default imports the installed package; tests hand in a stand-in). */
export type KVPackageImporter = (name: KVPackage) => Promise<Record<string, unknown>>;

/** Literal specifiers, so bundlers and output tracing see the packages. */
const importInstalled: KVPackageImporter = async (name) => {
  if (name === '@vercel/kv') return (await import('@vercel/kv')) as Record<string, unknown>;
  if (name === '@upstash/redis') return (await import('@upstash/redis')) as Record<string, unknown>;
  return (await import('redis')) as Record<string, unknown>;
};

/**
 * KV from the environment, first match wins:
 * 1. `KV_REST_API_URL` + `KV_REST_API_TOKEN` (Vercel KV / Upstash from the Vercel marketplace), else
 * 2. `UPSTASH_REDIS_REST_URL` + `UPSTASH_REDIS_REST_TOKEN`: Upstash REST through `@upstash/redis`, else `@vercel/kv`;
 * 3. `EDGE_AI_REDIS_URL`, else `REDIS_URL` (`redis://…`, `rediss://…`): node-redis (`redis`); `EDGE_AI_REDIS_CLUSTER=1` for Redis Cluster;
 * 4. in-memory LRU (`EDGE_AI_KV_MAX_ENTRIES`, default 10,000).
 * `EDGE_AI_KV_TIMEOUT_MS` bounds every command (default 500); `EDGE_AI_KV_CONNECT_TIMEOUT_MS` building the client on
 * first use: the SDK import and, for Redis, the first connection (default 2000; a refused connection ends it at once). The SDKs are optional peer dependencies, imported on first
 * use; a configured one that is not installed fails with an EdgeAIConfigError naming the package to install.
 */
/** `importer` imports the SDKs (default: the installed packages). */
export function kvFromEnv(env: Env = process.env, importer: KVPackageImporter = importInstalled): KVStore {
  const load = (name: KVPackage, because: string) => importKVPackage(name, because, importer);
  const timeoutMs = intFromEnv(env, 'EDGE_AI_KV_TIMEOUT_MS', 60_000) ?? DEFAULT_KV_TIMEOUT_MS;
  const connectMs = intFromEnv(env, 'EDGE_AI_KV_CONNECT_TIMEOUT_MS', 60_000) ?? Math.max(2000, timeoutMs);
  // The SDK is imported in the background now (no connection is made), so the first request does not pay for it.
  const prewarm = (name: KVPackage) =>
    void Promise.resolve(name)
      .then(importer)
      .catch(() => {});
  if (env.KV_REST_API_URL && env.KV_REST_API_TOKEN) {
    prewarm('@upstash/redis');
    return restKV(
      env.KV_REST_API_URL,
      env.KV_REST_API_TOKEN,
      '@vercel/kv',
      'KV_REST_API_URL',
      { timeoutMs, connectMs },
      load,
    );
  }
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    prewarm('@upstash/redis');
    const [url, token] = [env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN];
    return restKV(url, token, '@upstash/redis', 'UPSTASH_REDIS_REST_URL', { timeoutMs, connectMs }, load);
  }
  const redisUrl = env.EDGE_AI_REDIS_URL ?? env.REDIS_URL;
  if (redisUrl) {
    prewarm('redis');
    const cluster = ['1', 'true'].includes(env.EDGE_AI_REDIS_CLUSTER ?? '');
    const variable = env.EDGE_AI_REDIS_URL ? 'EDGE_AI_REDIS_URL' : 'REDIS_URL';
    return tcpKV(redisUrl, cluster, variable, { timeoutMs, connectMs }, load);
  }
  return createMemoryKV({ maxEntries: intFromEnv(env, 'EDGE_AI_KV_MAX_ENTRIES') });
}

/** Imports an optional peer dependency; a missing one becomes an EdgeAIConfigError naming it. */
export async function importKVPackage(
  name: KVPackage,
  because: string,
  importer: KVPackageImporter = importInstalled,
): Promise<Record<string, unknown>> {
  try {
    return await importer(name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new EdgeAIConfigError(`edge-ai: ${because} is set, which needs the package ${name}: npm install ${name}`);
  }
}

/** REST client from `@upstash/redis` (no side effects on import), else `@vercel/kv` (which wraps it). */
function restKV(
  url: string,
  token: string,
  suggest: KVPackage,
  variable: string,
  { timeoutMs, connectMs }: { timeoutMs: number; connectMs: number },
  load: typeof importKVPackage,
): KVStore {
  return lazyKV('upstash', connectMs, async () => {
    for (const name of ['@upstash/redis', '@vercel/kv'] as const) {
      try {
        const sdk = await load(name, variable);
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
      `edge-ai: ${variable} is set, which needs the package @vercel/kv or @upstash/redis: npm install ${suggest}`,
    );
  });
}

function tcpKV(
  url: string,
  cluster: boolean,
  variable: string,
  timing: { timeoutMs: number; connectMs: number },
  load: typeof importKVPackage,
): KVStore {
  type Client = {
    readonly isReady: boolean;
    on(event: string, listener: (error?: unknown) => void): unknown;
    connect(): Promise<unknown>;
  };
  let failed = false; // a connection error since the last 'ready'
  return lazyKV('redis', timing.connectMs, async () => {
    const sdk = await load('redis', variable);
    const socket = {
      connectTimeout: timing.connectMs,
      reconnectStrategy: (n: number) => Math.min(50 * 2 ** n, 2000),
    };
    const created = (
      cluster
        ? (sdk.createCluster as (o: object) => Client)({ rootNodes: [{ url, socket }] })
        : (sdk.createClient as (o: object) => Client)({ url, socket })
    ) as Client;
    created.on('error', (error) => {
      if (!failed)
        console.warn(`[edge-ai] Redis (${variable}): ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    });
    created.on('ready', () => {
      failed = false;
    });
    // Wait for the first connection (or its first failure) up to connectMs; after that, commands queue while the
    // client reconnects, each bounded by the timeout.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timing.connectMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      created.connect().then(done, done);
      created.on('error', done);
    });
    const redis = createRedisKV(created as unknown as RedisCommandClient, { timeoutMs: timing.timeoutMs });
    // While the connection is known to be down, commands fail at once instead of waiting for the timeout.
    const failFast =
      <A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (failed && !created.isReady) throw new KVError('redis', op, 'unavailable', 'not connected');
        return fn(...args);
      };
    return {
      name: redis.name,
      get: failFast('get', redis.get),
      mget: failFast('mget', redis.mget),
      set: failFast('set', redis.set),
      setIfAbsent: failFast('setIfAbsent', redis.setIfAbsent),
      incr: failFast('incr', redis.incr),
      del: failFast('del', redis.del),
    };
  });
}

/**
 * A store whose adapter is built on first use, the build bounded by `loadMs` (then each command by the adapter). A failed
 * build fails that call and is retried on the next; a configuration error (missing package) is logged once, so the
 * package to install is named in the server log, and thrown as is.
 */
function lazyKV(name: string, loadMs: number, create: () => Promise<KVStore>): KVStore {
  let logged = false;
  const load = onceAsync(create);
  const get = async (op: string) => {
    try {
      return await load();
    } catch (error) {
      if (error instanceof EdgeAIConfigError) {
        if (!logged) console.error(`[edge-ai] ${error.message}`);
        logged = true;
        throw error;
      }
      const detail = error instanceof Error ? error.message : String(error);
      throw new KVError(name, op, 'unavailable', detail, { cause: error });
    }
  };
  // Only building the store is bounded here; the adapter bounds each command itself.
  const ready = (op: string): Promise<KVStore> =>
    new Promise<KVStore>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new KVError(name, op, 'timeout', `store not ready within ${loadMs} ms`)),
        loadMs,
      );
      get(op)
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  const call = async <T>(op: string, run: (store: KVStore) => Promise<T>): Promise<T> => run(await ready(op));
  return {
    name,
    get: (key) => call('get', (s) => s.get(key)),
    mget: (keys) => call('mget', (s) => s.mget(keys)),
    set: (key, value, options) => call('set', (s) => s.set(key, value, options)),
    setIfAbsent: (key, value, options) => call('setIfAbsent', (s) => s.setIfAbsent(key, value, options)),
    incr: (key, options) => call('incr', (s) => s.incr(key, options)),
    del: (key) => call('del', (s) => s.del(key)),
  };
}

/** True for a module-not-found error (ESM or CommonJS), also when wrapped as a cause. */
export function isNotFound(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return true;
    if (/Cannot find (module|package)/.test(String(e))) return true;
  }
  return false;
}

function intFromEnv(env: Env, name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new EdgeAIConfigError(
      `edge-ai: invalid environment\n  - ${name}: expected an integer from 1 to ${max}, got "${raw}"`,
    );
  }
  return value;
}
