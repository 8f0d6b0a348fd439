/**
 * Values for hold-out 4 (pii-holdout4.ts): valid phones of many countries (libphonenumber-js), emails, Luhn-valid
 * cards of several issuers, mod-97-valid IBANs of many countries, US SSNs in the issued ranges, IPv4/IPv6 in many
 * notations. Each value comes back already laid out the way a person would write it.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { table } from './pii-holdout4-words.ts';

export type Rand = () => number;

/** Small seeded PRNG (sfc32). */
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
const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
};

// ---------------------------------------------------------------- phones
const PHONE_COUNTRIES =
  'US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR SE NO DK FI EE LT UA RU TR IL AE SA EG MA NG KE ZA IN PK BD CN HK JP KR TW SG MY TH VN PH ID AU NZ BR AR MX CO CL PE'.split(
    ' ',
  ) as CountryCode[];

/** Countries whose numbers a writer of that language most likely has (used for half of the phones). */
const LANG_COUNTRIES = table(
  'eng=US,GB,IE,AU,CA,NZ,IN deu=DE,AT,CH fra=FR,BE,CH,LU spa=ES,MX,AR,CO,CL ita=IT,CH por=PT,BR nld=NL,BE pol=PL swe=SE tur=TR rus=RU,UA jpn=JP',
);

/** A valid mobile number: the country's example number with its last digits replaced until it validates. */
function phoneNumber(r: Rand, lang: string) {
  for (;;) {
    const local = LANG_COUNTRIES[lang]?.split(',') as CountryCode[] | undefined;
    const country = local && r() < 0.5 ? choose(r, local) : choose(r, PHONE_COUNTRIES);
    const example = (examples as Record<string, string>)[country];
    if (!example) continue;
    for (let tries = 0; tries < 40; tries++) {
      const keep = Math.max(2, example.length - int(r, 4, 6));
      const p = parsePhoneNumberFromString(example.slice(0, keep) + digits(r, example.length - keep), country);
      if (p?.isValid()) return p;
    }
  }
}

export function phone(r: Rand, lang = ''): string {
  const p = phoneNumber(r, lang);
  const e164 = p.number as string;
  const intl = p.formatInternational();
  const layouts = [
    () => p.formatNational(),
    () => p.formatNational(),
    () => intl,
    () => intl,
    () => e164,
    () => `00${intl.slice(1)}`,
    () => `00${e164.slice(1)}`,
    () => intl.replace(/ /g, '-'),
    () => intl.replace(/ /g, '.'),
    () => {
      const [cc, area, ...rest] = intl.split(' ');
      if (!rest.length) return intl;
      return p.formatNational().startsWith('0')
        ? `${cc} (0)${area} ${rest.join(' ')}`
        : `${cc} (${area}) ${rest.join('-')}`;
    },
    () => p.nationalNumber.replace(/^/, p.formatNational().startsWith('0') ? '0' : ''),
    () => `${intl} ${choose(r, ['ext.', 'x', 'ext', '#', 'Durchwahl', 'poste', 'int.'])} ${int(r, 10, 4999)}`,
    () => `${p.formatNational()} ext. ${int(r, 2, 999)}`,
  ];
  return choose(r, layouts)();
}

// ---------------------------------------------------------------- emails
const FIRST =
  'anna john maria li mohammed olga pierre sofia kenji fatima lukas chloe dmitri aisha mateo ingrid raj yuki noah emma tomasz elif sven nadia'.split(
    ' ',
  );
const LAST =
  'schmidt nguyen garcia rossi kowalski oconnor van-dijk dubois tanaka patel smith johansson yilmaz silva ivanova kim murphy moreau fischer haddad lindqvist'.split(
    ' ',
  );
const IDN_LOCAL = ['jürgen', 'zoë', 'josé.garcía', 'øyvind', 'łukasz.wójcik', 'françois', 'müller.anna', 'søren'];
const DOMAINS =
  'gmail.com outlook.com yahoo.co.uk web.de gmx.net orange.fr libero.it hotmail.es icloud.com proton.me mail.ru yandex.ru seznam.cz wp.pl telenet.be bluewin.ch naver.com qq.com uol.com.br fastmail.fm posteo.de tutanota.com'.split(
    ' ',
  );
