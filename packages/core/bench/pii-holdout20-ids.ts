// Hold-out 20 national id numbers with their real layouts and check digits: Indian PAN and Aadhaar (Verhoeff),
// Pakistani CNIC, Brazilian CPF, Mexican CURP, South African ID (Luhn), Turkish TC Kimlik, Saudi ID (Luhn), Emirates
// ID (Luhn), Malaysian MyKad, Indonesian NIK.
import { digits, int, letters, luhn, pad, pick, type Rand, type Value } from './pii-holdout20-values.ts';

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeff(body: string) {
  let c = 0;
  const ds = [...body].reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][ds[i]]];
  return body + VERHOEFF_INV[c];
}

const dob = (r: Rand) => {
  const y = int(r, 1958, 2004);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return { y, m, d, yy: pad(y % 100, 2), mm: pad(m, 2), dd: pad(d, 2) };
};

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const CURP_STATES = ['DF', 'MC', 'JC', 'NL', 'PL', 'GT', 'VZ', 'YN', 'BC', 'QT', 'CH', 'SL', 'OC', 'MN'];
const CONS = 'BCDFGHJKLMNPQRSTVWXZ';
const VOW = 'AEIOU';

/** Id kinds per country; each returns the printed value. */
export const IDS: Record<string, [string, (r: Rand) => string][]> = {
  IN: [
    ['pan', (r) => `${letters(r, 3)}P${letters(r, 1)}${pad(int(r, 1, 9999), 4)}${letters(r, 1)}`],
    [
      'aadhaar',
      (r) => {
        const n = verhoeff(String(int(r, 2, 9)) + digits(r, 10));
        return [n.slice(0, 4), n.slice(4, 8), n.slice(8)].join(pick(r, [' ', ' ', '-', '']));
      },
    ],
  ],
  PK: [
    [
      'cnic',
      (r) => {
        const n = `${int(r, 1, 7)}${digits(r, 11)}${int(r, 1, 9)}`;
        return r() < 0.8 ? `${n.slice(0, 5)}-${n.slice(5, 12)}-${n.slice(12)}` : n;
      },
    ],
  ],
  BR: [
    [
      'cpf',
      (r) => {
        const b = digits(r, 9);
        const dv = (s: string) => {
          const w = s.length + 1;
          const sum = [...s].reduce((a, d, i) => a + Number(d) * (w - i), 0);
          const m = (sum * 10) % 11;
          return m === 10 ? '0' : String(m);
        };
        const n = b + dv(b);
        const full = n + dv(n);
        return r() < 0.75 ? `${full.slice(0, 3)}.${full.slice(3, 6)}.${full.slice(6, 9)}-${full.slice(9)}` : full;
      },
    ],
  ],
  MX: [
    [
      'curp',
      (r) => {
        const { yy, mm, dd, y } = dob(r);
        const head = pick(r, [...CONS]) + pick(r, [...VOW]) + pick(r, [...CONS]) + pick(r, [...CONS]);
        const body = `${head}${yy}${mm}${dd}${pick(r, ['H', 'M'])}${pick(r, CURP_STATES)}${pick(r, [...CONS])}${pick(r, [...CONS])}${pick(r, [...CONS])}${y < 2000 ? String(int(r, 0, 9)) : pick(r, [...'ABCDEF'])}`;
        const sum = [...body].reduce((a, ch, i) => a + CURP_CHARS.indexOf(ch) * (18 - i), 0);
        return body + String((10 - (sum % 10)) % 10);
      },
    ],
  ],
  ZA: [
    [
      'sa-id',
      (r) => {
        const { yy, mm, dd } = dob(r);
        const n = luhn(`${yy}${mm}${dd}${pad(int(r, 0, 9999), 4)}${r() < 0.9 ? '0' : '1'}8`);
        return r() < 0.8 ? n : `${n.slice(0, 6)} ${n.slice(6, 10)} ${n.slice(10)}`;
      },
    ],
  ],
  TR: [
    [
      'tckn',
      (r) => {
        const d = [int(r, 1, 9), ...Array.from({ length: 8 }, () => int(r, 0, 9))];
        const d10 = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
        const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
        return d.join('') + d10 + d11;
      },
    ],
  ],
  SA: [['sa-nid', (r) => luhn(pick(r, ['1', '1', '2']) + digits(r, 8))]],
  AE: [
    [
      'emirates-id',
      (r) => {
        const n = luhn(`784${int(r, 1965, 2003)}${digits(r, 7)}`);
        return r() < 0.75 ? `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7, 14)}-${n.slice(14)}` : n;
      },
    ],
  ],
  MY: [
    [
      'mykad',
      (r) => {
        const { yy, mm, dd } = dob(r);
        const n = `${yy}${mm}${dd}${pad(int(r, 1, 16), 2)}${digits(r, 4)}`;
        return r() < 0.7 ? `${n.slice(0, 6)}-${n.slice(6, 8)}-${n.slice(8)}` : n;
      },
    ],
  ],
  ID: [
    [
      'nik',
      (r) => {
        const { yy, mm, d } = dob(r);
        const prov = pick(r, ['31', '32', '33', '35', '36', '51', '12', '73', '64', '34']);
        const day = pad(r() < 0.5 ? d : d + 40, 2);
        return `${prov}${pad(int(r, 1, 20), 2)}${pad(int(r, 1, 30), 2)}${day}${mm}${yy}${pad(int(r, 1, 300), 4)}`;
      },
    ],
  ],
};

export function idNumber(r: Rand, cc: string): Value {
  const [form, make] = pick(r, IDS[cc]);
  return { v: make(r), form };
}
