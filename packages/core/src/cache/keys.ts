import type { ChatMessage } from '../request.ts';
import type { LshParams } from './lsh.ts';

/** NFKC with collapsed whitespace, case kept: what the embedder and the guard see. */
export function tidyPrompt(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Lower-cased tidy form: what the exact key hashes. */
export function normalizePrompt(text: string): string {
  return tidyPrompt(text).toLowerCase();
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything an answer depends on besides the last question. A change in any of them is another namespace. */
export interface Namespace {
  tenant: string;
  /** Set when answers are shared only within one user's requests (`cache.scope: "user"`). */
  user?: string;
  central: string;
  /** The central system prompt (hashed into the namespace, never stored). */
  system?: string;
  instructions: readonly string[];
  /** Content-hash versions of the edge models that ran, embedder included. */
  modelVersions: readonly string[];
  lsh: LshParams;
  /** The conversation before the last user message (pseudonymized), so a follow-up only hits with the same context. */
  context: readonly ChatMessage[];
}

export interface CacheKeys {
  /** Prefix of every key of this namespace: "edge-ai:cache:<tenant>[:u:<user hash>]:<namespace hash>". */
  prefix: string;
  entry(id: string): string;
  bucket(signature: string): string;
  lock(id: string): string;
}

/** Keys of a namespace. Tenant (and user) scope is part of every key: entries, buckets and locks alike. */
export async function cacheKeys(ns: Namespace): Promise<CacheKeys> {
  const material = JSON.stringify([
    ns.central,
    ns.system ? await sha256Hex(ns.system) : '',
    ns.instructions,
    [...ns.modelVersions].sort(),
    [ns.lsh.tables, ns.lsh.bits, ns.lsh.seed],
    ns.context.map((m) => [m.role, normalizePrompt(m.text)]),
  ]);
  const tenant = /^[\w.-]{1,64}$/.test(ns.tenant) ? ns.tenant : `h${(await sha256Hex(ns.tenant)).slice(0, 24)}`;
  const user = ns.user === undefined ? '' : `:u:${(await sha256Hex(`${ns.tenant}\u0000${ns.user}`)).slice(0, 24)}`;
  const prefix = `edge-ai:cache:${tenant}${user}:${(await sha256Hex(`${ns.tenant}\u0000${material}`)).slice(0, 32)}`;
  return {
    prefix,
    entry: (id) => `${prefix}:e:${id}`,
    bucket: (signature) => `${prefix}:b:${signature}`,
    lock: (id) => `${prefix}:l:${id}`,
  };
}

/** Id of one question in a namespace: a hash of its normalized text (no prompt text in keys). */
export async function entryId(prefix: string, normalized: string): Promise<string> {
  return (await sha256Hex(`${prefix}\u0000${normalized}`)).slice(0, 40);
}
