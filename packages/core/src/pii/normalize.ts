/**
 * Folds text for recognition while keeping an offset map back to the original string.
 * - drops invisible characters (zero-width, joiners, bidi marks, soft hyphen, BOM, variation selectors)
 * - NFKC per code point (full-width digits/letters/@/., ligatures, compatibility forms)
 * - maps every Unicode space to ' ' and every dash/minus variant to '-'
 * Case is kept (secrets are case-sensitive); recognizers match case-insensitively where it makes sense.
 */
import { type Decoded, decodeEscapes } from './decode.ts';
import type { Mapped } from './edits.ts';
import { foldSeams } from './seams.ts';

export interface FoldedText {
  original: string;
  folded: string;
  /** startOf[i] = original index of the code unit that produced folded[i]. */
  startOf: Int32Array;
  /** endOf[i] = original end (exclusive) of the code point that produced folded[i]. */
  endOf: Int32Array;
}

/** Invisible code points: soft hyphen, joiners, bidi controls, variation selectors, fillers, BOM, tags (ranges, inclusive). */
const INVISIBLE_RANGES: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe0fff],
];
const SPACE = /^[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/u;
const DASH = /^[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]$/u;
/**
 * The Japanese prolonged sound mark (full and half width) typed for a hyphen between digits ("+81ー80ー2921ー9457"):
 * a dash there only, a vowel length mark in words ("コーヒー").
 */
const KANA_DASH = /^[\u30FC\uFF70]$/u;
const DIGIT_AHEAD = /^\p{Nd}/u;
const COLON_LIKE = new Set(['∶', '꞉', '˸']);
const ASCII_SAFE = /^[\x20-\x7E\t\n\r]*$/;

/** Zero code points of the decimal digit blocks (Arabic-Indic, Devanagari, Thai, …): folded to ASCII digits. */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];

/**
 * Cyrillic and Greek letters that look like Latin ones (and colon look-alikes). Inside a token that also holds Latin letters, digits or '@'
 * ("jоhn@exаmple.com" with Cyrillic о/а) they are folded to the Latin letter; whole words of those scripts are left as
 * they are.
 */
const CONFUSABLE: Record<string, string> = Object.fromEntries(
  [
    ...'аa еe оo рp сc уy хx іi јj ѕs ԁd һh ԛq ԝw ӏl АA ВB ЕE КK МM НH ОO РP СC ТT ХX ІI ЈJ ЅS'.split(' '),
    ...'αa οo ρp νv ιi κk υu ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX'.split(' '),
    'ıi',
    // colon look-alikes in addresses and ports ("8108∶e352", "]∶22")
    '∶:',
    '꞉:',
    '˸:',
  ].map((pair) => [pair[0], pair[1]]),
);

const hex = (n: number) => `\\u{${n.toString(16)}}`;
const INVISIBLE_CLASS = INVISIBLE_RANGES.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('');
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const VISIBLE_RE = new RegExp(`[^\\s${INVISIBLE_CLASS}]`, 'u');

/** True when `text` has a character that is neither whitespace nor invisible. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE_RE.test(text);
}

export function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

function foldChar(ch: string): string {
  const first = ch.codePointAt(0) ?? 0;
  // Emoji, pictographs and other symbols from U+1F000 up to the tag block fold to themselves (fast path).
  if (first >= 0x1f000 && first < 0xe0000) return ch;
  if (isInvisible(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  // colon look-alikes, also alone between blanks ("2406 ∶ d18 : …", "] ∶ 22"): no letter, so always a colon
  if (COLON_LIKE.has(ch)) return ':';
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x660 && cp <= 0xabf9 && /\p{Nd}/u.test(ch)) {
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) return String(cp - zero);
  }
  const nf = ch.normalize('NFKC');
  // A superscript or subscript minus ("²¹⁵⁻⁹¹⁻⁴⁴⁰⁷") is a minus sign once decomposed: a dash like the others.
  if (DASH.test(nf)) return '-';
  // Keep NFKC only when it does not change the length of simple scripts wildly (e.g. "㈱" -> "(株)").
  return nf.length <= 4 ? nf : ch;
}

/** Combining marks (diacritics, overlays, enclosing circles, keycap): blocks U+0300, U+1AB0, U+1DC0, U+20D0, U+FE20. */
const isCombining = (cp: number) =>
  (cp >= 0x300 && cp <= 0x36f) ||
  (cp >= 0x1ab0 && cp <= 0x1aff) ||
  (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff) ||
  (cp >= 0xfe20 && cp <= 0xfe2f);
/** Bases whose combining marks are decoration: Latin letters, digits, ASCII punctuation and symbols. */
const DECORATED_BASE = /^[\x21-\x7e\p{Script=Latin}\p{N}\p{S}]$/u;

