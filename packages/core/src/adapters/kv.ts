/**
 * Key-value store contract used by the cache stage and the PII vault.
 * Every adapter (memory, Redis, Upstash REST) passes the same contract suite
 * in packages/core/test/kv-contract.ts.
 */
export interface KVStore {
  readonly name: string;
  get(key: string): Promise<string | null>;
  /** Sets a value; ttlSeconds > 0 makes it expire. */
  set(key: string, value: string, options?: { ttlSeconds?: number }): Promise<void>;
  /** Sets only when the key is absent. Returns true when this call wrote it (atomic). */
  setIfAbsent(key: string, value: string, options?: { ttlSeconds?: number }): Promise<boolean>;
  /** Atomically increments an integer counter (absent = 0) and returns the new value. */
  incr(key: string, options?: { ttlSeconds?: number }): Promise<number>;
  del(key: string): Promise<void>;
}
