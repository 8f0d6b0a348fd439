import { KVError, type KVErrorCode, type KVStore } from './kv.ts';
import { guarded, kvTimeout, replies, ttlSeconds } from './kv-guard.ts';

/** The subset of an `@upstash/redis` `Redis` client (and `@vercel/kv`'s `kv` / `createClient()`) used here. */
export interface UpstashClient {
  get(key: string): Promise<unknown>;
  mget(keys: string[]): Promise<unknown>;
  set(key: string, value: string, options?: { ex?: number; nx?: boolean }): Promise<unknown>;
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
  del(...keys: string[]): Promise<unknown>;
}

export interface UpstashKVOptions {
  /** Bound of one command in ms (default 500). */
  timeoutMs?: number;
}

const INCR_TTL =
  "local n = redis.call('INCR', KEYS[1]) if n == 1 and tonumber(ARGV[1]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return n";
// Clients with automatic deserialization (the default of @upstash/redis and @vercel/kv) JSON.parse every reply, so
// '"x"', '[ 1 ]' or 'null' would not come back as stored. Reads through these scripts prefix each value with '~',
// which no JSON parser accepts, so the stored string comes back byte for byte whatever the client's setting.
const GET_RAW = "local v = redis.call('GET', KEYS[1]) if v then return '~' .. v end return false";
const MGET_RAW =
  "local r = redis.call('MGET', unpack(KEYS)) for i = 1, #r do if r[i] then r[i] = '~' .. r[i] end end return r";
const MGET_CHUNK = 500;

/**
 * The client's own abort signal firing is a timeout; a body that is not the REST protocol's JSON is garbage; anything
 * else (network, HTTP status, auth, error reply) is unavailability.
 */
const classify = (error: unknown): KVErrorCode => {
  if (!(error instanceof Error)) return 'unavailable';
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
  if (error.name === 'UpstashJSONParseError') return 'bad_reply';
  if (error instanceof TypeError && /did not return a result/.test(error.message)) return 'bad_reply';
  return 'unavailable';
};

/** True when the client hands replies back unparsed (`automaticDeserialization: false`). */
const isRawClient = (client: UpstashClient) =>
  (client as { opts?: { automaticDeserialization?: boolean } }).opts?.automaticDeserialization === false;

/**
 * KV over Upstash Redis REST: an `@upstash/redis` `Redis` client, or `@vercel/kv` (`import { kv } from '@vercel/kv'`,
 * or its `createClient()`). Any client works; with `automaticDeserialization: false` reads are plain GET/MGET, otherwise
 * they go through a small Lua script so values round-trip exactly. Counters with a TTL use one atomic script.
 *
 * Every command is bounded by `timeoutMs` (the REST client's own retries included): the caller gets a `KVError` at the
 * deadline. Create the client with a `signal` (see kvFromEnv in @edge-ai/next) to also cancel the HTTP request.
 */
export function createUpstashKV(client: UpstashClient, options: UpstashKVOptions = {}): KVStore {
  const timeoutMs = kvTimeout(options.timeoutMs);
  const name = 'upstash';
  let raw: boolean | undefined; // read at the first call: @vercel/kv's `kv` builds its client on first property access
  const rawClient = () => {
    raw ??= isRawClient(client);
    return raw;
  };
  const command = <T>(op: string, run: () => Promise<unknown>, check: (reply: unknown) => T) =>
    guarded(name, op, timeoutMs, run, check, classify);
  const unmark = (op: string) => {
    const text = replies.text(name, op);
    return (reply: unknown) => {
      const value = text(reply);
      if (value === null || rawClient()) return value;
      if (!value.startsWith('~')) throw new KVError(name, op, 'bad_reply', 'unmarked value');
      return value.slice(1);
    };
  };
  const mgetChunk = (keys: string[]) =>
    command(
      'mget',
      () => (rawClient() ? client.mget(keys) : client.eval(MGET_RAW, keys, [])),
      (reply) => {
        if (!Array.isArray(reply) || reply.length !== keys.length)
          throw new KVError(name, 'mget', 'bad_reply', 'length');
        return reply.map(unmark('mget'));
      },
    );
  const ex = (ttl?: number) => (ttlSeconds(ttl) > 0 ? { ex: ttlSeconds(ttl) } : {});

  return {
    name,
    get: (key) =>
      command('get', () => (rawClient() ? client.get(key) : client.eval(GET_RAW, [key], [])), unmark('get')),
    async mget(keys) {
      if (keys.length === 0) return [];
      const chunks: string[][] = [];
      for (let i = 0; i < keys.length; i += MGET_CHUNK) chunks.push(keys.slice(i, i + MGET_CHUNK));
      return (await Promise.all(chunks.map(mgetChunk))).flat();
    },
    set: (key, value, opts) =>
      command('set', () => client.set(key, value, ex(opts?.ttlSeconds)), replies.ok(name, 'set')),
    setIfAbsent: (key, value, opts) =>
      command(
        'setIfAbsent',
        () => client.set(key, value, { ...ex(opts?.ttlSeconds), nx: true }),
        replies.written(name, 'setIfAbsent'),
      ),
    incr: (key, opts) =>
      command(
        'incr',
        () => client.eval(INCR_TTL, [key], [String(ttlSeconds(opts?.ttlSeconds))]),
        replies.integer(name, 'incr'),
      ),
    del: (key) => command('del', () => client.del(key), replies.count(name, 'del')),
  };
}
