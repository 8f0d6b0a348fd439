import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { hasContext, hasPhoneWord } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { cardNetwork } from './card.ts';
import { IBAN_LENGTHS, isValidIban } from './iban.ts';
import { preferredRegions } from './phone.ts';
import { DIGIT_WORD_MAX, digitWord } from './word-view.ts';

/**
 * A number sent in pieces to slip past a filter (hold-out 14): the groups of a phone number, card or IBAN
 * - over several chat lines, each behind a timestamp ("[14:41] 4123⏎[14:41] 9869 …", "> +4477⏎> 67836");
 * - with remarks between them ("0769 (portal blocks numbers) 4720 (no spaces) 19") or a few words
 *   ("starts with 06355. And then 61621", "ES78 1558 8821 … the app cuts it, second half: 8521 3374 7709");
 * - with mixed separators ("+491 ~ 7.5704,62*94 - 7", "451,2,653 ~ 149,069 295");
 * - with digits and digit words mixed, glued or not ("47 acht nul 8een acht2zeven", "+7 98пять 2ноль",
 *   "NLzes5 INGB zes 057", "TRaltısıfır…").
 * Pieces (digit runs, tokens made of digit words and digits, capitals with digits for an IBAN) that lie close are
 * joined; when the joined characters form a valid value — an IBAN of its country's length with mod-97 1, a Luhn card of
 * a known network and length next to a card word, a phone number valid for libphonenumber next to a phone word — each
 * piece (and nothing between them) becomes an entity of that type. Windows of at most 16 pieces and 34 characters:
 * linear in the text.
 */
