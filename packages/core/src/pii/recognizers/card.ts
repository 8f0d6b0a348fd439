import { hasContext, labelBefore } from '../context.ts';
import { foldLetterDigits } from '../normalize.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { spelledRuns } from './spelled.ts';
import { decimalList, digitRuns, groupSizes, luhn, MARKETPLACE_ORDER, match, windows } from './util.ts';

/**
 * Payment cards: 12-19 digits (spaces, dots, dashes, slashes or line breaks allowed between groups), Luhn, and
 * - a known IIN range with a length that network issues: 0.95;
 * - an IIN outside the known ranges (new or regional issuers; first digit 2-6): 0.8 when written in the card layout (groups of four,
 *   4-6-5, 4-6-4), 0.6 bare when a card word ("Visa", "Karte", "tarjeta") is near; else nothing (a Luhn-valid
 *   number alone is one in ten).
 * Digits spelled out as words (spelled.ts): 0.8 when Luhn-valid with 13-19 digits. Value = digits only.
 */
interface Network {
  name: string;
  lengths: number[];
  test(d: string): boolean;
}
const n = (d: string, k: number) => Number.parseInt(d.slice(0, k), 10);
const between = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

export const CARD_NETWORKS: Network[] = [
  { name: 'visa', lengths: [13, 16, 19], test: (d) => d[0] === '4' },
  { name: 'mastercard', lengths: [16], test: (d) => between(n(d, 2), 51, 55) || between(n(d, 4), 2221, 2720) },
  { name: 'amex', lengths: [15], test: (d) => n(d, 2) === 34 || n(d, 2) === 37 },
  {
    name: 'discover',
    lengths: [16, 17, 18, 19],
    test: (d) => n(d, 4) === 6011 || between(n(d, 3), 644, 649) || n(d, 2) === 65,
  },
  { name: 'jcb', lengths: [16, 17, 18, 19], test: (d) => between(n(d, 4), 3528, 3589) },
  {
    name: 'diners',
    lengths: [14, 15, 16, 17, 18, 19],
    test: (d) => between(n(d, 3), 300, 305) || n(d, 2) === 36 || n(d, 2) === 38 || n(d, 2) === 39,
  },
  { name: 'unionpay', lengths: [16, 17, 18, 19], test: (d) => n(d, 2) === 62 || between(n(d, 4), 8100, 8171) },
  {
    name: 'maestro',
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
    test: (d) => n(d, 2) === 50 || between(n(d, 2), 56, 69),
  },
  { name: 'mir', lengths: [16, 17, 18, 19], test: (d) => between(n(d, 4), 2200, 2204) },
  { name: 'rupay', lengths: [16], test: (d) => n(d, 2) === 60 || n(d, 2) === 82 || n(d, 3) === 508 || n(d, 3) === 353 },
  { name: 'troy', lengths: [16], test: (d) => n(d, 4) === 9792 },
];

export function cardNetwork(digits: string): string | undefined {
  if (!luhn(digits)) return undefined;
  return CARD_NETWORKS.find((net) => net.lengths.includes(digits.length) && net.test(digits))?.name;
}

const CARD_LAYOUTS = new Set(['4-4-4-4', '4-4-4-4-3', '4-6-5', '4-6-4', '4-4-4-3', '4-4-4-4-2', '4-4-4-4-1']);

/**
 * Digit groups in a card's layout, of a payment industry (first digit 2-6), with a valid Luhn digit: what this
 * recognizer takes as a card whatever the issuer (the phone recognizer stops its window search at such a rest).
 */
export function inCardLayout(groups: readonly string[]): boolean {
  return (
    CARD_LAYOUTS.has(groups.map((g) => g.length).join('-')) && /^[2-6]/.test(groups[0] ?? '') && luhn(groups.join(''))
  );
}

/**
 * Luhn-valid, IIN unknown: the card layout or a card word nearby decides (see above). Only major industry identifiers
 * 2-6 (ISO/IEC 7812: banking, financial, travel and entertainment, merchandising) — 0, 1, 7, 8, 9 issue no payment cards.
 */
function unknownIssuerScore(text: string, start: number, end: number, digits: string, groups: number[]): number {
  if (digits[0] < '2' || digits[0] > '6') return 0;
  if (CARD_LAYOUTS.has(groups.join('-'))) return 0.8;
  if (groups.length === 1 && digits.length >= 13 && hasContext(text, 'CREDIT_CARD', start, end)) return 0.6;
  return 0;
}

export const cardRecognizer: Recognizer = {
  name: 'credit-card',
  types: ['CREDIT_CARD'],
  find(folded) {
    const text = foldLetterDigits(folded);
    const out: RawMatch[] = [];
    for (const run of digitRuns(text, 12, true, (t, i) => labelBefore(t, 'CREDIT_CARD', i))) {
      // "698-5940945-9677712": a marketplace order number (3-7-7 joined by tight dashes), no card and no part of one
      const first = run.positions[0];
      const last = run.positions[run.positions.length - 1];
      if (MARKETPLACE_ORDER.test(text.slice(first, last + 1))) continue;
      const taken: [number, number][] = [];
      for (let len = Math.min(19, run.digits.length); len >= 12; len--) {
        for (const w of windows(run, len, 8)) {
          if (taken.some(([s, e]) => w.start < e && s < w.end) || !luhn(w.digits)) continue;
          if (decimalList(text, w.start, w.end)) continue;
          const groups = groupSizes(run, w.from, w.from + len);
          // Separated cards come in groups of 4 (4-6-5 Amex, 4-6-4 Diners; 8 when a hidden character removed a space),
          // or digit by digit ("4 1 1 1 …"); a known issuer's 19 digits also as 6-13 ("622126-4279361421684").
          const network = cardNetwork(w.digits);
          const plausible =
            groups.length === 1 ||
            groups.every((g) => g >= 2 && g <= 8) ||
            groups.every((g) => g <= 4) ||
            (groups.length === 2 && groups[0] >= 4 && groups[0] <= 6 && !!network);
          // OCR spacing ("51 9 474782546 4 291"): any grouping (at most eight groups) of blanks when the run is exactly
          // the card, of a known issuer (not commas and dots: "8,10.173,1784924269" is a CSV row).
          const ocr =
            !plausible &&
            w.from === 0 &&
            len === run.digits.length &&
            groups.length <= 8 &&
            /^[\d \t]+$/.test(text.slice(w.start, w.end));
          if (!plausible && !ocr) continue;
          if (ocr && !network) continue;
          const score = network ? (ocr ? 0.85 : 0.95) : unknownIssuerScore(text, w.start, w.end, w.digits, groups);
          if (score === 0) continue;
          out.push(match('CREDIT_CARD', w.start, w.end, score, w.digits));
          taken.push([w.start, w.end]);
        }
      }
    }
    // Spelled out: "four one one one, one one one one, …".
    for (const seq of spelledRuns(text, (t, i) => labelBefore(t, 'CREDIT_CARD', i))) {
      if (seq.digits.length >= 13 && seq.digits.length <= 19 && luhn(seq.digits))
        out.push(match('CREDIT_CARD', seq.start, seq.end, 0.8, seq.digits));
    }
    return out;
  },
};
