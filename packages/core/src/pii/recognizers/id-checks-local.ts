import { isDate } from './id-checks.ts';
import { luhn } from './util.ts';

/**
 * Check rules of national identifiers of emerging markets (reported as ID_NUMBER, see id-numbers.ts). Each takes the
 * value without separators and returns true when its structure (and check digit, where it has one) is right.
 */

/** A YYMMDD birth date in either century. */
const yymmdd = (v: string): boolean =>
  isDate(2000 + Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6)));

/** ZA identity number: YYMMDD, gender sequence, citizenship 0/1/2, a digit, Luhn. */
export function isValidZaId(v: string): boolean {
  return /^\d{6}\d{4}[012]\d\d$/.test(v) && yymmdd(v) && luhn(v);
}

/** AE Emirates ID: 784, birth year, seven digits, Luhn. */
export function isValidEmiratesId(v: string): boolean {
  return /^784(?:19|20)\d{10}$/.test(v) && luhn(v);
}

/** TR TC kimlik no: 11 digits, no leading 0, two check digits (odd/even sums and the sum of the first ten). */
export function isValidTckn(v: string): boolean {
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const d = [...v].map(Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

/** MY MyKad: YYMMDD, a birthplace code (01-16, 21-59, 60-68, 71-72, 74-79, 82-99), four digits. */
export function isValidMyKad(v: string): boolean {
  if (!/^\d{12}$/.test(v) || !yymmdd(v)) return false;
  const pb = Number(v.slice(6, 8));
  return pb >= 1 && !NO_BIRTHPLACE.has(pb);
}

/** Two-digit codes that are no MyKad birthplace. */
const NO_BIRTHPLACE = new Set([17, 18, 19, 20, 69, 70, 73, 80, 81]);

/** PK CNIC: 13 digits, the first a province code 1-7 (written 5-7-1). */
export function isValidCnic(v: string): boolean {
  return /^[1-7]\d{12}$/.test(v) && !/^(\d)\1+$/.test(v);
}

/** ID NIK: province 11-94, regency, district, DDMMYY (day +40 for a woman), four digits of sequence (not 0000). */
export function isValidNik(v: string): boolean {
  if (!/^\d{16}$/.test(v)) return false;
  const province = Number(v.slice(0, 2));
  if (province < 11 || province > 94 || v.slice(12) === '0000') return false;
  const day = Number(v.slice(6, 8));
  return isDate(2000 + Number(v.slice(10, 12)), Number(v.slice(8, 10)), day > 40 ? day - 40 : day);
}