/**
 * Folds `original` (see the file comment), after decoding escapes (decode.ts: "%2B", "&#45;", "\\u0040") and before
 * folding seams (seams.ts: markup or odd separators inside a value, values spelled character by character). A
 * combining mark on a Latin letter, digit or symbol ("4̲8̲", "0̸7̸", "1̣8̣4̣", keycap "1️⃣") is composed with it when
 * Unicode has the composed letter ("é"), else dropped; its span joins the base character's.
 */
export function foldText(original: string): FoldedText {
  const decoded = decodeEscapes(original);
  const source = decoded?.text ?? original;
  let m: Mapped;
  if (ASCII_SAFE.test(source)) {
    const n = source.length;
    const startOf = new Int32Array(n);
    const endOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      startOf[i] = decoded ? decoded.starts[i] : i;
      endOf[i] = decoded ? decoded.ends[i] : i + 1;
    }
    m = { folded: source, startOf, endOf };
  } else m = foldChars(source, decoded);
  const seamed = foldSeams(m);
  return { original, folded: seamed.folded, startOf: seamed.startOf, endOf: seamed.endOf };
}

/** A run without ordinary blanks (space, tab, line break): a no-break, narrow or thin space does not end it. */
const BLANK_FREE_RUN = /[^\t\n\r \u3000]+/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F]/g;
/** How many odd spaces a written address may hold before the run reads as text spaced with no-break spaces. */
const MAX_ADDRESS_GAPS = 4;

/**
 * No-break, narrow and thin spaces inside a run with an "@" and no ordinary blank ("gar\u202Fcia-anna@liber\u202Fo.it",
 * "info\u00A0@gmx\u00A0.net"): pasted into an address to break it, so they are dropped (not folded to a space). A run
 * with more of them than an address would hold is text that uses them as its spaces, left as it is. Linear.
 */
function addressGaps(source: string): Set<number> | undefined {
  if (!source.includes('@')) return undefined;
  let gaps: Set<number> | undefined;
  for (const run of source.matchAll(BLANK_FREE_RUN)) {
    const token = run[0];
    if (!token.includes('@')) continue;
    const odd = [...token.matchAll(ODD_SPACE)];
    if (odd.length === 0 || odd.length > MAX_ADDRESS_GAPS) continue;
    gaps ??= new Set();
    for (const o of odd) if (o.index > 0 && o.index < token.length - 1) gaps.add(run.index + o.index);
  }
  return gaps;
}

/** Han, kana and Hangul letters; the other side of the edge is an ASCII letter or digit or "+". */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const LATIN_EDGE = /[A-Za-z0-9+]/;
const ALNUM = /^[\p{L}\p{N}+]/u;
const isCjkLatinEdge = (a: string, b: string) =>
  (CJK.test(a) && LATIN_EDGE.test(b)) || (LATIN_EDGE.test(a) && CJK.test(b));

function foldChars(source: string, decoded: Decoded | undefined): Mapped {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps = addressGaps(source);
  let pending: number | undefined;
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const from = decoded ? decoded.starts[i] : i;
    const to = decoded ? decoded.ends[i + width - 1] : i + width;
    const ch = source.slice(i, i + width);
    if (gaps?.has(i)) {
      i += width;
      continue;
    }
    i += width;
    const last = out.length - 1;
    if (isCombining(cp) && last >= 0 && DECORATED_BASE.test(out[last])) {
      const composed = (out[last] + ch).normalize('NFC');
      if (composed.length === 1) out[last] = composed;
      ends[last] = to;
      continue;
    }
    const folded =
      cp < 0x80
        ? ch
        : KANA_DASH.test(ch) &&
            last >= 0 &&
            isAsciiDigit(out[last].charCodeAt(0)) &&
            DIGIT_AHEAD.test(source.slice(i, i + 2))
          ? '-'
          : foldChar(ch);
    if (folded === '' && to - from > width) {
      // An escape of an invisible character ("\\u200e", "%E2%80%8E") gives nothing, but its span joins the letter
      // or digit it touches, so a value is covered with the escapes written around it.
      if (last >= 0 && ends[last] === from && ALNUM.test(out[last])) ends[last] = to;
      else pending ??= from;
      continue;
    }
    // A value glued to Japanese, Chinese or Korean text ("IBANはGB10 …です"): a blank of no width in the original
    // between the two scripts, so the recognizers' word edges hold there as they do in spaced languages.
    if (last >= 0 && folded && isCjkLatinEdge(out[last], folded[0])) {
      out.push(' ');
      starts.push(from);
      ends.push(from);
    }
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k]);
      starts.push(k === 0 && pending !== undefined && ALNUM.test(folded) ? pending : from);
      ends.push(to);
    }
    pending = undefined;
  }
  foldConfusables(out);
  return { folded: out.join(''), startOf: Int32Array.from(starts), endOf: Int32Array.from(ends) };
}

const KANJI_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** A run of Japanese / Chinese numerals and digits with blanks, dashes or dots between them (bounded: linear). */
const KANJI_RUN = /[〇零一二三四五六七八九0-9](?:[ \t\-－ー‐・.,]{0,3}[〇零一二三四五六七八九0-9]){5,24}/gu;

