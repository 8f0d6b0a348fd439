import type { CountryCode } from 'libphonenumber-js/max';
import { fieldLabelBefore, hasContext, hasPhoneWord, labelBefore } from '../context.ts';
import { foldKanjiDigits, foldLetterDigits } from '../normalize.ts';
import type { RawMatch, Recognizer, RecognizerContext } from '../types.ts';
import { createSlicer } from '../yield.ts';
import { inCardLayout } from './card.ts';
import { ALL_REGIONS, bareInternational, classify, type Kind, parse } from './phone-classify.ts';
import { extensionEnd } from './phone-extension.ts';
import {
  type Group,
  groupsOf,
  isYear,
  localLayout,
  notAPhone,
  slashParts,
  TIME_AFTER,
  tightDashes,
  total,
} from './phone-shape.ts';
import { spelledRuns } from './spelled.ts';
import { luhn, match } from './util.ts';

/**
 * Phone numbers. Candidates are runs of digits with phone separators (spaces — also doubled —, dots, dashes, slashes,
 * parentheses, line breaks), found by one linear pattern and then classified with libphonenumber-js (full metadata):
 * - international (`+…`, `00…`): valid 0.9, possible 0.3 (needs context);
 * - national, tried for the preferred regions (detected language's countries, the tenant's regions, defaultRegion),
 *   then for every region libphonenumber knows: valid in a preferred region 0.7 (formatted) / 0.45 (bare digits),
 *   valid elsewhere 0.55 when it is formatted like a phone (trunk 0, area code in parentheses, ≥ 10 digits, a local
 *   layout: "555-1234", "701/2345", "77 83 10 01"), less
 *   otherwise; only "possible" (right length) 0.3 / 0.2, which needs a context word ("call", "Handy", "appelle", …)
 *   to pass the default minimum of 0.5; numbers of 5-6 digits (small regions, "21/12 34") are tried only next to
 *   such a word.
 * Dates, year ranges, prices, thousands-grouped amounts and numbers with units never count as phones.
 * Spelled-out digits ("zero six one two …", spelled.ts) are found as well.
 * Value = E.164 when libphonenumber can form it, else the digits.
 */
const RUN_BODY = String.raw`(?:\+[ \t]?|\([ \t]?\+?)?\d(?:(?:[ \t]?\)?(?:[ \t]{1,2}|[ \t]?[.\-/_][ \t]?|[ \t]?\r?\n[ \t]?(?!\d{4}-\d\d(?:-\d\d)?(?!\d)|\d{1,2}[./]\d{1,2}[./]\d))?\(?[ \t]?)?\d)*\)?`;
/**
 * A line break followed by a date ends the run (the next log or CSV line).
 * Runs of digits with phone separators, not glued to a word of a spaced script ("ID12345678"); CJK text writes digits
 * right after letters ("電話は03-…"). Also used by the safety net (digit-run.ts).
 */
export const NUMBER_RUN = new RegExp(
  String.raw`(?<![\p{N}_+\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}])${RUN_BODY}`,
  'gu',
);
/** A number glued to its label ("WhatsApp+49…", "telefono5 5…"): kept only after a phone context word. */
const GLUED_RUN = new RegExp(String.raw`(?<=\p{L})${RUN_BODY}`, 'gu');
/**
 * Groups split by ", " ("044, 683, 31, 41", "+47, 32, 50, 48, 33"): a list as often as a phone, so kept only with
 * '+', a leading trunk 0 or a phone context word, and groups of two or more digits (see `commaRun`).
 */
const COMMA_RUN =
  /(?<![\p{N}_+\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])(?:\+[ \t]?)?\d+(?:,[ \t]?\d+){2,}/gu;
const MIN_DIGITS = 7;
/** Short national numbers (small regions, 5-6 digits) count only next to a phone context word. */
const MIN_DIGITS_WITH_CONTEXT = 5;
/** The shortest numbers (small regions: Tokelau, Niue) count right after a field label ("phone: ", "Tel.:"). */
const MIN_DIGITS_FIELD = 4;
const MAX_DIGITS = 15;
let warming: Promise<void> | undefined;

