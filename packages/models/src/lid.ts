import type { LanguageResult } from '@edge-ai/core';
import { loadModel, ort, readJson } from './runtime.ts';

/**
 * Language identification: hashed character n-grams (1-5, per word with boundary marks) -> int8 embedding bag ->
 * MLP -> temperature-scaled softmax over ISO 639-3 (Tatoeba style) codes.
 * The featurizer must match packages/models/training/lid/featurize.py exactly (checked by test/lid.test.ts).
 */

export interface LidMeta {
  labels: string[];
  temperature: number;
  featurizer: {
    version: number;
    buckets: number;
    max_n: number;
    max_chars: number;
    word_max: number;
    /** How many times the whole-token feature is added (1 when absent). */
    word_repeat?: number;
    /** 1: one extra feature per pair of adjacent words (0 when absent). */
    word_bigrams?: number;
    /** Word head: one id per word into a second table whose pooled rows are mapped linearly onto the logits. */
    word_head?: { buckets: number; dim: number; pool: 'sum' | 'mean' };
  };
  /**
   * Cluster specialist (training/lid/specialist.py): mean of hashed rows (whole words, adjacent word pairs,
   * character n-grams of the given orders) re-ranks the labels of the cluster holding the main top-1 (in the graph).
   */
  specialist?: { buckets: number; char: number[]; labels: string[]; clusters: string[][]; w: number };
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const TOP_K = 3;

/** Featurizer constants (version 1); the bucket count and word repeat come from model.json. */
export const LID_FEATURIZER = { maxN: 5, maxChars: 1000, wordMax: 24 };

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Clean words: NFC, lowercase, first maxChars code points, every non-letter/non-mark code point splits words. */
export function lidWords(text: string): string[] {
  const chars = Array.from(text.normalize('NFC').toLowerCase()).slice(0, LID_FEATURIZER.maxChars);
  const out: string[] = [];
  let cur = '';
  for (const ch of chars) {
    if (LETTER_OR_MARK.test(ch)) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** FNV-1a over code points `from`..`to` of `cps`. */
function fnv(cps: number[], from = 0, to = cps.length): number {
  let h = FNV_BASIS;
  for (let i = from; i < to; i++) h = Math.imul(h ^ cps[i], FNV_PRIME) >>> 0;
  return h;
}

/** Bucket of an FNV-1a state finalised with `salt` (murmur3 finaliser). */
const salted = (h: number, salt: number, buckets: number) => fmix32(Math.imul((h ^ salt) >>> 0, FNV_PRIME)) % buckets;

const codePoints = (s: string) => Array.from(s, (ch) => ch.codePointAt(0) as number);

/** Code points of '<' + word + '>'. */
function bracketed(word: string): number[] {
  const cps = [0x3c];
  for (const ch of word) cps.push(ch.codePointAt(0) as number);
  cps.push(0x3e);
  return cps;
}

function wordIds(word: string, buckets: number, wordRepeat: number, out: number[]): void {
  const { maxN, wordMax } = LID_FEATURIZER;
  const cps = bracketed(word);
  const n = cps.length;
  for (let i = 0; i < n; i++) {
    let h = FNV_BASIS;
    const end = Math.min(i + maxN, n);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ cps[j], FNV_PRIME) >>> 0;
      out.push(salted(h, j - i + 1, buckets));
    }
  }
  if (n <= wordMax) {
    const id = salted(fnv(cps), 0, buckets);
    for (let r = 0; r < wordRepeat; r++) out.push(id);
  }
}

/** Adjacent-word feature: FNV-1a over `a + ' ' + b` finalised with `salt`. */
const pairId = (a: string, b: string, salt: number, buckets: number) =>
  salted(fnv(codePoints(`${a} ${b}`)), salt, buckets);

/** Word-head id of one clean word: FNV-1a over '<' + word + '>' finalised with 7. */
const wordHeadId = (word: string, buckets: number) => salted(fnv(bracketed(word)), 7, buckets);

/**
 * Specialist ids of a text (= featurize.spec_ids in Python): per word FNV-1a over '<' + word + '>' salted 8, per
 * adjacent word pair over `a + ' ' + b` salted 9, per character n-gram of '<' + word + '>' (n in `char`) salted
 * 10 + n; words first, then pairs, then n-grams by order.
 */
export function lidSpecFeatures(
  text: string,
  buckets = lidMeta().specialist?.buckets ?? 0,
  char = lidMeta().specialist?.char ?? [],
): number[] {
  return buckets ? specIds(lidWords(text), buckets, char) : [];
}

function specIds(words: string[], buckets: number, char: number[]): number[] {
  const toks = words.map(bracketed);
  const out: number[] = toks.map((t) => salted(fnv(t), 8, buckets));
  for (let i = 0; i + 1 < words.length; i++) out.push(pairId(words[i], words[i + 1], 9, buckets));
  for (const n of char) {
    for (const t of toks) for (let i = 0; i + n <= t.length; i++) out.push(salted(fnv(t, i, i + n), 10 + n, buckets));
  }
  return out;
}

/** Word-head ids of a text (one per clean word); empty when the model has no word head or the text no letters. */
export function lidWordHeadFeatures(text: string, buckets = lidMeta().featurizer.word_head?.buckets ?? 0): number[] {
  return buckets ? wordHeadIds(lidWords(text), buckets) : [];
}

function wordHeadIds(words: string[], buckets: number): number[] {
  return words.map((w) => wordHeadId(w, buckets));
}

/** Hashed n-gram ids of a text (may repeat); empty when the text has no letters. */
export function lidFeatures(
  text: string,
  buckets = lidMeta().featurizer.buckets,
  wordRepeat = lidMeta().featurizer.word_repeat ?? 1,
  wordBigrams = lidMeta().featurizer.word_bigrams ?? 0,
): number[] {
  return featuresOfWords(lidWords(text), buckets, wordRepeat, wordBigrams);
}

function featuresOfWords(words: string[], buckets: number, wordRepeat: number, wordBigrams: number): number[] {
  const ids: number[] = [];
  for (const w of words) wordIds(w, buckets, wordRepeat, ids);
  if (wordBigrams) for (let i = 0; i + 1 < words.length; i++) ids.push(pairId(words[i], words[i + 1], 6, buckets));
  return ids;
}

let meta: LidMeta | undefined;

export function lidMeta(): LidMeta {
  if (!meta) {
    meta = readJson<LidMeta>('lid', 'model.json');
    const f = meta.featurizer;
    const ok =
      f.version === 1 &&
      Number.isInteger(f.buckets) &&
      f.max_n === LID_FEATURIZER.maxN &&
      f.max_chars === LID_FEATURIZER.maxChars &&
      f.word_max === LID_FEATURIZER.wordMax;
    if (!ok) throw new Error(`lid: model.json featurizer ${JSON.stringify(f)} does not match this runtime`);
  }
  return meta;
}

/**
 * Rows of ids padded to one length with a weight per id (`weight(row)` for real ids, 0 for padding), as the named
 * ids / weights tensors.
 */
function padded(
  [idsName, weightsName]: [string, string],
  type: 'int64' | 'int32',
  feats: number[][],
  weight: (row: number[]) => number,
): Record<string, InstanceType<typeof ort.Tensor>> {
  const len = Math.max(...feats.map((f) => f.length));
  const ids = type === 'int64' ? new BigInt64Array(feats.length * len) : new Int32Array(feats.length * len);
  const weights = new Float32Array(feats.length * len);
  feats.forEach((f, b) => {
    const w = weight(f);
    for (let j = 0; j < f.length; j++) {
      ids[b * len + j] = type === 'int64' ? BigInt(f[j]) : f[j];
      weights[b * len + j] = w;
    }
  });
  return {
    [idsName]: new ort.Tensor(type, ids, [feats.length, len]),
    [weightsName]: new ort.Tensor('float32', weights, [feats.length, len]),
  };
}

/** Detects the language of many texts in one model call. */
export async function detectLanguages(texts: string[]): Promise<LanguageResult[]> {
  const { session, version } = await loadModel('lid');
  const { labels, featurizer, specialist } = lidMeta();
  const head = featurizer.word_head;
  const words = texts.map((t) => lidWords(t));
  const feats = words.map((w) =>
    featuresOfWords(w, featurizer.buckets, featurizer.word_repeat ?? 1, featurizer.word_bigrams ?? 0),
  );
  const results: LanguageResult[] = feats.map(() => ({ lang: 'und', confidence: 0, top: [], model: version }));
  const rows = feats.flatMap((f, i) => (f.length > 0 ? [i] : []));
  if (rows.length === 0) return results;
  const mean = (f: number[]) => 1 / f.length;
  const feeds = padded(
    ['ids', 'weights'],
    'int64',
    rows.map((r) => feats[r]),
    mean,
  );
  if (head) {
    const wfeats = rows.map((r) => wordHeadIds(words[r], head.buckets));
    Object.assign(feeds, padded(['wids', 'wweights'], 'int64', wfeats, head.pool === 'mean' ? mean : () => 1));
  }
  if (specialist) {
    const sfeats = rows.map((r) => specIds(words[r], specialist.buckets, specialist.char));
    Object.assign(feeds, padded(['sids', 'sweights'], 'int32', sfeats, mean));
  }
  const out = await session.run(feeds, ['probs']);
  const probs = out.probs.data as Float32Array;
  const c = labels.length;
  rows.forEach((r, b) => {
    const p = probs.subarray(b * c, (b + 1) * c);
    const order = Array.from(p.keys())
      .sort((x, y) => p[y] - p[x])
      .slice(0, TOP_K);
    const top = order.map((k) => ({ lang: labels[k], p: p[k] }));
    results[r] = { lang: top[0].lang, confidence: top[0].p, top, model: version };
  });
  return results;
}

/** Detects the language of one text; `lang: 'und'` (confidence 0) when it has no letters. */
export async function detectLanguage(text: string): Promise<LanguageResult> {
  return (await detectLanguages([text]))[0];
}
