import { foldLetterDigits } from '../normalize.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { NUMBER_RUN } from './phone.ts';
import { extensionEnd } from './phone-extension.ts';
import { CURRENCY_BEFORE, isEraYear, isTimeRange, UNIT_AFTER } from './phone-shape.ts';
import { luhn, MARKETPLACE_ORDER, match } from './util.ts';

/**
 * Safety net (issue #11: leaking costs more than over-redacting). A number of 9-19 digits (8 in three or more
 * groups), written with the separators of phone numbers (spaces, tabs, `.`, `-`, `/`, `_`, parentheses, a line break),
 * that no other recognizer validated — a phone of a region the text gives no hint of ("919\n580 148"), a card of an
 * issuer nobody knows, an account or customer number — is replaced as PHONE (CREDIT_CARD when 13-19 digits pass Luhn),
 * score 0.5: a context word lifts it, a negative one ("order", "invoice", "ISBN", "ticket", "timestamp" …) drops it.
 * Validated recognizers win every overlap (detect.ts ranks this source below them).
 * Numbers of other kinds stay: dates (also "Jan 10 2015", "20240301 102211"), a year then a number, times (':' is no
 * separator here), amounts (currency or unit next to them, thousands groups "7 000 000 000", round numbers
 * "1400000000"), Unix times, decimals, versions and section numbers, IPv4-shaped runs, ranges ("10000-20000"), lists
 * of small numbers ("4 8 15 16 23 42"), numbers one per line, counting ("123456789", "10 20 30 …"), bits
 * ("1 0 1 1 0 0 1 0 1"), one repeated digit, a group of four zeros, results of arithmetic ("= 4294967296",
 * "equals 2147483647"), bare numbers of 13-19 digits that fail Luhn (barcodes, IDs), mentions and tags ("@100046729",
 * "#987654321"), and identifiers — a number glued to letters or joined by `-`, `_`, `/`, `.` or `\` to more letters
 * or digits ("INV-2024-00017", "…a456-426614174000", "/item/123456789", "3937647-510-755.jpg").
 */
export const NET_SOURCE = 'digit-run';
const MIN_DIGITS = 9;
/** Eight digits count in three or more groups ("558 00 008"): dates of that length are excluded below. */
const MIN_DIGITS_GROUPED = 8;
const MAX_DIGITS = 19;
const JOINER = /[-_/.\\]/;
const ALNUM = /[\p{L}\p{N}]/u;
/** Letters of scripts written with spaces: a number glued to them is part of a word or an identifier. */
const LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;
/** An operator with a space after it (before the number) or around it (after): "2^32 = 4294967296", not "**558**". */
const MATH_BEFORE = /(?:[=+*×^÷]|\bequals?(?: to)?) +$/i;
const MATH_AFTER = /^ +[=+*×^÷] /;

interface Group {
  digits: string;
  /** Separator before this group, trimmed (' ' for blanks only, '\n' for a line break), '' for the first. */
  sep: string;
}

function groupsOf(run: string): Group[] {
  const groups: Group[] = [];
  let sep = '';
  let i = 0;
  while (i < run.length) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      while (i < run.length && run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) i++;
      const blank = sep.includes('\n') ? '\n' : ' ';
      groups.push({
        digits: run.slice(start, i),
        sep: groups.length === 0 ? '' : sep.replace(/[()]/g, '').trim() || blank,
      });
      sep = '';
    } else {
      sep += run[i];
      i++;
    }
  }
  return groups;
}

const isYear = (g: string) => g.length === 4 && /^(?:1[89]|20)\d\d$/.test(g);
const num = (g: string) => Number(g);
const dayOrMonth = (g: string) => g.length <= 2 && num(g) >= 1 && num(g) <= 31;

