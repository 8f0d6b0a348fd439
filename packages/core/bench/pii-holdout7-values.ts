/**
 * Values of hold-out 7 (phones are in pii-holdout7-phones.ts): emails, Luhn-valid cards of many issuers, mod-97-valid
 * IBANs of 69 countries, valid-range SSNs and IPv4/IPv6 addresses, each in the many shapes people write them.
 * `v` is the value itself; `pre`/`post` are printed around it but are not part of it (mailto:, IBAN:, :port, /cidr).
 */
export type Rand = () => number;
/** `own`: the pre/post text already names the value (tel:, IBAN:), so it goes into a sentence without a label. */
export type Made = { v: string; fmt: string; pre?: string; post?: string; tag?: string; lang?: string; own?: boolean };

export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
export const letters = (r: Rand, n: number) =>
  Array.from({ length: n }, () => choose(r, [...'ABCDEFGHIJKLMNOPRSTUVWXZ'])).join('');

// ---- CREDIT_CARD
const luhnDigit = (body: string) => {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    s += d;
  }
  return String((10 - (s % 10)) % 10);
};
const ISSUERS: [string, (r: Rand) => string, number[]][] = [
  ['visa', () => '4', [13, 16, 16, 16, 19]],
  ['mc2', (r) => String(int(r, 2221, 2720)), [16]],
  ['mc5', (r) => String(int(r, 51, 55)), [16]],
  ['amex', (r) => choose(r, ['34', '37']), [15]],
  ['diners', (r) => choose(r, ['36', '38', String(int(r, 300, 305))]), [14]],
  ['discover', (r) => choose(r, ['6011', String(int(r, 644, 649)), '65']), [16, 16, 19]],
  ['jcb', (r) => String(int(r, 3528, 3589)), [16]],
  ['unionpay', (r) => choose(r, ['62', '6212', '6228']), [16, 17, 18, 19]],
  [
    'maestro',
    (r) => choose(r, ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6763']),
    [12, 13, 15, 16, 18, 19],
  ],
];
const ISSUER_GROUPS: Record<string, number[]> = { 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 3, 3, 3], 19: [6, 13] };
/** `s` cut into pieces of the given sizes. */
export const split = (s: string, sizes: number[]) =>
  sizes.map((n, i) => s.slice(sizes.slice(0, i).reduce((a, b) => a + b, 0)).slice(0, n));
export function card(r: Rand): Made {
  const [brand, prefix, lengths] = choose(r, ISSUERS);
  const len = choose(r, lengths);
  const p = prefix(r);
  const body = p + digits(r, len - 1 - p.length);
  const n = body + luhnDigit(body);
  const sep = choose(r, [' ', ' ', ' ', '-', '-', '', '.']);
  const fours = Array.from({ length: Math.ceil(len / 4) }, (_, i) => n.slice(4 * i, 4 * i + 4));
  const issuer = ISSUER_GROUPS[len] && (brand === 'amex' || brand === 'diners' || r() < 0.5);
  const groups = issuer ? split(n, ISSUER_GROUPS[len]) : fours;
  const sepName = { ' ': 'space', '-': 'dash', '': 'compact', '.': 'dot' }[sep];
  return {
    v: groups.join(sep),
    fmt: sep === '' ? 'compact' : `${sepName}-${issuer ? 'issuer' : '4s'}`,
    tag: `${brand}-${len}`,
  };
}

// ---- IBAN: country, BBAN shape (SWIFT registry notation), total length.
const IBAN_SHAPES =
  `AD 4n4n12c 24|AE 3n16n 23|AL 8n16c 28|AT 5n11n 20|AZ 4a20c 28|BA 3n3n8n2n 20|BE 3n7n2n 16|BG 4a4n2n8c 22
BH 4a14c 22|BR 8n5n10n1a1c 29|CH 5n12c 21|CR 4n14n 22|CY 3n5n16c 28|CZ 4n6n10n 24|DE 8n10n 22|DK 4n9n1n 18
DO 4c20n 28|EE 2n2n11n1n 20|EG 4n4n17n 29|ES 4n4n1n1n10n 24|FI 6n7n1n 18|FO 4n9n1n 18|FR 5n5n11c2n 27|GB 4a6n8n 22
GE 2a16n 22|GI 4a15c 23|GL 4n9n1n 18|GR 3n4n16c 27|GT 4c20c 28|HR 7n10n 21|HU 3n4n1n15n1n 28|IE 4a6n8n 22
IL 3n3n13n 23|IS 4n2n6n10n 26|IT 1a5n5n12c 27|JO 4a4n18c 30|KW 4a22c 30|KZ 3n13c 20|LB 4n20c 28|LI 5n12c 21
LT 5n11n 20|LU 3n13c 20|LV 4a13c 21|MC 5n5n11c2n 27|MD 2c18c 24|ME 3n13n2n 22|MK 3n10c2n 19|MR 5n5n11n2n 27
MT 4a5n18c 31|MU 4a2n2n12n3n3a 30|NL 4a10n 18|NO 4n6n1n 15|PK 4a16c 24|PL 8n16n 28|PS 4a21c 29|PT 4n4n11n2n 25
QA 4a21c 29|RO 4a16c 24|RS 3n13n2n 22|SA 2n18c 24|SE 3n16n1n 24|SI 5n8n2n 19|SK 4n6n10n 24|SM 1a5n5n12c 27
TN 2n3n13n2n 24|TR 5n1n16c 26|UA 6n19c 29|VG 4a16n 24|XK 4n10n2n 20`
    .split(/[|\n]/)
    .map((s) => s.trim().split(' '));
