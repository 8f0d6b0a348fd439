import { EdgeAIConfigError } from '../errors.ts';
import { KVError, type KVStore } from './kv.ts';
import { createRedisKV, type RedisCommandClient } from './redis-kv.ts';
import { createUpstashKV, type UpstashClient } from './upstash-kv.ts';

/** What `withEdgeAI({ kv })` and `vault.kv` accept: a KVStore, or a client object that is wrapped for you. */
export type KVInput = KVStore | Omit<KVStore, 'mget'> | UpstashClient | RedisCommandClient | object;

const has = (value: object, methods: string[]) =>
  methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
const STORE_METHODS = ['get', 'set', 'setIfAbsent', 'incr', 'del'];

/**
 * True for a value `toKVStore` can take. `@vercel/kv`'s `kv` is a Proxy that builds its client (and throws without
 * KV_REST_API_URL / KV_REST_API_TOKEN) on the first property read; `'get' in kv` does not read, so such an object is
 * accepted here and only looked at on its first command.
 */
export function isKVInput(value: unknown): value is KVInput {
  if (typeof value !== 'object' || value === null) return false;
  if (!('get' in value)) return true; // a lazy client (Proxy), checked on first use
  return has(value, STORE_METHODS) || has(value, ['sendCommand']) || has(value, ['get', 'set', 'eval', 'del']);
}

/**
 * A KVStore from what the user passed:
 * - a KVStore (one without `mget` gets a batched get made of single gets);
 * - a node-redis client or cluster (`createClient()` / `createCluster()` from `redis`, connected) -> createRedisKV;
 * - an `@upstash/redis` `Redis` or `@vercel/kv` client (`import { kv } from '@vercel/kv'`) -> createUpstashKV.
 * Anything else throws EdgeAIConfigError.
 */
export function toKVStore(value: unknown, options: { timeoutMs?: number; field?: string } = {}): KVStore {
  const field = options.field ?? 'kv';
  if (typeof value !== 'object' || value === null) throw invalid(field);
  if (!('get' in value)) return lazyStore(value, options);
  if (has(value, STORE_METHODS)) return withMget(value as Omit<KVStore, 'mget'> & Partial<KVStore>);
  if (has(value, ['sendCommand'])) return createRedisKV(value as unknown as RedisCommandClient, options);
  if (has(value, ['get', 'set', 'eval', 'del'])) return createUpstashKV(value as unknown as UpstashClient, options);
  throw invalid(field);
}

function invalid(field: string) {
  return new EdgeAIConfigError(
    `edge-ai: invalid options\n  - ${field}: expected a KVStore (get/mget/set/setIfAbsent/incr/del), a node-redis client, ` +
      'or an @upstash/redis / @vercel/kv client',
  );
}

function withMget(store: Omit<KVStore, 'mget'> & Partial<KVStore>): KVStore {
  if (typeof store.mget === 'function') return store as KVStore;
  return {
    name: store.name,
    get: (key) => store.get(key),
    mget: (keys) => Promise.all(keys.map((key) => store.get(key))),
    set: (key, value, o) => store.set(key, value, o),
    setIfAbsent: (key, value, o) => store.setIfAbsent(key, value, o),
    incr: (key, o) => store.incr(key, o),
    del: (key) => store.del(key),
  };
}

/**
 * Resolves the client on its first command (see isKVInput). A client that cannot be built (e.g. @vercel/kv without its
 * environment variables) fails that call with KVError('unavailable') naming the reason, and is tried again next call.
 */
function lazyStore(value: object, options: { timeoutMs?: number; field?: string }): KVStore {
  const name = 'upstash';
  let store: KVStore | undefined;
  const get = (op: string) => {
    try {
      store ??= toKVStore(resolveProxy(value), options);
      return store;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new KVError(name, op, 'unavailable', detail, { cause: error });
    }
  };
  return {
    name,
    get: async (key) => get('get').get(key),
    mget: async (keys) => get('mget').mget(keys),
    set: async (key, v, o) => get('set').set(key, v, o),
    setIfAbsent: async (key, v, o) => get('setIfAbsent').setIfAbsent(key, v, o),
    incr: async (key, o) => get('incr').incr(key, o),
    del: async (key) => get('del').del(key),
  };
}

/** Reads the methods through the proxy (building its client), as a plain object toKVStore can classify. */
function resolveProxy(value: object): object {
  const target = value as Record<string, unknown>;
  const pick = (m: string) =>
    typeof target[m] === 'function' ? (target[m] as (...a: unknown[]) => unknown) : undefined;
  const methods = ['get', 'mget', 'set', 'eval', 'del', 'sendCommand', 'setIfAbsent', 'incr'];
  const out: Record<string, unknown> = { opts: target.opts };
  for (const m of methods) {
    const fn = pick(m);
    if (fn) out[m] = (...args: unknown[]) => fn.apply(value, args);
  }
  if (!('get' in out)) throw invalid('kv');
  return out;
}
