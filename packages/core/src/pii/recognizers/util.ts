import type { PiiEntityType, RawMatch } from '../types.ts';

/**
 * A line break that does not start a date: the next log line ("…43848⏎2026-05-15 12:00 …") is no continuation of a
 * number.
 */
const LINE_BREAK = String.raw`[ \t]?\r?\n[ \t]?(?!\d{4}-\d\d(?:-\d\d)?(?!\d)|\d{1,2}[./]\d{1,2}[./]\d)`;
/** Separator allowed between digit groups: space/dot/dash/underscore, up to two blanks, or a line break (obfuscation). */
export const SEP = String.raw`(?:${LINE_BREAK}|[ \t]?[.\-_][ \t]?|[ \t]{1,2})`;
/**
 * A comma without a space before a date ("…832,2025-10-01", "…4697,01.10.2025") separates CSV fields, not groups.
 */
const CSV_FIELD = String.raw`(?!\d{4}[-./]\d|\d{1,2}[-./]\d{1,2}[-./]\d)`;
/**
 * SEP plus '/' and ", " ("4111/1111/1111/1111", "DE89/3704/…", "5084, 7563, …"): for values with a checksum, where a
 * date or a list cannot pass. The line break comes first: a prefix match ("IE80 \nABLI") must take it whole.
 */
export const SEP_SLASH = String.raw`(?:${LINE_BREAK}|[ \t]?[.\-/_][ \t]?|,(?:[ \t]|${CSV_FIELD})|[ \t]{1,2})`;

/**
 * Numbers of a CSV row or a list of amounts ("38,18785.77,29330", "4071.86,19254"): a comma without a blank and a dot
 * both between the digits of [start, end). No card or tax number is written with both.
 */
export const decimalList = (text: string, start: number, end: number) => {
  const span = text.slice(start, end);
  return /,\d/.test(span) && span.includes('.');
};

/** A maximal run of digits where single separators (see SEP) may sit between digits. */
export interface DigitRun {
  /** Digits only. */
  digits: string;
  /** Folded index of each digit. */
  positions: number[];
  /** Index in `digits` after which a separator follows (group boundaries). */
  breaks: Set<number>;
  /** breaksBefore[i] = how many group boundaries lie at indices 1..i-1 (counts groups inside a window in O(1)). */
  breaksBefore: Int32Array;
}

const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}_])\d(?:${SEP}?\d)*`, 'gu');
const RUN_SLASH = new RegExp(String.raw`(?<![\p{L}\p{N}_])\d(?:${SEP_SLASH}?\d)*`, 'gu');
/** Runs glued to a word ("Kreditkarte4111…", "SSN123-…"): kept only after a label of the type (see `glued`). */
const GLUED = new RegExp(String.raw`(?<=\p{L})\d(?:${SEP}?\d)*`, 'gu');
const GLUED_SLASH = new RegExp(String.raw`(?<=\p{L})\d(?:${SEP_SLASH}?\d)*`, 'gu');

/**
 * `slash`: '/' and ", " separate groups too (see SEP_SLASH). `glued`: also runs written right after a word for which
 * it returns true (a context label of the type, e.g. `labelBefore`).
 */
export function digitRuns(
  text: string,
  minDigits: number,
  slash = false,
  glued?: (text: string, index: number) => boolean,
): DigitRun[] {
  const runs: DigitRun[] = [];
  const matches = [...text.matchAll(slash ? RUN_SLASH : RUN)];
  if (glued) {
    for (const m of text.matchAll(slash ? GLUED_SLASH : GLUED)) {
      if (m[0].length >= minDigits && glued(text, m.index)) matches.push(m);
    }
  }
  for (const m of matches) {
    const s = m[0];
    if (s.length < minDigits) continue;
    const positions: number[] = [];
    const breaks = new Set<number>();
    let digits = '';
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        digits += s[k];
        positions.push(m.index + k);
      } else breaks.add(digits.length);
    }
    if (digits.length < minDigits) continue;
    const breaksBefore = new Int32Array(digits.length + 1);
    for (let i = 1; i <= digits.length; i++)
      breaksBefore[i] = breaksBefore[i - 1] + (breaks.has(i - 1) && i > 1 ? 1 : 0);
    runs.push({ digits, positions, breaks, breaksBefore });
  }
  return runs;
}

/**
 * Sub-runs of `run` with exactly `len` digits that start and end on group boundaries (or run edges) and have at most
 * `maxGroups` groups unless they are the whole run (a value written digit by digit stands alone; a window of 16 single
 * digits inside "1 1 1 1 …" is no card). Cheap on long runs: the group count comes from a prefix sum.
 */
export function* windows(
  run: DigitRun,
  len: number,
  maxGroups = Number.POSITIVE_INFINITY,
): Generator<{ digits: string; start: number; end: number; from: number }> {
  const whole = run.digits.length === len;
  for (let from = 0; from + len <= run.digits.length; from++) {
    if (from > 0 && !run.breaks.has(from)) continue;
    const to = from + len;
    if (to < run.digits.length && !run.breaks.has(to)) continue;
    if (!whole && innerGroups(run, from, to) > maxGroups) continue;
    yield { digits: run.digits.slice(from, to), start: run.positions[from], end: run.positions[to - 1] + 1, from };
  }
}

/** Number of groups of the window [from, to) of `run`. */
export function innerGroups(run: DigitRun, from: number, to: number): number {
  return 1 + run.breaksBefore[to] - run.breaksBefore[from + 1];
}

/** Group sizes of a window, e.g. [3,2,4] for "123-45-6789". */
export function groupSizes(run: DigitRun, from: number, to: number): number[] {
  const sizes: number[] = [];
  let last = from;
  for (let k = from + 1; k < to; k++) {
    if (run.breaks.has(k)) {
      sizes.push(k - last);
      last = k;
    }
  }
  sizes.push(to - last);
  return sizes;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Remainder of a (possibly very long) decimal string modulo m. */
export function modString(numeric: string, m: number): number {
  let r = 0;
  for (let i = 0; i < numeric.length; i++) r = (r * 10 + (numeric.charCodeAt(i) - 48)) % m;
  return r;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function match(type: PiiEntityType, start: number, end: number, score: number, value: string): RawMatch {
  return { type, start, end, score, value };
}

/** True when the characters around [start, end) are not letters/digits (a whole token). */
export function isolated(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** A marketplace order number: 3-7-7 digits joined by tight dashes ("698-5940945-9677712"), no card and no phone. */
export const MARKETPLACE_ORDER = /^\d{3}-\d{7}-\d{7}$/;
