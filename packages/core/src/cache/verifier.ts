/**
 * Learned verifier for the semantic cache: a tiny model over pair features (the embedder's cosine, word and
 * character-trigram overlap both ways, unmatched content words, lengths) that decides whether a stored question and
 * the asked one are the same question. It replaces the plain cosine threshold for candidates above a lower cosine
 * (`minCosine`); the false-hit guard (guard.ts) still has the last word. Weights come from
 * `training/embed/verifier.py` (trained on train pairs, threshold chosen on dev pairs), shipped next to the embedder.
 */
import { ANY_NEGATOR, CJK_NEGATORS, FUNCTION_WORDS, LANG2, NEGATORS } from './guard-words.ts';

/** Names of the pair features, in the order `pairFeatures` returns them (the weights file lists them too). */
export const VERIFIER_FEATURES = [
  'cosine',
  'word_jaccard',
  'word_in_stored',
  'word_in_asked',
  'char3_jaccard',
  'char3_in_stored',
  'char3_in_asked',
  'bigram_jaccard',
  'length_ratio',
  'log_length',
  'unmatched_stored',
  'unmatched_asked',
  'unmatched_share',
  'cjk',
  'negation_difference',
  'substituted',
] as const;

export interface VerifierWeights {
  /** The embedder version whose cosines it was trained on (e.g. "embed-cd85f2ae"); other vectors never use it. */
  embedder: string;
  /** Feature names; must equal VERIFIER_FEATURES (a mismatch is refused when loading). */
  features: string[];
  /** Standardization: x' = (x - mean) / scale. */
  mean: number[];
  scale: number[];
  /** Hidden layer (ReLU), rows = hidden units; empty for a logistic regression. */
  hidden: { w: number[][]; b: number[] };
  /** Output: logit = w · (hidden ? h : x') + b. */
  out: { w: number[]; b: number };
  /** A candidate is verified when sigmoid(logit) >= threshold (chosen on dev pairs). */
  threshold: number;
  /** Candidates below this cosine are never verified (the LSH buckets reach them reliably only above it). */
  minCosine: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HIRAGANA = /^\p{Script=Hiragana}$/u;
const WORD = /<[A-Z][A-Z_]*?_\d+>|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Side {
  words: string[];
  wordSet: Set<string>;
  bigrams: Set<string>;
  grams: Set<string>;
  content: string[];
  negations: number;
}

function side(text: string, cjk: boolean, stop: Set<string> | undefined, negators: Set<string>): Side {
  const words: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    const w = m[0].startsWith('<') ? m[0] : m[0].toLowerCase().replace(/’/g, "'");
    if (cjk && CJK.test(w)) for (const c of w) words.push(c);
    else words.push(w);
  }
  const bigrams = new Set<string>();
  for (let i = 1; i < words.length; i++) bigrams.add(`${words[i - 1]} ${words[i]}`);
  const grams = new Set<string>();
  const joined = Array.from(` ${words.join(' ')} `);
  for (let i = 0; i + 3 <= joined.length; i++) grams.add(joined.slice(i, i + 3).join(''));
  // CJK content: Han, Katakana and Hangul characters (Hiragana is mostly particles and endings).
  const content = words.filter((w) =>
    CJK.test(w) ? !HIRAGANA.test(w) : !stop?.has(w) && !/^\p{N}+$/u.test(w) && Array.from(w).length >= 3,
  );
  // Counted, not only present (the guard compares presence): "can't even tell ... no action" vs "can even tell ...".
  let negations = words.filter((w) => negators.has(w) || w.endsWith("n't")).length;
  if (cjk) for (const m of CJK_NEGATORS) negations += text.split(m).length - 1;
  return { words, wordSet: new Set(words), bigrams, grams, content, negations };
}

function overlap(x: Set<string>, y: Set<string>): [number, number, number] {
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  const union = x.size + y.size - both;
  return [union ? both / union : 1, x.size ? both / x.size : 1, y.size ? both / y.size : 1];
}

