// Hold-out 32 values: seeded PRNG and valid personal values (phones checked with libphonenumber-js/max, Luhn cards,
// mod-97 IBANs with national keys for ES/FR/IT/PT, SSN ranges, NINO prefixes, DNI letter), names and addresses.
import { type CountryCode, isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32 seeded with a number (own copy so the corpus never depends on another file). */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
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
  for (let i = 0; i < 15; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

/** A value and the groups it is usually written in. */
export interface Val {
  type: string;
  lang: string;
  text: string;
  groups: string[];
  sep: string;
}

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr'] as const;

const plan = (r: Rand): Record<string, [CountryCode, () => string][]> => ({
  en: [
    [
      'US',
      () => choose(r, ['212', '415', '312', '617', '206', '303', '512', '404', '713']) + int(r, 2, 9) + digits(r, 6),
    ],
    ['GB', () => `7${int(r, 4, 9)}${digits(r, 8)}`],
    ['GB', () => `20${int(r, 3, 8)}${digits(r, 7)}`],
  ],
  de: [['DE', () => choose(r, ['151', '152', '160', '162', '170', '171', '172', '176', '178']) + digits(r, 8)]],
  fr: [['FR', () => choose(r, ['6', '7', '1', '4']) + digits(r, 8)]],
  es: [['ES', () => choose(r, ['6', '7', '91', '93']) + digits(r, 8)]],
  it: [['IT', () => `3${int(r, 2, 9)}${digits(r, 8)}`]],
  pt: [
    ['PT', () => `9${choose(r, ['1', '2', '3', '6'])}${digits(r, 7)}`],
    ['BR', () => `${choose(r, ['11', '21', '31', '41'])}9${digits(r, 8)}`],
  ],
  nl: [['NL', () => `6${digits(r, 8)}`]],
  pl: [['PL', () => choose(r, ['5', '6', '7', '8']) + digits(r, 8)]],
  sv: [['SE', () => `7${choose(r, ['0', '2', '3', '6'])}${digits(r, 7)}`]],
  tr: [['TR', () => `5${choose(r, ['0', '3', '4', '5'])}${digits(r, 8)}`]],
});

export function phone(r: Rand, lang: string): Val {
  const plans = plan(r)[lang];
  for (;;) {
    const [cc, make] = choose(r, plans);
    const nat = make();
    if (!isValidPhoneNumber(nat, cc)) continue;
    const p = parsePhoneNumber(nat, cc);
    const text = r() < 0.55 ? p.formatInternational() : p.formatNational();
    const groups = text.split(/[ ]+/);
    return { type: 'PHONE', lang, text, groups, sep: ' ' };
  }
}

const luhnDigit = (body: string) => {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return String((10 - (s % 10)) % 10);
};

export function card(r: Rand, lang: string): Val {
  const kind = choose(r, ['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const pre = {
    visa: '4',
    mc: `5${int(r, 1, 5)}`,
    mc2: `22${int(r, 21, 99)}`,
    amex: choose(r, ['34', '37']),
    disc: '6011',
  }[kind] as string;
  const len = kind === 'amex' ? 15 : 16;
  const body = pre + digits(r, len - 1 - pre.length);
  const d = body + luhnDigit(body);
  const groups = len === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : (d.match(/.{4}/g) as string[]);
  const sep = choose(r, [' ', ' ', '-']);
  return { type: 'CREDIT_CARD', lang, text: groups.join(sep), groups, sep };
}

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
};
const letters = (r: Rand, n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');

/** BBAN per country, with the national check digits where they exist. */
function bban(r: Rand, cc: string): string {
  switch (cc) {
    case 'DE':
      return choose(r, ['10070000', '37040044', '50010517', '20041133', '70150000']) + digits(r, 10);
    case 'GB':
      return choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 14);
    case 'FR': {
      const bank = choose(r, ['20041', '30004', '30003', '10278', '11315']);
      const branch = digits(r, 5);
      const acct = digits(r, 11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(BigInt(acct) % 97n)) % 97);
      return bank + branch + acct + String(key).padStart(2, '0');
    }
    case 'ES': {
      const bank = choose(r, ['2100', '0049', '0182', '2038', '0081']);
      const branch = digits(r, 4);
      const acct = digits(r, 10);
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
      const ctl = (s: string) => {
        const v = 11 - ([...s].reduce((a, c, i) => a + Number(c) * w[i], 0) % 11);
        return String(v === 11 ? 0 : v === 10 ? 1 : v);
      };
      return bank + branch + ctl(`00${bank}${branch}`) + ctl(acct) + acct;
    }
    case 'IT': {
      const rest = choose(r, ['03069', '02008', '05034', '01030']) + digits(r, 5) + digits(r, 12);
      const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
      let s = 0;
      for (let i = 0; i < rest.length; i++) {
        const n = Number(rest[i]);
        s += i % 2 === 0 ? odd[n] : n;
      }
      return String.fromCharCode(65 + (s % 26)) + rest;
    }
    case 'PT': {
      const body = choose(r, ['0033', '0035', '0007', '0010']) + digits(r, 4) + digits(r, 11);
      const k = 98 - Number((BigInt(body) * 100n) % 97n);
      return body + String(k).padStart(2, '0');
    }
    case 'NL':
      return choose(r, ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'SNSB']) + digits(r, 10);
    case 'PL':
      return choose(r, ['10901014', '11402004', '10201026', '12401037']) + digits(r, 16);
    case 'SE':
      return choose(r, ['500', '800', '600', '120']) + digits(r, 17);
    case 'TR':
      return `${choose(r, ['00010', '00012', '00046', '00064'])}0${digits(r, 16)}`;
    default:
      return letters(r, 4) + digits(r, 14);
  }
}
const IBAN_CC: Record<string, string[]> = {
  en: ['GB', 'GB', 'DE', 'NL', 'FR'],
  de: ['DE'],
  fr: ['FR'],
  es: ['ES'],
  it: ['IT'],
  pt: ['PT'],
  nl: ['NL'],
  pl: ['PL'],
  sv: ['SE'],
  tr: ['TR'],
};
export function iban(r: Rand, lang: string): Val {
  const cc = choose(r, IBAN_CC[lang]);
  const b = bban(r, cc);
  const check = String(98 - mod97(`${b}${cc}00`)).padStart(2, '0');
  const full = cc + check + b;
  const groups = full.match(/.{1,4}/g) as string[];
  const sep = r() < 0.65 ? ' ' : '';
  return { type: 'IBAN', lang, text: groups.join(sep), groups, sep: ' ' };
}

