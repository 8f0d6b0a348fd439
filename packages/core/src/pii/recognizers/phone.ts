import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fieldLabelBefore, hasContext, hasPhoneWord, labelBefore } from '../context.ts';
import { foldLetterDigits } from '../normalize.ts';
import type { RawMatch, Recognizer, RecognizerContext } from '../types.ts';
import { createSlicer } from '../yield.ts';
import { inCardLayout } from './card.ts';
import { extensionEnd } from './phone-extension.ts';
import { spelledRuns } from './spelled.ts';
import { match } from './util.ts';

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
/** Every region, the most populous / most written-about first (the first valid one gives the E.164 value). */
const FIRST = 'US GB DE FR ES IT NL BE CH AT IN CN JP BR MX CA AU PL SE NO DK FI IE PT IL TR RU UA KR ID PH'.split(' ');
const ALL_REGIONS = [...new Set([...FIRST, ...getCountries()])] as CountryCode[];
export const CURRENCY_BEFORE = /(?:[$€£¥₹₽₩₺]|\b(?:usd|eur|gbp|chf|jpy|rs|inr|cad|aud)) ?$/i;
/** A currency or unit after a number, also after its decimals ("12 990,00 ₽", "1.299,90 TL"). */
export const UNIT_AFTER =
  /^(?:[.,]\d{1,2}(?!\d))? ?(?:[$€£¥₹%‰₽₩₺₪₫₴฿₦₱₸]|(?:usd|eur|gbp|chf|jpy|rub|try|tl|sar|aed|pln|uah|thb|vnd|krw|km|kg|mg|mm|cm|ml|kb|mb|gb|tb|ms|px|kwh|mph|kmh|dollars?|euros?|pounds?|yen|rupees?)\b|руб|грн|ريال|ریال|บาท|원|円|元)/i;

type Kind = 'intl-valid' | 'intl-possible' | 'valid' | 'valid-foreign' | 'possible' | 'none';
interface Verdict {
  kind: Kind;
  value: string;
  /** A mobile number of a preferred region (libphonenumber's type). */
  mobile?: boolean;
}

/** Bounded cache: classifying a national number against every region costs milliseconds. */
const cache = new Map<string, Verdict>();
const CACHE_SIZE = 4096;
function remember(key: string, v: Verdict): Verdict {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, v);
  return v;
}

function parse(s: string, region?: CountryCode) {
  try {
    return parsePhoneNumberFromString(s, region);
  } catch {
    return undefined;
  }
}

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

/** `digits` may start with '+'. `scan`: also try every region libphonenumber knows (costly; budgeted by the caller). */
function classify(digits: string, preferred: readonly CountryCode[], scan: boolean): Verdict {
  const key = `${preferred.join(',')}|${scan ? 1 : 0}|${digits}`;
  const known = cache.get(key);
  if (known) return known;
  if (digits.startsWith('+')) {
    const p = parse(digits);
    if (p?.isValid()) return remember(key, { kind: 'intl-valid', value: p.number });
    // A "(0)" trunk written after a country code that dials none ("+45 (0)32 15 46 78"): the number without it.
    const trunk = p?.countryCallingCode ? 1 + p.countryCallingCode.length : -1;
    if (trunk > 0 && digits[trunk] === '0') {
      const q = parse(digits.slice(0, trunk) + digits.slice(trunk + 1));
      if (q?.isValid()) return remember(key, { kind: 'intl-valid', value: q.number });
    }
    if (p?.isPossible()) return remember(key, { kind: 'intl-possible', value: p.number });
    return remember(key, { kind: 'none', value: digits });
  }
  let possible: string | undefined;
  for (const r of preferred) {
    const p = parse(digits, r);
    if (p?.isValid()) return remember(key, { kind: 'valid', value: p.number, mobile: p.getType() === 'MOBILE' });
    if (!possible && p?.isPossible()) possible = p.number;
  }
  if (scan) {
    for (const r of ALL_REGIONS) {
      if (preferred.includes(r)) continue;
      const p = parse(digits, r);
      if (p?.isValid()) return remember(key, { kind: 'valid-foreign', value: p.number });
    }
  }
  return remember(key, { kind: 'possible', value: possible ?? digits });
}

interface Group {
  digits: string;
  start: number;
  end: number;
}

function groupsOf(text: string, from: number, to: number): Group[] {
  const groups: Group[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      groups.push({ digits: text.slice(start, i), start, end: i });
    } else i++;
  }
  return groups;
}