/**
 * Numerals written in kanji inside a phone number ("〇九〇 - 二三八八 二五三四", "+81 六 四 七 七 〇"): a run of six
 * or more digits, four or more of them kanji, reads as digits (one character for one: offsets unchanged). A shorter
 * run ("一丁目", "三人") stays as it is.
 */
export function foldKanjiDigits(text: string): string {
  if (!/[〇零一二三四五六七八九]/u.test(text)) return text;
  return text.replace(KANJI_RUN, (run) =>
    (run.match(/[〇零一二三四五六七八九]/gu)?.length ?? 0) >= 4
      ? run.replace(/[〇零一二三四五六七八九]/gu, (c) => KANJI_DIGIT[c])
      : run,
  );
}

const LETTER_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => isAsciiDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Letters written for digits inside a number ("5O18 17l9", "+4l 44 812 3O 6l", "O54 67 6Oll"): runs of ASCII letters
 * and digits whose only letters are O, o, l, I and that hold a digit become digits (O, o -> 0; l, I -> 1) when the run
 * has at least as many digits as letters — the run alone, or with the runs next to it that are of the same kind
 * (separated by at most three of space, tab, `.`, `-`, `_`, `/`, `,`: the groups of one number). One pass, same length
 * (offsets unchanged). Used by the digit-only recognizers (phone, card, national numbers), not by those whose values
 * hold letters (IBAN, addresses, secrets). Four of them read the same window one after the other, so the last
 * result is kept and given again for the same text.
 */
export function foldLetterDigits(text: string): string {
  if (text !== lastLetterDigits.text) lastLetterDigits = { text, folded: readLetterDigits(text) };
  return lastLetterDigits.folded;
}
let lastLetterDigits = { text: '', folded: '' };

function readLetterDigits(text: string): string {
  let out: string[] | undefined;
  const fold = (start: number, end: number) => {
    out ??= text.split('');
    for (let k = start; k < end; k++) out[k] = LETTER_DIGIT[text[k]] ?? text[k];
  };
  // The current group of neighbouring runs of digits and O/o/l/I: bounds of each run, totals.
  let group: { start: number; end: number; swaps: number }[] = [];
  let groupDigits = 0;
  let groupSwaps = 0;
  const flush = () => {
    if (groupSwaps > 0 && groupSwaps <= groupDigits) for (const r of group) if (r.swaps > 0) fold(r.start, r.end);
    group = [];
    groupDigits = 0;
    groupSwaps = 0;
  };
  let lastEnd = -1;
  let i = 0;
  while (i < text.length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    let swaps = 0;
    let other = false;
    for (; i < text.length && isAsciiAlnum(text.charCodeAt(i)); i++) {
      if (isAsciiDigit(text.charCodeAt(i))) digits++;
      else if (LETTER_DIGIT[text[i]]) swaps++;
      else other = true;
    }
    if (other || digits === 0) {
      flush();
      lastEnd = -1;
      continue;
    }
    if (lastEnd < 0 || start - lastEnd > 3 || !GROUP_GAP.test(text.slice(lastEnd, start))) flush();
    // A run that passes alone is folded whatever its neighbours hold.
    if (swaps > 0 && swaps <= digits) fold(start, i);
    group.push({ start, end: i, swaps });
    groupDigits += digits;
    groupSwaps += swaps;
    lastEnd = i;
  }
  flush();
  return out ? out.join('') : text;
}

const GROUP_GAP = /^[ \t.\-_/,]{1,3}$/;

/** In place: look-alike letters of whitespace-free tokens that also contain Latin letters, digits or '@'. */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLatinCode = (c: number) => (c >= 48 && c <= 57) || (c >= 64 && c <= 90) || (c >= 97 && c <= 122);

export function foldConfusables(chars: string[]): void {
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    // Spaces are folded to ' ' already; the other whitespace left is ASCII.
    if (i < chars.length && !isSpaceCode(chars[i].charCodeAt(0))) continue;
    let latin = false;
    let confusable = false;
    for (let k = start; k < i; k++) {
      const c = chars[k];
      if (isLatinCode(c.charCodeAt(0))) latin = true;
      else if (CONFUSABLE[c]) confusable = true;
    }
    if (latin && confusable) for (let k = start; k < i; k++) chars[k] = CONFUSABLE[chars[k]] ?? chars[k];
    start = i + 1;
  }
}

/** Maps a [start, end) span of the folded text back to the original string. */
export function toOriginalSpan(ft: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < ft.startOf.length ? ft.startOf[start] : ft.original.length;
    return { start: at, end: at };
  }
  return { start: ft.startOf[start], end: ft.endOf[end - 1] };
}

/** Removes invisible characters only (used to compare values typed with hidden characters). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, '');
}

/** Normalised value of an entity found by NER or a deny list: case- and whitespace-insensitive. */
export const textValue = (s: string) => stripInvisible(s).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
