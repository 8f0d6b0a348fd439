/**
 * Locale habits of hold-out 18: one light change of how a value is written, the way people of that locale really type
 * it. Each returns undefined where it does not apply (wrong type, language, or nothing to change).
 */
import { choose, type Lang, NATIVE_ZERO, type Rand, toNative } from './pii-holdout18-values.ts';

type Habit = (v: string, type: string, lang: Lang, r: Rand) => string | undefined;

const RTL: Lang[] = ['ar', 'fa', 'ur', 'he'];
const CJK: Lang[] = ['zh', 'ja', 'ko'];
const LRM = '\u200e';
const RLM = '\u200f';
const ALM = '\u061c';

const fullwidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCodePoint(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

/** Where separators split the value into groups (index of each separator). */
const separators = (v: string) => [...v.matchAll(/[ \-.:]/g)].map((m) => m.index ?? 0);

const QUOTES: Record<Lang, [string, string][]> = {
  ar: [['«', '»']],
  fa: [['«', '»']],
  ur: [
    ['"', '"'],
    ['«', '»'],
  ],
  hi: [
    ['“', '”'],
    ["'", "'"],
  ],
  bn: [
    ['“', '”'],
    ['‘', '’'],
  ],
  th: [
    ['“', '”'],
    ['"', '"'],
  ],
  zh: [
    ['“', '”'],
    ['「', '」'],
  ],
  ja: [
    ['「', '」'],
    ['『', '』'],
  ],
  ko: [
    ['“', '”'],
    ['「', '」'],
  ],
  ru: [
    ['«', '»'],
    ['„', '“'],
  ],
  uk: [
    ['«', '»'],
    ['„', '“'],
  ],
  el: [['«', '»']],
  he: [
    ['"', '"'],
    ['„', '”'],
  ],
  tr: [
    ['“', '”'],
    ['"', '"'],
  ],
};

/** Latin capitals -> Cyrillic look-alikes (keyboard left on the Cyrillic layout for one key). */
const CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

export const HABITS: Record<string, Habit> = {
  /** Every digit in the locale's digits (Persian/Urdu keyboards type them by default; full-width in CJK IMEs). */
  'native-digits': (v, type, lang) => {
    if (NATIVE_ZERO[lang] === undefined) return undefined;
    if (type === 'EMAIL') {
      if (!['ar', 'fa', 'ur'].includes(lang) || !/\d[^@]*@/.test(v)) return undefined;
      const at = v.indexOf('@');
      return toNative(v.slice(0, at), lang) + v.slice(at);
    }
    if (type === 'IBAN' && !['ar', 'fa', 'ur'].includes(lang)) return undefined;
    if (type === 'IP_ADDRESS' && (v.includes(':') || ['hi', 'bn', 'th'].includes(lang))) return undefined;
    return toNative(v, lang);
  },
  /** Part in native digits, part in ASCII (keyboard switched half-way, or a copied prefix). */
  'mixed-digits': (v, type, lang, r) => {
    if (NATIVE_ZERO[lang] === undefined || type === 'EMAIL') return undefined;
    if (type === 'IBAN' && !['ar', 'fa', 'ur'].includes(lang)) return undefined;
    if (type === 'IP_ADDRESS' && (v.includes(':') || ['hi', 'bn', 'th'].includes(lang))) return undefined;
    const seps = separators(v);
    const cut = seps.length ? choose(r, seps) : Math.floor(v.length / 2);
    const a = v.slice(0, cut);
    const b = v.slice(cut);
    if (!/\d/.test(a) || !/\d/.test(b)) return undefined;
    return r() < 0.5 ? toNative(a, lang) + b : a + toNative(b, lang);
  },
  /** Directional marks copied from RTL apps: around the value, or inside after each separator. */
  'bidi-marks': (v, _type, lang, r) => {
    if (!RTL.includes(lang)) return undefined;
    const k = Math.floor(r() * 5);
    if (k === 0) return LRM + v + LRM;
    if (k === 1) return RLM + v;
    if (k === 2) return `\u2066${v}\u2069`;
    if (k === 3) return ALM + v + ALM;
    if (!/[ -]/.test(v)) return LRM + v;
    return v.replace(/([ -])/g, `$1${LRM}`);
  },
  /** Whole value typed in full-width (IME left in full-width mode). */
  fullwidth: (v, _type, lang) => (CJK.includes(lang) ? fullwidth(v) : undefined),
  /** Japanese/Chinese habit: full-width ＠ (and sometimes ．) so the address is not harvested. */
  'fullwidth-at': (v, type, lang, r) => {
    if (type !== 'EMAIL' || !CJK.includes(lang)) return undefined;
    const w = v.replace('@', '＠');
    return r() < 0.5 ? w : w.replace(/\./g, '．');
  },
  /** Japanese: the long-vowel mark or a full-width dash as the hyphen of a phone or card number. */
  'ja-dash': (v, type, lang, r) => {
    if (lang !== 'ja' || !['PHONE', 'CREDIT_CARD'].includes(type) || !/[ -]/.test(v)) return undefined;
    const d = choose(r, ['ー', 'ー', '－', '―', '‐']);
    return v.replace(/[ -]/g, d);
  },
  /** A typographic dash from a word processor or a phone's autocorrect. */
  'unicode-dash': (v, type, _lang, r) => {
    if (!['PHONE', 'CREDIT_CARD'].includes(type) || !v.includes('-')) return undefined;
    const d = choose(r, ['\u2010', '\u2011', '\u2013', '\u2212']);
    return v.replace(/-/g, d);
  },
  /** No-break or narrow spaces between the groups (copied from a document or a bank app). */
  nbsp: (v, type, _lang, r) => {
    if (!['PHONE', 'CREDIT_CARD', 'IBAN'].includes(type) || !v.includes(' ')) return undefined;
    const s = choose(r, ['\u00a0', '\u202f', '\u2009']);
    return v.replace(/ /g, s);
  },
  /** The value between the locale's quotation marks. */
  'quotes-wrap': (v, _type, lang, r) => {
    const [a, b] = choose(r, QUOTES[lang]);
    return a + v + b;
  },
  /** Turkish upper-casing: every i becomes İ (dotted capital), as a Turkish phone keyboard or toUpperCase('tr') does. */
  'tr-upper': (v, type, lang) => (type === 'EMAIL' && lang === 'tr' ? v.toLocaleUpperCase('tr') : undefined),
  /** Country code of an IBAN typed with a Cyrillic look-alike letter. */
  'cyrillic-cc': (v, type, lang, r) => {
    if (type !== 'IBAN' || !['ru', 'uk'].includes(lang)) return undefined;
    const idx = [0, 1].filter((i) => CYRILLIC[v[i]]);
    if (!idx.length) return undefined;
    const i = choose(r, idx);
    return v.slice(0, i) + CYRILLIC[v[i]] + v.slice(i + 1);
  },
  /** Arabic/Persian IPv4 in native digits with the Arabic decimal separator ٫ between the octets. */
  'arabic-decimal-sep': (v, type, lang) => {
    if (type !== 'IP_ADDRESS' || !['ar', 'fa'].includes(lang) || v.includes(':')) return undefined;
    return toNative(v, lang).replace(/\./g, '٫');
  },
};
