/** Hold-out 38 phones: mobile and landline prefixes and lengths of 17 countries, national or +/00 international. */
import { chunk, type Locale, type Rng } from './pii-holdout38-util.ts';

export type NumVal = { lead: string; leadSep: string; groups: string[]; seps: string[]; intl: boolean };

export const numVal = (groups: string[], sep: string | string[], lead = '', leadSep = ' '): NumVal => ({
  lead,
  leadSep,
  groups,
  seps: groups.slice(1).map((_, i) => (Array.isArray(sep) ? (sep[i] ?? sep[sep.length - 1] ?? ' ') : sep)),
  intl: lead !== '',
});

type PhoneSpec = {
  cc: string;
  trunk: string;
  gen: (r: Rng) => string;
  nat: number[][];
  intl: number[][];
  seps: string[];
  first?: string;
};

const p = (cc: string, trunk: string, gen: (r: Rng) => string, nat: number[][], intl: number[][], seps: string[]) =>
  ({ cc, trunk, gen, nat, intl, seps }) as PhoneSpec;

const usExch = (r: Rng) => {
  let e = r.digits(3, '23456789');
  while (e === '555') e = r.digits(3, '23456789');
  return e;
};

/** Mobile specs first, landline second, per country. */
const PHONES: Record<string, PhoneSpec[]> = {
  US: [
    p(
      '1',
      '',
      (r) =>
        r.pick(['212', '415', '312', '617', '202', '305', '713', '206', '503', '646', '718', '404']) +
        usExch(r) +
        r.digits(4),
      [[3, 3, 4]],
      [[3, 3, 4]],
      ['-', ' ', '.'],
    ),
  ],
  GB: [
    p(
      '44',
      '0',
      (r) => `7${r.pick('123457789')}${r.digits(8)}`,
      [
        [5, 6],
        [5, 3, 3],
      ],
      [
        [4, 6],
        [4, 3, 3],
      ],
      [' '],
    ),
    p('44', '0', (r) => `20${r.pick('78')}${r.digits(7)}`, [[3, 4, 4]], [[2, 4, 4]], [' ']),
    p(
      '44',
      '0',
      (r) => `${r.pick(['161', '121', '113', '131'])}${r.digits(7, '2345')}`,
      [[4, 3, 4]],
      [[3, 3, 4]],
      [' '],
    ),
  ],
  IN: [
    p('91', '', (r) => r.digits(10, '6789'), [[5, 5], [10]], [[5, 5], [10]], [' ', '-']),
    p(
      '91',
      '0',
      (r) => `${r.pick(['11', '22', '80', '44'])}${r.digits(8, '24')}`,
      [
        [3, 4, 4],
        [3, 8],
      ],
      [[2, 4, 4]],
      ['-', ' '],
    ),
  ],
  AU: [
    p('61', '0', (r) => `4${r.digits(8)}`, [[4, 3, 3]], [[3, 3, 3]], [' ']),
    p('61', '0', (r) => `${r.pick(['2', '3', '7'])}${r.digits(8, '89')}`, [[2, 4, 4]], [[1, 4, 4]], [' ']),
  ],
  DE: [
    p(
      '49',
      '0',
      (r) =>
        r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179']) +
        r.digits(8),
      [
        [4, 8],
        [4, 4, 4],
        [5, 7],
      ],
      [
        [3, 8],
        [3, 4, 4],
      ],
      [' ', '/', '-'],
    ),
    p(
      '49',
      '0',
      (r) => r.pick(['30', '89', '40', '69']) + r.digits(8, '2345678'),
      [
        [3, 8],
        [3, 4, 4],
      ],
      [
        [2, 8],
        [2, 4, 4],
      ],
      [' ', '/'],
    ),
    p(
      '49',
      '0',
      (r) => r.pick(['221', '711', '351', '511']) + r.digits(7, '2345678'),
      [
        [4, 7],
        [4, 3, 4],
      ],
      [[3, 7]],
      [' ', '/'],
    ),
  ],
  FR: [
    p('33', '0', (r) => r.pick('67') + r.digits(8), [[2, 2, 2, 2, 2]], [[1, 2, 2, 2, 2]], [' ', '.']),
    p('33', '0', (r) => r.pick('12345') + r.digits(8), [[2, 2, 2, 2, 2]], [[1, 2, 2, 2, 2]], [' ', '.']),
  ],
  ES: [
    p(
      '34',
      '',
      (r) => (r.chance(0.75) ? `6${r.digits(8)}` : `7${r.pick('1234')}${r.digits(7)}`),
      [
        [3, 3, 3],
        [3, 2, 2, 2],
      ],
      [[3, 3, 3]],
      [' '],
    ),
    p(
      '34',
      '',
      (r) => r.pick(['91', '93', '96', '95']) + r.digits(7, '2345'),
      [
        [3, 3, 3],
        [2, 3, 2, 2],
      ],
      [[2, 3, 2, 2]],
      [' '],
    ),
  ],
  MX: [p('52', '', (r) => r.pick(['55', '33', '81']) + r.digits(8, '123456789'), [[2, 4, 4]], [[2, 4, 4]], [' ', '-'])],
  IT: [
    p(
      '39',
      '',
      (r) => `3${r.pick('23456789')}${r.digits(8)}`,
      [
        [3, 3, 4],
        [3, 7],
      ],
      [
        [3, 3, 4],
        [3, 7],
      ],
      [' '],
    ),
    p(
      '39',
      '',
      (r) => r.pick(['06', '02', '011', '055']) + r.digits(7, '2345689'),
      [
        [2, 4, 4],
        [3, 7],
      ],
      [[2, 4, 4]],
      [' '],
    ),
  ],
  BR: [
    p(
      '55',
      '',
      (r) => `${r.pick(['11', '21', '31', '41', '51', '61', '71', '81'])}9${r.digits(8, '6789')}`,
      [[2, 5, 4]],
      [[2, 5, 4]],
      [' ', '-'],
    ),
    p(
      '55',
      '',
      (r) => `${r.pick(['11', '21', '31', '41'])}${r.digits(8, '2345')}`,
      [[2, 4, 4]],
      [[2, 4, 4]],
      [' ', '-'],
    ),
  ],
  PT: [
    p('351', '', (r) => `9${r.pick('1236')}${r.digits(7)}`, [[3, 3, 3]], [[3, 3, 3]], [' ']),
    p('351', '', (r) => `2${r.pick('12')}${r.digits(7)}`, [[3, 3, 3]], [[3, 3, 3]], [' ']),
  ],
  NL: [
    p(
      '31',
      '0',
      (r) => `6${r.digits(8, '123456789')}`,
      [
        [2, 8],
        [2, 4, 4],
        [2, 2, 2, 2, 2],
      ],
      [
        [1, 8],
        [1, 2, 2, 2, 2],
      ],
      ['-', ' ', ' '],
    ),
    p(
      '31',
      '0',
      (r) => r.pick(['20', '10', '30', '70']) + r.digits(7, '2345678'),
      [
        [3, 7],
        [3, 3, 4],
      ],
      [[2, 3, 4]],
      ['-', ' '],
    ),
  ],
  PL: [
    p(
      '48',
      '',
      (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + r.digits(7),
      [[3, 3, 3]],
      [[3, 3, 3]],
      [' ', '-'],
    ),
    p(
      '48',
      '',
      (r) => r.pick(['22', '12', '71', '61', '58']) + r.digits(7, '2345678'),
      [[2, 3, 2, 2]],
      [[2, 3, 2, 2]],
      [' '],
    ),
  ],
  TR: [
    p('90', '0', (r) => `5${r.pick('0345')}${r.digits(8)}`, [[4, 3, 2, 2]], [[3, 3, 2, 2]], [' ']),
    p(
      '90',
      '0',
      (r) => r.pick(['212', '216', '312', '232']) + r.digits(7, '2345'),
      [[4, 3, 2, 2]],
      [[3, 3, 2, 2]],
      [' '],
    ),
  ],
  SE: [
    p('46', '0', (r) => `7${r.pick('0236')}${r.digits(7)}`, [[3, 3, 2, 2]], [[2, 3, 2, 2]], ['-', ' ']),
    p('46', '0', (r) => `8${r.digits(8, '2345679')}`, [[2, 3, 3, 2]], [[1, 3, 3, 2]], ['-', ' ']),
  ],
  JP: [
    p('81', '0', (r) => r.pick(['90', '80', '70']) + r.digits(8), [[3, 4, 4]], [[2, 4, 4]], ['-']),
    p('81', '0', (r) => `${r.pick(['3', '6'])}${r.digits(8, '3456')}`, [[2, 4, 4]], [[1, 4, 4]], ['-']),
  ],
  ID: [
    p('62', '0', (r) => `8${r.pick('12579')}${r.digits(9, '123456789')}`, [[4, 4, 4]], [[3, 4, 4]], ['-', ' ']),
    p('62', '0', (r) => `21${r.digits(8, '3456789')}`, [[3, 4, 4]], [[2, 4, 4]], [' ', '-']),
  ],
};

export const COUNTRY: Record<Locale, string> = {
  'en-US': 'US',
  'en-GB': 'GB',
  'en-IN': 'IN',
  'en-AU': 'AU',
  de: 'DE',
  fr: 'FR',
  'es-ES': 'ES',
  'es-MX': 'MX',
  it: 'IT',
  'pt-BR': 'BR',
  'pt-PT': 'PT',
  nl: 'NL',
  pl: 'PL',
  tr: 'TR',
  sv: 'SE',
  ja: 'JP',
  id: 'ID',
};

/** A phone of the locale's country (85%) or another one, national or international, naturally formatted. */
export function phone(r: Rng, loc: Locale): NumVal {
  const country = r.chance(0.85) ? COUNTRY[loc] : r.pick(Object.keys(PHONES));
  const specs = PHONES[country] ?? [];
  const spec = r.chance(0.7) ? (specs[0] as PhoneSpec) : r.pick(specs);
  const digits = spec.gen(r);
  const sep = r.pick(spec.seps);
  const intl = country !== COUNTRY[loc] || r.chance(0.4);
  if (!intl) return numVal(chunk(spec.trunk + digits, r.pick(spec.nat)), country === 'SE' ? ['-', ' '] : sep);
  const lead = r.chance(0.12) ? `00${spec.cc}` : `+${spec.cc}`;
  return numVal(chunk(digits, r.pick(spec.intl)), sep === '/' ? ' ' : sep, lead, r.chance(0.1) ? '-' : ' ');
}
