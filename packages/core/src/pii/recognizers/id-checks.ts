import { luhn } from './util.ts';

/**
 * Check rules of personal identifiers without a type of their own (reported as ID_NUMBER, see id-numbers.ts). Each
 * takes the value without separators, upper case, and returns true when its check digit (and date, where it holds
 * one) is right.
 */

/** Whether year-month-day is a date that exists. */
export const isDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** Two-digit years: the century that does not put the date in the future. */
const fullYear = (yy: number): number => (2000 + yy > new Date().getUTCFullYear() ? 1900 + yy : 2000 + yy);

/** CN resident identity number: region, birth date YYYYMMDD, sequence, ISO 7064 MOD 11-2 check (0-9 or X). */
export function isValidCnResidentId(v: string): boolean {
  const m = /^[1-8]\d{5}((?:19|20)\d\d)(\d\d)(\d\d)\d{3}[\dX]$/.exec(v);
  if (!m || !isDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11] === v[17];
}

/** Values of the odd positions (1st, 3rd …) of a codice fiscale, by digit 0-9 and by letter A-Z. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Letters written for digits in a codice fiscale shared by two people (omocodia): L=0 … V=9. */
const CF_OMOCODE = 'LMNPQRSTUV';
const cfDigit = (c: string) => (/\d/.test(c) ? Number(c) : CF_OMOCODE.indexOf(c));

/** IT codice fiscale: surname and name letters, birth year, month letter, day (+40 for women), place, check letter. */
export function isValidCodiceFiscale(v: string): boolean {
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(v)) return false;
  const day = cfDigit(v[9]) * 10 + cfDigit(v[10]);
  if (day < 1 || (day > 31 && day < 41) || day > 71) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[n] : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
/** MX CURP: name letters, birth date YYMMDD, sex, state, consonants, century character, check digit. */
export function isValidCurp(v: string): boolean {
  const m = /^[A-Z]{4}(\d\d)(\d\d)(\d\d)[HMX][A-Z]{2}[A-Z]{3}([\dA-Z])(\d)$/.exec(v);
  if (!m) return false;
  const year = (/\d/.test(m[4]) ? 1900 : 2000) + Number(m[1]);
  if (!isDate(year, Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(v[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(m[5]);
}

/** CL RUT / RUN: body of 7-8 digits, mod 11 check (weights 2..7 from the right), 10 written K. */
export function isValidRut(v: string): boolean {
  const m = /^(\d{7,8})([\dK])$/.exec(v);
  if (!m) return false;
  let sum = 0;
  for (let i = 0; i < m[1].length; i++) sum += Number(m[1][m[1].length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[2];
}

/** Weighted sum mod 11 check digit as used by CPF and CNPJ: 0 when the remainder is below 2. */
const mod11 = (digits: string, weights: number[]): number => {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
};

/** BR CPF: 9 digits and two mod 11 check digits; one repeated digit is no CPF. */
export function isValidCpf(v: string): boolean {
  if (!/^\d{11}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  const w1 = [10, 9, 8, 7, 6, 5, 4, 3, 2];
  const w2 = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  return mod11(v, w1) === Number(v[9]) && mod11(v, w2) === Number(v[10]);
}

/** BR CNPJ: 12 digits (8 + branch 4) and two mod 11 check digits. */
export function isValidCnpj(v: string): boolean {
  if (!/^\d{14}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const w2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  return mod11(v, w1) === Number(v[12]) && mod11(v, w2) === Number(v[13]);
}

/** PL PESEL: birth date YYMMDD (month +80/+0/+20/+40/+60 by century), serial, check digit (weights 1-3-7-9). */
export function isValidPesel(v: string): boolean {
  if (!/^\d{11}$/.test(v)) return false;
  const mm = Number(v.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (!isDate(century + Number(v.slice(0, 2)), mm % 20, Number(v.slice(4, 6)))) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(v[i]) * w[i];
  return (10 - (sum % 10)) % 10 === Number(v[10]);
}

/**
 * SE personnummer / samordningsnummer: YYMMDD (day +60 for a coordination number) or YYYYMMDD, four digits, Luhn over
 * the ten digits YYMMDDNNNC.
 */
export function isValidPersonnummer(v: string): boolean {
  const m = /^((?:18|19|20)?)(\d\d)(\d\d)(\d\d)\d{4}$/.exec(v);
  if (!m) return false;
  const day = Number(m[4]) > 60 ? Number(m[4]) - 60 : Number(m[4]);
  const year = m[1] ? Number(m[1] + m[2]) : fullYear(Number(m[2]));
  if (!isDate(year, Number(m[3]), day)) return false;
  return luhn(v.slice(m[1].length));
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over a digit string (its last digit is the check digit). */
export function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(digits[digits.length - 1 - i])]];
  }
  return c === 0;
}

/** IN Aadhaar: 12 digits, the first 2-9, Verhoeff check; a digit repeated throughout is none. */
export function isValidAadhaar(v: string): boolean {
  return /^[2-9]\d{11}$/.test(v) && !/^(\d)\1+$/.test(v) && verhoeff(v);
}

/** UK NHS number: 10 digits, mod 11 check (weights 10..2; 10 is no valid check); one repeated digit is none. */
export function isValidNhs(v: string): boolean {
  if (!/^\d{10}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(v[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(v[9]);
}

/** CA SIN: 9 digits, Luhn; 8 starts business numbers, not a person's. */
export function isValidSin(v: string): boolean {
  return /^[0-79]\d{8}$/.test(v) && !/^(\d)\1+$/.test(v) && luhn(v);
}

/** AU TFN: 9 digits, weighted sum (1 4 3 7 5 8 6 9 10) divisible by 11. */
export function isValidTfn(v: string): boolean {
  if (!/^\d{9}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(v[i]) * w[i];
  return sum % 11 === 0;
}

/** IN PAN: five letters (the fourth the holder's kind: P person, C company, H, F, A, T, B, L, J, G), four digits, a letter. */
export function isValidPan(v: string): boolean {
  return /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(v) && !/0000/.test(v.slice(5, 9));
}
