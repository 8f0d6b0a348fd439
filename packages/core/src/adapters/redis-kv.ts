import { KVError, type KVStore } from './kv.ts';
import { guarded, kvTimeout, replies, ttlSeconds } from './kv-guard.ts';
import { groupBySlot } from './redis-slot.ts';

type CommandOptions = { abortSignal?: AbortSignal };

/** A node-redis client (`createClient()` from `redis`), or any object with the same `sendCommand`. */
export interface RedisCommandClient {
  sendCommand(args: string[], options?: CommandOptions): Promise<unknown>;
}

/** A node-redis cluster client (`createCluster()` from `redis`): routes each command by its first key. */
export interface RedisClusterCommandClient {
  readonly masters: unknown;
  sendCommand(
    firstKey: string | undefined,
    isReadonly: boolean | undefined,
    args: string[],
    options?: CommandOptions,
  ): Promise<unknown>;
}

export interface RedisKVOptions {
  /** Bound of one command in ms (default 500). */
  timeoutMs?: number;
}

/** INCR that gives a new counter its TTL in the same atomic step. */
const INCR_TTL =
  "local n = redis.call('INCR', KEYS[1]) if n == 1 and tonumber(ARGV[1]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return n";
const MGET_CHUNK = 500;

export const isRedisCluster = (client: object): client is RedisClusterCommandClient => 'masters' in client;

/**
 * KV over a Redis server through node-redis (`redis` package): self-hosted Redis, Valkey, or Redis Cluster
 * (`createCluster()`). Keys are used as given; the callers prefix them.
 *
 * Cluster: a batched `mget` is sent as one MGET per hash slot, in parallel, so keys that share a hash tag
 * (`edge-ai:cache:{tenant}:…`) cost one round trip and any others still work, at one round trip per slot.
 *
 * Every command is bounded by `timeoutMs`: the command is cancelled if it is still queued (client reconnecting) and the
 * caller gets a `KVError` at the deadline even when the server has it and never answers (frozen).
 */
export function createRedisKV(
  client: RedisCommandClient | RedisClusterCommandClient,
  options: RedisKVOptions = {},
): KVStore {
  const timeoutMs = kvTimeout(options.timeoutMs);
  const name = 'redis';
  const send = (key: string, readonly: boolean, args: string[], signal: AbortSignal) =>
    isRedisCluster(client)
      ? client.sendCommand(key, readonly, args, { abortSignal: signal })
      : client.sendCommand(args, { abortSignal: signal });
  const command = <T>(op: string, key: string, readonly: boolean, args: string[], check: (reply: unknown) => T) =>
    guarded(name, op, timeoutMs, (signal) => send(key, readonly, args, signal), check);
  const ttlArgs = (ttl?: number) => (ttlSeconds(ttl) > 0 ? ['EX', String(ttlSeconds(ttl))] : []);
  const mgetOne = (keys: string[]) =>
    command('mget', keys[0], true, ['MGET', ...keys], (reply) => {
      if (!Array.isArray(reply) || reply.length !== keys.length) throw new KVError(name, 'mget', 'bad_reply', 'length');
      return reply.map(replies.text(name, 'mget'));
    });

  return {
    name,
    get: (key) => command('get', key, true, ['GET', key], replies.text(name, 'get')),
    async mget(keys) {
      if (keys.length === 0) return [];
      const groups = isRedisCluster(client) ? groupBySlot(keys) : [keys.map((_, i) => i)];
      const chunks = groups.flatMap((group) =>
        Array.from({ length: Math.ceil(group.length / MGET_CHUNK) }, (_, c) =>
          group.slice(c * MGET_CHUNK, (c + 1) * MGET_CHUNK),
        ),
      );
      const out = new Array<string | null>(keys.length).fill(null);
      const results = await Promise.all(chunks.map((idx) => mgetOne(idx.map((i) => keys[i]))));
      chunks.forEach((idx, c) => {
        idx.forEach((i, j) => {
          out[i] = results[c][j];
        });
      });
      return out;
    },
    set: (key, value, opts) =>
      command('set', key, false, ['SET', key, value, ...ttlArgs(opts?.ttlSeconds)], replies.ok(name, 'set')),
    setIfAbsent: (key, value, opts) =>
      command(
        'setIfAbsent',
        key,
        false,
        ['SET', key, value, 'NX', ...ttlArgs(opts?.ttlSeconds)],
        replies.written(name, 'setIfAbsent'),
      ),
    incr: (key, opts) =>
      command(
        'incr',
        key,
        false,
        ['EVAL', INCR_TTL, '1', key, String(ttlSeconds(opts?.ttlSeconds))],
        replies.integer(name, 'incr'),
      ),
    del: (key) => command('del', key, false, ['DEL', key], replies.count(name, 'del')),
  };
}
