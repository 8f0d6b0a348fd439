/**
 * Values of hold-out 6 (written blind, before any run against the engine): valid phone numbers (checked with
 * libphonenumber-js/max), Luhn-valid cards, mod-97-valid IBANs, SSNs in the issued ranges, public-looking IPv4/IPv6.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** Small seeded PRNG (sfc32). */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** National patterns by region: a prefix list and how many random digits follow. */
const PHONE_PLANS: Record<string, [string[], number]> = {
  US: [['212', '312', '415', '646', '718', '202', '617', '305', '503', '720'], 7],
  GB: [['7700', '7911', '7400', '7555', '7825'], 6],
  DE: [['151', '160', '170', '176', '30', '89'], 8],
  FR: [['6', '7', '1'], 8],
  ES: [['6', '91', '93'], 7],
  IT: [['33', '34', '32', '06'], 8],
  NL: [['6', '20'], 8],
  PT: [['91', '93', '96', '21'], 7],
  PL: [['50', '60', '69', '79', '22'], 7],
  SE: [['70', '73', '8'], 7],
  TR: [['53', '54', '55', '212'], 7],
  DK: [['2', '3', '4'], 7],
  JP: [['90', '80', '3'], 8],
};
export const PHONE_REGION_BY_LANG: Record<string, string[]> = {
  eng: ['US', 'GB', 'US'],
  deu: ['DE'],
  fra: ['FR'],
  spa: ['ES'],
  ita: ['IT'],
  nld: ['NL'],
  por: ['PT'],
  pol: ['PL'],
  swe: ['SE'],
  tur: ['TR'],
  dan: ['DK'],
  jpn: ['JP'],
};

/** A valid phone number of the language's region, printed the way locals write it (national or international). */
export function phone(r: Rand, lang: string): string {
  const region = choose(r, PHONE_REGION_BY_LANG[lang] ?? ['US']);
  const [prefixes, n] = PHONE_PLANS[region];
  for (let k = 0; k < 500; k++) {
    const nat = choose(r, prefixes) + digits(r, n);
    const p = parsePhoneNumberFromString(nat, region as never);
    if (!p?.isValid()) continue;
    const type = p.getType();
    if (type && !['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE'].includes(type)) continue;
    return r() < 0.5 ? p.formatNational() : p.formatInternational();
  }
  return '+1 415 555 2671';
}

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid card number (digits only): Visa, Mastercard, Amex, Discover. */
export function card(r: Rand): string {
  const [prefix, len] = choose(r, [
    ['4', 16],
    ['4', 16],
    [String(int(r, 51, 55)), 16],
    [String(int(r, 2221, 2720)), 16],
    [choose(r, ['34', '37']), 15],
    ['6011', 16],
  ] as [string, number][]);
  const body = prefix + digits(r, len - prefix.length - 1);
  return body + luhnDigit(body);
}

/** Groups a card the way it is embossed (4-4-4-4, Amex 4-6-5). */
export function cardGroups(c: string): string[] {
  return c.length === 15 ? [c.slice(0, 4), c.slice(4, 10), c.slice(10)] : (c.match(/.{1,4}/g) ?? [c]);
}

const IBAN_PLANS: Record<string, [number, string]> = {
  DE: [18, 'n'],
  FR: [23, 'f'],
  ES: [20, 'n'],
  IT: [23, 'i'],
  NL: [14, 'b'],
  PT: [21, 'n'],
  PL: [24, 'n'],
  SE: [20, 'n'],
  TR: [22, 'n'],
  DK: [14, 'n'],
  GB: [18, 'g'],
  BE: [12, 'n'],
  AT: [16, 'n'],
  CH: [17, 'n'],
};
export const IBAN_REGION_BY_LANG: Record<string, string[]> = {
  eng: ['GB', 'DE', 'NL'],
  deu: ['DE', 'AT', 'CH'],
  fra: ['FR', 'BE'],
  spa: ['ES'],
  ita: ['IT'],
  nld: ['NL', 'BE'],
  por: ['PT'],
  pol: ['PL'],
  swe: ['SE'],
  tur: ['TR'],
  dan: ['DK'],
  jpn: ['GB', 'DE'],
};
const letters = (r: Rand, n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');

/** A mod-97-valid IBAN (compact, upper case) of a country of the language. */
export function iban(r: Rand, lang: string): string {
  const cc = choose(r, IBAN_REGION_BY_LANG[lang] ?? ['DE']);
  const [len, kind] = IBAN_PLANS[cc];
  let bban = digits(r, len);
  if (kind === 'b') bban = letters(r, 4) + digits(r, len - 4);
  if (kind === 'g') bban = letters(r, 4) + digits(r, len - 4);
  if (kind === 'i') bban = letters(r, 1) + digits(r, len - 1);
  const numeric = `${bban}${cc}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return cc + String(98 - rem).padStart(2, '0') + bban;
}

/** IBAN printed in groups of four. */
export const printed = (v: string) => v.replace(/(.{4})(?=.)/g, '$1 ');

/** An SSN in the issued ranges (area 001-899 except 666, group 01-99, serial 0001-9999), dashed. */
export function ssn(r: Rand): string {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(int(r, 1, 99)).padStart(2, '0')}-${String(int(r, 1, 9999)).padStart(4, '0')}`;
}

/** A public-looking IPv4 (no private, loopback or documentation ranges) or, sometimes, an IPv6. */
export function ip(r: Rand): string {
  if (r() < 0.15) {
    const h = () => int(r, 1, 0xffff).toString(16);
    return `2a02:${h()}:${h()}:${h()}::${h()}`;
  }
  const first = choose(r, [31, 46, 62, 78, 81, 85, 91, 94, 104, 138, 145, 151, 176, 185, 188, 193, 212, 217]);
  return `${first}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

const FIRST = ['anna', 'lukas', 'marie', 'joao', 'sofia', 'pieter', 'kasia', 'emre', 'lars', 'yuki', 'chloe', 'mateo'];
const LAST = ['schmidt', 'dupont', 'garcia', 'rossi', 'devries', 'silva', 'nowak', 'yilmaz', 'berg', 'tanaka'];
const DOMAINS = ['gmail.com', 'outlook.com', 'web.de', 'orange.fr', 'libero.it', 'proton.me', 'yahoo.co.uk', 'gmx.net'];

/** A personal e-mail address; some local parts carry an underscore (Markdown escapes it). */
export function email(r: Rand): string {
  const f = choose(r, FIRST);
  const l = choose(r, LAST);
  const local = choose(r, [`${f}.${l}`, `${f}_${l}`, `${f}${l}${int(r, 1, 99)}`, `${f[0]}.${l}`, `${l}.${f}+shop`]);
  return `${local}@${r() < 0.2 ? `${l}-consulting.${choose(r, ['de', 'fr', 'nl', 'com'])}` : choose(r, DOMAINS)}`;
}
