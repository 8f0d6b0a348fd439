import type { KVStore } from '../adapters/kv.ts';
import { guardAgrees } from './guard.ts';
import { type CacheKeys, normalizePrompt } from './keys.ts';
import { cosine, decodeVector, encodeVector } from './lsh.ts';
import { pairFeatures, type VerifierWeights, verifierScore } from './verifier.ts';

/** One cached answer as stored in KV (JSON). Only pseudonymized text is ever stored. */
export interface CacheEntry {
  v: 1;
  /** The question, pseudonymized, NFKC with collapsed whitespace, case kept (for the false-hit guard). */
  q: string;
  /** The answer as the central model wrote it (placeholders, never restored values). */
  a: string;
  /** The question's embedding (base64 float32), absent in exact-only mode. */
  e?: string;
  /** Stored at (ms since epoch). */
  t: number;
}

export interface Query {
  /** The id of the normalized question (exact key). */
  id: string;
  /** The pseudonymized question, NFKC with collapsed whitespace, case kept. */
  text: string;
  vector?: Float32Array;
  signatures: readonly string[];
  lang?: string;
}

export interface Hit {
  kind: 'exact' | 'semantic';
  answer: string;
  similarity: number;
}

export interface Lookup {
  hit?: Hit;
  /** Ids read from each bucket (by signature), kept for the write after a miss. */
  buckets: Map<string, string[]>;
  candidates: number;
  /** Why the best candidate above the threshold was refused (guard reason), when one was. */
  refused?: string;
  /** Best similarity seen among candidates (hit or not). */
  best?: number;
  roundTrips: number;
}

/** Most ids kept per bucket (newest win) and most candidates read per lookup. */
export const MAX_BUCKET = 32;
export const MAX_CANDIDATES = 48;

/**
 * Semantic lookup on plain KV in at most two round trips: (1) one MGET of the exact entry and the query's LSH
 * buckets; (2) one MGET of the candidate entries from those buckets (ranked by how many buckets they share with the
 * query), then exact cosine on their stored vectors. The best candidate at or above `threshold` must pass the
 * false-hit guard (numbers, negation, placeholders, entities, contrast, roles), the learned `verifier` when there
 * is one (verifier.ts) and `usable` (its answer's placeholders exist in this conversation); otherwise the next one
 * is tried.
 */
export async function lookup(
  kv: KVStore,
  keys: CacheKeys,
  query: Query,
  threshold: number,
  usable: (answer: string) => boolean,
  verifier?: VerifierWeights,
): Promise<Lookup> {
  const first = await kv.mget([keys.entry(query.id), ...query.signatures.map((s) => keys.bucket(s))]);
  const buckets = new Map<string, string[]>();
  query.signatures.forEach((s, i) => {
    buckets.set(s, parseIds(first[i + 1]));
  });
  const exact = parseEntry(first[0]);
  if (exact && normalizePrompt(exact.q) === normalizePrompt(query.text) && usable(exact.a)) {
    return { hit: { kind: 'exact', answer: exact.a, similarity: 1 }, buckets, candidates: 0, roundTrips: 1 };
  }
  if (!query.vector) return { buckets, candidates: 0, roundTrips: 1 };
  const votes = new Map<string, number>();
  for (const ids of buckets.values())
    for (const id of ids) if (id !== query.id) votes.set(id, (votes.get(id) ?? 0) + 1);
  const ids = [...votes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  if (ids.length === 0) return { buckets, candidates: 0, roundTrips: 1 };
  const values = await kv.mget(ids.map((id) => keys.entry(id)));
  const scored: { entry: CacheEntry; similarity: number }[] = [];
  for (const value of values) {
    const entry = parseEntry(value);
    const vector = entry?.e ? decodeVector(entry.e) : undefined;
    if (!entry || !vector) continue;
    scored.push({ entry, similarity: cosine(query.vector, vector) });
  }
  scored.sort((a, b) => b.similarity - a.similarity);
  const result: Lookup = { buckets, candidates: scored.length, best: scored[0]?.similarity, roundTrips: 2 };
  for (const { entry, similarity } of scored) {
    if (similarity < threshold) break;
    const verdict = guardAgrees(entry.q, query.text, query.lang);
    if (!verdict.ok) {
      result.refused ??= verdict.reason;
      continue;
    }
    if (verifier) {
      const p = verifierScore(verifier, pairFeatures(entry.q, query.text, similarity, query.lang));
      if (p < verifier.threshold) {
        result.refused ??= `verifier: ${p.toFixed(3)} below ${verifier.threshold}`;
        continue;
      }
    }
    if (!usable(entry.a)) {
      result.refused ??= 'placeholders: answer names values this conversation lacks';
      continue;
    }
    result.hit = { kind: 'semantic', answer: entry.a, similarity };
    break;
  }
  return result;
}

/** Writes the entry (with its TTL) and adds its id to each of its buckets (newest MAX_BUCKET kept, TTL renewed). */
export async function store(
  kv: KVStore,
  keys: CacheKeys,
  query: Query,
  answer: string,
  buckets: ReadonlyMap<string, string[]>,
  ttlSeconds: number,
  now = Date.now(),
): Promise<void> {
  const entry: CacheEntry = { v: 1, q: query.text, a: answer, t: now };
  if (query.vector) entry.e = encodeVector(query.vector);
  await kv.set(keys.entry(query.id), JSON.stringify(entry), { ttlSeconds });
  if (!query.vector) return;
  await Promise.all(
    query.signatures.map((s) => {
      const ids = [...(buckets.get(s) ?? []).filter((id) => id !== query.id), query.id].slice(-MAX_BUCKET);
      return kv.set(keys.bucket(s), JSON.stringify(ids), { ttlSeconds });
    }),
  );
}

export function parseEntry(value: string | null): CacheEntry | undefined {
  if (value === null) return undefined;
  try {
    const entry = JSON.parse(value) as CacheEntry;
    if (entry?.v !== 1 || typeof entry.q !== 'string' || typeof entry.a !== 'string') return undefined;
    return entry;
  } catch {
    return undefined;
  }
}

function parseIds(value: string | null): string[] {
  if (value === null) return [];
  try {
    const ids = JSON.parse(value);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(-MAX_BUCKET) : [];
  } catch {
    return [];
  }
}
