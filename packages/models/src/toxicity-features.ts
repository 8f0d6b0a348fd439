/**
 * Toxicity featurizer: text normalisation + hashed word / word-bigram / char n-gram / negation-scope ids.
 * (The training scripts can add profanity-lexicon features; no bundled model uses them, so this runtime does not and
 * toxicity.ts refuses a meta.json that declares a lexicon.)
 * Must match training/toxicity/features.py exactly (checked by test/toxicity.test.ts against a fixture
 * written by the training script).
 */
import { codePointPrefix } from './text-prefix.ts';

export const TOXICITY_FEATURIZER = {
  buckets: 1 << 16,
  maxChars: 1000,
  maxIds: 4096,
  negScope: 5,
};

const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', '@': 'a', $: 's' };
const NEGATORS = new Set(
  (
    "not no never don't dont doesn't doesnt isn't isnt aren't arent wasn't wasnt weren't won't wont can't cant " +
    "cannot didn't didnt ain't shouldn't wouldn't couldn't nobody nothing neither nor without n't " +
    'nicht kein keine keiner keinen keinem keines nie niemals niemand nichts ohne ' +
    'nunca jamás jamas nadie ni tampoco sin ne pas jamais personne rien non mai nessuno nessuna senza ' +
    'não nao ninguém ninguem nem sem nie żaden bez tidak bukan jangan gak nggak enggak tak'
  ).split(' '),
);
const STOP_PUNCT = new Set(Array.from('.!?,;:"“”«»()[]'));
const KEEP_PUNCT = new Set(Array.from('!?"“”«»'));
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const ZSPACE = /[\p{Z}\t\n\r\v\f]/gu;
const URL_RE = /(?:https?:\/\/|www\.)[^ ]*/g;
const MENTION_RE = /@[a-z0-9_]+/g;
const ENTITY_RE = /&(?:amp|lt|gt|quot|apos);|&#([0-9]{1,7});/g;
const REPEAT_RE = /(.)\1{2,}/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}'*$@]$/u;
const LETTER = /\p{L}/u;
const LMN_START = /^[\p{L}\p{M}\p{N}]/u;
const SYMBOL = /^\p{S}$/u;

function entity(m: string, num: string | undefined): string {
  if (num === undefined) return ENTITIES[m];
  const n = Number(num);
  return n > 0 && n < 0x110000 && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : ' ';
}