/**
 * The first national number tried against every region costs about three times what later ones do (libphonenumber's
 * per-region patterns compiled and optimised on first use: ~50 ms of CPU in one piece, 110 ms at load). Done once per
 * process, in slices of the scheduler, so no request pays it; the handler starts it in the background when built.
 */
export function warmPhoneRegions(): Promise<void> {
  warming ??= (async () => {
    const slicer = createSlicer(0); // background: when no request waits
    for (const region of ALL_REGIONS) {
      await slicer.pause();
      for (const sample of ['0612345679', '2025550147']) {
        const p = parse(sample, region);
        p?.isValid();
        p?.isPossible();
      }
    }
    await slicer.pause();
    // The rest of the recognizer's path (a full scan of a number valid nowhere, spelled digits), now a few ms.
    phoneRecognizer.find('call 0999 999 9991 or zero six one two', { entropyThreshold: 4 });
  })();
  return warming;
}

/** A dash or underscore right before a number, with a Latin letter or a digit before it (a slash parts values). */
const IDENTIFIER_JOIN = /[\p{Script=Latin}\p{N}][-_]$/u;

function baseScore(kind: Kind, formatted: boolean, phoneShape: boolean): number {
  switch (kind) {
    case 'intl-valid':
      return 0.9;
    case 'intl-possible':
      return 0.3;
    case 'valid':
      return formatted ? 0.7 : 0.45;
    case 'valid-foreign':
      return phoneShape ? 0.55 : formatted ? 0.35 : 0.3;
    case 'possible':
      return formatted ? 0.3 : 0.2;
    default:
      return 0;
  }
}

/** Work limits of one call: region scans (milliseconds each) and window evaluations inside long digit runs. */
interface Budget {
  scans: number;
  windows: number;
}
const take = (b: Budget) => b.scans-- > 0;

function evaluate(
  text: string,
  groups: Group[],
  preferred: readonly CountryCode[],
  budget: Budget,
  minDigits = MIN_DIGITS,
): RawMatch | undefined {
  let start = groups[0].start;
  const last = groups[groups.length - 1];
  const end = last.end;
  const digits = groups.map((g) => g.digits).join('');
  // International prefix: '+' right before, or "00" + country code.
  let plus = false;
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '(')) k--;
  if (k >= 0 && text[k] === '+' && start - k <= 3) {
    plus = true;
    start = k;
  }
  let candidate = plus ? `+${digits}` : digits;
  if (!plus && digits.startsWith('00') && digits.length >= 10 && digits[2] !== '0') candidate = `+${digits.slice(2)}`;
  const national = candidate.startsWith('+') ? candidate.slice(1) : candidate;
  if (national.length < minDigits || national.length > MAX_DIGITS) return undefined;
  const after = extensionEnd(text, end);
  if (after === end && /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text[end] ?? '')) return undefined;
  // Joined by a dash or underscore to letters or digits before it ("ORD-2023-76266", "SO-2025-40352"): an
  // identifier, unless those letters are a phone word ("tel-0171…").
  if (
    !plus &&
    IDENTIFIER_JOIN.test(text.slice(Math.max(0, start - 2), start)) &&
    !labelBefore(text, 'PHONE', start - 1)
  )
    return undefined;
  if (!plus && start > 0 && text[start - 1] === '(') start--;
  if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
  const shape = notAPhone(text, groups, start, end, candidate.startsWith('+'));
  if (shape === 'no') return undefined;
  const formatted = groups.length > 1;
  const context = hasContext(text, 'PHONE', start, end);
  const rawText = text.slice(start, end);
  const phoneShape =
    formatted &&
    (digits.startsWith('0') || rawText.includes('(') || digits.length >= 10 || localLayout(text, groups)) &&
    shape !== 'weak' &&
    shape !== 'thousands';
  let verdict = classify(candidate, preferred, false);
  if (verdict.kind === 'none' && candidate !== digits) verdict = classify(digits, preferred, false);
  // Every region libphonenumber knows (~25 ms), within budget, and only where it can decide: next to a phone word or
  // in a phone layout. Elsewhere a number valid abroad scores 0.35 at most, under the default minimum anyway.
  if (verdict.kind === 'possible' && (phoneShape || context)) {
    if (take(budget)) verdict = classify(candidate, preferred, true);
  }
  if (verdict.kind === 'none') return undefined;
  // A country code written without its "+" ("2348150459762", "4916097295397" in a chat): a mobile number of that
  // country when nothing in the text's regions reads it, at the safety net's score (an order word lowers it).
  if (!candidate.startsWith('+') && verdict.kind !== 'valid' && digits.length >= 11 && digits[0] !== '0' && !shape) {
    const bare = bareInternational(digits);
    if (bare) return match('PHONE', start, after, 0.5, bare);
  }
  let score = baseScore(verdict.kind, formatted, phoneShape);
  // Thousands-grouped digits are an amount, except a mobile number of the text's regions written 3-3-3 the way
  // Poland, Portugal, Spain or Czechia write them ("512 345 678", "912 345 678"): leaking costs more.
  const localMobile = shape === 'thousands' && verdict.kind === 'valid' && verdict.mobile && digits.length >= 9;
  if (shape === 'weak' || (shape === 'thousands' && !localMobile)) score = Math.min(score, 0.2);
  else if (localMobile) score = Math.min(score, 0.55);
  // "possible" alone is too weak without context; keep those only when a context word is near.
  if ((verdict.kind === 'possible' || verdict.kind === 'intl-possible') && !context) return undefined;
  return match('PHONE', start, after, score, verdict.value);
}

