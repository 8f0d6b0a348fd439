/**
 * Value makers of hold-out 8 (written blind): a seeded PRNG and valid PHONE (libphonenumber-js/max, per region),
 * EMAIL, CREDIT_CARD (Luhn), IBAN (mod 97, registry lengths), US_SSN (valid ranges) and IP_ADDRESS (v4, v6), plus the
 * local ways of writing them: native digits, bidi controls, no-break and narrow spaces, full-width forms.
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getExampleNumber, isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32: small, fast, seeded. */
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
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export const choose = <T>(x: Rand, a: readonly T[]): T => a[Math.floor(x() * a.length)];
export const int = (x: Rand, lo: number, hi: number) => lo + Math.floor(x() * (hi - lo + 1));
const digits = (x: Rand, n: number) => Array.from({ length: n }, () => String(int(x, 0, 9))).join('');

/** A valid (mobile) number of `region`: the library's example with its tail digits randomized until valid. */
export function phone(x: Rand, region: string): string {
  const ex = getExampleNumber(region as CountryCode, examples);
  if (!ex) throw new Error(`no example for ${region}`);
  const nat = String(ex.nationalNumber);
  for (let i = 0; i < 500; i++) {
    const keep = int(x, 2, 3);
    const n = `+${ex.countryCallingCode}${nat.slice(0, keep)}${digits(x, nat.length - keep)}`;
    if (!isValidPhoneNumber(n)) continue;
    const p = parsePhoneNumber(n);
    const form = x();
    if (form < 0.4) return p.formatInternational();
    if (form < 0.75) return p.formatNational();
    if (form < 0.85) return p.number;
    return p.formatInternational().replaceAll(' ', '-');
  }
  throw new Error(`no valid number for ${region}`);
}

const LOCALS = ['ahmed', 'fatima', 'reza', 'yossi', 'priya', 'rahim', 'somchai', 'wei', 'yuki', 'minjun', 'ivan'];
const LOCALS2 = ['olena', 'nikos', 'linh', 'emre', 'sara', 'hassan', 'arjun', 'mei', 'haruto', 'jiwoo', 'dmitri'];
const DOMAINS: Record<string, string[]> = {
  SA: ['stc.com.sa', 'gmail.com', 'ksu.edu.sa'],
  EG: ['yahoo.com', 'link.net', 'cu.edu.eg'],
  IR: ['chmail.ir', 'gmail.com', 'ut.ac.ir'],
  IL: ['walla.co.il', 'gmail.com', 'tau.ac.il'],
  IN: ['rediffmail.com', 'gmail.com', 'iitb.ac.in'],
  BD: ['gmail.com', 'yahoo.com', 'du.ac.bd'],
  TH: ['hotmail.co.th', 'gmail.com', 'chula.ac.th'],
  CN: ['qq.com', '163.com', 'pku.edu.cn'],
  TW: ['gmail.com', 'ntu.edu.tw', 'yahoo.com.tw'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'u-tokyo.ac.jp'],
  KR: ['naver.com', 'daum.net', 'snu.ac.kr'],
  RU: ['yandex.ru', 'mail.ru', 'spbu.ru'],
  UA: ['ukr.net', 'i.ua', 'knu.ua'],
  GR: ['otenet.gr', 'gmail.com', 'uoa.gr'],
  VN: ['fpt.vn', 'gmail.com', 'vnu.edu.vn'],
  TR: ['hotmail.com.tr', 'gmail.com', 'itu.edu.tr'],
};
const IDN: Record<string, string[]> = {
  RU: ['иван@пример.рф', 'почта@сайт.рф'],
  CN: ['联系@例子.中国', 'wei@公司.中国'],
  UA: ['олена@приклад.укр'],
};

