import { EdgeAIConfigError } from '../errors.ts';
import { DEFAULT_KV_TIMEOUT_MS, KVError, type KVErrorCode } from './kv.ts';

/** Validates a configured KV timeout (ms) at construction. */
export function kvTimeout(value: number | undefined, field = 'timeoutMs'): number {
  if (value === undefined) return DEFAULT_KV_TIMEOUT_MS;
  if (!Number.isInteger(value) || value < 1 || value > 60_000) {
    throw new EdgeAIConfigError(`edge-ai: invalid KV option\n  - ${field}: expected an integer from 1 to 60000 (ms)`);
  }
  return value;
}

/** Whole seconds of a TTL option; 0 = no expiry. */
export const ttlSeconds = (ttl?: number): number =>
  ttl !== undefined && Number.isFinite(ttl) && ttl > 0 ? Math.ceil(ttl) : 0;

/** A reply that is not what the command returns. */
export const badReply = (store: string, op: string, reply: unknown) =>
  new KVError(
    store,
    op,
    'bad_reply',
    `unexpected ${reply === null ? 'null' : Array.isArray(reply) ? 'array' : typeof reply}`,
  );

/**
 * Runs one KV command within `timeoutMs`: the signal handed to `run` aborts at the deadline (adapters pass it to the
 * client where it supports cancellation), and the caller gets a KVError('timeout') then even when the client ignores
 * the signal. Client errors become KVError('unavailable'); `check` turns the raw reply into the result or throws
 * KVError('bad_reply').
 */
export async function guarded<T>(
  store: string,
  op: string,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<unknown>,
  check: (reply: unknown) => T,
  classify: (error: unknown) => KVErrorCode = () => 'unavailable',
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new KVError(store, op, 'timeout', `no reply within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const pending = Promise.resolve().then(() => run(controller.signal));
  pending.catch(() => {}); // a late failure after the deadline is nobody's to handle
  let reply: unknown;
  try {
    reply = await Promise.race([pending, deadline]);
  } catch (error) {
    if (error instanceof KVError) throw error;
    throw new KVError(store, op, classify(error), describe(error), { cause: error });
  } finally {
    clearTimeout(timer);
  }
  return check(reply);
}

/** A short reason without the command: some clients quote it (values included) in their messages. */
function describe(error: unknown): string {
  const full = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const text = full.split(/, command was:/)[0];
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Reply checks shared by the remote adapters. */
export const replies = {
  /** A bulk string or null (GET). */
  text(store: string, op: string) {
    return (reply: unknown): string | null => {
      if (reply === null || reply === undefined) return null;
      if (typeof reply === 'string') return reply;
      if (reply instanceof Uint8Array) return new TextDecoder().decode(reply);
      throw badReply(store, op, reply);
    };
  },
  /** An integer reply (INCR, EVAL returning a counter). */
  integer(store: string, op: string) {
    return (reply: unknown): number => {
      const n =
        typeof reply === 'number'
          ? reply
          : typeof reply === 'string' && /^-?\d{1,16}$/.test(reply)
            ? Number(reply)
            : Number.NaN;
      if (!Number.isSafeInteger(n)) throw badReply(store, op, reply);
      return n;
    };
  },
  /** SET … NX: 'OK' when written, null when the key existed. */
  written(store: string, op: string) {
    return (reply: unknown): boolean => {
      if (reply === 'OK') return true;
      if (reply === null || reply === undefined) return false;
      throw badReply(store, op, reply);
    };
  },
  /** SET: 'OK'. */
  ok(store: string, op: string) {
    return (reply: unknown): void => {
      if (reply !== 'OK') throw badReply(store, op, reply);
    };
  },
  /** DEL: a count. */
  count(store: string, op: string) {
    return (reply: unknown): void => {
      if (typeof reply !== 'number' && !(typeof reply === 'string' && /^\d+$/.test(reply)))
        throw badReply(store, op, reply);
    };
  },
};
