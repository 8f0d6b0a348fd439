/**
 * Hold-out 21 helpers: seeded PRNG (mulberry32 over a splitmix-mixed seed), valid mobile numbers per country
 * (libphonenumber-js/max), e-mail addresses, case changes. Written blind.
 */

import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

export function mulberry(seed: number): Rand {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Weighted choice over `{key: weight}`. */
export function weighted(r: Rand, w: Record<string, number>): string {
  const total = Object.values(w).reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (const [k, v] of Object.entries(w)) {
    x -= v;
    if (x < 0) return k;
  }
  return Object.keys(w)[0];
}

const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/** National mobile number shapes (prefix list, digits after it); validity is checked by libphonenumber. */
const MOBILE: Record<string, [string[], number]> = {
  US: [['212', '310', '415', '512', '617', '646', '702', '713', '773', '929'], 7],
  GB: [['074', '075', '077', '078', '079'], 8],
  NG: [['0803', '0806', '0813', '0816', '0703', '0706', '0810', '0805', '0807', '0815', '0802', '0808', '0812'], 7],
  KE: [['070', '071', '072', '079', '074', '011'], 7],
  ZA: [['072', '073', '076', '082', '083', '084', '060', '071'], 7],
  IN: [['98', '99', '97', '96', '94', '93', '90', '88', '87', '70', '63'], 8],
  SG: [['8', '9'], 7],
  PH: [['0917', '0918', '0919', '0920', '0927', '0928', '0905', '0906', '0915', '0916', '0926'], 7],
  ID: [['0811', '0812', '0813', '0821', '0822', '0852', '0853', '0856', '0857', '0878', '0817', '0818', '0819'], 8],
  MY: [['012', '013', '014', '016', '017', '018', '019'], 7],
  VN: [['090', '091', '093', '094', '096', '097', '098', '032', '035', '038', '070', '077', '081', '086', '088'], 7],
  TR: [['0530', '0532', '0533', '0535', '0536', '0541', '0542', '0543', '0505', '0506', '0552', '0553', '0555'], 7],
  PL: [['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'], 7],
  IT: [['320', '328', '329', '333', '334', '335', '338', '339', '340', '347', '349', '366', '388', '389'], 7],
  FR: [['06', '07'], 8],
  DE: [['0151', '0152', '0157', '0160', '0162', '0170', '0171', '0172', '0173', '0176', '0177', '0179'], 7],
  ES: [['6', '7'], 8],
  BR: [['119', '219', '319', '419', '519', '619', '719', '819', '859', '929'], 8],
  MX: [['55', '33', '81', '222', '442', '998'], 8],
  PK: [['0300', '0301', '0303', '0312', '0315', '0321', '0322', '0333', '0345', '0346'], 7],
  EG: [['010', '011', '012', '015'], 8],
  MA: [['06', '07'], 8],
  LB: [['03', '70', '71', '76', '81'], 6],
  SA: [['050', '053', '054', '055', '056', '058', '059'], 7],
  TZ: [['071', '075', '076', '078', '065', '068', '074'], 7],
};

/** A valid mobile number of `country`, written the way people type it (national, international or bare digits). */
export function phone(r: Rand, country: string): string {
  const [prefixes, n] = MOBILE[country];
  for (let i = 0; i < 500; i++) {
    const p = pick(r, prefixes);
    const extra = (country === 'MX' && p.length === 3 ? -1 : 0) + (country === 'DE' && r() < 0.5 ? 1 : 0);
    const raw = p + digits(r, n + extra);
    const pn = parsePhoneNumberFromString(raw, country as CountryCode);
    if (!pn?.isValid()) continue;
    const type = pn.getType();
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') continue;
    const x = r();
    if (x < 0.45) return pn.formatNational();
    if (x < 0.8) return pn.formatInternational();
    return x < 0.9 ? pn.number : pn.nationalNumber;
  }
  throw new Error(`no valid phone for ${country}`);
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** An address built from another person's given + family name (so it is not the scored name itself). */
export function email(r: Rand, given: string, family: string, domains: readonly string[]): string {
  const g = ascii(given) || 'user';
  const f = ascii(family) || 'mail';
  const local = pick(r, [
    `${g}.${f}`,
    `${g}${f.slice(0, 1)}`,
    `${g}_${f}${digits(r, 2)}`,
    `${g[0]}${f}`,
    `${g}${digits(r, 3)}`,
  ]);
  return `${local}@${pick(r, domains)}`;
}

export type Case = 'title' | 'lower' | 'upper';

/** Changes the case of a name; Turkish and Azeri texts use the Turkish dotted/dotless i rules. */
export function recase(s: string, c: Case, lang: string): string {
  const loc = lang === 'tr' ? 'tr-TR' : undefined;
  if (c === 'lower') return s.toLocaleLowerCase(loc).replace(/i\u0307/g, 'i');
  if (c === 'upper') return s.toLocaleUpperCase(loc);
  return s;
}

/** Vietnamese without diacritics, the way many people type it. */
export const stripVi = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