const ORGS =
  'acme-corp northwind globex initech umbrella-labs kontor24 bäckerei-huber sanofi zalando contoso fabrikam blue-harbor nordlicht cs.uni-heidelberg eng.cam dept.polimi'.split(
    ' ',
  );
const TLDS =
  'com de fr io co.uk ac.uk edu org nl ch es it se com.au dev photography consulting xyz co.jp com.br app tech'.split(
    ' ',
  );

export function email(r: Rand): string {
  const f = choose(r, FIRST);
  const l = choose(r, LAST);
  const local = choose(r, [
    () => `${f}.${l}`,
    () => `${f}${l}${int(r, 1, 99)}`,
    () => `${f[0]}${l}`,
    () => `${f}_${l}`,
    () => `${f}-${l}`,
    () => `${f}.${l}+${choose(r, ['news', 'shop', 'work', 'spam', 'invoices', 'x'])}`,
    () => `${f}${int(r, 1970, 2009)}`,
    () => `${l}.${f[0]}`,
    () => choose(r, IDN_LOCAL),
    () => `${f[0].toUpperCase()}${f.slice(1)}.${l[0].toUpperCase()}${l.slice(1)}`,
    () => `${choose(r, ['info', 'support', 'admin', 'billing', 'hr'])}.${f}`,
  ])();
  const domain = choose(r, [
    () => choose(r, DOMAINS),
    () => choose(r, DOMAINS),
    () => `${choose(r, ORGS)}.${choose(r, TLDS)}`,
    () => `${choose(r, ['mail', 'eu', 'us', 'staff', 'students', 'corp'])}.${choose(r, ORGS)}.${choose(r, TLDS)}`,
    () => choose(r, ['münchen-reisen.de', 'café-lumière.fr', 'straße.de', 'españa-viajes.es', 'zürich-bank.ch']),
  ])();
  const e = `${local}@${domain}`;
  return r() < 0.12 ? e.toUpperCase() : e;
}

// ---------------------------------------------------------------- cards
const luhnDigit = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
/** [prefix class, length, grouping]; the classes '5', '2', '3', '35' are widened to real ranges in card(). */
const ISSUERS: [string, number, number[]][] = [
  ['4', 16, [4, 4, 4, 4]],
  ['4', 16, [4, 4, 4, 4]],
  ['5', 16, [4, 4, 4, 4]],
  ['2', 16, [4, 4, 4, 4]],
  ['3', 15, [4, 6, 5]],
  ['6011', 16, [4, 4, 4, 4]],
  ['65', 16, [4, 4, 4, 4]],
  ['35', 16, [4, 4, 4, 4]],
  ['36', 14, [4, 6, 4]],
  ['62', 19, [4, 4, 4, 4, 3]],
  ['4', 13, [4, 4, 5]],
];

export function card(r: Rand): string {
  const [pre, len, sizes] = choose(r, ISSUERS);
  let start = pre;
  if (start === '5') start = String(int(r, 51, 55));
  if (start === '2') start = String(int(r, 2221, 2720));
  if (start === '3') start = choose(r, ['34', '37']);
  if (start === '35') start = String(int(r, 3528, 3589));
  const body = start + digits(r, len - 1 - start.length);
  const n = body + luhnDigit(body);
  return choose(r, [
    () => n,
    () => group(n, sizes, ' '),
    () => group(n, sizes, ' '),
    () => group(n, sizes, '-'),
    () => group(n, sizes, '.'),
    () => group(n, sizes, '  '),
    () => group(n, [4, 4, 4, 4, 4], ' '),
  ])();
}

