/**
 * Hold-out 26 values: a seeded PRNG, phones (checked with libphonenumber-js/max), Luhn cards, mod-97 IBANs with the
 * national check digits where they are simple, vehicle plates in each country's shape, dates of birth and e-mail local
 * parts. Everything is generated here from hand-written prefixes and shapes.
 */
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** xoshiro128** seeded through splitmix32. */
export function prng(seed: number): Rand {
  let h = seed >>> 0;
  const next = () => {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s = [next(), next(), next(), next()];
  return () => {
    const r = Math.imul(((Math.imul(s[1], 5) << 7) | (Math.imul(s[1], 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ((s[3] << 11) | (s[3] >>> 21)) >>> 0;
    return r / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: Rand, n: number, from = UPPER) => Array.from({ length: n }, () => pick(r, [...from])).join('');

/** '#' any digit, 'N' 2-9, 'S' 1-9, anything else literal. */
function shape(r: Rand, p: string) {
  return [...p]
    .map((c) => (c === '#' ? digits(r, 1) : c === 'N' ? int(r, 2, 9) : c === 'S' ? int(r, 1, 9) : c))
    .join('');
}

/** National significant number shapes: mobiles first, then landlines. */
const PHONE_SHAPES: Record<string, string[]> = {
  US: ['212N######', '415N######', '312N######', '617N######', '206N######', '512N######', '305N######'],
  GB: ['74########', '75########', '77########', '78########', '79########', '207#######', '161N######', '131N######'],
  IN: ['98########', '97########', '88########', '70########', '63########', '11N#######', '22N#######'],
  NG: ['803#######', '806#######', '813#######', '816#######', '703#######', '905#######', '810#######'],
  AU: ['4########', '4########', '29#######', '39#######', '73#######', '86#######'],
  DE: [
    '151########',
    '160########',
    '170########',
    '176########',
    '157########',
    '30N#######',
    '89N######',
    '221N######',
  ],
  FR: ['6########', '7########', '1N#######', '4N#######', '5N#######'],
  ES: ['6########', '7########', '91N######', '93N######', '96N######'],
  BR: ['119########', '219########', '319########', '419########', '113#######', '213#######'],
  IT: ['32#######', '33########', '34########', '39########', '06########', '02########', '011N######'],
  NL: ['6########', '20N######', '10N######', '30N######', '70N######'],
  PL: ['50#######', '60#######', '69#######', '72#######', '78#######', '88#######', '22N######', '12N######'],
  TR: ['53########', '54########', '50########', '55########', '212N######', '216N######', '312N######'],
  ID: ['812########', '813#######', '857########', '878########', '21N#######', '22N######'],
  VN: ['9########', '3########', '7########', '8########', '24N#######', '28N#######'],
  RO: ['72#######', '74#######', '75#######', '76#######', '21N######', '264######'],
  CZ: ['60#######', '72#######', '73#######', '77#######', '2N#######', '5N#######'],
  GR: ['69########', '21N#######', '231#######'],
  UA: ['50#######', '67#######', '68#######', '93#######', '96#######', '97#######', '44N######'],
  KE: ['7########', '11#######', '10#######', '20N######'],
  PH: ['917#######', '918#######', '927#######', '995#######', '2N#######'],
};

/** A valid phone number of the region, national or international layout. */
export function phone(r: Rand, region: string): string {
  for (let tries = 0; tries < 200; tries++) {
    const nsn = shape(r, pick(r, PHONE_SHAPES[region]));
    const cc = getCountryCallingCode(region as 'US');
    const p = parsePhoneNumberFromString(`+${cc}${nsn}`);
    if (!p?.isValid() || p.country !== region) continue;
    const intl = r() < 0.4;
    return intl ? p.formatInternational() : p.formatNational();
  }
  throw new Error(`no valid phone for ${region}`);
}

export function luhnOk(d: string) {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
  }
  return s % 10 === 0;
}

/** Visa, Mastercard (5x and 2x ranges) or Amex, Luhn-valid, grouped the way the card prints it. */
export function card(r: Rand): string {
  const kind = pick(r, ['visa', 'visa', 'mc', 'mc2', 'amex']);
  const prefix =
    kind === 'visa'
      ? `4${digits(r, 5)}`
      : kind === 'mc'
        ? `5${int(r, 1, 5)}${digits(r, 4)}`
        : kind === 'mc2'
          ? `2${int(r, 221, 720)}${digits(r, 2)}`
          : `3${pick(r, ['4', '7'])}${digits(r, 4)}`;
  const len = kind === 'amex' ? 15 : 16;
  let body = prefix + digits(r, len - prefix.length - 1);
  for (let c = 0; c < 10; c++)
    if (luhnOk(body + c)) {
      body += c;
      break;
    }
  const sep = pick(r, [' ', ' ', ' ', '-', '']);
  if (kind === 'amex') return [body.slice(0, 4), body.slice(4, 10), body.slice(10)].join(sep);
  return body.match(/.{4}/g)?.join(sep) ?? body;
}

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
export const ibanOk = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;

function esControl(s: string) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const v = 11 - ([...s].reduce((a, c, i) => a + Number(c) * w[i], 0) % 11);
  return String(v === 11 ? 0 : v === 10 ? 1 : v);
}

/** BBAN per country, with the bank codes of real banks where a code is visible. */
const BBAN: Record<string, (r: Rand) => string> = {
  DE: (r) => pick(r, ['10070000', '20040000', '50010517', '37040044', '70150000', '43060967']) + digits(r, 10),
  FR: (r) => {
    const bank = pick(r, ['30004', '20041', '30003', '10278', '30066']);
    const branch = digits(r, 5);
    const acct = digits(r, 11);
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
    return bank + branch + acct + String(key).padStart(2, '0');
  },
  ES: (r) => {
    const bank = pick(r, ['2100', '0049', '0182', '2085', '0081']);
    const branch = digits(r, 4);
    const acct = digits(r, 10);
    return bank + branch + esControl(`00${bank}${branch}`) + esControl(acct) + acct;
  },
  IT: (r) => letters(r, 1) + pick(r, ['03069', '02008', '05034', '03062']) + digits(r, 5) + digits(r, 12),
  NL: (r) => pick(r, ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + digits(r, 10),
  PL: (r) => pick(r, ['10201026', '11402004', '10501214', '12401037', '10901014']) + digits(r, 16),
  TR: (r) => `${pick(r, ['00062', '00010', '00046', '00064', '00111'])}0${digits(r, 16)}`,
  RO: (r) =>
    pick(r, ['BTRL', 'RNCB', 'BRDE', 'INGB', 'RZBR']) +
    letters(r, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') +
    digits(r, 12),
  CZ: (r) => pick(r, ['0800', '0100', '0300', '2010', '5500']) + digits(r, 6) + digits(r, 10),
  GR: (r) => pick(r, ['011', '017', '026', '014']) + digits(r, 4) + digits(r, 16),
  UA: (r) => `${pick(r, ['305299', '322001', '300528', '320649'])}00000${digits(r, 14)}`,
  GB: (r) => pick(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 6) + digits(r, 8),
  BR: (r) => `${pick(r, ['00000000', '00360305', '60701190']) + digits(r, 5) + digits(r, 10)}C1`,
};
export const IBAN_REGIONS = Object.keys(BBAN);

/** A mod-97-valid IBAN, printed in groups of four (70%) or compact. */
export function iban(r: Rand, region: string): string {
  const bban = BBAN[region](r);
  const check = String(98 - mod97(`${bban}${region}00`)).padStart(2, '0');
  const v = region + check + bban;
  if (!ibanOk(v)) throw new Error(`bad IBAN ${v}`);
  return r() < 0.7 ? (v.match(/.{1,4}/g)?.join(' ') ?? v) : v;
}

const GR_LAT = 'ABEZHIKMNOPTYX';
const GR_GRK = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const UA_CYR = 'АВЕІКМНОРСТХ';
/** Vehicle plates in the shapes of each country. */
const PLATES: Record<string, (r: Rand) => string> = {
  US: (r) =>
    pick(r, [
      `${int(r, 5, 9)}${letters(r, 3)}${digits(r, 3)}`,
      `${letters(r, 3)}-${digits(r, 4)}`,
      `${letters(r, 3)} ${digits(r, 4)}`,
    ]),
  GB: (r) =>
    `${letters(r, 2)}${pick(r, ['18', '19', '20', '21', '68', '69', '70', '71', '72', '23', '73'])} ${letters(r, 3)}`,
  IN: (r) =>
    `${pick(r, ['MH', 'DL', 'KA', 'TN', 'UP', 'GJ'])} ${int(r, 1, 50).toString().padStart(2, '0')} ${letters(r, 2)} ${digits(r, 4)}`,
  NG: (r) => `${pick(r, ['LSR', 'KJA', 'ABJ', 'EKY', 'GGE', 'FKJ'])} ${digits(r, 3)} ${letters(r, 2)}`,
  AU: (r) =>
    pick(r, [
      `${letters(r, 2)}${digits(r, 2)}${letters(r, 2)}`,
      `${digits(r, 1)}${letters(r, 3)}${digits(r, 3)}`,
      `${letters(r, 3)}-${digits(r, 3)}`,
    ]),
  DE: (r) =>
    `${pick(r, ['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'KA', 'HD', 'LE'])}-${letters(r, int(r, 1, 2))} ${int(r, 1, 9999)}${r() < 0.1 ? 'E' : ''}`,
  FR: (r) => `${letters(r, 2)}-${digits(r, 3)}-${letters(r, 2)}`,
  ES: (r) => `${digits(r, 4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
  BR: (r) => `${letters(r, 3)}${digits(r, 1)}${letters(r, 1)}${digits(r, 2)}`,
  IT: (r) => `${letters(r, 2)} ${digits(r, 3)} ${letters(r, 2)}`,
  NL: (r) =>
    pick(r, [
      `${digits(r, 2)}-${letters(r, 3, 'BDFGHJKLNPRSTVXZ')}-${digits(r, 1)}`,
      `${letters(r, 1, 'GHJKLNPRSTVXZ')}-${digits(r, 3)}-${letters(r, 2, 'BDFGHJKLNPRSTVXZ')}`,
    ]),
  PL: (r) =>
    pick(r, [
      `${pick(r, ['WA', 'WE', 'KR', 'PO', 'GD', 'WR'])} ${digits(r, 5)}`,
      `${pick(r, ['WPR', 'KRA', 'DW', 'SK'])} ${digits(r, 1)}${letters(r, 2)}${digits(r, 2)}`,
    ]),
  TR: (r) => `${pick(r, ['34', '06', '35', '16', '07', '01'])} ${letters(r, int(r, 1, 3))} ${digits(r, int(r, 2, 4))}`,
  ID: (r) => `${pick(r, ['B', 'D', 'L', 'AB', 'DK', 'F'])} ${int(r, 1, 9999)} ${letters(r, int(r, 2, 3))}`,
  VN: (r) => `${pick(r, ['29', '30', '51', '43', '92'])}${letters(r, 1, 'ABCDEFGHKL')}-${digits(r, 3)}.${digits(r, 2)}`,
  RO: (r) =>
    pick(r, [
      `B ${digits(r, 3)} ${letters(r, 3)}`,
      `${pick(r, ['CJ', 'IS', 'TM', 'BV', 'CT'])} ${digits(r, 2)} ${letters(r, 3)}`,
    ]),
  CZ: (r) => `${int(r, 1, 9)}${pick(r, ['A', 'B', 'S', 'T', 'J', 'E'])}${int(r, 1, 9)} ${digits(r, 4)}`,
  GR: (r) => {
    const l = letters(r, 3, GR_LAT);
    const g = [...l].map((c) => GR_GRK[GR_LAT.indexOf(c)]).join('');
    return `${r() < 0.6 ? g : l}-${int(r, 1000, 9999)}`;
  },
  UA: (r) => `${pick(r, ['АА', 'КА', 'ВС', 'АІ', 'ВН', 'АХ'])} ${digits(r, 4)} ${letters(r, 2, UA_CYR)}`,
  KE: (r) => `K${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} ${digits(r, 3)}${letters(r, 1)}`,
  PH: (r) => `${letters(r, 3)} ${digits(r, 4)}`,
};
export const plate = (r: Rand, region: string) => PLATES[region](r);

/** Date-of-birth layouts per language ('D' day, 'M' month number, 'W' month word, 'Y' year). */
const DOB: Record<string, string[]> = {
  'en-US': ['M/D/Y', 'W D, Y', 'MM/DD/Y'],
  'en-GB': ['DD/MM/Y', 'D W Y'],
  'en-IN': ['DD-MM-Y', 'DD/MM/Y', 'D W Y'],
  'en-NG': ['DD/MM/Y', 'D W, Y'],
  'en-AU': ['DD/MM/Y', 'D W Y'],
  de: ['DD.MM.Y', 'D. W Y'],
  fr: ['DD/MM/Y', 'D W Y'],
  es: ['DD/MM/Y', 'D de W de Y'],
  'pt-BR': ['DD/MM/Y', 'D de W de Y'],
  it: ['DD/MM/Y', 'D W Y'],
  nl: ['DD-MM-Y', 'D W Y'],
  pl: ['DD.MM.Y', 'D W Y'],
  tr: ['DD.MM.Y', 'D W Y'],
  id: ['DD-MM-Y', 'D W Y'],
  vi: ['DD/MM/Y'],
  ro: ['DD.MM.Y', 'D W Y'],
  cs: ['D. M. Y', 'DD.MM.Y'],
  el: ['DD/MM/Y', 'D/M/Y'],
  uk: ['DD.MM.Y'],
  sw: ['DD/MM/Y'],
  tl: ['W D, Y', 'MM/DD/Y'],
};

export function dob(r: Rand, lang: string, months: readonly string[] | undefined): string {
  const y = int(r, 1948, 2019);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const shapes = DOB[lang].filter((s) => months || !s.includes('W'));
  return pick(r, shapes)
    .replace('DD', String(d).padStart(2, '0'))
    .replace('MM', String(m).padStart(2, '0'))
    .replace('D', String(d))
    .replace('M', String(m))
    .replace('W', months?.[m - 1] ?? '')
    .replace('Y', String(y));
}

const GREEK: Record<string, string> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
};
const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'i',
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
  ь: '',
  ю: 'yu',
  я: 'ya',
  "'": '',
};
/** ASCII form of a name for an e-mail local part. */
export function ascii(s: string) {
  return [...s.toLowerCase().replace(/ο[υύ]/g, 'ou')]
    .map((c) => GREEK[c] ?? CYR[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[^a-z]/g, '');
}

export function emailOf(r: Rand, given: string, family: string, domains: readonly string[]) {
  const g = ascii(given.split(' ')[0]);
  const f = ascii(family.split(' ').at(-1) ?? family);
  const local = pick(r, [
    `${g}.${f}`,
    `${g}.${f}`,
    `${g[0]}.${f}`,
    `${g}${f}${int(r, 1, 99)}`,
    `${f}_${g}`,
    `${g}${int(r, 70, 99)}`,
    `${g}.${f}${int(r, 1, 9)}`,
  ]);
  return `${local}@${pick(r, domains)}`;
}
