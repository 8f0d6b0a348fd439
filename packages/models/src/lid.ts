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

function wordIds(word: string, buckets: number, wordRepeat: number, out: number[]): void {
  const { maxN, wordMax } = LID_FEATURIZER;
  const cps = [0x3c];
  for (const ch of word) cps.push(ch.codePointAt(0) as number);
  cps.push(0x3e);
  const n = cps.length;
  for (let i = 0; i < n; i++) {
    let h = FNV_BASIS;
    const end = Math.min(i + maxN, n);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ cps[j], FNV_PRIME) >>> 0;
      out.push(fmix32(Math.imul((h ^ (j - i + 1)) >>> 0, FNV_PRIME)) % buckets);
    }
  }
  if (n <= wordMax) {
    let h = FNV_BASIS;
    for (const c of cps) h = Math.imul(h ^ c, FNV_PRIME) >>> 0;
    const id = fmix32(Math.imul(h, FNV_PRIME)) % buckets;
    for (let r = 0; r < wordRepeat; r++) out.push(id);
  }
}

function bigramId(a: string, b: string, buckets: number): number {
  let h = FNV_BASIS;
  for (const ch of `${a} ${b}`) h = Math.imul(h ^ (ch.codePointAt(0) as number), FNV_PRIME) >>> 0;
  return fmix32(Math.imul((h ^ 6) >>> 0, FNV_PRIME)) % buckets;
}

/** Word-head id of one clean word: FNV-1a over '<' + word + '>' finalised with 7. */
function wordHeadId(word: string, buckets: number): number {
  let h = Math.imul(FNV_BASIS ^ 0x3c, FNV_PRIME) >>> 0;
  for (const ch of word) h = Math.imul(h ^ (ch.codePointAt(0) as number), FNV_PRIME) >>> 0;
  h = Math.imul(h ^ 0x3e, FNV_PRIME) >>> 0;
  return fmix32(Math.imul((h ^ 7) >>> 0, FNV_PRIME)) % buckets;
}

function fnv(cps: number[], from = 0, to = cps.length): number {
  let h = FNV_BASIS;
  for (let i = from; i < to; i++) h = Math.imul(h ^ cps[i], FNV_PRIME) >>> 0;
  return h;
}

const salted = (h: number, salt: number, buckets: number) => fmix32(Math.imul((h ^ salt) >>> 0, FNV_PRIME)) % buckets;

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
  const toks = words.map((w) => {
    const cps = [0x3c];
    for (const ch of w) cps.push(ch.codePointAt(0) as number);
    cps.push(0x3e);
    return cps;
  });
  const out: number[] = toks.map((t) => salted(fnv(t), 8, buckets));
  for (let i = 0; i + 1 < toks.length; i++) {
    // FNV-1a over the code points of `a + ' ' + b` (the tokens without their boundary marks)
    const a = toks[i];
    const b = toks[i + 1];
    let h = FNV_BASIS;
    for (let j = 1; j < a.length - 1; j++) h = Math.imul(h ^ a[j], FNV_PRIME) >>> 0;
    h = Math.imul(h ^ 0x20, FNV_PRIME) >>> 0;
    for (let j = 1; j < b.length - 1; j++) h = Math.imul(h ^ b[j], FNV_PRIME) >>> 0;
    out.push(salted(h, 9, buckets));
  }
  for (const n of char) {
    for (const t of toks) for (let i = 0; i + n <= t.length; i++) out.push(salted(fnv(t, i, i + n), 10 + n, buckets));
  }
  return out;
}

/** Word-head ids of a text (one per clean word); empty when the model has no word head or the text no letters. */
export function lidWordHeadFeatures(text: string, buckets = lidMeta().featurizer.word_head?.buckets ?? 0): number[] {
  return buckets ? lidWords(text).map((w) => wordHeadId(w, buckets)) : [];
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
  if (wordBigrams) for (let i = 0; i + 1 < words.length; i++) ids.push(bigramId(words[i], words[i + 1], buckets));
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

/** Detects the language of many texts in one model call. */
export async function detectLanguages(texts: string[]): Promise<LanguageResult[]> {
  const { session, version } = await loadModel('lid');
  const { labels, featurizer } = lidMeta();
  const head = featurizer.word_head;
  const words = texts.map((t) => lidWords(t));
  const feats = words.map((w) =>
    featuresOfWords(w, featurizer.buckets, featurizer.word_repeat ?? 1, featurizer.word_bigrams ?? 0),
  );
  const results: LanguageResult[] = feats.map(() => ({ lang: 'und', confidence: 0, top: [], model: version }));
  const rows = feats.flatMap((f, i) => (f.length > 0 ? [i] : []));
  if (rows.length === 0) return results;
  const len = Math.max(...rows.map((i) => feats[i].length));
  const ids = new BigInt64Array(rows.length * len);
  const weights = new Float32Array(rows.length * len);
  rows.forEach((r, b) => {
    const f = feats[r];
    const w = 1 / f.length;
    for (let j = 0; j < f.length; j++) {
      ids[b * len + j] = BigInt(f[j]);
      weights[b * len + j] = w;
    }
  });
  const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {
    ids: new ort.Tensor('int64', ids, [rows.length, len]),
    weights: new ort.Tensor('float32', weights, [rows.length, len]),
  };
  if (head) {
    const wfeats = rows.map((r) => lidWordHeadFeatures(texts[r], head.buckets));
    const wlen = Math.max(...wfeats.map((f) => f.length));
    const wids = new BigInt64Array(rows.length * wlen);
    const wweights = new Float32Array(rows.length * wlen);
    wfeats.forEach((f, b) => {
      const w = head.pool === 'mean' ? 1 / f.length : 1;
      for (let j = 0; j < f.length; j++) {
        wids[b * wlen + j] = BigInt(f[j]);
        wweights[b * wlen + j] = w;
      }
    });
    feeds.wids = new ort.Tensor('int64', wids, [rows.length, wlen]);
    feeds.wweights = new ort.Tensor('float32', wweights, [rows.length, wlen]);
  }
  const spec = lidMeta().specialist;
  if (spec) {
    const sfeats = rows.map((r) => specIds(words[r], spec.buckets, spec.char));
    const slen = Math.max(...sfeats.map((f) => f.length));
    const sids = new Int32Array(rows.length * slen);
    const sweights = new Float32Array(rows.length * slen);
    sfeats.forEach((f, b) => {
      for (let j = 0; j < f.length; j++) {
        sids[b * slen + j] = f[j];
        sweights[b * slen + j] = 1 / f.length;
      }
    });
    feeds.sids = new ort.Tensor('int32', sids, [rows.length, slen]);
    feeds.sweights = new ort.Tensor('float32', sweights, [rows.length, slen]);
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