/** Digits written as words, possibly mixed with numerals: "zero six, one two 34 56 seventy…" (≥ 3 words, 7-15 digits). */
const PLUS_WORD = /(?<![\p{L}])(?:plus|più|mais|más|плюс|artı|\+)[ \t]?,?[ \t]?$/iu;

function spelledNumbers(text: string, preferred: readonly CountryCode[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const seq of spelledRuns(text, (t, i) => labelBefore(t, 'PHONE', i))) {
    if (seq.digits.length < MIN_DIGITS || seq.digits.length > MAX_DIGITS) continue;
    const v = classify(seq.digits, preferred, false);
    const context = hasContext(text, 'PHONE', seq.start, seq.end);
    // "plus" written as a word before the number belongs to it.
    const plus = PLUS_WORD.exec(text.slice(Math.max(0, seq.start - 12), seq.start));
    out.push(
      match(
        'PHONE',
        seq.start - (plus?.[0].length ?? 0),
        extensionEnd(text, seq.end),
        context ? 0.6 : 0.5,
        v.kind === 'none' ? seq.digits : v.value,
      ),
    );
  }
  return out;
}

/** A run of ", " groups (COMMA_RUN) read as one phone number when its shape and place say so. */
function commaRun(
  text: string,
  index: number,
  run: string,
  preferred: readonly CountryCode[],
  budget: Budget,
): RawMatch | undefined {
  const groups = groupsOf(text, index, index + run.length);
  const total = groups.reduce((a, g) => a + g.digits.length, 0);
  if (total < MIN_DIGITS || total > MAX_DIGITS || groups.some((g) => g.digits.length < 2)) return undefined;
  const plus = run.startsWith('+');
  if (!plus && groups[0].digits[0] !== '0' && !hasContext(text, 'PHONE', index, index + run.length)) return undefined;
  return evaluate(text, groups, preferred, budget);
}