/** Bank codes where the BBAN starts with letters. */
const BANKS: Record<string, string[]> = Object.fromEntries(
  'GB:NWBK,BARC,HBUK,LOYD,MIDL IE:AIBK,BOFI NL:ABNA,INGB,RABO,TRIO,SNSB BH:NBOB KW:NBOK,CBKU QA:QNBA,DOHB RO:BTRL,RNCB,INGB MU:BOMM,MCBL JO:CBJO,ARAB PK:HABB,MUCB,SCBL LV:HABA,PARX MT:MALT,VALL GI:NWBK BG:BNBG,UNCR,STSA AZ:NABZ,IBAZ PS:PALS VG:VPVG'
    .split(' ')
    .map((e) => [e.slice(0, 2), e.slice(3).split(',')]),
);
const mod97 = (s: string) => [...s].reduce((m, ch) => (m * (ch > '9' ? 100 : 10) + parseInt(ch, 36)) % 97, 0);
export const IBAN_COUNTRIES = IBAN_SHAPES.map(([c]) => c);
export function iban(r: Rand): Made {
  const [cc, shape, total] = choose(r, IBAN_SHAPES);
  let bban = '';
  for (const [, n, t] of shape.matchAll(/(\d+)([nac])/g)) {
    const len = Number(n);
    if (t === 'a') bban += bban === '' && BANKS[cc] ? choose(r, BANKS[cc]).slice(0, len) : letters(r, len);
    else if (t === 'n') bban += cc === 'TR' && len === 1 ? '0' : digits(r, len);
    else bban += len < 4 || r() < 0.8 ? digits(r, len) : letters(r, 2) + digits(r, len - 2);
  }
  if (cc === 'BE') bban = bban.slice(0, 10) + String(Number(bban.slice(0, 10)) % 97 || 97).padStart(2, '0');
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const compact = `${cc}${check}${bban}`;
  if (compact.length !== Number(total)) throw new Error(`IBAN shape ${cc}`);
  const grouped = compact.match(/.{1,4}/g)?.join(' ') ?? compact;
  const form = choose(r, ['grouped', 'grouped', 'grouped', 'compact', 'compact', 'lower-grouped', 'lower-compact']);
  const v =
    { grouped, compact, 'lower-grouped': grouped.toLowerCase(), 'lower-compact': compact.toLowerCase() }[form] ??
    grouped;
  const pre = r() < 0.3 ? choose(r, ['IBAN: ', 'IBAN ', 'IBAN:']) : '';
  return { v, pre, fmt: `${form}${pre ? '-prefixed' : ''}`, tag: cc, own: !!pre };
}

// ---- US_SSN
export function ssn(r: Rand): Made {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  const [a, g, s] = [
    String(area).padStart(3, '0'),
    String(int(r, 1, 99)).padStart(2, '0'),
    String(int(r, 1, 9999)).padStart(4, '0'),
  ];
  const sep = choose(r, ['-', '-', '-', ' ', '', '.']);
  return { v: [a, g, s].join(sep), fmt: { '-': 'dashes', ' ': 'spaces', '': 'compact', '.': 'dots' }[sep] ?? 'dashes' };
}

// ---- IP_ADDRESS
const hex = (r: Rand) => int(r, 0, 0xffff).toString(16);
function v4(r: Rand, priv: boolean): string {
  if (priv)
    return choose(r, [
      `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
      `172.${int(r, 16, 31)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
      `192.168.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    ]);
  for (;;) {
    const a = int(r, 1, 223);
    if ([10, 127, 172, 192, 169, 100].includes(a)) continue;
    return `${a}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  }
}
export function ip(r: Rand): Made {
  const f = choose(
    r,
    'v4-public v4-public v4-private v4-port v4-cidr v6-full v6-compressed v6-compressed v6-zone v6-mapped v6-bracket-port v6-upper'.split(
      ' ',
    ),
  );
  const prefix = choose(r, ['2001:db8', '2a02:810d', '2600:1700', '2001:4860', '2404:6800', '2a01:e0a', '2c0f:fb50']);
  const g = [...prefix.split(':'), hex(r), hex(r), hex(r), hex(r), hex(r), hex(r)];
  const compressed = `${prefix}:${hex(r)}:${hex(r)}::${hex(r)}`;
  switch (f) {
    case 'v4-public':
      return { v: v4(r, false), fmt: f };
    case 'v4-private':
      return { v: v4(r, true), fmt: f };
    case 'v4-port':
      return { v: v4(r, r() < 0.5), post: `:${choose(r, [22, 80, 443, 3389, 5432, 8080, 51820])}`, fmt: f };
    case 'v4-cidr':
      return { v: v4(r, r() < 0.5), post: `/${choose(r, [8, 16, 24, 28, 32])}`, fmt: f };
    case 'v6-full':
      return { v: g.map((x) => x.padStart(4, '0')).join(':'), fmt: f };
    case 'v6-compressed':
      return { v: r() < 0.3 ? `fd${digits(r, 2)}:${hex(r)}::${hex(r)}` : compressed, fmt: f };
    case 'v6-zone':
      return {
        v: `fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`,
        post: `%${choose(r, ['eth0', 'en0', 'wlan0', '12'])}`,
        fmt: f,
      };
    case 'v6-mapped':
      return { v: `::ffff:${v4(r, r() < 0.5)}`, fmt: f };
    case 'v6-bracket-port':
      return { v: compressed, pre: '[', post: `]:${choose(r, [443, 8443, 22, 9000])}`, fmt: f };
    default:
      return { v: (r() < 0.5 ? compressed : g.join(':')).toUpperCase(), fmt: f };
  }
}