export function ssn(r: Rand, lang: string): Val {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  const groups = [
    String(area).padStart(3, '0'),
    String(int(r, 1, 99)).padStart(2, '0'),
    String(int(r, 1, 9999)).padStart(4, '0'),
  ];
  const sep = r() < 0.8 ? '-' : ' ';
  return { type: 'US_SSN', lang, text: groups.join(sep), groups, sep };
}

export function nino(r: Rand, lang: string): Val {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = '';
  do pre = choose(r, [...first]) + choose(r, [...second]);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
  const d = digits(r, 6);
  const groups = [pre, d.slice(0, 2), d.slice(2, 4), d.slice(4), choose(r, ['A', 'B', 'C', 'D'])];
  const sep = r() < 0.5 ? ' ' : '';
  return { type: 'UK_NINO', lang, text: groups.join(sep), groups, sep: ' ' };
}

export function dni(r: Rand, lang: string): Val {
  const n = int(r, 1000000, 99999999);
  const num = String(n).padStart(8, '0');
  const letter = 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23];
  const sep = choose(r, ['', '', '-', ' ']);
  return { type: 'ES_DNI', lang, text: num + sep + letter, groups: [num, letter], sep: sep || '-' };
}

export function ip(r: Rand, lang: string): Val {
  if (r() < 0.18) {
    const groups = [
      ...choose(r, [
        ['2a02', '8108'],
        ['2a01', '4f8'],
        ['2600', '1f18'],
        ['2a00', '1450'],
        ['2a03', '2880'],
      ]),
      ...Array.from({ length: 6 }, () => int(r, 1, 0xffff).toString(16)),
    ];
    return { type: 'IP_ADDRESS', lang, text: groups.join(':'), groups, sep: ':' };
  }
  let a = 0;
  do a = int(r, 11, 223);
  while ([10, 100, 127, 169, 172, 192, 198, 203].includes(a));
  const groups = [a, int(r, 0, 255), int(r, 0, 255), int(r, 1, 254)].map(String);
  return { type: 'IP_ADDRESS', lang, text: groups.join('.'), groups, sep: '.' };
}
