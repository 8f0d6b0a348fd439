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

/** Normalised tokens: words (leet-mapped, repeats squeezed) and single symbol / punctuation chars. */
export function toxicityTokens(text: string): string[] {
  const toks: string[] = [];
  let cur = '';
  const flush = () => {
    if (!cur) return;
    let w = stripApostrophes(cur);
    cur = '';
    if (LETTER.test(w)) w = Array.from(w, (c) => LEET[c] ?? c).join('');
    w = w.replace(REPEAT_RE, '$1$1');
    if (w && w !== 'rt' && !(w === 'xxuser' && toks[toks.length - 1] === 'xxuser')) toks.push(w);
  };
  for (const c of normalizeToxicityText(text)) {
    if (WORD_CHAR.test(c)) {
      cur += c;
      continue;
    }
    flush();
    if (KEEP_PUNCT.has(c) || STOP_PUNCT.has(c) || SYMBOL.test(c)) toks.push(c);
  }
  flush();
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

export function toxicityFeatureStrings(text: string): string[] {
  const toks = toxicityTokens(text);
  const words = toks.filter((t) => KEEP_PUNCT.has(t) || !STOP_PUNCT.has(t));
  const feats: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    feats.push(`w:${t}`);
    if (i + 1 < words.length) feats.push(`b:${t} ${words[i + 1]}`);
    const cps = Array.from(`<${t}>`);
    if (cps.length > 3 && t !== 'xxuser' && t !== 'xxurl' && LMN_START.test(t)) {
      for (const n of [3, 4, 5]) {
        for (let j = 0; j + n <= cps.length; j++) feats.push(`c:${cps.slice(j, j + n).join('')}`);
      }
    }
  }
  for (const t of negationScope(toks)) feats.push(`n:${t}`);
  return feats;
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

/** CRC-32 (zlib) of the UTF-8 bytes of `s`, encoded on the fly. */
export function crc32Utf8(s: string): number {
  let c = 0xffffffff;
  const byte = (b: number) => {
    c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  };
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) byte(cp);
    else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6));
      byte(0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 63));
      byte(0x80 | (cp & 63));
    } else {
      byte(0xf0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 63));
      byte(0x80 | ((cp >> 6) & 63));
      byte(0x80 | (cp & 63));
    }
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function toxicityHash(feature: string): number {
  return (crc32Utf8(feature) % (TOXICITY_FEATURIZER.buckets - 1)) + 1;
}

/** Hashed feature ids in 1..buckets-1 (never empty). */
export function toxicityFeatures(text: string): number[] {
  const ids = toxicityFeatureStrings(text).slice(0, TOXICITY_FEATURIZER.maxIds).map(toxicityHash);
  return ids.length ? ids : [toxicityHash('w:')];
}