interface Piece {
  start: number;
  end: number;
  /** Digits, or capitals and digits (IBAN). */
  chars: string;
  plus: boolean;
  /** A token with a digit word in it. */
  word: boolean;
  /** Part of a date, a time or an amount: ends every window. */
  barrier?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Chat timestamps and quote marks at the start of a line: no part of the value. */
const STAMP = /\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}\)/g;
/** A gap of separators only: blanks, line breaks, dots, dashes, "~", "*", "|", "_", "," "/", quote marks. */
const TIGHT_GAP = /^[ \t\r\n.,\-–—_~*|/:;>()[\]]{0,12}$/;
/** A remark in parentheses, or a few words (no digits) with punctuation: "(no spaces)", "… la segunda mitad: ". */
const ASIDE_GAP = /^[ \t\r\n]*\([^()\d\n]{1,40}\)[ \t\r\n]*$/;
/** Words of Latin, Cyrillic or Greek script: in Chinese, Japanese or Korean text a number glued to words is a count or price. */
const WORD_GAP = /^[^\p{N}+€$£¥₽%@\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{1,60}$/u;
/** Words that only say "number", and card words the shared lists lack (Turkish, Slavic forms). */
const NUMBER_WORD =
  /(?<![\p{L}])(?:numer|numerem|nummer|number|numéro|número|numero|номер|номеру|numara|numaram|numarası|nr|zap|zapzap)(?![\p{L}])/iu;
const CARD_WORD = /(?<![\p{L}])(?:kart|kartı|kartım|karty|kartę|карта|карты|карту|картой)(?![\p{L}])/iu;
/** What the phone and card recognizers read between groups themselves. */
const PLAIN_GAP = /^(?:[ \t]{1,2}|[ \t]?[.\-/][ \t]?)$/;
const MAX_PIECES = 16;
const MAX_CHARS = 34;

/** A token read as digits: each part a digit or a digit word ("acht2zeven" → "827", "altıüç5513" → "635513"). */
function segment(token: string): string | undefined {
  const low = token.toLowerCase();
  const n = low.length;
  if (n > 120) return undefined;
  // ok[i]: low.slice(i) can be read as digits and digit words; len[i]: the length of the part chosen at i.
  const ok = new Array<boolean>(n + 1).fill(false);
  const len = new Array<number>(n + 1).fill(0);
  ok[n] = true;
  for (let i = n - 1; i >= 0; i--) {
    const c = low.charCodeAt(i);
    if (c >= 48 && c <= 57 && ok[i + 1]) {
      ok[i] = true;
      len[i] = 1;
      continue;
    }
    for (let l = Math.min(DIGIT_WORD_MAX, n - i); l >= 2; l--) {
      if (ok[i + l] && digitWord(low.slice(i, i + l)) !== undefined) {
        ok[i] = true;
        len[i] = l;
        break;
      }
    }
  }
  if (!ok[0]) return undefined;
  let out = '';
  for (let i = 0; i < n; i += len[i])
    out += len[i] === 1 && /\d/.test(low[i]) ? low[i] : digitWord(low.slice(i, i + len[i]));
  return out;
}

/** Common words that are also digit words: a piece only between two other pieces. */
const COMMON = new Set([
  'en',
  'un',
  'une',
  'een',
  'bir',
  'uno',
  'una',
  'um',
  'uma',
  'sei',
  'tre',
  'due',
  'dos',
  'one',
  'oh',
  'et',
  'sex',
  'fem',
  'ett',
  'null',
  'nul',
  'dan',
  'en',
  'no',
]);

function pieceOf(token: string, start: number, text: string): Piece | undefined {
  const end = start + token.length;
  const plus = /\+[ \t]?$/.test(text.slice(Math.max(0, start - 2), start));
  if (/^\d+$/.test(token)) return { start, end, chars: token, plus, word: false };
  if (token.length <= MAX_CHARS && /^[A-Z0-9]+$/.test(token) && token.length <= 4 + (/\d/.test(token) ? 30 : 0))
    return { start, end, chars: token, plus: false, word: false };
  const cc = /^[A-Z]{2}(?=\P{Lu})/u.exec(token) && IBAN_LENGTHS[token.slice(0, 2)] ? token.slice(0, 2) : '';
  const digits = segment(cc ? token.slice(2) : token);
  if (digits === undefined || digits.length === 0) return undefined;
  if (!cc && COMMON.has(token.toLowerCase())) return { start, end, chars: digits, plus, word: false };
  return { start, end, chars: cc + digits, plus: plus && !cc, word: true };
}

/** Dates, times, amounts and measures: their numbers are no pieces of a value (and end a window). */
const BARRIER = new RegExp(
  [
    String.raw`(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[.:h]\d{2}[ \t]?(?:h|uhr|ч|Uhr)(?![\p{L}])|\d{1,2}:\d{2})(?!\d)`,
    String.raw`[$€£¥₹₽₺₴₪₦₱₩฿₫৳₸][ \t]?\d+(?:[.,']\d+)*`,
    String.raw`\d+(?:[.,'\u066b\u066c]\d+)*[ \t]?(?:[$€£¥₹₽₺₴₪₦₱₩฿₫৳₸%]|(?:eur|euro|euros|usd|chf|gbp|tl|zł|zl|pln|rub|руб|грн|uah|inr|rs|sar|aed|ريال|ر\.س|ریال|تومان|روپے|টাকা|บาท|kg|km|cm|mm|gb|mb|tb|qm|ml|min|zimmer|pcs|шт|adet|szt|stk|x)(?![\p{L}]))`,
  ].join('|'),
  'giu',
);

function piecesOf(text: string): Piece[] {
  const masked = text.includes(':') ? text.replace(STAMP, (m) => ' '.repeat(m.length)) : text;
  const ranges: [number, number][] = [];
  for (const m of masked.matchAll(BARRIER)) ranges.push([m.index, m.index + m[0].length]);
  const pieces: Piece[] = [];
  let r = 0;
  for (const m of masked.matchAll(TOKEN)) {
    while (r < ranges.length && ranges[r][1] <= m.index) r++;
    if (r < ranges.length && ranges[r][0] < m.index + m[0].length && /\d/.test(m[0])) {
      pieces.push({ start: m.index, end: m.index + m[0].length, chars: '', plus: false, word: false, barrier: true });
      continue;
    }
    const p = pieceOf(m[0], m.index, masked);
    if (p) pieces.push(p);
  }
  return pieces;
}

type Gap = 'tight' | 'loose' | 'none';

const tightBetween = (text: string, a: Piece | undefined, b: Piece | undefined) =>
  a !== undefined &&
  b !== undefined &&
  !a.barrier &&
  !b.barrier &&
  !b.plus &&
  TIGHT_GAP.test(text.slice(a.end, b.start).replace(STAMP, ' '));

/** The gap between pieces[j - 1] and pieces[j]. */
function gapOf(text: string, pieces: readonly Piece[], j: number): Gap {
  const a = pieces[j - 1];
  const b = pieces[j];
  const g = text.slice(a.end, b.start);
  if (g.length > 60) return 'none';
  if (b.plus || a.barrier || b.barrier) return 'none';
  const bare = g.replace(STAMP, ' ');
  if (TIGHT_GAP.test(bare) && !/\n[ \t]*\n/.test(bare)) return 'tight';
  // Words between single digits are a list or prose ("floor 3, built 1998, 2 parking spots"), not one value.
  if (a.chars.length < 2 && !tightBetween(text, pieces[j - 2], a)) return 'none';
  if (b.chars.length < 2 && !tightBetween(text, b, pieces[j + 1])) return 'none';
  if (ASIDE_GAP.test(bare)) return 'loose';
  if (WORD_GAP.test(bare) && bare.split(/[\s,.:;…]+/u).filter(Boolean).length <= 9) return 'loose';
  return 'none';
}

const DATE_OR_TIME = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d\d-\d\d|\d{1,2}:\d{2})(?!\d)/;
/** An amount, a unit or a percentage beside a piece: no part of a number sent in pieces. */
const MONEY_BEFORE = /[$€£¥₹₽₺₴₪₦₱₩฿₫৳₸]\s?$/;
const MONEY_AFTER =
  /^\s?(?:[$€£¥₹₽₺₴₪₦₱₩฿₫৳₸%]|(?:eur|euro|usd|tl|zł|pln|грн|руб|uah|kg|km|cm|mm|gb|mb|m²|qm|ml|шт)(?![\p{L}]))/iu;