export function normalizeToxicityText(text: string): string {
  let t = codePointPrefix(text, TOXICITY_FEATURIZER.maxChars).normalize('NFKC').toLowerCase();
  t = t.replace(ZSPACE, ' ').replace(/[’‘`]/g, "'");
  t = t.replace(ENTITY_RE, entity);
  return t.replace(URL_RE, ' xxurl ').replace(MENTION_RE, ' xxuser ');
}

function stripApostrophes(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && w[a] === "'") a++;
  while (b > a && w[b - 1] === "'") b--;
  return w.slice(a, b);
}

/** ASCII code points that are word characters ([\p{L}\p{M}\p{N}'*$@]): letters, digits and ' * $ @. */
const ASCII_WORD = (() => {
  const t = new Uint8Array(128);
  for (let cp = 0; cp < 128; cp++) t[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 0;
  return t;
})();
const LEET_CHAR = /[0134578@$]/g;

/** Normalised tokens: words (leet-mapped, repeats squeezed) and single symbol / punctuation chars. */
export function toxicityTokens(text: string): string[] {
  const t = normalizeToxicityText(text);
  const toks: string[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    let w = stripApostrophes(t.slice(start, end));
    start = -1;
    if (LETTER.test(w)) w = w.replace(LEET_CHAR, (c) => LEET[c]);
    w = w.replace(REPEAT_RE, '$1$1');
    if (w && w !== 'rt' && !(w === 'xxuser' && toks[toks.length - 1] === 'xxuser')) toks.push(w);
  };
  for (let i = 0; i < t.length; ) {
    const cp = t.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const c = cp < 0x80 ? '' : t.slice(i, i + len);
    if (cp < 0x80 ? ASCII_WORD[cp] === 1 : WORD_CHAR.test(c)) {
      if (start < 0) start = i;
    } else {
      flush(i);
      const ch = c || t[i];
      if (cp !== 0x20 && (KEEP_PUNCT.has(ch) || STOP_PUNCT.has(ch) || SYMBOL.test(ch))) toks.push(ch);
    }
    i += len;
  }
  flush(t.length);
  return toks;
}

/** Tokens in a negation scope: up to `negScope` tokens after a negator, cut at stop punctuation. */
function negationScope(toks: string[]): string[] {
  const out: string[] = [];
  let scope = 0;
  for (const t of toks) {
    if (STOP_PUNCT.has(t)) scope = 0;
    else if (NEGATORS.has(t)) scope = TOXICITY_FEATURIZER.negScope;
    else if (scope > 0) {
      out.push(t);
      scope--;
    }
  }
  return out;
}

/** Code points of '<' + word + '>'. */
const bracketed = (t: string): number[] => [0x3c, ...Array.from(t, (c) => c.codePointAt(0) as number), 0x3e];

const bucket = (state: number) => (crcFinal(state) % (TOXICITY_FEATURIZER.buckets - 1)) + 1;

/**
 * Hashed ids of the features `w:<word>`, `b:<word> <next>`, `c:<char 3/4/5-gram of <word>>` (words of 2+ code points
 * starting with a letter, mark or digit, not xxuser/xxurl) and `n:<negated token>`, in that order (the training
 * featurizer's `feature_strings`). The CRC-32 state runs over each feature's UTF-8 bytes directly, so no feature
 * string is built.
 */
function featureIds(text: string): number[] {
  const toks = toxicityTokens(text);
  const words = toks.filter((t) => KEEP_PUNCT.has(t) || !STOP_PUNCT.has(t));
  const ids: number[] = [];
  const s3: number[] = [];
  const s4: number[] = [];
  const s5: number[] = [];
  for (let i = 0; i < words.length && ids.length < TOXICITY_FEATURIZER.maxIds; i++) {
    const t = words[i];
    ids.push(bucket(crcString(CRC_W, t)));
    if (i + 1 < words.length) ids.push(bucket(crcString(crcCodePoint(crcString(CRC_B, t), 0x20), words[i + 1])));
    const cps = bracketed(t);
    if (cps.length > 3 && t !== 'xxuser' && t !== 'xxurl' && LMN_START.test(t)) {
      s3.length = s4.length = s5.length = 0;
      for (let j = 0; j + 3 <= cps.length; j++) {
        const a = crcCodePoint(crcCodePoint(crcCodePoint(CRC_C, cps[j]), cps[j + 1]), cps[j + 2]);
        s3.push(a);
        if (j + 4 <= cps.length) {
          const b = crcCodePoint(a, cps[j + 3]);
          s4.push(b);
          if (j + 5 <= cps.length) s5.push(crcCodePoint(b, cps[j + 4]));
        }
      }
      for (const s of s3) ids.push(bucket(s));
      for (const s of s4) ids.push(bucket(s));
      for (const s of s5) ids.push(bucket(s));
    }
  }
  for (const t of negationScope(toks)) ids.push(bucket(crcString(CRC_N, t)));
  if (ids.length > TOXICITY_FEATURIZER.maxIds) ids.length = TOXICITY_FEATURIZER.maxIds;
  return ids;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const CRC_INIT = 0xffffffff;
const crcByte = (c: number, b: number) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
const crcFinal = (c: number) => (c ^ 0xffffffff) >>> 0;

/** Running CRC-32 state after the UTF-8 bytes of code point `cp`. */
function crcCodePoint(c: number, cp: number): number {
  if (cp < 0x80) return crcByte(c, cp);
  if (cp < 0x800) return crcByte(crcByte(c, 0xc0 | (cp >> 6)), 0x80 | (cp & 63));
  if (cp < 0x10000) {
    return crcByte(crcByte(crcByte(c, 0xe0 | (cp >> 12)), 0x80 | ((cp >> 6) & 63)), 0x80 | (cp & 63));
  }
  const c2 = crcByte(crcByte(c, 0xf0 | (cp >> 18)), 0x80 | ((cp >> 12) & 63));
  return crcByte(crcByte(c2, 0x80 | ((cp >> 6) & 63)), 0x80 | (cp & 63));
}

/** Running CRC-32 state after the UTF-8 bytes of `s`. */
function crcString(c: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    c = crcCodePoint(c, cp);
  }
  return c;
}

const CRC_W = crcString(CRC_INIT, 'w:');
const CRC_B = crcString(CRC_INIT, 'b:');
const CRC_C = crcString(CRC_INIT, 'c:');
const CRC_N = crcString(CRC_INIT, 'n:');

/** CRC-32 (zlib) of the UTF-8 bytes of `s`, encoded on the fly. */
export function crc32Utf8(s: string): number {
  return crcFinal(crcString(CRC_INIT, s));
}

export function toxicityHash(feature: string): number {
  return (crc32Utf8(feature) % (TOXICITY_FEATURIZER.buckets - 1)) + 1;
}

/** Hashed feature ids in 1..buckets-1 (never empty). */
export function toxicityFeatures(text: string): number[] {
  const ids = featureIds(text);
  return ids.length ? ids : [toxicityHash('w:')];
}