// ---------------------------------------------------------------- IBANs
/** BBAN patterns: n digit, a upper-case letter, c letter or digit. */
const BBAN = table(
  'DE=18n AT=16n CH=5n12c LI=5n12c FR=10n11c2n BE=12n NL=4a10n LU=3n13c ES=20n PT=21n IT=1a10n12c SM=1a10n12c GB=4a14n IE=4a14n PL=24n CZ=20n SK=20n HU=24n RO=4a16c BG=4a6n8c HR=17n SI=15n GR=7n16c CY=8n16c MT=4a5n18c SE=20n NO=11n DK=14n FI=14n IS=22n EE=16n LV=4a13c LT=16n TR=5n1n16c SA=2n18c AE=3n16n QA=4a21c KW=4a22c BR=23n1a1c MC=10n11c2n UA=6n19c IL=19n TN=20n MU=4a19n3a',
);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function bban(r: Rand, pattern: string) {
  let out = '';
  for (const [, n, k] of pattern.matchAll(/(\d+)([nac])/g)) {
    for (let i = 0; i < Number(n); i++)
      out +=
        k === 'n' ? String(int(r, 0, 9)) : k === 'a' ? choose(r, [...UPPER]) : choose(r, [...`${UPPER}0123456789`]);
  }
  return out;
}
const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};

export function iban(r: Rand): string {
  const cc = choose(r, Object.keys(BBAN));
  const b = bban(r, BBAN[cc]);
  const check = String(98 - mod97(`${b}${cc}00`)).padStart(2, '0');
  const e = cc + check + b;
  return choose(r, [
    () => e,
    () => group(e, Array(9).fill(4), ' '),
    () => group(e, Array(9).fill(4), ' '),
    () => group(e, Array(9).fill(4), ' '),
    () => group(e, Array(9).fill(4), '-'),
    () => e.toLowerCase(),
    () => `${e.slice(0, 4)} ${e.slice(4)}`,
    () => group(e, [2, 2, ...Array(9).fill(4)], ' '),
  ])();
}

// ---------------------------------------------------------------- SSNs
export function ssn(r: Rand): string {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(int(r, 1, 99)).padStart(2, '0');
  const s = String(int(r, 1, 9999)).padStart(4, '0');
  return choose(r, [
    `${a}-${g}-${s}`,
    `${a}-${g}-${s}`,
    `${a}-${g}-${s}`,
    `${a} ${g} ${s}`,
    `${a}${g}${s}`,
    `${a}.${g}.${s}`,
    `${a}/${g}/${s}`,
    `${a} - ${g} - ${s}`,
  ]);
}

// ---------------------------------------------------------------- IP addresses
const octet = (r: Rand) => int(r, 1, 254);
export function ipv4(r: Rand): string {
  const first = choose(r, [int(r, 11, 99), int(r, 101, 126), int(r, 128, 191), int(r, 193, 223), 192, 10, 172]);
  const second = first === 192 ? 168 : first === 172 ? int(r, 16, 31) : int(r, 0, 255);
  return `${first}.${second}.${int(r, 0, 255)}.${octet(r)}`;
}
const hex = (r: Rand) => int(r, 0, 0xffff).toString(16);
export function ipv6(r: Rand): string {
  const prefix = choose(r, '2001:db8 2a02:8108 2600:1f18 2a01:4f8 2001:16b8 2406:da18 fd12:3456 2003:e6'.split(' '));
  const tail = Array.from({ length: 6 }, () => hex(r));
  const full = `${prefix}:${tail.join(':')}`;
  return choose(r, [
    () => full,
    () => `${prefix}::${tail.slice(3).join(':')}`,
    () => `${prefix}:${tail[0]}::${tail[5]}`,
    () =>
      full
        .split(':')
        .map((h) => h.padStart(4, '0'))
        .join(':'),
    () => `fe80::${tail.slice(2).join(':')}%${choose(r, ['eth0', 'en0', 'wlan0', '12'])}`,
    () => `::ffff:${ipv4(r)}`,
    () => full.toUpperCase(),
  ])();
}
export function ip(r: Rand): string {
  return choose(r, [
    () => ipv4(r),
    () => ipv4(r),
    () => ipv4(r),
    () => `${ipv4(r)}:${choose(r, [22, 80, 443, 3389, 8080, 5432, 51820])}`,
    () => `${ipv4(r)}/${choose(r, [24, 32, 16, 28])}`,
    () => ipv6(r),
    () => ipv6(r),
    () => `[${ipv6(r).replace(/%.*/, '')}]:${choose(r, [443, 8443, 22])}`,
  ])();
}