const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const MONTH_DAY = /^(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Groups that read as a date: three in a row (2024-03-01, 01.03.2024, 3/1/24; also Solar Hijri "1404/12/23" and
 * Thai Buddhist years), a day and a year ("Jan 10 2015"), or one written YYYYMMDD ("20240301 102211") or YYYY-MMDD.
 */
function hasDate(groups: Group[]): boolean {
  if (groups.some((g) => COMPACT_DATE.test(g.digits))) return true;
  for (let k = 0; k + 1 < groups.length; k++) {
    if (dayOrMonth(groups[k].digits) && isYear(groups[k + 1].digits) && groups[k + 1].sep === ' ') return true;
  }
  for (let k = 0; k + 2 < groups.length; k++) {
    const [a, b, c] = [groups[k].digits, groups[k + 1].digits, groups[k + 2].digits];
    if (isEraYear(a) && b.length <= 2 && num(b) >= 1 && num(b) <= 12 && dayOrMonth(c)) return true;
    // a year, then month and day in one group, then a counter ("2025-1107-3390")
    if (isYear(a) && MONTH_DAY.test(b) && groups[k + 2].sep === groups[k + 1].sep) return true;
    if (dayOrMonth(a) && dayOrMonth(b) && (isEraYear(c) || (c.length === 2 && /^[./]$/.test(groups[k + 1].sep))))
      return true;
    // A day or month mistyped with a third digit ("118/05/2024"): the same "/" or "." twice, then a year.
    const sep = groups[k + 1].sep;
    if (a.length === 3 && dayOrMonth(b) && isYear(c) && /^[./]$/.test(sep) && groups[k + 2].sep === sep) return true;
  }
  return false;
}

/** Digits in one step of ±1 ("123456789", "9876543210"). */
function steps(d: string): boolean {
  const step = d.charCodeAt(1) - d.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < d.length; i++) if (d.charCodeAt(i) - d.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Values in one constant step ("10 20 30 40", "1 2 3 4 5"): counting. */
function counting(groups: Group[]): boolean {
  if (groups.length < 4) return false;
  const step = num(groups[1].digits) - num(groups[0].digits);
  return groups.every((g, k) => k === 0 || num(g.digits) - num(groups[k - 1].digits) === step);
}

function digitCount(run: string): number {
  let count = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) count++;
  return count;
}

/** True when `run` (at [start, end) of `text`) is a number of another kind (see above). */
function otherNumber(text: string, start: number, end: number, run: string): boolean {
  const count = digitCount(run);
  if (count < MIN_DIGITS_GROUPED || count > MAX_DIGITS) return true;
  const groups = groupsOf(run);
  if (count < MIN_DIGITS && groups.length < 3) return true;
  const digits = groups.map((g) => g.digits).join('');
  // Glued to letters, or joined to more letters/digits by an identifier's joiner; an extension ("x4039", "ext.12",
  // read as the phone recognizer reads it: phone-extension.ts) is no letter glued to it.
  const after = text[end] ?? '';
  const extension = extensionEnd(text, end) > end;
  if ((LETTER.test(after) && !extension) || (JOINER.test(after) && ALNUM.test(text[end + 1] ?? ''))) return true;
  const before = text[start - 1] ?? '';
  if (LETTER.test(before) || (JOINER.test(before) && ALNUM.test(text[start - 2] ?? ''))) return true;
  // A mention, a tag or a section ("@100046729", "#987654321", "§ 2510.3-101").
  if (/(?:[@#]|[§¶]\s?)$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || UNIT_AFTER.test(text.slice(end, end + 12)))
    return true;
  if (MATH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MATH_AFTER.test(text.slice(end, end + 3)))
    return true;
  if (/^(\d)\1+$/.test(digits) || steps(digits) || groups.some((g) => /^0{4,}$/.test(g.digits))) return true;
  // Groups joined by tight dashes, more digits than any phone has and no card ("293-7899606-8851110"), or a
  // marketplace's 3-7-7 even when its check digit holds: an order number.
  if (count > 15 && /^\d+(?:-\d+)+$/.test(run) && (!luhn(digits) || MARKETPLACE_ORDER.test(run))) return true;
  // Written with "+" and a country code ("+48 975 422 240", "+44(0)6185 15147"): a phone number, whether or not a
  // number plan knows it — no amount, version or list is written that way.
  if (run.startsWith('+')) return hasDate(groups);
  // Bare: round numbers, Unix times in seconds or milliseconds (2011-2033: 13…, 14…, … 19…), and 13-19 digits that
  // are no card (Luhn) — barcodes, IDs.
  if (groups.length === 1)
    return /000$/.test(digits) || /^1[3-9](?:\d{8}|\d{11})$/.test(digits) || (count >= 13 && !luhn(digits));
  // A year, then a number ("2007 04 600"; "2568/00372", "2024/000381": a record of that year).
  if (isYear(groups[0].digits) && groups[1].sep === ' ') return true;
  if (groups.length === 2 && isEraYear(groups[0].digits) && groups[1].sep === '/' && groups[1].digits.length >= 3)
    return true;
  const seps = groups.slice(1).map((g) => g.sep);
  // Numbers one per line ("2019\n2020\n2021", "12345\n67890"): a list; one break inside a grouped number is kept.
  const breaks = seps.filter((x) => x === '\n').length;
  if (breaks > 1 || (breaks === 1 && groups.length < 3)) return true;
  const same = seps.every((s) => s === seps[0]);
  const lengths = groups.map((g) => g.digits.length);
  // Thousands groups, decimals, versions, IPv4 shapes.
  if (same && /^[ .]$/.test(seps[0]) && lengths[0] <= 3 && lengths.slice(1).every((l) => l === 3)) return true;
  if (groups.length === 2 && /^[.,]$/.test(seps[0]) && lengths[0] !== lengths[1]) return true;
  // Versions and section numbers ("10.0.19045.2965", "2510.3-101"): a one-digit group after the first among longer
  // ones (phone layouts put a lone digit first: "+1 202 …", "0 800 …").
  if (lengths.slice(1).includes(1) && lengths.some((l) => l >= 3)) return true;
  if (
    groups.length === 4 &&
    same &&
    seps[0] === '.' &&
    groups.every((g) => g.digits.length <= 3 && num(g.digits) <= 255)
  )
    return true;
  if (hasDate(groups)) return true;
  if (
    isTimeRange(
      groups.map((g) => g.digits),
      seps,
    )
  )
    return true;
  // Ranges "10000-20000", "1021 - 1048".
  if (
    groups.length === 2 &&
    /^[-/]$/.test(seps[0]) &&
    digits[0] !== '0' &&
    num(groups[0].digits) < num(groups[1].digits)
  )
    return true;
  // Bits and other digit-by-digit runs of few distinct digits ("1 0 1 1 0 0 1 0 1").
  if (lengths.every((l) => l === 1) && new Set(digits).size < 4) return true;
  // Lists of small numbers ("4 8 15 16 23 42") and counting.
  if (groups.length >= 4 && Math.max(...lengths) <= 2 && new Set(lengths).size > 1) return true;
  return counting(groups);
}

export const digitRunRecognizer: Recognizer = {
  name: NET_SOURCE,
  types: ['PHONE', 'CREDIT_CARD'],
  find(folded) {
    const out: RawMatch[] = [];
    if (!/\d/.test(folded)) return out;
    const text = foldLetterDigits(folded);
    for (const m of text.matchAll(NUMBER_RUN)) {
      let start = m.index;
      let end = start + m[0].length;
      // Parentheses are kept only in pairs.
      let run = m[0];
      if (run.startsWith('(') && !run.includes(')')) {
        run = run.slice(1);
        start++;
      }
      if (run.endsWith(')') && !run.includes('(')) {
        run = run.slice(0, -1);
        end--;
      }
      // A time right after the run ("2023/11/19 21:30" typed without the blank, "16383 12:20"): its hour is no part.
      if (/^:\d\d/.test(text.slice(end, end + 3))) {
        const cut = /[^\d]*\d+$/.exec(run);
        if (!cut || cut.index === 0) continue;
        run = run.slice(0, cut.index);
        end -= cut[0].length;
      }
      // An integer a spreadsheet wrote as a float ("633179980.0"): read without its ".0".
      if (/^\d{9,19}\.0$/.test(run)) run = run.slice(0, -2);
      if (otherNumber(text, start, end, run)) continue;
      const digits = run.replace(/\D/g, '');
      const card = digits.length >= 13 && luhn(digits);
      const value = run.startsWith('+') ? `+${digits}` : digits;
      out.push(match(card ? 'CREDIT_CARD' : 'PHONE', start, card ? end : extensionEnd(text, end), 0.5, value));
    }
    return out;
  },
};