/**
 * The verifier's features for a stored question and an asked one (pseudonymized text), their embeddings' cosine and
 * the language (ISO 639-1 or -3; without it the script decides). Same order as VERIFIER_FEATURES.
 */
export function pairFeatures(stored: string, asked: string, cosine: number, lang?: string): number[] {
  const l = lang ? (LANG2[lang.toLowerCase()] ?? lang.toLowerCase().slice(0, 2)) : undefined;
  const cjk = l ? ['zh', 'ja', 'ko'].includes(l) : CJK.test(stored) || CJK.test(asked);
  const stop = l ? FUNCTION_WORDS[l] : undefined;
  const negators = (l && NEGATORS[l]) || ANY_NEGATOR;
  const a = side(stored, cjk, stop, negators);
  const b = side(asked, cjk, stop, negators);
  const [wj, wa, wb] = overlap(a.wordSet, b.wordSet);
  const [cj, ca, cb] = overlap(a.grams, b.grams);
  const [bj] = overlap(a.bigrams, b.bigrams);
  const na = a.words.length;
  const nb = b.words.length;
  const onlyA = a.content.filter((w) => !b.wordSet.has(w)).length;
  const onlyB = b.content.filter((w) => !a.wordSet.has(w)).length;
  const contentAll = a.content.length + b.content.length;
  return [
    cosine,
    wj,
    wa,
    wb,
    cj,
    ca,
    cb,
    bj,
    Math.max(na, nb) ? Math.min(na, nb) / Math.max(na, nb) : 1,
    Math.log1p((na + nb) / 2),
    Math.min(onlyA, 8),
    Math.min(onlyB, 8),
    contentAll ? (onlyA + onlyB) / contentAll : 0,
    cjk ? 1 : 0,
    Math.min(Math.abs(a.negations - b.negations), 3),
    // A content word traded for another ("dog" / "cat", 犬 / 猫): unmatched words on both sides.
    Math.min(onlyA, onlyB, 8),
  ];
}

/** The verifier's probability that the pair asks the same question. */
export function verifierScore(weights: VerifierWeights, features: number[]): number {
  const x = features.map((v, i) => (v - weights.mean[i]) / weights.scale[i]);
  const h = weights.hidden.w.length
    ? weights.hidden.w.map((row, j) =>
        Math.max(
          0,
          row.reduce((s, w, i) => s + w * x[i], weights.hidden.b[j]),
        ),
      )
    : x;
  const logit = weights.out.w.reduce((s, w, i) => s + w * h[i], weights.out.b);
  return 1 / (1 + Math.exp(-logit));
}

/** Refuses weights that do not fit this code (another feature list, wrong sizes). */
export function checkVerifierWeights(weights: VerifierWeights): VerifierWeights {
  const n = VERIFIER_FEATURES.length;
  const bad = (why: string) => new Error(`verifier weights: ${why}`);
  if (typeof weights.embedder !== 'string') throw bad('embedder (the version it was trained with) is missing');
  if (weights.features?.join(',') !== VERIFIER_FEATURES.join(','))
    throw bad(`features ${weights.features?.join(',')} are not ${VERIFIER_FEATURES.join(',')}`);
  if (weights.mean?.length !== n || weights.scale?.length !== n) throw bad(`mean and scale need ${n} values`);
  const width = weights.hidden?.w?.length ?? -1;
  if (width < 0 || weights.hidden.b?.length !== width || weights.hidden.w.some((r) => r.length !== n))
    throw bad(`hidden layer needs rows of ${n} weights and one bias per row`);
  if (weights.out?.w?.length !== (width || n) || typeof weights.out.b !== 'number')
    throw bad(`output needs ${width || n} weights and a bias`);
  if (!(weights.threshold >= 0 && weights.threshold <= 1)) throw bad('threshold must be a probability in [0, 1]');
  if (!(weights.minCosine >= -1 && weights.minCosine <= 1)) throw bad('minCosine must be a cosine in [-1, 1]');
  return weights;
}