/** Reads one run of digit groups (or one slash part of it) at `index` (`length` characters in all) into `out`. */
function readRun(
  text: string,
  groups: Group[],
  index: number,
  length: number,
  preferred: readonly CountryCode[],
  budget: Budget,
  out: RawMatch[],
): void {
  const sum = total(groups);
  if (sum < MIN_DIGITS) {
    // 5-6 digits next to a phone word; 4 ("phone: (729) 0", Tokelau) only right after a "phone:" field label.
    const field = sum === MIN_DIGITS_FIELD && !isYear(groups[0].digits) && fieldLabelBefore(text, 'PHONE', index);
    const min = field ? MIN_DIGITS_FIELD : MIN_DIGITS_WITH_CONTEXT;
    const short = sum >= min && hasPhoneWord(text, index, index + length);
    const found = short ? evaluate(text, groups, preferred, budget, min) : undefined;
    if (found) out.push(found);
    return;
  }
  if (sum <= MAX_DIGITS + 2) {
    const found = evaluate(text, groups, preferred, budget);
    if (found) {
      out.push(found);
      return;
    }
    if (sum <= MAX_DIGITS) return;
  }
  // Sixteen or more digits in fours with a valid Luhn digit, first digit 2-9 ("9682 0818 6297 5642", a mada card whose
  // issuer range card.ts does not list): a card, left to the safety net (digit-run.ts), never cut into phones.
  if (
    sum >= 16 &&
    /^[2-9]/.test(groups[0].digits) &&
    /^4-4-4-4(?:-\d)?$/.test(groups.map((g) => g.digits.length).join('-')) &&
    luhn(groups.map((g) => g.digits).join(''))
  )
    return;
  // A long run (several numbers in a row, or one with many groups): greedy windows on group boundaries, up to a
  // rest in a card's layout with a valid Luhn digit ("+31 6 12345678 | 5555 5555 5555 4444").
  let i = 0;
  while (i < groups.length && !(groups.length - i <= 5 && inCardLayout(groups.slice(i).map((g) => g.digits)))) {
    let taken = 0;
    let digits = 0;
    const ends: number[] = [];
    for (let j = i; j < groups.length && j < i + MAX_DIGITS; j++) {
      digits += groups[j].digits.length;
      if (digits > MAX_DIGITS) break;
      if (digits >= MIN_DIGITS) ends.push(j + 1);
    }
    for (const j of ends.reverse()) {
      if (budget.windows-- <= 0) break;
      const found = evaluate(text, groups.slice(i, j), preferred, budget);
      if (found && found.score >= 0.3) {
        out.push(found);
        taken = j;
        break;
      }
    }
    i = taken > i ? taken : i + 1;
  }
}

/** Preferred regions: detected language's countries, the tenant's regions, then defaultRegion (deduplicated). */
export function preferredRegions(ctx: RecognizerContext): CountryCode[] {
  const list = [...(ctx.regions ?? []), ...(ctx.defaultRegion ? [ctx.defaultRegion] : [])];
  return [...new Set(list)].filter((r): r is CountryCode => ALL_REGIONS.includes(r as CountryCode));
}

export const phoneRecognizer: Recognizer = {
  name: 'phone',
  types: ['PHONE'],
  find(folded, ctx) {
    const text = foldKanjiDigits(foldLetterDigits(folded));
    const out: RawMatch[] = [];
    const preferred = preferredRegions(ctx);
    out.push(...spelledNumbers(text, preferred));
    if (!/\d/.test(text)) return out;
    // A region scan costs ~25 ms on a busy machine (245 regions): two per call (one detection window) keep a window's work
    // well under the 100 ms stall bound.
    const budget: Budget = { scans: 2, windows: 32 + Math.floor(text.length / 64) };
    const runs = [...text.matchAll(NUMBER_RUN)];
    for (const m of text.matchAll(GLUED_RUN)) {
      if (m[0].length >= MIN_DIGITS_WITH_CONTEXT && labelBefore(text, 'PHONE', m.index)) runs.push(m);
    }
    for (const m of text.matchAll(COMMA_RUN)) {
      const found = commaRun(text, m.index, m[0], preferred, budget);
      if (found) out.push(found);
    }
    for (const m of runs) {
      const groups = groupsOf(text, m.index, m.index + m[0].length);
      // A time right after the run ("16383 12:20", "2023/11/1921:30"): its hour is no part of a number.
      if (TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) groups.pop();
      if (groups.length === 0) continue;
      // Groups joined by tight dashes beyond the length of any phone ("293-7899606-8851110", an order number): one
      // identifier, not phones side by side.
      if (total(groups) > MAX_DIGITS && groups.length > 1 && tightDashes(text, groups)) continue;
      const parts = slashParts(text, groups);
      if (parts.length === 1 || total(groups) <= MAX_DIGITS + 2) {
        readRun(text, groups, m.index, m[0].length, preferred, budget, out);
        continue;
      }
      for (const [k, part] of parts.entries()) {
        const from = k === 0 ? m.index : part[0].start;
        readRun(text, part, from, part[part.length - 1].end - from, preferred, budget, out);
      }
    }
    return out;
  },
};
