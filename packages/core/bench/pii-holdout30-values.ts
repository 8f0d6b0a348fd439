/**
 * Hold-out 30 base values: a seeded PRNG and VALID plain values per locale (phones validated by
 * libphonenumber-js/max, cards by Luhn, IBANs by mod 97), plus the locale table of the fuzz.
 */
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { NAMES } from './pii-holdout30-names.ts';

export type Rand = () => number;

/** xoshiro128** seeded through splitmix32: our own deterministic PRNG. */
export function prng(seed: number): Rand {
  let z = seed >>> 0;
  const mix = () => {
    z = (z + 0x9e3779b9) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
    t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  const s = [mix(), mix(), mix(), mix()];
  return () => {
    const res = Math.imul(((Math.imul(s[1], 5) << 7) | (Math.imul(s[1], 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ((s[3] << 11) | (s[3] >>> 21)) >>> 0;
    return res / 4294967296;
  };
}
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

/** Locale -> [ISO 639-3 language for the engine, country of the text]. */
export const LOCALES: Record<string, [string, string]> = {
  'en-US': ['eng', 'US'],
  'en-GB': ['eng', 'GB'],
  'en-IN': ['eng', 'IN'],
  de: ['deu', 'DE'],
  fr: ['fra', 'FR'],
  es: ['spa', 'ES'],
  it: ['ita', 'IT'],
  'pt-BR': ['por', 'BR'],
  nl: ['nld', 'NL'],
  pl: ['pol', 'PL'],
  tr: ['tur', 'TR'],
  ru: ['rus', 'RU'],
  id: ['ind', 'ID'],
};
const OTHER_COUNTRIES = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'BR',
  'NL',
  'PL',
  'TR',
  'RU',
  'IN',
  'ID',
  'AT',
  'CH',
  'BE',
  'PT',
  'MX',
  'AR',
  'SE',
  'UA',
  'AU',
  'CA',
  'IE',
  'AE',
  'MA',
];

export type Phone = { text: string; cc: string; national: boolean; country: string };

/** A random valid number of `country`: the mobile example with its last digits redrawn until valid. */
export function phone(r: Rand, home: string): Phone {
  const country = r() < 0.7 ? home : pick(r, OTHER_COUNTRIES);
  // biome-ignore lint/suspicious/noExplicitAny: country codes come from the table above
  const ex = getExampleNumber(country as any, examples);
  if (!ex) throw new Error(`no example for ${country}`);
  const nat = String(ex.nationalNumber);
  for (let k = 0; k < 200; k++) {
    const keep = Math.max(2, nat.length - int(r, 4, 6));
    const cand = nat.slice(0, keep) + digits(r, nat.length - keep);
    const e164 = `+${ex.countryCallingCode}${cand}`;
    if (!isValidPhoneNumber(e164)) continue;
    const p = parsePhoneNumber(e164);
    const national = country === home && r() < 0.6;
    const style = r();
    const text = national
      ? p.formatNational()
      : style < 0.7
        ? p.formatInternational()
        : style < 0.85
          ? p.number
          : `00${p.formatInternational().slice(1)}`;
    return { text, cc: String(ex.countryCallingCode), national, country };
  }
  return { text: ex.formatInternational(), cc: String(ex.countryCallingCode), national: false, country };
}

export function luhnOk(d: string) {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    s += x;
  }
  return s % 10 === 0;
}
/** Card digits (Visa, Mastercard, Amex, Discover), Luhn-valid; grouped the usual way. */
export function card(r: Rand): string {
  const kind = pick(r, ['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix =
    kind === 'visa'
      ? '4'
      : kind === 'mc'
        ? String(int(r, 51, 55))
        : kind === 'mc2'
          ? String(int(r, 2221, 2720))
          : kind === 'amex'
            ? pick(r, ['34', '37'])
            : '6011';
  const len = kind === 'amex' ? 15 : 16;
  let d = prefix + digits(r, len - prefix.length - 1);
  for (let c = 0; c <= 9; c++)
    if (luhnOk(d + c)) {
      d += c;
      break;
    }
  if (!luhnOk(d)) throw new Error('luhn');
  const groups = len === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : (d.match(/.{4}/g) ?? [d]);
  const sep = pick(r, [' ', ' ', '-', '']);
  return groups.join(sep);
}

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
};
export const ibanOk = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
const up = (r: Rand, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');
const BBAN: Record<string, (r: Rand) => string> = {
  DE: (r) => digits(r, 18),
  FR: (r) => {
    const b = digits(r, 5);
    const g = digits(r, 5);
    const a = digits(r, 11);
    const key = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n);
    return b + g + a + String(key).padStart(2, '0');
  },
  ES: (r) => digits(r, 20),
  IT: (r) => up(r, 1) + digits(r, 10) + digits(r, 12),
  NL: (r) => pick(r, ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ']) + digits(r, 10),
  PL: (r) => digits(r, 24),
  TR: (r) => `${digits(r, 5)}0${digits(r, 16)}`,
  GB: (r) => pick(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + digits(r, 14),
  BE: (r) => {
    const ten = digits(r, 10);
    const c = Number(BigInt(ten) % 97n) || 97;
    return ten + String(c).padStart(2, '0');
  },
  PT: (r) => digits(r, 21),
  AT: (r) => digits(r, 16),
  CH: (r) => digits(r, 17),
  BR: (r) => `${digits(r, 23)}${pick(r, ['C', 'P'])}${int(r, 1, 9)}`,
};
const IBAN_HOME: Record<string, string> = { US: 'GB', IN: 'GB', RU: 'DE', ID: 'NL' };
/** A mod-97-valid IBAN, mostly of the text's country (countries without IBAN get a European one). */
export function iban(r: Rand, home: string): string {
  const cc =
    r() < 0.65 && BBAN[home] ? home : r() < 0.5 && IBAN_HOME[home] ? IBAN_HOME[home] : pick(r, Object.keys(BBAN));
  const bban = BBAN[cc](r);
  const check = 98 - mod97(`${bban + cc}00`);
  const out = cc + String(check).padStart(2, '0') + bban;
  if (!ibanOk(out)) throw new Error(`iban ${out}`);
  return out;
}
export const printedIban = (s: string) => s.match(/.{1,4}/g)?.join(' ') ?? s;

/** Public-looking IPv4 (some private LAN ones, as people paste them too) and some IPv6. */
export function ip(r: Rand): string {
  const k = r();
  if (k < 0.2) {
    const h = () => int(r, 0, 0xffff).toString(16);
    const pre = pick(r, ['2a02:810d', '2001:db8', '2a01:e0a', '2600:1700', '2001:4860', '2a00:1450']);
    return r() < 0.5 ? `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}` : `${pre}:${h()}::${h()}`;
  }
  if (k < 0.3) return `192.168.${int(r, 0, 20)}.${int(r, 2, 254)}`;
  const first = pick(
    r,
    [31, 37, 46, 62, 78, 79, 81, 82, 85, 88, 91, 93, 95, 109, 151, 176, 178, 185, 188, 203, 212, 217],
  );
  return `${first}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const RU_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ь: '',
  ъ: '',
};
const latin = (s: string) => strip([...s.toLowerCase()].map((c) => RU_LAT[c] ?? c).join(''));
const DOMAINS: Record<string, string[]> = {
  'en-US': ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
  'en-GB': ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'sky.com', 'outlook.com'],
  'en-IN': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
  de: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  es: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
  it: ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it', 'tiscali.it'],
  'pt-BR': ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com', 'terra.com.br'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl'],
  pl: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'],
  tr: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
  id: ['gmail.com', 'yahoo.co.id', 'outlook.co.id', 'ymail.com'],
};
export const person = (r: Rand, loc: string) => `${pick(r, NAMES[loc].first)} ${pick(r, NAMES[loc].last)}`;
/** A personal address built from a name of the locale (latinised), as people really pick them. */
export function email(r: Rand, loc: string): string {
  const f = latin(pick(r, NAMES[loc].first));
  const l = latin(pick(r, NAMES[loc].last));
  const local = pick(r, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(r, 1, 99)}`,
    `${l}.${f}`,
    `${f}${int(r, 70, 2005)}`,
    `${f}.${l}${int(r, 1, 9)}`,
  ]);
  return `${local}@${pick(r, DOMAINS[loc])}`;
}
export const address = (r: Rand, loc: string) => pick(r, NAMES[loc].streets).replace('#', String(int(r, 2, 148)));
