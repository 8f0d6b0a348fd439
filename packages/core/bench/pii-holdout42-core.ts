/** Hold-out 42: shared types, the seeded RNG and check-digit helpers. */

export type VType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'IBAN'
  | 'CREDIT_CARD'
  | 'IP_ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'ADDRESS'
  | 'US_SSN'
  | 'UK_NINO'
  | 'DE_TAX_ID'
  | 'ES_DNI'
  | 'NL_BSN'
  | 'FR_INSEE'
  | 'ID_NUMBER'
  | 'USERNAME'
  | 'SECRET'
  | 'URL_CREDENTIALS';

/** A piece of rendered value: plain text, or a span of the value's type. */
export type Seg = string | { span: string };

export type Span = { type: VType; start: number; end: number; value: string; tags: string[]; raw: string };
export type Doc = { text: string; locale: string; lang3?: string; genre: string; spans: Span[] };

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(a: readonly T[]): T;
  chance(p: number): boolean;
  digits(n: number): string;
  shuffle<T>(a: T[]): T[];
};

/** sfc32 seeded from a single integer (splitmix-style spreading). */
export function makeRng(seed: number): Rng {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed * 7;
  let c = 0xb7e15162 ^ (seed << 5);
  let d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = int(0, i);
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
  };
}

export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(s: string): boolean {
  const d = s.replace(/\D/g, '');
  return d.length > 1 && luhnDigit(d.slice(0, -1)) === Number(d[d.length - 1]);
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) r = (r * 10 + Number(x)) % 97;
  }
  return r;
}

export function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97(`${bban + country}00`);
  return country + String(check).padStart(2, '0') + bban;
}

export const IBAN_LENGTH: Record<string, number> = {
  GB: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  IT: 27,
  NL: 18,
  PL: 28,
  SE: 24,
  TR: 26,
  BR: 29,
  BE: 16,
  AT: 20,
  CH: 21,
  IE: 22,
};

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** Verhoeff check digit (Aadhaar). */
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
export function verhoeffDigit(body: string): number {
  let c = 0;
  const rev = body.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c][VP[(i + 1) % 8][Number(rev[i])]];
  return VINV[c];
}

/** Insert `sep` between groups of the sizes given (last group takes the rest). */
export function group(s: string, sizes: number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

export const LANG3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  sv: 'swe',
  tr: 'tur',
  ja: 'jpn',
  id: 'ind',
  vi: 'vie',
};

export const LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'de-DE',
  'fr-FR',
  'es-ES',
  'es-MX',
  'it-IT',
  'pt-BR',
  'nl-NL',
  'pl-PL',
  'sv-SE',
  'tr-TR',
  'ja-JP',
  'id-ID',
  'vi-VN',
] as const;
