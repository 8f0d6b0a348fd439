/**
 * Helpers and the number-like value generators of the THIRD hold-out (pii-holdout3.ts), written blind: Luhn-valid cards
 * of the main issuers (with expiry / CVV next to some), mod-97-valid IBANs of 48 countries in several layouts, US SSNs that
 * follow the area/group/serial rules, IPv4 (public, private, leading zeros, port, CIDR) and IPv6 (compressed, full,
 * IPv4-mapped, zone, bracketed with port). What surrounds a value (port, zone, expiry) is in `pre` / `post`, not the value.
 */

export type Rand = () => number;
export interface Val {
  v: string;
  fmt: string;
  /** Country or issuer (printed with SHOW=1 only). */
  sub?: string;
  pre?: string;
  post?: string;
  tail?: string;
  /** Carrier language the value fits (a national phone number), if any. */
  lang?: string;
}

export const rng = (seed: number): Rand => {
  let z = seed >>> 0;
  return () => {
    z = (z + 0x6d2b79f5) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
export const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Cut s into pieces of the given sizes (the last one takes the rest). */
const chunks = (s: string, sizes: number[]) =>
  sizes.map((n, k) => s.slice(sum(sizes, k), k === sizes.length - 1 ? undefined : sum(sizes, k) + n));
const sum = (xs: number[], k: number) => xs.slice(0, k).reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- cards
const luhnDigit = (body: string) => {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    s += d;
  }
  return String((10 - (s % 10)) % 10);
};
export const luhnOk = (n: string) => luhnDigit(n.slice(0, -1)) === n.slice(-1);

export function card(r: Rand): Val {
  const issuers: [string, () => string, number][] = [
    ['visa', () => '4', 16],
    ['visa', () => '4', 16],
    ['visa19', () => '4', 19],
    ['mastercard', () => String(int(r, 51, 55)), 16],
    ['mastercard', () => String(int(r, 2221, 2720)), 16],
    ['amex', () => pick(r, ['34', '37']), 15],
    ['amex', () => pick(r, ['34', '37']), 15],
    ['discover', () => pick(r, ['6011', '65', String(int(r, 644, 649))]), 16],
    ['jcb', () => String(int(r, 3528, 3589)), 16],
    ['diners', () => pick(r, ['36', '38', String(int(r, 300, 305))]), 14],
    ['unionpay', () => '62', pick(r, [16, 19])],
    ['maestro', () => pick(r, ['6759', '5018', '5020', '6304']), pick(r, [16, 19])],
  ];
  const [issuer, prefix, len] = pick(r, issuers);
  let n = prefix();
  while (n.length < len - 1) n += int(r, 0, 9);
  n += luhnDigit(n);
  const sep = pick(r, [' ', ' ', '-', '', '']);
  const sizes = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : len === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const v = chunks(n, sizes).join(sep);
  const mm = pad(int(r, 1, 12), 2);
  const yy = int(r, 25, 31);
  const cvv = digits(r, issuer === 'amex' ? 4 : 3);
  const post =
    r() < 0.45
      ? pick(r, [
          ` exp ${mm}/${yy} CVV ${cvv}`,
          ` ${mm}/${yy} ${cvv}`,
          `, expiry ${mm}/20${yy}, cvc ${cvv}`,
          ` (gültig bis ${mm}/${yy}, CVC ${cvv})`,
          ` | ${mm}/${yy} | ${cvv}`,
          ` vence ${mm}/${yy} cvv:${cvv}`,
        ])
      : '';
  const pre = r() < 0.2 ? pick(r, ['Visa ', 'Mastercard: ', 'AMEX ', 'card ending … no, full: ', 'CB ']) : '';
  const how = sep === '' ? 'compact' : sep === '-' ? 'dashes' : 'spaces';
  return { v, fmt: `${len === 15 ? 'amex-' : ''}${how}${post ? '+exp' : ''}`, sub: issuer, pre, post };
}

// ---------------------------------------------------------------- IBAN
const IBAN_SPECS: Record<string, string> = Object.fromEntries(
  (
    'DE:18n FR:10n11c2n GB:4a14n ES:20n IT:1a10n12c NL:4a10n BE:12n CH:5n12c AT:16n PL:24n PT:21n SE:20n DK:14n NO:11n FI:14n IE:4a14n ' +
    'LU:3n13c TR:5n1n16c SA:2n18c AE:19n BR:23n1a1c GR:7n16c CZ:20n HU:24n RO:4a16c HR:17n SI:15n SK:20n LT:16n LV:4a13c EE:16n MT:4a5n18c CY:8n16c ' +
    'IS:22n LI:5n12c MC:10n11c2n BG:4a6n8c RS:18n UA:6n19c IL:19n QA:4a21c KW:4a22c PK:4a16c EG:25n GE:2a16n AZ:4a20c KZ:3n13c MD:2c18c'
  )
    .split(' ')
    .map((x) => x.split(':')),
);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export function mod97(s: string) {
  let m = 0;
  for (const ch of s) {
    const x = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of x) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
export const ibanOk = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;

export function iban(r: Rand): Val {
  const cc = pick(r, Object.keys(IBAN_SPECS));
  let bban = '';
  for (const [, n, k] of IBAN_SPECS[cc].matchAll(/(\d+)([nac])/g))
    for (let i = 0; i < Number(n); i++)
      bban +=
        k === 'n' ? int(r, 0, 9) : k === 'a' ? ALNUM[int(r, 0, 25)] : r() < 0.6 ? int(r, 0, 9) : ALNUM[int(r, 0, 25)];
  if (cc === 'BE') bban = bban.slice(0, 10) + pad(Number(bban.slice(0, 10)) % 97 || 97, 2);
  const check = pad(98 - mod97(`${bban}${cc}00`), 2);
  const compact = `${cc}${check}${bban}`;
  const by4 = compact.replace(/(.{4})(?=.)/g, '$1 ');
  const irregular = () =>
    chunks(compact, [4, ...Array.from({ length: 8 }, () => int(r, 3, 8))])
      .filter(Boolean)
      .join(' ');
  const [fmt, v] = pick(r, [
    ['by4', by4],
    ['by4', by4],
    ['by4', by4],
    ['compact', compact],
    ['compact', compact],
    ['lower', pick(r, [by4, compact]).toLowerCase()],
    ['irregular', irregular()],
    ['dashes', by4.replace(/ /g, '-')],
    ['by4+nbsp', by4.replace(/ /g, '\u00a0')],
  ] as const);
  return { v, fmt, sub: cc };
}

// ---------------------------------------------------------------- US SSN
export function ssn(r: Rand): Val {
  let area = int(r, 1, 899);
  if (area === 666) area = 665;
  const [a, g, s] = [pad(area, 3), pad(int(r, 1, 99), 2), pad(int(r, 1, 9999), 4)];
  const [fmt, sep] = pick(r, [
    ['dashes', '-'],
    ['dashes', '-'],
    ['dashes', '-'],
    ['spaces', ' '],
    ['compact', ''],
    ['dots', '.'],
  ]);
  return { v: [a, g, s].join(sep), fmt };
}

// ---------------------------------------------------------------- IP addresses
function v4(r: Rand, kind: string): number[] {
  if (kind === 'private')
    return pick(r, [
      [10, int(r, 0, 255)],
      [172, int(r, 16, 31)],
      [192, 168],
    ]).concat([int(r, 0, 255), int(r, 1, 254)]);
  let a = int(r, 1, 223);
  while ([10, 127, 172, 192, 169, 100].includes(a)) a = int(r, 1, 223);
  return [a, int(r, 0, 255), int(r, 0, 255), int(r, 1, 254)];
}
function v6(r: Rand): string[] {
  const head = pick(r, [
    ['2001', 'db8'],
    ['2a02', pick(r, ['810d', '8109', 'c7f'])],
    ['2001', '4860'],
    ['fe80', '0'],
    ['2600', '1700'],
    ['2c0f', 'fb50'],
  ]);
  const g = [...head, ...Array.from({ length: 6 }, () => (r() < 0.3 ? '0' : int(r, 0, 0xffff).toString(16)))];
  if (head[0] === 'fe80') g.splice(1, 3, '0', '0', '0');
  return g;
}
function compress(g: string[]) {
  let best = [-1, 0];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > best[1] && j - i >= 2) best = [i, j - i];
  }
  if (best[0] < 0) return g.join(':');
  return `${g.slice(0, best[0]).join(':')}::${g.slice(best[0] + best[1]).join(':')}`;
}

