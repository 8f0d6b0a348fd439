/**
 * Hold-out 33 national identifiers with their checksums (written blind): US SSN area rules, UK NINO prefixes and NHS
 * mod 11, Canadian SIN Luhn, Australian TFN weights, Indian PAN / Aadhaar Verhoeff, South African ID Luhn, German
 * Steuer-ID ISO 7064, French INSEE key, Spanish DNI / NIE letter, Italian codice fiscale, Dutch BSN 11-test,
 * Portuguese NIF mod 11, Swedish personnummer Luhn.
 */
import type { Loc } from './pii-holdout33-names.ts';
import {
  ascii,
  digits,
  fillPattern,
  groups,
  int,
  LETTERS,
  luhnDigit,
  pad,
  pick,
  type Rand,
} from './pii-holdout33-values.ts';

/* ---------- national IDs: [value, scored type, form] ---------- */
export type Id = [string, string, string];
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function nationalId(
  r: Rand,
  loc: Loc,
  dob: Date,
  female: boolean,
  last: string,
  first: string,
  med = false,
): Id {
  const yy = pad(dob.getFullYear() % 100);
  const mm = pad(dob.getMonth() + 1);
  const dd = pad(dob.getDate());
  switch (loc) {
    case 'US': {
      let area = int(r, 1, 899);
      if (area === 666) area = 665;
      const v = `${pad(area, 3)}-${pad(int(r, 1, 99))}-${pad(int(r, 1, 9999), 4)}`;
      return [r() < 0.85 ? v : v.replace(/-/g, ' '), 'US_SSN', 'ssn'];
    }
    case 'GB': {
      if (med) {
        for (;;) {
          const b = digits(r, 9);
          const s = [...b].reduce((t, d, i) => t + Number(d) * (10 - i), 0);
          const c = 11 - (s % 11);
          if (c === 10) continue;
          const n = b + (c === 11 ? '0' : String(c));
          return [groups(n, [3, 3, 4]), 'ID_NUMBER', 'nhs-number'];
        }
      }
      let p = '';
      do p = pick(r, [...'ABCEGHJKLMNOPRSTWXYZ']) + pick(r, [...'ABCEGHJKLMNPRSTWXYZ']);
      while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
      const d = digits(r, 6);
      const sfx = pick(r, [...'ABCD']);
      return [
        r() < 0.6 ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${sfx}` : `${p}${d}${sfx}`,
        'UK_NINO',
        'nino',
      ];
    }
    case 'CA': {
      const b = String(int(r, 1, 7)) + digits(r, 7);
      return [groups(b + luhnDigit(b), [3, 3, 3], pick(r, [' ', '-'])), 'ID_NUMBER', 'sin'];
    }
    case 'AU': {
      const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
      for (;;) {
        const b = digits(r, 9);
        if ([...b].reduce((t, d, i) => t + Number(d) * w[i], 0) % 11 === 0)
          return [groups(b, [3, 3, 3]), 'ID_NUMBER', 'tfn'];
      }
    }
    case 'IN': {
      if (r() < 0.5) {
        const pan = `${fillPattern(r, '@@@')}P${last[0].toUpperCase()}${digits(r, 4)}${pick(r, [...LETTERS])}`;
        return [pan, 'ID_NUMBER', 'pan'];
      }
      const v = String(int(r, 2, 9)) + digits(r, 10);
      return [groups(v + verhoeff(v), [4, 4, 4]), 'ID_NUMBER', 'aadhaar'];
    }
    case 'ZA': {
      const b = `${yy}${mm}${dd}${female ? int(r, 0, 4) : int(r, 5, 9)}${digits(r, 3)}08`;
      return [b + luhnDigit(b), 'ID_NUMBER', 'sa-id'];
    }
    case 'DE': {
      for (;;) {
        const b = String(int(r, 1, 9)) + digits(r, 9);
        const counts = new Map<string, number>();
        for (const d of b) counts.set(d, (counts.get(d) ?? 0) + 1);
        const multi = [...counts.values()].filter((n) => n > 1);
        if (multi.length !== 1 || multi[0] > 3) continue;
        let p = 10;
        for (const d of b) {
          let s = (Number(d) + p) % 10;
          if (s === 0) s = 10;
          p = (s * 2) % 11;
        }
        const c = (11 - p) % 10;
        const v = b + String(c);
        return [r() < 0.6 ? v : groups(v, [2, 3, 3, 3]), 'DE_TAX_ID', 'steuer-id'];
      }
    }
    case 'FR': {
      const body = `${female ? 2 : 1}${yy}${mm}${pad(int(r, 1, 95))}${pad(int(r, 1, 999), 3)}${pad(int(r, 1, 999), 3)}`;
      const key = pad(97 - Number(BigInt(body) % 97n));
      const v = body + key;
      return [r() < 0.6 ? groups(v, [1, 2, 2, 2, 3, 3, 2]) : v, 'FR_INSEE', 'insee'];
    }
    case 'ES': {
      if (r() < 0.25) {
        const pre = int(r, 0, 2);
        const n = digits(r, 7);
        return [`${'XYZ'[pre]}${n}${DNI[Number(`${pre}${n}`) % 23]}`, 'ES_DNI', 'nie'];
      }
      const n = pad(int(r, 1000000, 79999999), 8);
      return [`${n}${r() < 0.2 ? '-' : ''}${DNI[Number(n) % 23]}`, 'ES_DNI', 'dni'];
    }
    case 'IT':
      return [codiceFiscale(r, last, first, dob, female), 'ID_NUMBER', 'codice-fiscale'];
    case 'NL': {
      for (;;) {
        const b = String(int(r, 1, 6)) + digits(r, 8);
        const s = [...b].reduce((t, d, i) => t + Number(d) * (i < 8 ? 9 - i : -1), 0);
        if (s % 11 === 0) return [r() < 0.7 ? b : groups(b, [4, 2, 3], '.'), 'NL_BSN', 'bsn'];
      }
    }
    case 'PT': {
      for (;;) {
        const b = String(int(r, 1, 2)) + digits(r, 7);
        const s = [...b].reduce((t, d, i) => t + Number(d) * (9 - i), 0);
        const c = 11 - (s % 11);
        const v = b + String(c >= 10 ? 0 : c);
        return [r() < 0.7 ? v : groups(v, [3, 3, 3]), 'ID_NUMBER', 'nif'];
      }
    }
    default: {
      const b = `${yy}${mm}${dd}${digits(r, 2)}${female ? pick(r, [0, 2, 4, 6, 8]) : pick(r, [1, 3, 5, 7, 9])}`;
      const v = `${b}${luhnDigit(b)}`;
      return [
        r() < 0.5 ? `${v.slice(0, 6)}-${v.slice(6)}` : `${dob.getFullYear()}${mm}${dd}-${v.slice(6)}`,
        'ID_NUMBER',
        'personnummer',
      ];
    }
  }
}
const VD = [
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
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeff(num: string) {
  let c = 0;
  const rev = [...num].reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c][VP[(i + 1) % 8][Number(rev[i])]];
  return String(VINV[c]);
}
function cfPart(name: string, isFirst: boolean) {
  const up = ascii(name).toUpperCase();
  const cons = up.replace(/[AEIOU]/g, '');
  const vow = up.replace(/[^AEIOU]/g, '');
  if (isFirst && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return `${cons}${vow}XXX`.slice(0, 3);
}
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function codiceFiscale(r: Rand, last: string, first: string, dob: Date, female: boolean) {
  const body = `${cfPart(last, false)}${cfPart(first, true)}${pad(dob.getFullYear() % 100)}${'ABCDEHLMPRST'[dob.getMonth()]}${pad(dob.getDate() + (female ? 40 : 0))}${pick(r, ['H501', 'F205', 'L219', 'F839', 'A944', 'D612', 'G273'])}`;
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? CF_ODD[v] : v;
  }
  return body + String.fromCharCode(65 + (s % 26));
}