function fewDigits(d: string): boolean {
  return new Set(d).size < 4;
}

interface Found {
  from: number;
  to: number;
  type: 'PHONE' | 'CREDIT_CARD' | 'IBAN';
  value: string;
  size: number;
}

/** Next to a word that only says "number" ("mijn nummer", "мой номер", "nr"), only a mobile number: no order number. */
const MOBILE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * The E.164 number that `digits` are, for the regions in order (a "+" or a leading "00" first reads the country code),
 * when libphonenumber says valid, and a mobile when `mobile` asks for one; shared with spoken-phone.ts.
 */
export function phoneValue(
  digits: string,
  plus: boolean,
  regions: readonly CountryCode[],
  mobile: boolean,
): string | undefined {
  if (digits.length < 8 || digits.length > 15) return undefined;
  try {
    const ok = (p: ReturnType<typeof parsePhoneNumberFromString>) =>
      p?.isValid() && (!mobile || MOBILE.has(p.getType() ?? '')) ? p.number : undefined;
    if (plus || digits.startsWith('00')) return ok(parsePhoneNumberFromString(`+${plus ? digits : digits.slice(2)}`));
    for (const r of regions) {
      const v = ok(parsePhoneNumberFromString(digits, r));
      if (v) return v;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export const fragmentRecognizer: Recognizer = {
  name: 'fragments',
  types: ['PHONE', 'CREDIT_CARD', 'IBAN'],
  find(text, ctx) {
    if (!/\d/.test(text) && !/\p{L}{3}/u.test(text)) return [];
    const pieces = piecesOf(text);
    if (pieces.length < 2) return [];
    const regions = preferredRegions(ctx);
    const found: Found[] = [];
    let parses = 64 + Math.floor(text.length / 32);
    for (let i = 0; i < pieces.length; i++) {
      const first = pieces[i];
      if (first.barrier) continue;
      if (MONEY_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start))) continue;
      const cc =
        /^[A-Z]{2}\d/.test(first.chars) || (first.word && /^[A-Z]{2}/.test(first.chars)) ? first.chars.slice(0, 2) : '';
      const ibanLength = cc ? IBAN_LENGTHS[cc] : undefined;
      const digitStart = /^\d/.test(first.chars);
      if (!ibanLength && !digitStart) continue;
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      const phoneWord = digitStart && hasPhoneWord(text, first.start, first.end);
      // A bare "number" word or a "+" is enough for a mobile number (checked in phoneValue).
      const phoneNear =
        digitStart &&
        (phoneWord || first.plus || hasContext(text, 'PHONE', first.start, first.end) || NUMBER_WORD.test(before));
      const cardNear =
        digitStart && (hasContext(text, 'CREDIT_CARD', first.start, first.end) || CARD_WORD.test(before));
      const ibanNear = !!ibanLength;
      if (!phoneNear && !cardNear && !ibanNear) continue;
      let chars = first.chars;
      let words = first.word;
      /** Whether a gap is one no other recognizer reads across (words, a remark, a timestamp, mixed marks). */
      let odd = false;
      let allDigits = digitStart && /^\d+$/.test(first.chars);
      for (let j = i + 1; j < pieces.length && j - i < MAX_PIECES; j++) {
        const gap = gapOf(text, pieces, j);
        if (gap === 'none') break;
        const p = pieces[j];
        if (gap === 'loose' || !PLAIN_GAP.test(text.slice(pieces[j - 1].end, p.start))) odd = true;
        chars += p.chars;
        words ||= p.word;
        if (chars.length > MAX_CHARS) break;
        if (!/^\d+$/.test(p.chars)) allDigits = false;
        if (MONEY_AFTER.test(text.slice(p.end, p.end + 5))) break;
        const span = text.slice(first.start, p.end);
        if (ibanLength && chars.length === ibanLength) {
          if (isValidIban(chars)) found.push({ from: i, to: j, type: 'IBAN', value: chars, size: chars.length });
          break;
        }
        if (!allDigits || ibanLength) continue;
        if (DATE_OR_TIME.test(span.replace(STAMP, ' ')) && !words) continue;
        if (fewDigits(chars) || !(odd || words)) continue;
        if (cardNear && chars.length >= 13 && chars.length <= 19 && cardNetwork(chars))
          found.push({ from: i, to: j, type: 'CREDIT_CARD', value: chars, size: chars.length });
        else if (phoneNear && chars.length >= 8 && parses-- > 0) {
          const value = phoneValue(chars, first.plus, first.plus ? [] : regions, !phoneWord);
          if (value) found.push({ from: i, to: j, type: 'PHONE', value, size: chars.length });
        }
      }
    }
    // The longest values first, no piece in two.
    found.sort((a, b) => b.to - b.from - (a.to - a.from) || b.size - a.size || a.from - b.from);
    const taken = new Uint8Array(pieces.length);
    const out: RawMatch[] = [];
    for (const f of found) {
      let free = true;
      for (let k = f.from; k <= f.to && free; k++) if (taken[k]) free = false;
      if (!free) continue;
      const score = f.type === 'PHONE' ? 0.75 : 0.85;
      // Pieces with separators only between them make one entity; words and remarks between them stay outside.
      let start = -1;
      for (let k = f.from; k <= f.to; k++) {
        taken[k] = 1;
        const p = pieces[k];
        if (start < 0) start = k === f.from && p.plus ? text.lastIndexOf('+', p.start) : p.start;
        const next = pieces[k + 1];
        if (k < f.to && gapOf(text, pieces, k + 1) === 'tight' && !text.slice(p.end, next.start).includes('\n'))
          continue;
        out.push({ type: f.type, start, end: p.end, score, value: f.value });
        start = -1;
      }
    }
    return out;
  },
};
