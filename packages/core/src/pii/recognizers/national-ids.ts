import { labelBefore } from '../context.ts';
import { foldLetterDigits } from '../normalize.ts';
import type { PiiEntity, RawMatch, Recognizer } from '../types.ts';
import { type DigitRun, decimalList, digitRuns, groupSizes, match, modString, SEP, windows } from './util.ts';

/**
 * National identifiers with their validation rules:
 * US SSN (area/group/serial), DE Steuer-ID (digit distribution + ISO 7064 MOD 11,10), ES DNI/NIE (mod-23 letter),
 * NL BSN (11-test), UK NINO (prefix/suffix rules), FR INSEE/NIR (key = 97 - n mod 97, Corsica 2A/2B).
 * Purely numeric IDs without separators get lower base scores; context words ("ssn", "bsn", ...) lift them.
 */
export function isValidSsn(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  return d !== '078051120' && d !== '219099999';
}

export function isValidDeTaxId(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  if (/(\d)\1\1/.test(d.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(d[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(d[10]);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function isValidEsDni(id: string): boolean {
  const v = id.toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v);
  if (!m) return false;
  if (m[1] && m[2].length !== 7) return false;
  if (!m[1] && m[2].length !== 8) return false;
  const num = Number(`${m[1] ? 'XYZ'.indexOf(m[1]) : ''}${m[2]}`);
  return DNI_LETTERS[num % 23] === m[3];
}

export function isValidBsn(d: string): boolean {
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  return (sum - Number(d[8])) % 11 === 0;
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
export function isValidNino(v: string): boolean {
  const s = v.toUpperCase();
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !NINO_BAD_PREFIX.has(s.slice(0, 2));
}

export function isValidNir(v: string): boolean {
  const s = v.toUpperCase();
  const m = /^([1-478])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(s);
  if (!m) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - modString(body, 97) === Number(m[7]);
}

/**
 * Score of a valid SSN window (see `isValidSsn`): 3-2-4 with one separator 0.85, bare 0.45 (needs a context word).
 * Leaking costs more than a redacted number, so forms people use to dodge filters pass on their own at 0.5: mixed
 * separators ("286 - 01.7207", "144/18 2003"); ", " groups when the three are the whole run and at most one ends in 0
 * ("763, 61, 9919"; "120, 45, 1500" and the items of a longer list are lists); digit by digit when the nine digits
 * stand alone and are no count, bits or array ("3 6 4 2 1 4 1 8 2"; not "1 2 3 4 5 6 7 8 9", "1 0 1 1 0 0 1 0 1",
 * "5, 3, 8, 1, 9, 2, 7, 4, 6"). Comma groups mixed with other separators, and the lists above, stay weak (0.25: a
 * context word lifts them).
 */
function ssnScore(groups: string, seps: string[], mixed: boolean, digits: string, run: DigitRun): number {
  if (groups === '9') return 0.45;
  const whole = run.digits.length === 9;
  if (groups === '1-1-1-1-1-1-1-1-1') {
    const lone = whole && !progression(digits) && new Set(digits).size >= 4 && !seps.some((x) => x.includes(','));
    return lone ? 0.5 : 0.25;
  }
  // A date with a mistyped day ("118/05/2024"): the same "/" or "." twice, a month, a year — stays weak.
  if (
    /^(?:[/.][/.])$/.test(seps.join('')) &&
    seps[0] === seps[1] &&
    /^(?:0[1-9]|1[0-2])(?:19|20)\d\d$/.test(digits.slice(3))
  )
    return 0.25;
  if (!mixed) return 0.85;
  const commas = seps.filter((x) => x.includes(',')).length;
  if (commas === 0) return 0.5;
  const round = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)].filter((g) => g.endsWith('0')).length;
  return commas === seps.length && whole && round < 2 ? 0.5 : 0.25;
}

/** Digits with one constant step ("123456789", "987654321", "111111111"): counting, not a number. */
function progression(d: string): boolean {
  const step = (d.charCodeAt(1) - d.charCodeAt(0) + 10) % 10;
  for (let i = 2; i < d.length; i++) if ((d.charCodeAt(i) - d.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  return true;
}

const S = `${SEP}?`;
const TWO_GROUPS = /^(?:[2-7]-[2-7])$/;
const DNI = new RegExp(
  `(?<![\\p{L}\\p{N}])([XYZ]${S}\\d{7}|\\d{2}\\.?\\d{3}\\.?\\d{3})${S}([A-Z])(?![\\p{L}\\p{N}])`,
  'giu',
);
const NINO = new RegExp(
  `(?<![\\p{L}\\p{N}])([A-Z]{2})${S}(\\d{2})${S}(\\d{2})${S}(\\d{2})${S}([A-D])(?![\\p{L}\\p{N}])`,
  'giu',
);
const NIR = new RegExp(
  `(?<![\\p{L}\\p{N}])([1-478])${S}(\\d{2})${S}(\\d{2})${S}(\\d{2}|2[AB])${S}(\\d{3})${S}(\\d{3})${S}(\\d{2})(?![\\p{L}\\p{N}])`,
  'giu',
);
const compact = (s: string) => s.replace(/[\s.-]/g, '').toUpperCase();

export const nationalIdRecognizer: Recognizer = {
  name: 'national-id',
  types: ['US_SSN', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'UK_NINO', 'FR_INSEE'],
  find(folded) {
    // Letters read as digits only for the digit-only numbers; DNI, NINO and NIR hold letters of their own.
    const text = foldLetterDigits(folded);
    const out: RawMatch[] = [];
    if (/\d/.test(text)) {
      for (const run of digitRuns(text, 9, true, (t, i) => labelBefore(t, 'US_SSN', i))) {
        for (const w of windows(run, 9, 4)) {
          const groups = groupSizes(run, w.from, w.from + 9).join('-');
          const seps = text.slice(w.start, w.end).match(/\D+/g) ?? [];
          const mixed = new Set(seps).size > 1 || seps.some((x) => /[/,]/.test(x));
          const spaced = groups === '1-1-1-1-1-1-1-1-1';
          // 3-3-3 (or two groups: "528 819932", a pause while dictating) is no SSN layout but the nine digits of one
          // regrouped: weak (0.25), a context word (or digits written as words, joined.ts) lifts it.
          if (isValidSsn(w.digits) && (groups === '3-3-3' || TWO_GROUPS.test(groups)) && !mixed)
            out.push(match('US_SSN', w.start, w.end, 0.25, w.digits));
          if (isValidSsn(w.digits) && (groups === '9' || groups === '3-2-4' || spaced)) {
            out.push(match('US_SSN', w.start, w.end, ssnScore(groups, seps, mixed, w.digits, run), w.digits));
          }
          if (isValidBsn(w.digits) && ['9', '4-2-3', '3-3-3', '2-3-2-2'].includes(groups)) {
            out.push(match('NL_BSN', w.start, w.end, mixed ? 0.15 : 0.5, w.digits));
          }
        }
        for (const w of windows(run, 11, 5)) {
          if (isValidDeTaxId(w.digits) && !decimalList(text, w.start, w.end))
            out.push(match('DE_TAX_ID', w.start, w.end, 0.75, w.digits));
        }
      }
      for (const m of folded.matchAll(DNI)) {
        const v = compact(m[1] + m[2]);
        if (isValidEsDni(v)) out.push(match('ES_DNI', m.index, m.index + m[0].length, 0.9, v));
      }
      for (const m of folded.matchAll(NINO)) {
        const v = compact(m[0]);
        if (isValidNino(v)) out.push(match('UK_NINO', m.index, m.index + m[0].length, 0.85, v));
      }
      for (const m of folded.matchAll(NIR)) {
        const v = compact(m[0]);
        if (isValidNir(v)) out.push(match('FR_INSEE', m.index, m.index + m[0].length, 0.95, v));
      }
    }
    return out;
  },
};

/** A letter after eight digits read as another number: the check letter of a Spanish DNI ("… seis - Y", "34818975 B"). */
const LETTER_AFTER = /^[ \t]*[-–—,:/]?[ \t]*([A-Za-z])(?![\p{L}\p{N}])/u;

export function withDniLetters(candidates: PiiEntity[], text: string): void {
  for (const c of candidates) {
    if (!/^\d{8}$/.test(c.value) || (c.type !== 'PHONE' && c.type !== 'ID_NUMBER')) continue;
    const m = LETTER_AFTER.exec(text.slice(c.end, c.end + 8));
    if (!m || !isValidEsDni(`${c.value}${m[1]}`)) continue;
    Object.assign(c, { type: 'ES_DNI', end: c.end + m[0].length, value: `${c.value}${m[1].toUpperCase()}` });
    c.text = text.slice(c.start, c.end);
  }
}
