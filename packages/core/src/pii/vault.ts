import type { KVStore } from '../adapters/kv.ts';
import type { Env } from '../env.ts';
import { EdgeAIConfigError, EdgeAIError } from '../errors.ts';
import { decodeVaultKey, deriveVaultKeys, hmacHex, open, readEnv, seal, type VaultKeys } from './crypto.ts';
import type { PiiEntityType } from './types.ts';

/** Tenant and conversation a pseudonym mapping belongs to. */
export interface VaultScope {
  tenant: string;
  conversation: string;
}

export interface PiiVault {
  /** Stable placeholder (`<EMAIL_1>`) for a normalised value in this scope; creates it when new. */
  placeholderFor(scope: VaultScope, type: PiiEntityType, value: string, original: string): Promise<string>;
  /** Original value of a placeholder in this scope, or null when unknown/expired. */
  resolve(scope: VaultScope, placeholder: string): Promise<string | null>;
}

export interface PiiVaultOptions {
  kv: KVStore;
  /** Base64 of 32 bytes; falls back to env EDGE_AI_VAULT_KEY. */
  key?: string;
  ttlSeconds: number;
  allowEphemeralKey: boolean;
  prefix: string;
  /** Where EDGE_AI_VAULT_KEY is looked up when `key` is absent (default: the host's process.env, if any). */
  env?: Env;
}

let ephemeralKey: Uint8Array | undefined;

/** Resolves the raw vault key or throws a clear error. Never logs key material or values. */
export function resolveVaultKey(opts: { key?: string; allowEphemeralKey: boolean; env?: Env }): Uint8Array {
  if (opts.key) return decodeVaultKey(opts.key, 'vault.key');
  const env = readEnv('EDGE_AI_VAULT_KEY', opts.env);
  if (env) return decodeVaultKey(env, 'EDGE_AI_VAULT_KEY');
  if (!opts.allowEphemeralKey) {
    throw new EdgeAIConfigError(
      'PII vault needs an encryption key: set EDGE_AI_VAULT_KEY (base64 of 32 bytes, `openssl rand -base64 32`) ' +
        'or pass vault.key; for local development only, set vault.allowEphemeralKey: true.',
    );
  }
  if (!ephemeralKey) {
    ephemeralKey = crypto.getRandomValues(new Uint8Array(32));
    console.warn(
      'edge-ai: EDGE_AI_VAULT_KEY is not set: the PII vault uses a random per-process key (allowEphemeralKey). ' +
        'Pseudonyms will not survive a restart or be shared between instances.',
    );
  }
  return ephemeralKey;
}

// Lone surrogates would make encodeURIComponent throw: replaced by U+FFFD first.
const seg = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
const MAX_COLLISIONS = 16;

/**
 * KV-backed pseudonym vault, lock-free:
 *   lookup  {prefix}:{tenant}:{conv}:v:{HMAC(type, value)} -> placeholder        (setIfAbsent: first writer wins)
 *   counter {prefix}:{tenant}:{conv}:n:{TYPE}                -> last number used  (incr)
 *   reverse {prefix}:{tenant}:{conv}:p:{placeholder}         -> AES-GCM(original) (setIfAbsent: numbers never reused)
 * Two concurrent requests that see the same new value both allocate a number, but only one lookup write wins and
 * the loser adopts the winner's placeholder (its own number is left unused), so both get the same placeholder.
 */
export function createPiiVault(options: PiiVaultOptions): PiiVault {
  const raw = resolveVaultKey(options);
  let keys: Promise<VaultKeys> | undefined;
  const getKeys = () => {
    keys ??= deriveVaultKeys(raw);
    return keys;
  };
  const { kv, ttlSeconds: ttl, prefix } = options;
  const base = (s: VaultScope) => `${prefix}:${seg(s.tenant)}:${seg(s.conversation)}`;

  return {
    async placeholderFor(scope, type, value, original) {
      const k = await getKeys();
      const lookupKey = `${base(scope)}:v:${await hmacHex(k.hmac, `${type}\u0000${value}`)}`;
      const existing = await kv.get(lookupKey);
      if (existing) return existing;
      for (let attempt = 0; attempt < MAX_COLLISIONS; attempt++) {
        const n = await kv.incr(`${base(scope)}:n:${type}`, { ttlSeconds: ttl });
        const placeholder = `<${type}_${n}>`;
        const reverseKey = `${base(scope)}:p:${placeholder}`;
        const sealed = await seal(k.aes, original, reverseKey);
        // A reverse entry can outlive an expired counter; never overwrite it.
        if (!(await kv.setIfAbsent(reverseKey, sealed, { ttlSeconds: ttl }))) continue;
        if (await kv.setIfAbsent(lookupKey, placeholder, { ttlSeconds: ttl })) return placeholder;
        await kv.del(reverseKey);
        const winner = await kv.get(lookupKey);
        if (winner) return winner;
      }
      throw new EdgeAIError('PII vault: could not allocate a placeholder (KV inconsistent)');
    },
    async resolve(scope, placeholder) {
      const reverseKey = `${base(scope)}:p:${placeholder}`;
      const sealed = await kv.get(reverseKey);
      if (!sealed) return null;
      try {
        return await open((await getKeys()).aes, sealed, reverseKey);
      } catch {
        return null; // wrong key or tampered entry: treat as unknown
      }
    },
  };
}
