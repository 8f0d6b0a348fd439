/**
 * Key-value store contract used by the caches and the PII vault: only what they need.
 * Every adapter (memory, Redis TCP, Upstash / Vercel KV REST) passes the same contract suite
 * in packages/core/test/kv-contract.ts.
 *
 * Remote adapters bound every call by a timeout and fail with a `KVError`, never hang: a cache maps it to a
 * miss, the PII vault fails closed.
 */
export interface KVStore {
  readonly name: string;
  get(key: string): Promise<string | null>;
  /** Batched get: one value (or null) per key, in order. Redis Cluster: see `createRedisKV`. */
  mget(keys: readonly string[]): Promise<(string | null)[]>;
  /** Sets a value; ttlSeconds > 0 makes it expire. */
  set(key: string, value: string, options?: { ttlSeconds?: number }): Promise<void>;
  /** Sets only when the key is absent (atomic; for locks and first-writer-wins). Returns true when this call wrote it. */
  setIfAbsent(key: string, value: string, options?: { ttlSeconds?: number }): Promise<boolean>;
  /** Atomically increments an integer counter (absent = 0) and returns the new value; a new counter gets the TTL. */
  incr(key: string, options?: { ttlSeconds?: number }): Promise<number>;
  del(key: string): Promise<void>;
}

/** Default bound of one KV command (ms); override per adapter (`timeoutMs`) or with EDGE_AI_KV_TIMEOUT_MS for env defaults. */
export const DEFAULT_KV_TIMEOUT_MS = 500;

/**
 * Why a KV call failed:
 * - `timeout`: no answer within the timeout (frozen or overloaded server, slow network);
 * - `unavailable`: the client or server refused or errored (down, connection reset, auth, missing SDK);
 * - `bad_reply`: the server answered something that is not a valid reply to the command (garbage, wrong type).
 */
export type KVErrorCode = 'timeout' | 'unavailable' | 'bad_reply';

/** The one error every adapter throws; callers map it (cache: miss; PII vault: fail closed). Never holds values. */
export class KVError extends Error {
  readonly code: KVErrorCode;
  readonly store: string;
  readonly op: string;
  constructor(store: string, op: string, code: KVErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`KV ${store} ${op}: ${code}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'KVError';
    this.store = store;
    this.op = op;
    this.code = code;
  }
}

export const isKVError = (error: unknown): error is KVError => error instanceof KVError;
