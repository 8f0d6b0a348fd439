import type { LanguageResult } from '@edge-ai/core';
import { loadModel, paddedIds, readJson } from './runtime.ts';
import { codePointPrefix } from './text-prefix.ts';

/**
 * Language identification: hashed character n-grams (1-5, per word with boundary marks) -> int8 embedding bag ->
 * MLP -> temperature-scaled softmax over ISO 639-3 (Tatoeba style) codes.
 * The featurizer must match training/lid/featurize.py exactly (checked by test/lid.test.ts).
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
  };
}

/**
 * Optional features the training scripts can add (adjacent-word pairs, a word head, a cluster specialist; see
 * training/lid and the model card's variant table). No bundled model uses them, so this runtime refuses them.
 */
const UNSUPPORTED = ['word_bigrams', 'word_head', 'specialist'];

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

/**
 * Normalisation works on a prefix of this many code points, not the whole text: NFC and lowercasing change a text by
 * at most a few code points per character, so the first maxChars code points of the result are those of the whole
 * text (only a combining sequence of thousands of marks around the cut could reorder differently).
 */
const PREFIX = LID_FEATURIZER.maxChars * 4 + 64;

/** Clean words: NFC, lowercase, first maxChars code points, every non-letter/non-mark code point splits words. */
export function lidWords(text: string): string[] {
  const chars = Array.from(codePointPrefix(text, PREFIX).normalize('NFC').toLowerCase()).slice(
    0,
    LID_FEATURIZER.maxChars,
  );
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

/** FNV-1a over the code points `cps`. */
function fnv(cps: number[]): number {
  let h = FNV_BASIS;
  for (const cp of cps) h = Math.imul(h ^ cp, FNV_PRIME) >>> 0;
  return h;
}

/** Bucket of an FNV-1a state finalised with `salt` (murmur3 finaliser). */
const salted = (h: number, salt: number, buckets: number) => fmix32(Math.imul((h ^ salt) >>> 0, FNV_PRIME)) % buckets;

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

/** Hashed n-gram ids of a text (may repeat); empty when the text has no letters. */
export function lidFeatures(
  text: string,
  buckets = lidMeta().featurizer.buckets,
  wordRepeat = lidMeta().featurizer.word_repeat ?? 1,
): number[] {
  const ids: number[] = [];
  for (const w of lidWords(text)) wordIds(w, buckets, wordRepeat, ids);
  return ids;
}

let meta: LidMeta | undefined;

export function lidMeta(): LidMeta {
  if (!meta) {
    const m = readJson<LidMeta>('lid', 'model.json');
    const f = m.featurizer;
    const ok =
      f.version === 1 &&
      Number.isInteger(f.buckets) &&
      f.max_n === LID_FEATURIZER.maxN &&
      f.max_chars === LID_FEATURIZER.maxChars &&
      f.word_max === LID_FEATURIZER.wordMax;
    if (!ok) throw new Error(`lid: model.json featurizer ${JSON.stringify(f)} does not match this runtime`);
    const declared = { ...m, ...f } as Record<string, unknown>;
    const extra = UNSUPPORTED.filter((k) => declared[k]);
    if (extra.length) throw new Error(`lid: model.json uses ${extra.join(', ')}, which this runtime does not run`);
    meta = m;
  }
  return meta;
}

/** Detects the language of many texts in one model call. */
export async function detectLanguages(texts: string[]): Promise<LanguageResult[]> {
  const { session, version } = await loadModel('lid');
  const { labels, featurizer } = lidMeta();
  const feats = texts.map((t) => lidFeatures(t, featurizer.buckets, featurizer.word_repeat ?? 1));
  const results: LanguageResult[] = feats.map(() => ({ lang: 'und', confidence: 0, top: [], model: version }));
  const rows = feats.flatMap((f, i) => (f.length > 0 ? [i] : []));
  if (rows.length === 0) return results;
  // Weight 1/len per real id, so the graph's weighted sum is the mean.
  const feeds = paddedIds(
    rows.map((r) => feats[r]),
    (f) => 1 / f.length,
  );
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
