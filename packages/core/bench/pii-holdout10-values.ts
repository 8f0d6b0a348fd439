/**
 * Value generators of hold-out 10 (written blind): valid phones (libphonenumber-js/max, the library's example number
 * with random digits until valid), emails, Luhn cards of several issuers, mod-97 IBANs of 21 countries (with the
 * national check digits where the country has a simple one), US SSNs in the issued ranges, IPv4 and IPv6.
 * Every generator returns [formatted value, format name]; pii-holdout10.ts re-checks each value independently.
 * `Values` makes the values of one text (its language sets the home region of national phone formats).
 */

import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

export type Rand = () => number;

export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const alnum = (r: Rand, n: number) => Array.from({ length: n }, () => choose(r, [...ALNUM])).join('');
const upper = (r: Rand, n: number) => Array.from({ length: n }, () => choose(r, [...ALNUM.slice(0, 26)])).join('');

export const PHONE_REGIONS =
  'US CA GB DE FR ES IT NL BE CH AT PL PT SE NO DK FI IE BR MX AR IN JP AU NZ ZA SG HK KR TR IL AE CZ HU RO GR UA PH CO CL'.split(
    ' ',
  ) as CountryCode[];

/** A valid number of `region`: international (most), E.164, or national when `home` (the text's own region). */
export function phone(r: Rand, region: CountryCode, home: boolean): [string, string] {
  const ex = getExampleNumber(region, examples);
  const base = ex ? String(ex.nationalNumber) : '2025550143';
  for (let i = 0; i < 400; i++) {
    const keep = i < 200 ? 1 + Math.floor(r() * 2) : 2;
    const nn = base.slice(0, keep) + digits(r, base.length - keep);
    const p = parsePhoneNumberFromString(nn, region);
    if (!p?.isValid() || p.country !== region) continue;
    const x = r();
    if (home && x < 0.45) return [p.formatNational(), 'national'];
    if (x < 0.75) return [p.formatInternational(), 'international'];
    if (x < 0.9) return [p.number, 'e164'];
    return [p.formatInternational().replace(/ /g, choose(r, ['-', '.'])), 'intl-dashed'];
  }
  throw new Error(`no valid phone for ${region}`);
}

const FIRST =
  'anna ben clara david elif farid greta hugo ines jonas kenji lea marco nora omar paula quentin rosa sven tara ugo vera wei xenia yusuf zoe'.split(
    ' ',
  );
const LAST =
  'schmidt dubois garcia rossi jansen novak silva berg nielsen virtanen murphy kowalski yilmaz tanaka kim patel oconnor haddad moreau lindqvist'.split(
    ' ',
  );
const DOMAINS =
  'gmail.com outlook.com web.de gmx.net yahoo.fr orange.fr libero.it ziggo.nl proton.me icloud.com acme-corp.com mail.example.org kunden.stadtwerke-nord.de eu.support.globex.io uni-hamburg.de t-online.de company.co.uk firma.at bluewin.ch wp.pl'.split(
    ' ',
  );
export const person = (r: Rand) => [choose(r, FIRST), choose(r, LAST)] as const;

