/**
 * Hold-out 33 value makers (written blind): seeded PRNG, phones valid per libphonenumber-js/max, IBANs (mod 97),
 * cards (Luhn), national IDs with their checksums, bank accounts, addresses, e-mails, usernames, dates, amounts.
 */
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { type Loc, NAMES } from './pii-holdout33-names.ts';

export type Rand = () => number;
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
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}
export const pick = <T>(r: Rand, a: readonly T[]): T => a[Math.floor(r() * a.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
export const LETTERS = 'ABCDEFGHJKLMNPRSTUWXYZ';
export const fillPattern = (r: Rand, p: string) =>
  p.replace(/#/g, () => String(int(r, 0, 9))).replace(/@/g, () => pick(r, [...LETTERS]));
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const ascii = (x: string) =>
  x
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

export function luhnDigit(body: string) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export const groups = (x: string, sizes: number[], sep = ' ') => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(x.slice(at, at + n));
    at += n;
  }
  return out.filter(Boolean).join(sep);
};

/* ---------- phones ---------- */
const PHONE_NSN: Record<Loc, string[]> = {
  US: ['212|312|415|617|713|305|206|503|404|512|720|602|919|614'],
  CA: ['416|604|403|514|613|780|902|306|647|250'],
  GB: ['7[4-9]########', '20[378]#######', '161[2-9]######', '113[2-9]######', '131[2-9]######'],
  AU: ['4########', '2[89]#######', '3[89]#######', '7[34]#######'],
  IN: ['[6-9]#########'],
  ZA: ['8[1-4]#######', '7[1-3]#######', '11#######', '21#######'],
  DE: ['15[127]########', '17[0-9]#######', '30########', '89#######', '40########'],
  FR: ['[67]########', '[1-5]########'],
  ES: ['6########', '91#######', '93#######'],
  IT: ['3[2-9]########', '06########', '02########'],
  NL: ['6[1-5]#######', '20#######', '10#######'],
  PT: ['9[1236]#######', '21#######', '22#######'],
  SE: ['7[0236]#######', '8#######', '31#######'],
};
const expand = (r: Rand, p: string) =>
  p
    .replace(/\[(\d)-(\d)\]/g, (_, a, b) => String(int(r, Number(a), Number(b))))
    .replace(/\[(\d+)\]/g, (_, s) => pick(r, [...s]))
    .replace(/#/g, () => String(int(r, 0, 9)));
export function phone(r: Rand, loc: Loc): string {
  for (;;) {
    let nsn: string;
    if (loc === 'US' || loc === 'CA')
      nsn =
        pick(r, PHONE_NSN[loc][0].split('|')) +
        String(int(r, 2, 9)) +
        pick(r, ['0', '1', '3', '4', '6', '7', '8', '9']) +
        digits(r, 5);
    else nsn = expand(r, pick(r, PHONE_NSN[loc]));
    const cand = [nsn, `0${nsn}`].find((x) => isValidPhoneNumber(x, loc));
    if (!cand) continue;
    const p = parsePhoneNumber(cand, loc);
    const x = r();
    if (x < 0.5) return p.formatNational();
    if (x < 0.8) return p.formatInternational();
    const n = p.nationalNumber;
    if (loc === 'US' || loc === 'CA')
      return pick(r, [
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
        `+1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      ]);
    if (loc === 'IN') return pick(r, [`${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `0${n}`]);
    if (loc === 'ES' || loc === 'PT' || loc === 'IT') return pick(r, [p.number, n, `00${p.countryCallingCode} ${n}`]);
    return pick(r, [p.number, `0${n}`, `00${p.countryCallingCode} ${n}`]);
  }
}

/* ---------- IBAN, accounts, cards ---------- */
const IBAN_BBAN: Partial<Record<Loc, string>> = {
  DE: '##################',
  GB: '@@@@##############',
  FR: '#######################',
  ES: '####################',
  IT: '@######################',
  NL: '@@@@##########',
  PT: '#####################',
  SE: '####################',
};
const BANKS: Partial<Record<Loc, string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'],
  NL: ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'],
};
export function iban(r: Rand, loc: Loc): string {
  let bban = fillPattern(r, IBAN_BBAN[loc] ?? IBAN_BBAN.DE ?? '');
  const bank = BANKS[loc];
  if (bank) bban = pick(r, bank) + bban.slice(4);
  if (loc === 'PT') bban = `0035${bban.slice(4)}`;
  if (loc === 'IT') bban = pick(r, [...'ABCDEFGHIJKLMNOPRSTUVWXYZ']) + bban.slice(1);
  const cc = IBAN_BBAN[loc] ? loc : 'DE';
  const num = `${bban + cc}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const code = `${cc}${pad(98 - rem)}${bban}`;
  return r() < 0.7 ? code.replace(/(.{4})(?=.)/g, '$1 ') : code;
}
/** A domestic account number (the part that is personal); `extra` is the non-personal routing part. */
export function account(r: Rand, loc: Loc): { acct: string; routing: string } {
  switch (loc) {
    case 'US':
      return { acct: digits(r, int(r, 9, 12)), routing: pick(r, ['021000021', '026009593', '121000248', '011000138']) };
    case 'GB':
      return {
        acct: String(int(r, 1, 9)) + digits(r, 7),
        routing: `${int(r, 10, 99)}-${digits(r, 2)}-${digits(r, 2)}`,
      };
    case 'CA':
      return {
        acct: String(int(r, 1, 9)) + digits(r, 6),
        routing: `${digits(r, 5)}-${pick(r, ['001', '002', '003', '004', '006', '010'])}`,
      };
    case 'AU':
      return { acct: `${digits(r, 4)} ${digits(r, 4)}`, routing: `0${int(r, 1, 9)}${int(r, 0, 9)}-${digits(r, 3)}` };
    case 'IN':
      return {
        acct: String(int(r, 1, 9)) + digits(r, int(r, 10, 15)),
        routing: `${pick(r, ['SBIN', 'HDFC', 'ICIC', 'UTIB', 'KKBK'])}0${digits(r, 6)}`,
      };
    default:
      return { acct: String(int(r, 1, 9)) + digits(r, 9), routing: pick(r, ['250655', '051001', '632005', '470010']) };
  }
}
export function card(r: Rand): string {
  const brand = r();
  if (brand < 0.15) {
    const body = pick(r, ['34', '37']) + digits(r, 12);
    const n = body + luhnDigit(body);
    return groups(n, [4, 6, 5]);
  }
  const body =
    brand < 0.55 ? `4${digits(r, 14)}` : brand < 0.9 ? String(int(r, 51, 55)) + digits(r, 13) : `6011${digits(r, 11)}`;
  const n = body + luhnDigit(body);
  const x = r();
  return x < 0.6 ? groups(n, [4, 4, 4, 4]) : x < 0.8 ? groups(n, [4, 4, 4, 4], '-') : n;
}

/* ---------- addresses, e-mails, usernames ---------- */
export function address(r: Rand, loc: Loc): { lines: string[]; sep: string } {
  const N = NAMES[loc];
  const [city, region, pat] = pick(r, N.cities);
  const pc = fillPattern(r, pat);
  const st = pick(r, N.streets);
  const no = String(int(r, 1, r() < 0.7 ? 99 : 2400));
  const unit = r() < 0.35;
  switch (loc) {
    case 'US':
      return {
        lines: [
          `${no} ${st}${unit ? `, ${pick(r, ['Apt', 'Unit', 'Apt.', '#'])} ${int(r, 1, 30)}${pick(r, ['', 'B', 'C'])}` : ''}`,
          `${city}, ${region} ${pc}`,
        ],
        sep: ', ',
      };
    case 'CA':
      return { lines: [`${unit ? `${int(r, 101, 2405)}-` : ''}${no} ${st}`, `${city}, ${region} ${pc}`], sep: ', ' };
    case 'AU':
      return { lines: [`${unit ? `Unit ${int(r, 1, 24)}, ` : ''}${no} ${st}`, `${city} ${region} ${pat}`], sep: ', ' };
    case 'GB':
      return {
        lines: unit ? [`Flat ${int(r, 1, 12)}`, `${no} ${st}`, city, pc] : [`${no} ${st}`, city, pc],
        sep: ', ',
      };
    case 'IN':
      return {
        lines: [
          `${unit ? `Flat ${int(r, 1, 12)}0${int(r, 1, 9)}, ${pick(r, ['Sai Krupa Apartments', 'Green Meadows', 'Lakshmi Residency'])}, ` : `${no}, `}${st}`,
          `${city} ${pc}`,
          region,
        ],
        sep: ', ',
      };
    case 'ZA':
      return { lines: [`${no} ${st}`, city, pat], sep: ', ' };
    case 'DE':
      return { lines: [`${st} ${no}${pick(r, ['', '', 'a', 'b'])}`, `${pc} ${city}`], sep: ', ' };
    case 'FR':
      return {
        lines: [
          `${unit ? `Appartement ${int(r, 1, 40)}, ` : ''}${no}${pick(r, ['', ',', ' bis'])} ${st}`,
          `${pc} ${city}`,
        ],
        sep: pick(r, [', ', ' ']),
      };
    case 'ES':
      return {
        lines: [
          `${st}, ${no}${unit ? `, ${int(r, 1, 9)}º ${pick(r, ['A', 'B', 'izda.', 'dcha.'])}` : ''}`,
          `${pc} ${city}`,
        ],
        sep: ', ',
      };
    case 'IT':
      return { lines: [`${st} ${no}${pick(r, ['', '', '/A'])}`, `${pc} ${city} (${region})`], sep: ', ' };
    case 'NL':
      return { lines: [`${st} ${no}${unit ? pick(r, ['-2', '-hs', ' A', '-1']) : ''}`, `${pc} ${city}`], sep: ', ' };
    case 'PT':
      return {
        lines: [
          `${st}, ${no}${unit ? `, ${int(r, 1, 8)}.º ${pick(r, ['Esq.', 'Dto.', 'Frente'])}` : ''}`,
          `${pc} ${city}`,
        ],
        sep: ', ',
      };
    default:
      return { lines: [`${st} ${no}${unit ? `, lgh ${int(r, 1001, 1504)}` : ''}`, `${pc} ${city}`], sep: ', ' };
  }
}
export function email(r: Rand, loc: Loc, first: string, last: string) {
  const f = ascii(first);
  const l = ascii(last);
  const y = pick(r, ['', '', String(int(r, 1, 99)), String(int(r, 1955, 2002))]);
  const local = pick(r, [`${f}.${l}`, `${f[0]}.${l}${y}`, `${f}${l}${y}`, `${l}.${f}`, `${f}_${l}${y}`, `${f[0]}${l}`]);
  return `${local}@${pick(r, NAMES[loc].mail)}`;
}
export function username(r: Rand, first: string, last: string) {
  const f = ascii(first);
  const l = ascii(last);
  return pick(r, [
    `${f[0]}${l}${int(r, 1, 99)}`,
    `${l}_${f}`,
    `${f}.${l[0]}${int(r, 70, 99)}`,
    `${f}${int(r, 1970, 2003)}`,
    `${l}${f[0]}_${int(r, 1, 9)}`,
  ]);
}
