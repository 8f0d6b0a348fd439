import { hasContext } from '../context.ts';

/**
 * Shapes of digit runs for the phone recognizer (phone.ts): the groups of a run, and the shapes that are numbers but no
 * phones (dates, year ranges, thousands groups, prices, amounts with units, IPv4 addresses) or are local phone layouts.
 */
export const CURRENCY_BEFORE = /(?:[$€£¥₹₽₩₺]|\b(?:usd|eur|gbp|chf|jpy|rs|inr|cad|aud)) ?$/i;
/** A currency or unit after a number, also after its decimals ("12 990,00 ₽", "1.299,90 TL"). */
export const UNIT_AFTER =
  /^(?:[.,]\d{1,2}(?!\d))? ?(?:[$€£¥₹%‰₽₩₺₪₫₴฿₦₱₸]|(?:usd|eur|gbp|chf|jpy|rub|try|tl|sar|aed|pln|uah|thb|vnd|krw|km|kg|mg|mm|cm|ml|kb|mb|gb|tb|ms|px|kwh|mph|kmh|dollars?|euros?|pounds?|yen|rupees?)\b|руб|грн|ريال|ریال|บาท|원|円|元)/i;

export interface Group {
  digits: string;
  start: number;
  end: number;
}

export function groupsOf(text: string, from: number, to: number): Group[] {
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

export const isYear = (g: string) => /^(?:1[89]|20)\d\d$/.test(g);
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** A year of the Gregorian, Solar Hijri (13xx-14xx: "1404/12/23") or Thai Buddhist (25xx) calendar. */
export const isEraYear = (g: string) => /^(?:1[3489]|2[05])\d\d$/.test(g);
const isMonthDay = (g: string) => /^(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(g);
const n = (g: string) => Number(g);

/** Three groups in a row that read as a date with a four-digit year: day-month-year or year-month-day, one separator. */
function embeddedDate(d: string[], seps: string[]): boolean {
  for (let k = 0; k + 2 < d.length; k++) {
    const sep = seps[k];
    if (!/^[./-]$/.test(sep) || seps[k + 1] !== sep) continue;
    const [a, b, c] = [d[k], d[k + 1], d[k + 2]];
    const dayMonth = (x: string) => x.length <= 2 && n(x) >= 1 && n(x) <= 31;
    if (a.length === 4 && isEraYear(a) && dayMonth(b) && n(b) <= 12 && dayMonth(c)) return true;
    if (dayMonth(a) && dayMonth(b) && c.length === 4 && isEraYear(c)) return true;
  }
  return false;
}

/** Four groups of at most 255 joined by tight dots ("183 . 10. 219 . 59", spaced, stays a phone: network.ts misses it). */
const ipv4 = (text: string, groups: Group[]) =>
  groups.every(
    (g, k) => g.digits.length <= 3 && n(g.digits) <= 255 && (k === 0 || text.slice(groups[k - 1].end, g.start) === '.'),
  );

/** Shapes that are numbers but not phones: dates, year ranges, thousands groups, prices, amounts with units. */
export function notAPhone(
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
  if (!plus && isTimeRange(d, seps)) return 'no';
  // A date then something else ("2025-10-01\n1043": a CSV date, then the next row's id).
  if (groups.length > 3 && isYear(d[0]) && /^[./-]$/.test(seps[0]) && seps[1] === seps[0] && seps[2] !== seps[0]) {
    if (n(d[1]) >= 1 && n(d[1]) <= 12 && d[1].length <= 2 && d[2].length <= 2) return 'no';
  }
  // A full date with a four-digit year inside a longer run, after or before another number ("8371 16-09-2024", a
  // flight and its date; "1891 21/01/2022"): no phone writes a year between two dots, dashes or slashes like that.
  if (!plus && groups.length > 3 && embeddedDate(d, seps)) return 'no';
  // Four dotted groups of at most 255 ("212.87.11.42"): an IPv4 address (network.ts), not a phone, unless a trunk 0
  // starts it the way Belgian numbers are written ("02.123.45.67"); four pairs ("41.72.97.85", a Danish mobile) only
  // next to an IP word.
  if (
    !plus &&
    groups.length === 4 &&
    ipv4(text, groups) &&
    d[0][0] !== '0' &&
    (!d.every((g) => g.length === 2) || hasContext(text, 'IP_ADDRESS', start, end))
  )
    return 'no';
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
export function localLayout(text: string, groups: Group[]): boolean {
  // A subscriber part of one repeated digit ("555-0000") is a placeholder.
  if (/^(\d)\1{3,}$/.test(groups[groups.length - 1].digits)) return false;
  const d = groups.map((g) => g.digits.length);
  const seps = groups.slice(1).map((g, k) => text.slice(groups[k].end, g.start).trim() || ' ');
  if (d.length === 2 && d[0] === 3 && d[1] === 4) return /^[-/ ]$/.test(seps[0]);
  return d.length >= 4 && d.every((x) => x === 2) && seps.every((s) => s === seps[0]);
}

const clock = (h: string, m: string) => h.length <= 2 && Number(h) <= 24 && m.length === 2 && Number(m) <= 59;
/**
 * A range of two clock times ("07.00-22.00", "8.30 – 17.00", "10h00-19h30"): opening hours and timetables; digit
 * groups and the separators between them (trimmed, ' ' for blanks).
 */
export const isTimeRange = (d: readonly string[], seps: readonly string[]) =>
  d.length === 4 &&
  /^[.:h]$/.test(seps[0]) &&
  seps[2] === seps[0] &&
  /^[-–—]$/.test(seps[1]) &&
  clock(d[0], d[1]) &&
  clock(d[2], d[3]);

/** A time right after a run ("16383 12:20"). */
export const TIME_AFTER = /^:\d\d/;
export const tightDashes = (text: string, groups: Group[]) =>
  groups.every((g, k) => k === 0 || text.slice(groups[k - 1].end, g.start) === '-');
export const total = (groups: Group[]) => groups.reduce((a, g) => a + g.digits.length, 0);

/**
 * A long run of values joined by "/" with no blank beside it ("+39 333 123 4567/4111 1111 1111 1111/…", an export):
 * its parts, each read alone before any window search. One part when there is no such slash.
 */
export function slashParts(text: string, groups: Group[]): Group[][] {
  const parts: Group[][] = [[groups[0]]];
  for (let k = 1; k < groups.length; k++) {
    if (text.slice(groups[k - 1].end, groups[k].start).replace(/^\)/, '') === '/') parts.push([]);
    parts[parts.length - 1].push(groups[k]);
  }
  return parts;
}