const isYear = (g: string) => /^(?:1[89]|20)\d\d$/.test(g);
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** A year of the Gregorian, Solar Hijri (13xx-14xx: "1404/12/23") or Thai Buddhist (25xx) calendar. */
export const isEraYear = (g: string) => /^(?:1[3489]|2[05])\d\d$/.test(g);
const isMonthDay = (g: string) => /^(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(g);
const n = (g: string) => Number(g);

/** Shapes that are numbers but not phones: dates, year ranges, thousands groups, prices, amounts with units. */
function notAPhone(
  text: string,
  groups: Group[],
  start: number,
  end: number,
  plus: boolean,
): 'no' | 'weak' | 'thousands' | false {
  const seps = groups.slice(1).map((g, k) => text.slice(groups[k].end, g.start).trim() || ' ');
  const same = seps.every((s) => s === seps[0]);
  const d = groups.map((g) => g.digits);
  if (groups.length === 3 && same && /^[./-]$|^ $/.test(seps[0])) {
    const [a, b, c] = d;
    const ymd = a.length === 4 && isEraYear(a) && n(b) >= 1 && n(b) <= 12 && b.length <= 2 && c.length <= 2;
    const dmy =
      a.length <= 2 && b.length <= 2 && n(a) >= 1 && n(b) >= 1 && n(a) <= 31 && n(b) <= 31 && /^\d{2}$|^\d{4}$/.test(c);
    if (ymd || (dmy && (c.length === 2 || isEraYear(c)))) return 'no';
  }
  // A date then a counter ("20251107-0071", "2025-1107-3390"), a year then a counter ("2568/00372"): ids of records.
  if (!plus && groups.length >= 2 && /^[-/_]$/.test(seps[0])) {
    if (groups.length === 2 && COMPACT_DATE.test(d[0])) return 'no';
    if (groups.length === 2 && isEraYear(d[0]) && d[1].length >= 3 && seps[0] !== '-') return 'no';
    if (groups.length === 3 && isYear(d[0]) && isMonthDay(d[1]) && seps[1] === seps[0]) return 'no';
  }
  if (groups.length === 2 && d.every(isYear) && /^[-/–]$/.test(seps[0])) return 'no';
  // A date then something else ("2025-10-01\n1043": a CSV date, then the next row's id).
  if (groups.length > 3 && isYear(d[0]) && /^[./-]$/.test(seps[0]) && seps[1] === seps[0] && seps[2] !== seps[0]) {
    if (n(d[1]) >= 1 && n(d[1]) <= 12 && d[1].length <= 2 && d[2].length <= 2) return 'no';
  }
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return 'no';
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return 'no';
  // Thousands grouping ("1.234.567", "12 345 678"): an amount unless context says phone.
  if (
    !plus &&
    d[0][0] !== '0' &&
    groups.length >= 2 &&
    same &&
    /^[., ]$/.test(seps[0]) &&
    d[0].length <= 3 &&
    d.slice(1).every((g) => g.length === 3)
  )
    return 'thousands';
  // A decimal ("3.14159265") or a time is not a phone either.
  if (groups.length === 2 && seps[0] === '.' && d[1].length !== d[0].length) return 'weak';
  return false;
}

/**
 * Layouts of local numbers that amounts, dates and versions do not take: 3-4 split by a dash, space or slash
 * ("555-1234", "701/2345"), and four or more pairs with one separator ("77 83 10 01").
 */
function localLayout(text: string, groups: Group[]): boolean {
  // A subscriber part of one repeated digit ("555-0000") is a placeholder.
  if (/^(\d)\1{3,}$/.test(groups[groups.length - 1].digits)) return false;
  const d = groups.map((g) => g.digits.length);
  const seps = groups.slice(1).map((g, k) => text.slice(groups[k].end, g.start).trim() || ' ');
  if (d.length === 2 && d[0] === 3 && d[1] === 4) return /^[-/ ]$/.test(seps[0]);
  return d.length >= 4 && d.every((x) => x === 2) && seps.every((s) => s === seps[0]);
}

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

const total = (groups: Group[]) => groups.reduce((a, g) => a + g.digits.length, 0);

/**
 * A long run of values joined by "/" with no blank beside it ("+39 333 123 4567/4111 1111 1111 1111/…", an export):
 * its parts, each read alone before any window search. One part when there is no such slash.
 */
function slashParts(text: string, groups: Group[]): Group[][] {
  const parts: Group[][] = [[groups[0]]];
  for (let k = 1; k < groups.length; k++) {
    if (text.slice(groups[k - 1].end, groups[k].start).replace(/^\)/, '') === '/') parts.push([]);
    parts[parts.length - 1].push(groups[k]);
  }
  return parts;
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
    const text = foldLetterDigits(folded);
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
