/**
 * NER tokenizer and featurizer. Must match training/ner/features.py exactly
 * (checked by test/ner.test.ts against a fixture written by the training script).
 * Offsets are UTF-16 code unit indices of the original string (JS string indices).
 */

export const NER_FEATURES = { ngramBuckets: 32768, wordBuckets: 16384, maxNgrams: 48 };
/**
 * Gazetteer Bloom filters (training/ner/gazetteer.py): per category (first name, last name, place token,
 * company-form word, common lowercase word) a bit range of the given size, GAZ_HASHES positions per token.
 * The bits themselves live in model.onnx; the featurizer only computes positions.
 */
export const NER_GAZ = { sizes: [1 << 18, 1 << 18, 1 << 20, 1 << 14, 1 << 18], hashes: 2 };
const GAZ_OFFSETS = NER_GAZ.sizes.map((_size, i) => NER_GAZ.sizes.slice(0, i).reduce((a, b) => a + b, 0));

export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

export interface NerFeatures {
  tokens: NerToken[];
  ngrams: number[][];
  words: number[];
  shapes: number[];
  /** Gazetteer bit positions per token, [sizes.length * hashes] each. */
  gaz: number[][];
}

const SPACE = /^(?:[\t\n\v\f\r\u2028\u2029\ufeff]|\p{Zs})$/u;
const WORD_START = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const DIGIT = /\p{Nd}/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', '\u3002']);

export function tokenize(text: string): NerToken[] {
  const out: NerToken[] = [];
  let cur: NerToken | undefined;
  let pos = 0;
  for (const ch of text) {
    const start = pos;
    pos += ch.length;
    if (cur && (WORD_START.test(ch) || MARK.test(ch))) {
      cur.text += ch;
      cur.end = pos;
      continue;
    }
    cur = undefined;
    if (SPACE.test(ch)) continue;
    const tok = { text: ch, start, end: pos };
    out.push(tok);
    if (WORD_START.test(ch)) cur = tok;
  }
  return out;
}

function fnv1a(s: string, h0 = 0x811c9dc5): number {
  let h = h0;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) as number), 16777619) >>> 0;
  return h;
}

/** FNV-1a over code points cps[from, to), continuing from state h. */
function fnv1aCps(cps: number[], from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ cps[i], 16777619) >>> 0;
  return h;
}

function normalise(tok: string): string {
  return tok.toLowerCase().replace(DIGIT, '0');
}

// FNV-1a states after the n-gram order prefix "1".."4" and after the gazetteer prefixes "<c><j>|".
const NGRAM_PREFIX = [0, 1, 2, 3, 4].map((n) => fnv1a(String(n)));
const GAZ_PREFIX: number[] = [];
NER_GAZ.sizes.forEach((_size, c) => {
  for (let j = 0; j < NER_GAZ.hashes; j++) GAZ_PREFIX.push(fnv1a(`${c}${j}|`));
});
const LT = '<'.codePointAt(0) as number;
const GT = '>'.codePointAt(0) as number;

function ngramIdsOf(norm: string): number[] {
  const s = [LT];
  for (let i = 0; i < norm.length; i++) {
    const cp = norm.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    s.push(cp);
  }
  s.push(GT);
  const ids: number[] = [];
  const { ngramBuckets, maxNgrams } = NER_FEATURES;
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= s.length; i++) {
      if (n === 1 && (s[i] === LT || s[i] === GT)) continue;
      ids.push(1 + (fnv1aCps(s, i, i + n, NGRAM_PREFIX[n]) % (ngramBuckets - 1)));
      if (ids.length === maxNgrams) return ids;
    }
  }
  return ids;
}

const GAZ_COUNT = NER_GAZ.sizes.length * NER_GAZ.hashes;
const GAZ_SIZE: number[] = [];
const GAZ_BASE: number[] = [];
NER_GAZ.sizes.forEach((size, c) => {
  for (let j = 0; j < NER_GAZ.hashes; j++) {
    GAZ_SIZE.push(size);
    GAZ_BASE.push(GAZ_OFFSETS[c]);
  }
});