export function email(x: Rand, region: string): string {
  if (IDN[region] && x() < 0.1) return choose(x, IDN[region]);
  const a = choose(x, LOCALS);
  const b = choose(x, LOCALS2);
  const sep = choose(x, ['.', '_', '', '-']);
  const local =
    x() < 0.3 ? `${a}${int(x, 1, 99)}` : x() < 0.5 ? `${a}${sep}${b}` : `${a[0]}${sep}${b}${int(x, 70, 99)}`;
  return `${local}${x() < 0.1 ? '+shop' : ''}@${choose(x, DOMAINS[region] ?? DOMAINS.IN)}`;
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

/** A Luhn-valid card number (digits only): Visa, Mastercard, Amex, UnionPay, JCB, Mir, Troy. */
export function card(x: Rand): string {
  const [prefix, len] = choose(x, [
    ['4', 16],
    [`5${int(x, 1, 5)}`, 16],
    [String(int(x, 2221, 2720)), 16],
    [choose(x, ['34', '37']), 15],
    ['62', 16],
    [String(int(x, 3528, 3589)), 16],
    [`220${int(x, 0, 4)}`, 16],
    ['9792', 16],
  ] as [string, number][]);
  const body = prefix + digits(x, len - prefix.length - 1);
  return body + luhnDigit(body);
}

export const cardGroups = (d: string) =>
  d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : (d.match(/.{1,4}/g) ?? []);

/** BBAN shapes (n digit, a upper letter, c alnum), IBAN registry lengths. */
const BBAN: Record<string, string> = {
  SA: 'nnnnnnnnnnnnnnnnnnnn',
  AE: 'nnnnnnnnnnnnnnnnnnn',
  EG: 'nnnnnnnnnnnnnnnnnnnnnnnnn',
  IL: 'nnnnnnnnnnnnnnnnnnn',
  IR: 'nnnnnnnnnnnnnnnnnnnnnn',
  TR: 'nnnnn0nnnnnnnnnnnnnnnn',
  GR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  UA: 'nnnnnnnnnnnnnnnnnnnnnnnnn',
  DE: 'nnnnnnnnnnnnnnnnnn',
  GB: 'aaaannnnnnnnnnnnnn',
  FR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  NL: 'aaaannnnnnnnnn',
  JO: 'aaaannnnnnnnnnnnnnnnnnnnnn',
};

export function iban(x: Rand, country: string): string {
  const bban = [...BBAN[country]]
    .map((c) => (c === 'n' ? String(int(x, 0, 9)) : c === 'a' ? String.fromCharCode(65 + int(x, 0, 25)) : c))
    .join('');
  const num = [...`${bban}${country}00`].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

export const printedIban = (s: string) => s.match(/.{1,4}/g)?.join(' ') ?? s;

export function ssn(x: Rand): string {
  let area = int(x, 1, 899);
  if (area === 666) area = 667;
  const g = String(int(x, 1, 99)).padStart(2, '0');
  const s = String(int(x, 1, 9999)).padStart(4, '0');
  const a = String(area).padStart(3, '0');
  return choose(x, [`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}

export function ip(x: Rand): string {
  if (x() < 0.65) {
    const first = choose(x, [31, 41, 46, 77, 82, 91, 95, 101, 110, 117, 178, 185, 188, 203, 212]);
    return [first, int(x, 0, 255), int(x, 0, 255), int(x, 1, 254)].join('.');
  }
  const hex = () => int(x, 0, 0xffff).toString(16);
  const head = choose(x, ['2a02', '2a01', '2400', '2001', '2406', '2a00', '2607']);
  const g = [head, hex(), hex(), hex(), hex(), hex(), hex(), hex()];
  const f = x();
  if (f < 0.4) return g.join(':');
  if (f < 0.8) return `${g.slice(0, 3).join(':')}::${g.slice(6).join(':')}`;
  return `${g.slice(0, 4).join(':')}::${g[7]}`;
}

export const NATIVE_DIGITS: Record<string, string> = {
  arab: '٠١٢٣٤٥٦٧٨٩',
  pers: '۰۱۲۳۴۵۶۷۸۹',
  deva: '०१२३४५६७८९',
  beng: '০১২৩৪৫৬৭৮৯',
  thai: '๐๑๒๓๔๕๖๗๘๙',
  full: '０１２３４５６７８９',
};

export const toNative = (s: string, set: string) => s.replace(/[0-9]/g, (d) => [...set][Number(d)]);

const BIDI_WRAP: [string, string][] = [
  ['\u2066', '\u2069'],
  ['\u200E', '\u200E'],
  ['\u202A', '\u202C'],
  ['\u202D', '\u202C'],
  ['\u200F\u2066', '\u2069\u200F'],
  ['\u2068', '\u2069'],
];

/** Bidi controls around the value, or marks inside it between its groups. */
export function bidi(v: string, x: Rand): string {
  if (x() < 0.35 && /[ \-.@:]/.test(v)) {
    const mark = choose(x, ['\u200E', '\u200F', '\u2066']);
    const inner = v.replace(/[ \-.@:]/g, (s) => (mark === '\u2066' ? `\u2066${s}\u2069` : `${s}${mark}`));
    return x() < 0.5 ? `\u200E${inner}` : inner;
  }
  const [a, b] = choose(x, BIDI_WRAP);
  return `${a}${v}${b}`;
}

/** No-break, narrow no-break or thin spaces instead of the plain ones (also ideographic ones in CJK text). */
export const spaces = (v: string, x: Rand, cjk: boolean) =>
  v.replaceAll(' ', choose(x, cjk ? ['\u00A0', '\u3000', '\u2009'] : ['\u00A0', '\u202F', '\u2009']));

/** Japanese/Chinese input: full-width ＠ and ． in emails, full-width digits and ＋ elsewhere. */
export const fullWidth = (v: string, type: string) =>
  type === 'EMAIL'
    ? v.replace('@', '＠').replaceAll('.', '．')
    : toNative(v, NATIVE_DIGITS.full).replaceAll('+', '＋').replaceAll('-', '－');
