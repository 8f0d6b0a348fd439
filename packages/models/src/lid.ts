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
  /**
   * Post-hoc calibration fitted on held-out rows (training/calibration/calibrate.py): the model's probabilities are
   * raised to a factor chosen by the text's word count (1, 2, 3 or more) and renormalised.
   */
  calibration?: { scales_by_words: Record<'1' | '2' | '3+', number> };
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
    const scales = m.calibration?.scales_by_words;
    if (
      m.calibration &&
      !(['1', '2', '3+'] as const).every((k) => Number.isFinite(scales?.[k]) && (scales?.[k] ?? 0) > 0)
    ) {
      throw new Error(
        `lid: model.json calibration ${JSON.stringify(m.calibration)} needs positive scales_by_words 1, 2, 3+`,
      );
    }
    meta = m;
  }
  return meta;
}

/**
 * Applies the held-out calibration of model.json (when present) to the model's probabilities of a text of `nWords`
 * words: p^s renormalised, s by word count. Returns `p` itself when there is nothing to apply.
 */
export function calibrateLid(p: Float32Array, nWords: number, m: LidMeta = lidMeta()): Float32Array {
  const scales = m.calibration?.scales_by_words;
  if (!scales) return p;
  const s = nWords <= 1 ? scales['1'] : nWords === 2 ? scales['2'] : scales['3+'];
  if (s === 1) return p;
  const out = new Float32Array(p.length);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    out[i] = p[i] > 0 ? Math.exp(s * Math.log(p[i])) : 0;
    sum += out[i];
  }
  if (sum > 0) for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/**
 * The model's own softmax (before the held-out calibration) for each text; null for a text without letters.
 * Exposed for tests and tools (training/calibration/predict.mjs).
 */
export async function lidProbabilities(texts: string[]): Promise<{ probs: (Float32Array | null)[]; model: string }> {
  const { session, version } = await loadModel('lid');
  const { labels, featurizer } = lidMeta();
  const feats = texts.map((t) => lidFeatures(t, featurizer.buckets, featurizer.word_repeat ?? 1));
  const probs: (Float32Array | null)[] = feats.map(() => null);
  const rows = feats.flatMap((f, i) => (f.length > 0 ? [i] : []));
  if (rows.length === 0) return { probs, model: version };
  // Weight 1/len per real id, so the graph's weighted sum is the mean.
  const feeds = paddedIds(
    rows.map((r) => feats[r]),
    (f) => 1 / f.length,
  );
  const out = await session.run(feeds, ['probs']);
  const data = out.probs.data as Float32Array;
  const c = labels.length;
  rows.forEach((r, b) => {
    probs[r] = data.slice(b * c, (b + 1) * c);
  });
  return { probs, model: version };
}

/** Indices of the k largest values, largest first; ties keep index order (as a stable sort would). */
function topIndices(p: Float32Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.length; i++) {
    let j = out.length;
    while (j > 0 && p[out[j - 1]] < p[i]) j--;
    if (j < k) {
      out.splice(j, 0, i);
      if (out.length > k) out.pop();
    }
  }
  return out;
}

/** Detects the language of many texts in one model call; confidences are calibrated on held-out data. */
export async function detectLanguages(texts: string[]): Promise<LanguageResult[]> {
  const m = lidMeta();
  const { probs, model: version } = await lidProbabilities(texts);
  return probs.map((raw, r) => {
    if (!raw) return { lang: 'und', confidence: 0, top: [], model: version };
    const p = calibrateLid(raw, lidWords(texts[r]).length, m);
    const labels = m.labels;
    const order = topIndices(p, TOP_K);
    const top = order.map((k) => ({ lang: labels[k], p: p[k] }));
    return { lang: top[0].lang, confidence: top[0].p, top, model: version };
  });
}

/** Detects the language of one text; `lang: 'und'` (confidence 0) when it has no letters. */
export async function detectLanguage(text: string): Promise<LanguageResult> {
  return (await detectLanguages([text]))[0];
}