/** Bloom positions of a normalised token: per (category, hash) FNV-1a of its code points from that pair's prefix. */
function gazPositionsOf(norm: string): number[] {
  const out = new Array<number>(GAZ_COUNT);
  for (let k = 0; k < GAZ_COUNT; k++) {
    let h = GAZ_PREFIX[k];
    for (let i = 0; i < norm.length; i++) {
      const cp = norm.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      h = Math.imul(h ^ cp, 16777619) >>> 0;
    }
    out[k] = GAZ_BASE[k] + (h % GAZ_SIZE[k]);
  }
  return out;
}

export function ngramIds(tok: string): number[] {
  return ngramIdsOf(normalise(tok));
}

export function wordId(tok: string): number {
  return 1 + (fnv1a(normalise(tok)) % (NER_FEATURES.wordBuckets - 1));
}

/** Bloom-filter bit positions of a token in the gazetteer bit array (category-major). */
export function gazPositions(tok: string): number[] {
  return gazPositionsOf(normalise(tok));
}

const isUpper = (c: string) => c.toLowerCase() !== c;

function caseClass(tok: string): number {
  let up = false;
  let low = false;
  let letter = false;
  let digit = false;
  for (const c of tok) {
    if (LETTER.test(c)) {
      letter = true;
      if (isUpper(c)) up = true;
      else if (c.toUpperCase() !== c) low = true;
    } else if (NUMBER.test(c)) digit = true;
  }
  if (!letter) return digit ? 6 : 8;
  if (digit) return 7;
  if (!up && !low) return 5;
  if (!up) return 0;
  const cps = Array.from(tok);
  if (!low) return cps.length === 1 ? 1 : 3;
  if (isUpper(cps[0]) && !cps.slice(1).some(isUpper)) return 2;
  return 4;
}

export function shapeIds(tokens: NerToken[]): number[] {
  return tokens.map((t, k) => {
    let ctx = 0;
    const prev = k > 0 ? tokens[k - 1] : undefined;
    if (prev && prev.end === t.start) {
      ctx = prev.text === '@' ? 1 : prev.text === '#' ? 2 : caseClass(prev.text) === 8 ? 3 : 0;
    }
    const sentStart = !prev || SENTENCE_END.has(prev.text) ? 1 : 0;
    return 1 + caseClass(t.text) * 8 + ctx * 2 + sentStart;
  });
}

export function nerFeatures(text: string): NerFeatures {
  const tokens = tokenize(text);
  const norms = tokens.map((t) => normalise(t.text));
  return {
    tokens,
    ngrams: norms.map(ngramIdsOf),
    words: norms.map((s) => 1 + (fnv1a(s) % (NER_FEATURES.wordBuckets - 1))),
    shapes: shapeIds(tokens),
    gaz: norms.map(gazPositionsOf),
  };
}

/** Constrained Viterbi over BIO (I-X only after B-X or I-X). probs: row-major [T, 7]. Returns tag ids. */
export function decodeBio(probs: Float32Array | number[], T: number): number[] {
  const n = NER_TAGS.length;
  if (T === 0) return [];
  const isInside = (j: number) => j === 2 || j === 4 || j === 6;
  const allowed = (i: number, j: number) => !isInside(j) || i === j || i === j - 1;
  const lp = (t: number, j: number) => Math.log(Math.max(probs[t * n + j], 1e-9));
  let score = Array.from({ length: n }, (_, j) => (isInside(j) ? -1e9 : lp(0, j)));
  const back: number[][] = [];
  for (let t = 1; t < T; t++) {
    const next: number[] = [];
    const bp: number[] = [];
    for (let j = 0; j < n; j++) {
      let best = -1e18;
      let arg = 0;
      for (let i = 0; i < n; i++) {
        if (allowed(i, j) && score[i] > best) {
          best = score[i];
          arg = i;
        }
      }
      next.push(best + lp(t, j));
      bp.push(arg);
    }
    score = next;
    back.push(bp);
  }
  let j = 0;
  for (let k = 1; k < n; k++) if (score[k] > score[j]) j = k;
  const path = [j];
  for (let t = back.length - 1; t >= 0; t--) {
    j = back[t][j];
    path.push(j);
  }
  return path.reverse();
}
