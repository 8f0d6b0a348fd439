import type { Env } from '../env.ts';
import { EdgeAIConfigError } from '../errors.ts';

/** Web Crypto helpers (Node 20+, Edge runtime, browsers): HKDF-derived AES-256-GCM and HMAC-SHA256 keys. */
const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * `env[name]` when non-empty. Without `env` (direct use of the PII engine), the host's `process.env` where the
 * host has one (Node.js); the handler always passes its `env`, so the core root never reads a global.
 */
export function readEnv(name: string, env?: Env): string | undefined {
  const source = env ?? (globalThis as { process?: { env?: Env } }).process?.env;
  const v = source?.[name];
  return v && v.length > 0 ? v : undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Decodes a 32-byte vault key; `field` names the source in the error. */
export function decodeVaultKey(b64: string, field: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(b64.trim());
  } catch {
    throw new EdgeAIConfigError(`${field} must be base64 (32 random bytes, e.g. \`openssl rand -base64 32\`)`);
  }
  if (bytes.length !== 32) throw new EdgeAIConfigError(`${field} must decode to 32 bytes, got ${bytes.length}`);
  return bytes;
}

export interface VaultKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

export async function deriveVaultKeys(raw: Uint8Array): Promise<VaultKeys> {
  const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey']);
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: enc.encode('edge-ai/pii-vault/v1'),
    info: enc.encode(info),
  });
  const aes = await crypto.subtle.deriveKey(params('aes-gcm'), base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hmac = await crypto.subtle.deriveKey(params('lookup'), base, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return { aes, hmac };
}

export async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export async function hmacHex(key: CryptoKey, data: string, bytes = 32): Promise<string> {
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(data)));
  let hex = '';
  for (let i = 0; i < bytes; i++) hex += sig[i].toString(16).padStart(2, '0');
  return hex;
}

/** AES-256-GCM with a random 96-bit IV; `aad` binds the ciphertext to its KV key. Output: base64(iv | ct). */
export async function seal(key: CryptoKey, plaintext: string, aad: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(aad) }, key, enc.encode(plaintext)),
  );
  const out = new Uint8Array(12 + ct.length);
  out.set(iv);
  out.set(ct, 12);
  return toBase64(out);
}

export async function open(key: CryptoKey, sealed: string, aad: string): Promise<string> {
  const bytes = fromBase64(sealed);
  const pt = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.subarray(0, 12) as BufferSource, additionalData: enc.encode(aad) },
    key,
    bytes.subarray(12) as BufferSource,
  );
  return dec.decode(pt);
}
