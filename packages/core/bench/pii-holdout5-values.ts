/**
 * Values for hold-out 5 (pii-holdout5.ts): valid phones (libphonenumber-js "max" metadata), Luhn cards, mod-97 IBANs,
 * SSNs in the issued ranges, public-looking IPv4 / IPv6 and e-mail addresses as people really have them.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** Small seeded PRNG (mulberry32). */
export function mulberry(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const upper = (r: Rand, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');

/** National number leading digits that usually give mobiles / landlines, and the total national length. */
const PHONE_PLANS: [CountryCode, string[], number][] = [
  ['US', ['212', '415', '646', '305', '512', '617', '303', '704'], 10],
  ['GB', ['7700', '7911', '7400', '20', '161', '131'], 10],
  ['DE', ['151', '160', '170', '176', '30', '89', '40', '221'], 11],
  ['FR', ['6', '7', '1', '4'], 9],
  ['ES', ['6', '91', '93', '7'], 9],
  ['IT', ['3', '06', '02'], 10],
  ['NL', ['6', '20', '10'], 9],
  ['PT', ['91', '93', '96', '21'], 9],
  ['PL', ['50', '60', '69', '22', '88'], 9],
  ['SE', ['70', '73', '8'], 9],
  ['TR', ['53', '54', '212', '216'], 10],
  ['CH', ['79', '78', '44'], 9],
  ['AT', ['664', '676', '1'], 10],
  ['BE', ['47', '49', '2'], 9],
  ['CA', ['416', '604', '514'], 10],
  ['IN', ['98', '91', '70'], 10],
  ['BR', ['11', '21'], 11],
  ['MX', ['55', '33'], 10],
];

/** A valid phone number, written the way people write it in that country (or E.164 / international / local). */
export function phone(r: Rand): { text: string; region: CountryCode } {
  for (;;) {
    const [region, leads, len] = pick(r, PHONE_PLANS);
    const lead = pick(r, leads);
    let nat = lead + digits(r, Math.max(0, len - lead.length));
    if (region === 'BR') nat = lead + '9' + digits(r, len - lead.length - 1);
    const p = parsePhoneNumberFromString(nat, region);
    if (!p || !p.isValid()) continue;
    const style = r();
    let text: string;
    if (style < 0.35) text = p.formatNational();
    else if (style < 0.7) text = p.formatInternational();
    else if (style < 0.8) text = p.number;
    else if (style < 0.9) text = p.formatInternational().replace(/ /g, (m) => pick(r, ['.', '-', ' ']) || m);
    else
      text =
        '00' +
        p.countryCallingCode +
        ' ' +
        p
          .formatNational()
          .replace(/^0/, '')
          .replace(/^\((\d+)\)/, '$1');
    return { text, region };
  }
}

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number, grouped as printed on the card (4-4-4-4 or Amex 4-6-5) or not grouped. */
export function card(r: Rand): string {
  const kind = pick(r, ['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix =
    kind === 'visa'
      ? '4' + digits(r, 5)
      : kind === 'mc'
        ? String(int(r, 51, 55)) + digits(r, 4)
        : kind === 'mc2'
          ? String(int(r, 2221, 2720)) + digits(r, 2)
          : kind === 'amex'
            ? pick(r, ['34', '37']) + digits(r, 4)
            : '6011' + digits(r, 2);
  const len = kind === 'amex' ? 15 : 16;
  const body = prefix + digits(r, len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  const sep = pick(r, [' ', ' ', '-', '', ' ']);
  if (!sep) return n;
  if (len === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** BBAN layouts: a = upper letters, n = digits. */
const IBAN_PLANS: [string, [string, number][]][] = [
  ['DE', [['n', 18]]],
  ['FR', [['n', 23]]],
  ['ES', [['n', 20]]],
  [
    'IT',
    [
      ['a', 1],
      ['n', 22],
    ],
  ],
  [
    'NL',
    [
      ['a', 4],
      ['n', 10],
    ],
  ],
  [
    'GB',
    [
      ['a', 4],
      ['n', 14],
    ],
  ],
  ['BE', [['n', 12]]],
  ['PL', [['n', 24]]],
  ['CH', [['n', 17]]],
  ['AT', [['n', 16]]],
  ['PT', [['n', 21]]],
  ['SE', [['n', 20]]],
  [
    'IE',
    [
      ['a', 4],
      ['n', 14],
    ],
  ],
  ['LU', [['n', 16]]],
];

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** A mod-97-valid IBAN, in print form (groups of 4) most of the time, else electronic form. */
export function iban(r: Rand): string {
  const [cc, plan] = pick(r, IBAN_PLANS);
  const bban = plan.map(([k, n]) => (k === 'a' ? upper(r, n) : digits(r, n))).join('');
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const e = cc + check + bban;
  return r() < 0.65 ? e.replace(/(.{4})(?=.)/g, '$1 ') : e;
}

/** A US SSN in the issued ranges (area 001-899 except 666, group 01-99, serial 0001-9999). */
export function ssn(r: Rand): string {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(int(r, 1, 99)).padStart(2, '0');
  const s = String(int(r, 1, 9999)).padStart(4, '0');
  return pick(r, [`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}

/** A public IPv4 (no 10/8, 127/8, 192.168/16, 0/8, multicast) or, 20 %, a compressed global IPv6. */
export function ip(r: Rand): string {
  if (r() < 0.2) {
    const h = () => int(r, 0, 0xffff).toString(16);
    const head = pick(r, ['2001:db8', '2a02:' + h(), '2604:' + h(), '2001:' + h()]);
    return r() < 0.5 ? `${head}:${h()}:${h()}::${h()}` : `${head}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  }
  for (;;) {
    const a = int(r, 1, 223);
    if ([10, 127, 0, 100, 169, 172, 192].includes(a)) continue;
    return [a, int(r, 0, 255), int(r, 0, 255), int(r, 1, 254)].join('.');
  }
}

const FIRST = [
  'anna',
  'j',
  'mehmet',
  'sofia',
  'lukas',
  'chloe',
  'piotr',
  'ines',
  'mats',
  'giulia',
  'sanne',
  'dave',
  'priya',
  'oliver',
];
const LAST = [
  'kowalski',
  'smith',
  'yilmaz',
  'rossi',
  'dubois',
  'muller',
  'garcia',
  'de.vries',
  'lindqvist',
  'silva',
  'obrien',
  'nguyen',
];
const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.fr',
  'web.de',
  'gmx.net',
  'hotmail.es',
  'libero.it',
  'ziggo.nl',
  'sapo.pt',
  'wp.pl',
  'telia.se',
  'hotmail.com.tr',
  'acme-logistics.co.uk',
  'stadtwerke-ulm.de',
  'mail.uni-wien.ac.at',
  'icloud.com',
];

/** An e-mail address with the local-part shapes people use (dots, digits, underscores, plus tags, capitals). */
export function email(r: Rand): string {
  const f = pick(r, FIRST);
  const l = pick(r, LAST);
  const local = pick(r, [
    `${f}.${l}`,
    `${f}${l}${int(r, 1, 99)}`,
    `${f[0]}.${l}`,
    `${f}_${l}`,
    `${l}.${f}+${pick(r, ['shop', 'news', 'work'])}`,
    `${f}${int(r, 1960, 2005)}`,
    `${f[0].toUpperCase()}${f.slice(1)}.${l[0].toUpperCase()}${l.slice(1)}`,
    `info`,
    `${l}-${f}`,
  ]);
  return `${local}@${pick(r, DOMAINS)}`;
}
