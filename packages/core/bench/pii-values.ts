/**
 * Seeded generators of VALID synthetic PII values (checksums computed, never real people), used by the
 * obfuscation corpus script and the tests.
 */
import { IBAN_LENGTHS } from '../src/pii/recognizers/iban.ts';
import type { PiiEntityType } from '../src/pii/types.ts';

export type Rng = () => number;
/** mulberry32 */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
const chars = (r: Rng, n: number, alphabet: string) => Array.from({ length: n }, () => pick(r, [...alphabet])).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function luhnComplete(partial: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = partial + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

export function card(r: Rng): string {
  const [prefix, len] = pick(r, [
    ['4', 16],
    ['51', 16],
    ['55', 16],
    ['2221', 16],
    ['34', 15],
    ['37', 15],
    ['6011', 16],
    ['65', 16],
    ['3530', 16],
    ['36', 14],
    ['62', 16],
  ] as const);
  return luhnComplete(prefix + digits(r, len - prefix.length - 1));
}

function mod97(numeric: string): number {
  let m = 0;
  for (const c of numeric) m = (m * 10 + Number(c)) % 97;
  return m;
}
const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => digits(r, 18),
  GB: (r) => chars(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(r, 14),
  NL: (r) => chars(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(r, 10),
  FR: (r) => digits(r, 23),
  ES: (r) => digits(r, 20),
  IT: (r) => chars(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(r, 22),
  BE: (r) => digits(r, 12),
};
export function iban(r: Rng): string {
  const cc = pick(r, Object.keys(BBAN));
  const bban = BBAN[cc](r);
  if (bban.length + 4 !== IBAN_LENGTHS[cc]) throw new Error(`bad BBAN length for ${cc}`);
  const numeric = [...`${bban + cc}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return `${cc}${String(98 - mod97(numeric)).padStart(2, '0')}${bban}`;
}

export function ssn(r: Rng): string {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(int(r, 1, 99)).padStart(2, '0')}-${String(int(r, 1, 9999)).padStart(4, '0')}`;
}

export function deTaxId(r: Rng): string {
  for (;;) {
    const pool = [...'0123456789'].sort(() => r() - 0.5);
    const ten = [...pool.slice(0, 9), pool[int(r, 0, 8)]].sort(() => r() - 0.5);
    if (ten[0] === '0') continue;
    const body = ten.join('');
    if (/(\d)\1\1/.test(body)) continue;
    let product = 10;
    for (const c of body) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    return body + String((11 - product) % 10);
  }
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function esDni(r: Rng): string {
  if (r() < 0.3) {
    const p = int(r, 0, 2);
    const n = digits(r, 7);
    return `${'XYZ'[p]}${n}${DNI[Number(`${p}${n}`) % 23]}`;
  }
  const n = String(int(r, 10000000, 99999999));
  return n + DNI[Number(n) % 23];
}

export function bsn(r: Rng): string {
  for (;;) {
    const d = String(int(r, 1, 9)) + digits(r, 7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
    const last = sum % 11;
    if (last < 10) return d + last;
  }
}

export function nino(r: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  for (;;) {
    const p = pick(r, [...first]) + pick(r, [...second]);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) continue;
    return `${p}${digits(r, 6)}${pick(r, ['A', 'B', 'C', 'D'])}`;
  }
}

export function nir(r: Rng): string {
  const dept = pick(r, ['75', '69', '13', '2A', '2B', '33', '59']);
  const body = `${int(r, 1, 2)}${digits(r, 2)}${String(int(r, 1, 12)).padStart(2, '0')}${dept}${digits(r, 6)}`;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return body + String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
}

const FIRST = ['anna', 'jean', 'maria', 'li', 'omar', 'sofia', 'lucas', 'emma', 'noah', 'ines', 'pieter', 'giulia'];
const LAST = ['schmidt', 'dupont', 'garcia', 'jansen', 'smith', 'rossi', 'nowak', 'martin', 'silva', 'kowalski'];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.de', 'example.fr', 'uni.example.nl'];
export function email(r: Rng): string {
  return `${pick(r, FIRST)}${pick(r, ['.', '_', ''])}${pick(r, LAST)}${r() < 0.3 ? int(r, 1, 99) : ''}@${pick(r, DOMAINS)}`;
}

export function phone(r: Rng): string {
  return pick(r, [
    () => `+1 ${pick(r, ['415', '212', '646', '312', '617', '206'])} ${int(r, 201, 989)} ${digits(r, 4)}`,
    () => `(${pick(r, ['415', '212', '646', '312'])}) ${int(r, 201, 989)}-${digits(r, 4)}`,
    () => `+44 7${pick(r, ['400', '500', '123', '712'])} ${digits(r, 6)}`,
    () => `+49 30 ${int(r, 2, 9)}${digits(r, 7)}`,
    () => `+49 15${pick(r, ['1', '2', '7'])} ${digits(r, 8)}`,
    () => `+33 6 ${int(r, 10, 29)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    () => `+34 6${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
  ])();
}

export function ip(r: Rng): string {
  if (r() < 0.7) return `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const g = () => int(r, 0, 0xffff).toString(16);
  return r() < 0.5 ? `2001:db8:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}` : `2001:db8::${g()}:${g()}`;
}

export function secret(r: Rng): string {
  return pick(r, [
    () => `sk-proj-${chars(r, 40, ALNUM)}`,
    () => `sk_live_${chars(r, 24, ALNUM)}`,
    () => `ghp_${chars(r, 36, ALNUM)}`,
    () => `github_pat_${chars(r, 22, ALNUM)}_${chars(r, 59, ALNUM)}`,
    () => `xoxb-${digits(r, 12)}-${digits(r, 12)}-${chars(r, 24, ALNUM)}`,
    () => `AKIA${chars(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `AIza${chars(r, 35, `${ALNUM}_-`)}`,
    () => `glpat-${chars(r, 20, ALNUM)}`,
    () => `eyJhbGciOiJIUzI1NiJ9.eyJ${chars(r, 30, ALNUM)}.${chars(r, 43, `${ALNUM}_-`)}`,
    () => chars(r, 32, ALNUM), // generic high-entropy token (no known prefix)
  ])();
}

export function urlCredentials(r: Rng): string {
  return `${pick(r, ['postgres', 'https', 'mysql', 'redis'])}://${pick(r, FIRST)}:${chars(r, 12, ALNUM)}@db.example.com`;
}

export const GENERATORS: Partial<Record<PiiEntityType, (r: Rng) => string>> = {
  EMAIL: email,
  PHONE: phone,
  CREDIT_CARD: card,
  IBAN: iban,
  IP_ADDRESS: ip,
  URL_CREDENTIALS: urlCredentials,
  US_SSN: ssn,
  DE_TAX_ID: deTaxId,
  ES_DNI: esDni,
  NL_BSN: bsn,
  UK_NINO: nino,
  FR_INSEE: nir,
  SECRET: secret,
};
