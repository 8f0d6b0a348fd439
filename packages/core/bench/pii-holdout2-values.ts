/**
 * Values for the third obfuscation corpus (bench/pii-holdout2.ts), written apart from pii-values.ts (development) and
 * pii-holdout.ts (hold-out 1): own number plans of 32 regions (kept only when libphonenumber says valid), own email
 * names and domains (IDN, new gTLDs, second-level ccTLDs), cards of 14 issuers' IIN ranges (Troy, Elo, RuPay, Verve,
 * Mir …), IBANs of 20 countries, SSNs, IPv4 / IPv6. Seeded (sfc32), deterministic.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;
/** sfc32 seeded from one number. */
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
const digit = (r: Rand) => String(Math.floor(r() * 10));

/** '#' any digit, '%' 2-9; other characters are kept. */
function fill(r: Rand, pattern: string): string {
  return pattern.replace(/[#%]/g, (c) => (c === '#' ? digit(r) : String(2 + Math.floor(r() * 8))));
}

const PLANS: [CountryCode, string[]][] = [
  ['DE', ['015# ########', '0171 #######', '030 ########', '089 #######', '0176-########']],
  ['FR', ['06 ## ## ## ##', '07 ## ## ## ##', '01 ## ## ## ##']],
  ['GB', ['07### ######', '020 #### ####', '0161 ### ####']],
  ['US', ['(%##) %##-####', '%##-%##-####', '%##.%##.####']],
  ['ES', ['6## ### ###', '91# ## ## ##']],
  ['IT', ['3## ### ####', '06 #### ####']],
  ['NL', ['06-########', '020-### ####']],
  ['PT', ['9## ### ###']],
  ['PL', ['5## ### ###', '6## ### ###', '7## ### ###']],
  ['SE', ['07#-### ## ##']],
  ['CH', ['07# ### ## ##', '044 ### ## ##']],
  ['AT', ['0664 #######', '01 #######']],
  ['BE', ['04## ## ## ##']],
  ['TR', ['05## ### ## ##']],
  ['BR', ['(11) 9####-####', '(21) 9####-####']],
  ['IN', ['9#### #####', '8#### #####']],
  ['JP', ['090-####-####', '03-####-####']],
  ['AU', ['04## ### ###', '(02) #### ####']],
  ['MX', ['55 #### ####']],
  ['IE', ['08# ### ####']],
  ['DK', ['## ## ## ##']],
  ['NO', ['### ## ###']],
  ['FI', ['04# ### ####']],
  ['CZ', ['### ### ###']],
  ['GR', ['69# ### ####']],
  ['ZA', ['08# ### ####']],
  ['NG', ['080# ### ####']],
  ['KR', ['010-####-####']],
  ['CN', ['13# #### ####']],
  ['RU', ['8 (9##) ###-##-##']],
  ['IL', ['05#-###-####']],
  ['AR', ['11 ####-####']],
];

/** A valid number of a random region, written nationally or internationally. */
export function phone(r: Rand): string {
  for (;;) {
    const [region, patterns] = choose(r, PLANS);
    const national = fill(r, choose(r, patterns));
    const parsed = parsePhoneNumberFromString(national, region);
    if (!parsed?.isValid()) continue;
    const intl = parsed.formatInternational();
    return choose(r, [
      () => national,
      () => national,
      () => intl,
      () => parsed.number,
      () => intl.replace('+', '00'),
      // "+49 (0)151 …": the trunk zero in parentheses, where the trunk zero is dropped abroad
      () =>
        national.replace(/\D/g, '') === `0${parsed.nationalNumber}`
          ? `+${parsed.countryCallingCode} (0)${national.slice(1)}`
          : intl,
    ])();
  }
}

const GIVEN = [
  'josé',
  'müller',
  'søren',
  'zoë',
  'aiko',
  'bongani',
  'chiara',
  'dariusz',
  'eero',
  'fatima',
  'gwen',
  'hugo',
];
const FAMILY = ['oyelaran', 'van-dijk', 'kowalczyk', 'lefebvre', 'ibáñez', 'nakamura', 'osei', 'pettersson', 'quinn'];
const MAIL_DOMAINS = [
  'posteo.de',
  'proton.me',
  'outlook.fr',
  'web.de',
  'gmx.at',
  'libero.it',
  'wp.pl',
  'uol.com.br',
  'yahoo.co.jp',
  'atelier.photography',
  'stadt-münchen.de',
  'mail.uni-hamburg.de',
  'kanzlei.berlin',
  'xn--mnchen-3ya.de',
  'startup.ai',
  'consulting.co.za',
];
export function email(r: Rand): string {
  const g = choose(r, GIVEN);
  const f = choose(r, FAMILY);
  const local = choose(r, [
    () => `${g}.${f}`,
    () => `${g[0]}.${f}`,
    () => `${g}${f}${10 + Math.floor(r() * 90)}`,
    () => `${g}_${f}`,
    () => `${f}-${g}`,
    () => `${g}+${choose(r, ['shop', 'news', 'x'])}`,
  ])();
  return `${local}@${choose(r, MAIL_DOMAINS)}`;
}

function luhnFinish(prefix: string, length: number, r: Rand): string {
  let s = prefix;
  while (s.length < length - 1) s += digit(r);
  for (let d = 0; d < 10; d++) {
    const t = s + d;
    let sum = 0;
    for (let i = 0; i < t.length; i++) {
      let x = t.charCodeAt(t.length - 1 - i) - 48;
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return t;
  }
  throw new Error('no Luhn digit');
}
/** IIN prefixes of issuers (Visa, Mastercard 2/5, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay, Troy, Elo, Verve). */
const ISSUERS: [string[], number[]][] = [
  [['4'], [16, 13, 19]],
  [['51', '53', '55', '2223', '2720'], [16]],
  [['34', '37'], [15]],
  [['6011', '644', '65'], [16]],
  [['3528', '3589'], [16]],
  [['300', '36', '38'], [14]],
  [
    ['62', '81'],
    [16, 19],
  ],
  [
    ['5018', '6304', '6759'],
    [16, 18],
  ],
  [['2200', '2204'], [16]],
  [['508', '6521', '353'], [16]],
  [['9792'], [16]],
  [['4011', '5067', '6362'], [16]],
  [
    ['5061', '6500'],
    [16, 19],
  ],
];
export function card(r: Rand): string {
  const [prefixes, lengths] = choose(r, ISSUERS);
  return luhnFinish(choose(r, prefixes), choose(r, lengths), r);
}

/** Country, BBAN pattern ('#' digit, 'A' capital letter, 'X' either). */
const BBANS: [string, string][] = [
  ['CH', '#####XXXXXXXXXXXX'],
  ['AT', '################'],
  ['BE', '############'],
  ['PL', '########################'],
  ['PT', '#####################'],
  ['SE', '####################'],
  ['NO', '###########'],
  ['DK', '##############'],
  ['FI', '##############'],
  ['IE', 'AAAA##############'],
  ['LU', '###XXXXXXXXXXXXX'],
  ['SA', '##XXXXXXXXXXXXXXXXXX'],
  ['AE', '###################'],
  ['TR', '######XXXXXXXXXXXXXXXX'],
  ['BR', '#######################AX'],
  ['MT', 'AAAA#####XXXXXXXXXXXXXXXXXX'],
  ['GR', '#######XXXXXXXXXXXXXXXX'],
  ['CZ', '####################'],
  ['HU', '########################'],
  ['RO', 'AAAAXXXXXXXXXXXXXXXX'],
];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export function iban(r: Rand): string {
  const [cc, pattern] = choose(r, BBANS);
  const bban = [...pattern]
    .map((c) =>
      c === '#' ? digit(r) : c === 'A' ? choose(r, [...UPPER]) : r() < 0.3 ? choose(r, [...UPPER]) : digit(r),
    )
    .join('');
  const numeric = [...`${bban}${cc}00`].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return `${cc}${String(98 - rest).padStart(2, '0')}${bban}`;
}
/** Grouped by four, the way banks print them. */
export const printed = (compact: string) => compact.replace(/(.{4})(?=.)/g, '$1 ');

export function ssn(r: Rand): string {
  const area = String(1 + Math.floor(r() * 898)).padStart(3, '0');
  const a = area === '666' ? '667' : area;
  const group = String(1 + Math.floor(r() * 98)).padStart(2, '0');
  const serial = String(1 + Math.floor(r() * 9998)).padStart(4, '0');
  return choose(r, [`${a}-${group}-${serial}`, `${a} ${group} ${serial}`, `${a}-${group}-${serial}`]);
}

export function ip(r: Rand): string {
  const octet = () => String(Math.floor(r() * 256));
  const hex = () => Math.floor(r() * 0x10000).toString(16);
  return choose(r, [
    () => `${1 + Math.floor(r() * 222)}.${octet()}.${octet()}.${1 + Math.floor(r() * 253)}`,
    () =>
      `${1 + Math.floor(r() * 222)}.${octet()}.${octet()}.${1 + Math.floor(r() * 253)}:${1024 + Math.floor(r() * 60000)}`,
    () => `2a02:${hex()}:${hex()}:${hex()}::${hex()}`,
    () => `fd00:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`,
  ])();
}
