/** Hold-out 38 number values: Luhn-valid cards and mod-97-valid IBANs of 12 countries (national checks where they exist). */

import { type NumVal, numVal } from './pii-holdout38-phones.ts';
import { chunk, type Locale, type Rng } from './pii-holdout38-util.ts';

export type { NumVal };

const luhnFill = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
};
export const luhnOk = (s: string) => luhnFill(s.slice(0, -1)) === s;

export function card(r: Rng): NumVal {
  const kind = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex']);
  const sep = r.pick([' ', ' ', '-', '']);
  if (kind === 'amex') return numVal(chunk(luhnFill(r.pick(['34', '37']) + r.digits(12)), [4, 6, 5]), sep);
  const head = kind === 'visa' ? '4' : kind === 'mc' ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  return numVal(chunk(luhnFill(head + r.digits(15 - head.length)), [4, 4, 4, 4]), sep);
}

/** Big-number mod 97 of a digit string. */
export const mod97 = (digits: string) => {
  let m = 0;
  for (const ch of digits) m = (m * 10 + Number(ch)) % 97;
  return m;
};
const ibanNum = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
export const ibanOk = (iban: string) => mod97(ibanNum(iban.slice(4) + iban.slice(0, 4))) === 1;

const ribKey = (bank: string, branch: string, acct: string) =>
  String(97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97)).padStart(2, '0');
const esDc = (digits: string) => {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const s = [...digits].reduce((a, d, i) => a + Number(d) * (w[i + 10 - digits.length] ?? 0), 0);
  const c = 11 - (s % 11);
  return String(c === 11 ? 0 : c === 10 ? 1 : c);
};
const IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export const itCheck = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (IT_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
};

/** BBAN per country with its national check digits where the format has them. */
const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.pick(['10070000', '37040044', '50010517', '20041133', '70150000', '12030000']) + r.digits(10, '0123'),
  FR: (r) => {
    const [bank, branch, acct] = [
      r.pick(['30004', '30003', '20041', '10278', '30002']),
      r.digits(5),
      r.digits(11, '0'),
    ];
    return bank + branch + acct + ribKey(bank, branch, acct);
  },
  ES: (r) => {
    const [bank, branch, acct] = [r.pick(['2100', '0049', '0182', '2038', '0081']), r.digits(4), r.digits(10)];
    return bank + branch + esDc(bank + branch) + esDc(acct) + acct;
  },
  IT: (r) => {
    const rest = r.pick(['03069', '02008', '05034', '03062']) + r.digits(5, '0123') + r.digits(12, '0');
    return itCheck(rest) + rest;
  },
  PT: (r) => {
    const body = r.pick(['0035', '0033', '0007', '0010']) + r.digits(4) + r.digits(11);
    return body + String(98 - mod97(`${body}00`)).padStart(2, '0');
  },
  NL: (r) => {
    let acct = r.digits(10, '0123456789');
    while ([...acct].reduce((a, d, i) => a + Number(d) * (10 - i), 0) % 11 !== 0) acct = r.digits(10);
    return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + acct;
  },
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6, '2346789') + r.digits(8),
  BE: (r) => {
    const body = r.pick(['001', '068', '310', '363']) + r.digits(7);
    const c = Number(body) % 97;
    return body + String(c === 0 ? 97 : c).padStart(2, '0');
  },
  PL: (r) => r.pick(['10202892', '11402004', '10501445', '12401037']) + r.digits(16),
  TR: (r) => `${r.pick(['00010', '00062', '00064', '00046'])}0${r.digits(16)}`,
  SE: (r) => r.pick(['500', '800', '600', '300']) + r.digits(17, '0'),
  BR: (r) => `${r.pick(['00000000', '00360305', '60701190'])}${r.digits(5)}${r.digits(10)}C1`,
};
const IBAN_OF: Partial<Record<Locale, string>> = {
  'en-GB': 'GB',
  de: 'DE',
  fr: 'FR',
  'es-ES': 'ES',
  'es-MX': 'ES',
  it: 'IT',
  'pt-BR': 'BR',
  'pt-PT': 'PT',
  nl: 'NL',
  pl: 'PL',
  tr: 'TR',
  sv: 'SE',
};

export function iban(r: Rng, loc: Locale): NumVal {
  const cc = IBAN_OF[loc] && r.chance(0.8) ? (IBAN_OF[loc] as string) : r.pick(Object.keys(BBAN));
  const bban = (BBAN[cc] as (r: Rng) => string)(r);
  const kk = String(98 - mod97(ibanNum(`${bban + cc}00`))).padStart(2, '0');
  return numVal(chunk(cc + kk + bban, Array(9).fill(4)), r.pick([' ', ' ', ' ', '']));
}