export function ip(r: Rand): Val {
  const kind = pick(r, ['v4', 'v4', 'v4', 'v4private', 'v4private', 'v4zeros', 'v6', 'v6', 'v6full', 'v6mapped']);
  const post = r() < 0.3 ? pick(r, [':8080', ':443', ':22', ':5432', '/24', '/16', '/32']) : '';
  if (kind.startsWith('v4')) {
    const o = v4(r, kind === 'v4private' ? 'private' : 'public');
    const v = kind === 'v4zeros' ? o.map((x) => (r() < 0.6 ? pad(x, 3) : String(x))).join('.') : o.join('.');
    return { v, fmt: `${kind}${post ? (post[0] === ':' ? '+port' : '+cidr') : ''}`, post };
  }
  if (kind === 'v6mapped') return { v: `::ffff:${v4(r, 'public').join('.')}`, fmt: kind };
  const g = v6(r);
  let v = kind === 'v6full' ? g.map((x) => x.padStart(4, '0')).join(':') : compress(g);
  if (r() < 0.15) v = v.toUpperCase();
  const [how, pre, post6] = pick(r, [
    ['', '', ''],
    ['', '', ''],
    ['+zone', '', pick(r, ['%eth0', '%en0', '%wlan0', '%12'])],
    ['+port', '[', `]:${pick(r, [443, 8443, 51820])}`],
    ['+cidr', '', '/64'],
  ]);
  return { v, fmt: kind + how, pre, post: post6 };
}