export function email(r: Rand, who = person(r)): [string, string] {
  const [f, l] = who;
  const local = choose(r, [
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(r, 1, 99)}`,
    `${l}.${f}+${choose(r, ['news', 'shop', 'crm', 'gw'])}`,
    `${f}${int(r, 1950, 2009)}`,
    `${f}-${l}`,
    `${f.toUpperCase()}.${l.toUpperCase()}`,
  ]);
  return [`${local}@${choose(r, DOMAINS)}`, 'plain'];
}

export function luhnOk(d: string): boolean {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    s += n;
  }
  return s % 10 === 0;
}
const luhnDigit = (body: string) => String([...'0123456789'].findIndex((c) => luhnOk(body + c)));

const G4 = [4, 4, 4, 4];
const ISSUERS: [string, (r: Rand) => string, number, number[]][] = [
  ['visa', () => '4', 16, G4],
  ['mastercard', (r) => `5${int(r, 1, 5)}`, 16, G4],
  ['mastercard-2', (r) => String(int(r, 2221, 2720)), 16, G4],
  ['amex', (r) => choose(r, ['34', '37']), 15, [4, 6, 5]],
  ['discover', (r) => choose(r, ['6011', `65${int(r, 0, 9)}`]), 16, G4],
  ['jcb', (r) => String(int(r, 3528, 3589)), 16, G4],
  ['diners', () => '36', 14, [4, 6, 4]],
  ['unionpay', () => '62', 16, G4],
];
/** A Luhn-valid number of a random issuer: compact (30%), else in the issuer's groups with spaces or dashes. */
export function card(r: Rand): [string, string] {
  const [name, prefix, len, groups] = choose(r, ISSUERS);
  const pre = prefix(r);
  const body = pre + digits(r, len - 1 - pre.length);
  const d = body + luhnDigit(body);
  const x = r();
  if (x < 0.3) return [d, name];
  const sep = x < 0.8 ? ' ' : '-';
  const ends = groups.map((_, i) => groups.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const parts = ends.map((e, i) => d.slice(e - groups[i], e));
  return [parts.join(sep), name];
}

export function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
}
const w11 = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i], 0) % 11;
const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDc = (s: string) => {
  const d = 11 - w11(s, ES_W);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};
/** BBAN makers; the national check digits are computed for BE, NL, NO, ES, FR, FI. */
const BBAN: Record<string, (r: Rand) => string | undefined> = {
  DE: (r) => digits(r, 18),
  AT: (r) => digits(r, 16),
  CH: (r) => digits(r, 17),
  GB: (r) => upper(r, 4) + digits(r, 14),
  IE: (r) => upper(r, 4) + digits(r, 14),
  IT: (r) => upper(r, 1) + digits(r, 10) + digits(r, 12),
  PL: (r) => digits(r, 24),
  PT: (r) => digits(r, 21),
  SE: (r) => digits(r, 20),
  DK: (r) => digits(r, 14),
  CZ: (r) => digits(r, 20),
  HU: (r) => digits(r, 24),
  RO: (r) => upper(r, 4) + alnum(r, 16),
  LU: (r) => digits(r, 3) + alnum(r, 13),
  GR: (r) => digits(r, 7) + digits(r, 16),
  BE: (r) => {
    const b = digits(r, 10);
    const k = Number(BigInt(b) % 97n) || 97;
    return b + String(k).padStart(2, '0');
  },
  NL: (r) => {
    const a = digits(r, 10);
    return w11(a, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) === 0 && a[0] !== '0' ? upper(r, 4) + a : undefined;
  },
  NO: (r) => {
    const a = digits(r, 10);
    const k = 11 - w11(a, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    return k === 10 ? undefined : a + String(k === 11 ? 0 : k);
  },
  ES: (r) => {
    const bank = digits(r, 8);
    const acc = digits(r, 10);
    return bank + esDc(`00${bank}`) + esDc(acc) + acc;
  },
  FR: (r) => {
    const [b, g, a] = [digits(r, 5), digits(r, 5), digits(r, 11)];
    const k = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n);
    return b + g + a + String(k).padStart(2, '0');
  },
  FI: (r) => {
    const b = digits(r, 13);
    return b + luhnDigit(b);
  },
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

export function iban(r: Rand, country = choose(r, IBAN_COUNTRIES)): [string, string] {
  let bban: string | undefined;
  while (!bban) bban = BBAN[country](r);
  const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
  const v = country + check + bban;
  return r() < 0.6 ? [v.replace(/(.{4})(?=.)/g, '$1 '), `${country}-printed`] : [v, `${country}-compact`];
}

export function ssn(r: Rand): [string, string] {
  let area = int(r, 1, 899);
  while (area === 666) area = int(r, 1, 899);
  const a = String(area).padStart(3, '0');
  const g = String(int(r, 1, 99)).padStart(2, '0');
  const s = String(int(r, 1, 9999)).padStart(4, '0');
  const x = r();
  if (x < 0.8) return [`${a}-${g}-${s}`, 'dashed'];
  if (x < 0.92) return [`${a} ${g} ${s}`, 'spaced'];
  return [`${a}${g}${s}`, 'bare'];
}

export function ip(r: Rand): [string, string] {
  if (r() < 0.65) {
    let a = int(r, 1, 223);
    while ([10, 127, 100, 169, 172, 192].includes(a)) a = int(r, 1, 223);
    return [[a, int(r, 0, 255), int(r, 0, 255), int(r, 1, 254)].join('.'), 'v4'];
  }
  const h = () => int(r, 0, 0xffff).toString(16);
  const g = [`2${int(r, 0, 0xfff).toString(16).padStart(3, '0')}`, h(), h(), h(), h(), h(), h(), h()];
  const x = r();
  if (x < 0.4) return [g.join(':'), 'v6-full'];
  if (x < 0.8) return [`${g.slice(0, 4).join(':')}::${g.slice(6).join(':')}`, 'v6-compressed'];
  return [`${g.slice(0, 3).join(':')}::${g[7]}`.toUpperCase(), 'v6-short-upper'];
}

export type Val = { type: string; value: string; fmt: string; region?: string; repeat?: boolean };
export const HOME: Record<string, CountryCode> = { en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL' };
/** Per-text value source: the text's language decides the home region (national phone formats only there). */
export class Values {
  readonly r: Rand;
  readonly lang: string;
  readonly lines: string[];
  constructor(r: Rand, lang: string, lines: string[]) {
    this.r = r;
    this.lang = lang;
    this.lines = lines;
  }
  filler(): string {
    return choose(this.r, this.lines);
  }
  make(type: string, who = person(this.r)): Val {
    const r = this.r;
    if (type === 'PHONE') {
      const region = r() < 0.5 ? HOME[this.lang] : choose(r, PHONE_REGIONS);
      const [value, fmt] = phone(r, region, region === HOME[this.lang]);
      return { type, value, fmt, region };
    }
    const make: Record<string, () => [string, string]> = {
      EMAIL: () => email(r, who),
      CREDIT_CARD: () => card(r),
      IBAN: () => iban(r),
      US_SSN: () => ssn(r),
      IP_ADDRESS: () => ip(r),
    };
    const [value, fmt] = make[type]();
    return { type, value, fmt };
  }
  any(): Val {
    return this.make(choose(this.r, TYPES));
  }
}
export const TYPES = ['PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'];
