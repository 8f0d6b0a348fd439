import type { RawMatch, Recognizer } from '../types.ts';
import { digitRuns, groupSizes, luhn, match, windows } from './util.ts';

/**
 * Payment cards: 12-19 digits (separators allowed between groups), Luhn, and a known IIN range with a
 * length that network issues. Value = digits only.
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
  { name: 'unionpay', lengths: [16, 17, 18, 19], test: (d) => n(d, 2) === 62 },
  {
    name: 'maestro',
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
    test: (d) => n(d, 2) === 50 || between(n(d, 2), 56, 69),
  },
  { name: 'mir', lengths: [16, 17, 18, 19], test: (d) => between(n(d, 4), 2200, 2204) },
];

export function cardNetwork(digits: string): string | undefined {
  if (!luhn(digits)) return undefined;
  return CARD_NETWORKS.find((net) => net.lengths.includes(digits.length) && net.test(digits))?.name;
}

export const cardRecognizer: Recognizer = {
  name: 'credit-card',
  types: ['CREDIT_CARD'],
  find(text) {
    const out: RawMatch[] = [];
    for (const run of digitRuns(text, 12)) {
      const taken: [number, number][] = [];
      for (let len = Math.min(19, run.digits.length); len >= 12; len--) {
        for (const w of windows(run, len)) {
          if (taken.some(([s, e]) => w.start < e && s < w.end) || !cardNetwork(w.digits)) continue;
          const groups = groupSizes(run, w.from, w.from + len);
          // Separated cards come in groups of 4 (4-6-5 Amex, 4-6-4 Diners; 8 when a hidden character removed a space).
          const plausible = groups.length === 1 || groups.every((g) => g >= 2 && g <= 8);
          if (!plausible) continue;
          out.push(match('CREDIT_CARD', w.start, w.end, 0.95, w.digits));
          taken.push([w.start, w.end]);
        }
      }
    }
    return out;
  },
};
