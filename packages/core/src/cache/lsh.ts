/**
 * Locality-sensitive buckets for cosine similarity (random hyperplanes, SimHash): each of `tables` signatures is the
 * sign pattern of the vector against `bits` fixed random hyperplanes. Two vectors at cosine c share one table's
 * signature with probability (1 - acos(c)/π)^bits, so similar prompts meet in at least one bucket while unrelated ones
 * rarely do. The planes come from a seeded generator: every instance (and every restart) computes the same buckets.
 */
export interface LshParams {
  tables: number;
  bits: number;
  seed: number;
}

// 16 tables: candidates from the verifier's cosine floor (0.7) up meet the query in a bucket (dev paraphrases at
// cosine >= 0.7: 99.3 % with 16 tables of 6 bits, 93.9 % with 8; docs/cache.md).
export const DEFAULT_LSH: LshParams = { tables: 16, bits: 6, seed: 0x5eed1 };

const planeCache = new Map<string, Float32Array[]>();

function planes(dim: number, params: LshParams): Float32Array[] {
  const key = `${dim}:${params.tables}:${params.bits}:${params.seed}`;
  let out = planeCache.get(key);
  if (!out) {
    const random = mulberry32(params.seed);
    const gaussian = () => {
      const u = random() || Number.MIN_VALUE;
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    };
    out = Array.from({ length: params.tables * params.bits }, () => Float32Array.from({ length: dim }, gaussian));
    if (planeCache.size > 8) planeCache.clear();
    planeCache.set(key, out);
  }
  return out;
}

/** One signature per table, e.g. "3-2f". */
export function lshSignatures(vector: Float32Array, params: LshParams = DEFAULT_LSH): string[] {
  const all = planes(vector.length, params);
  const out: string[] = [];
  for (let t = 0; t < params.tables; t++) {
    let sig = 0;
    for (let b = 0; b < params.bits; b++) {
      const plane = all[t * params.bits + b];
      let dot = 0;
      for (let i = 0; i < vector.length; i++) dot += plane[i] * vector[i];
      if (dot >= 0) sig |= 1 << b;
    }
    out.push(`${t}-${sig.toString(16)}`);
  }
  return out;
}

/** Cosine of two L2-normalized vectors (their dot product); 0 when the dimensions differ. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float32 vector <-> base64 (little-endian bytes), for storing vectors as KV strings. */
export function encodeVector(vector: Float32Array): string {
  const bytes = new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodeVector(text: string): Float32Array | undefined {
  try {
    const binary = atob(text);
    if (binary.length % 4 !== 0) return undefined;
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Float32Array(bytes.buffer);
  } catch {
    return undefined;
  }
}
