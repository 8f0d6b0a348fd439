/** Hold-out 41 values: seeded PRNG, phones per country, IBANs (mod-97). */

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  digits(n: number): string;
};

/** mulberry32 with a splitmix-style seed scramble. */
export function makeRng(seed: number): Rng {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
    digits: (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(int(0, 9));
      return s;
    },
  };
}

const d = (r: Rng, n: number) => r.digits(n);
const nz = (r: Rng) => String(r.int(2, 9));

/** Phone formats per country: every one a valid national or international number for that country. */
export const PHONES: Record<string, (r: Rng) => string> = {
  US: (r) => {
    const a = r.pick(['212', '415', '646', '312', '617', '213', '305', '512', '206', '404', '720', '917']);
    const x = `${nz(r)}${r.pick(['0', '2', '4', '6', '7', '8'])}${d(r, 1)}`;
    const l = d(r, 4);
    return r.pick([`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `+1 ${a} ${x} ${l}`, `${a}.${x}.${l}`, `+1 (${a}) ${x}-${l}`]);
  },
  GB: (r) => {
    const p = r.pick(['7712', '7798', '7873', '7391', '7456', '7588', '7962', '7840']);
    const s = d(r, 6);
    if (r.chance(0.2)) return r.pick([`020 7${d(r, 3)} ${d(r, 4)}`, `0161 ${nz(r)}${d(r, 2)} ${d(r, 4)}`]);
    return r.pick([`0${p} ${s}`, `+44 ${p} ${s}`, `+44 ${p.slice(0, 4)} ${s.slice(0, 3)} ${s.slice(3)}`, `0${p}${s}`]);
  },
  IN: (r) => {
    const m = `${r.pick(['98', '99', '97', '96', '88', '87', '79', '70', '63'])}${d(r, 3)}`;
    const s = d(r, 5);
    return r.pick([`+91 ${m} ${s}`, `${m} ${s}`, `0${m}${s}`, `+91-${m}${s}`, `${m}${s}`]);
  },
  NG: (r) => {
    const p = r.pick([
      '803',
      '806',
      '813',
      '816',
      '703',
      '706',
      '805',
      '807',
      '815',
      '905',
      '802',
      '808',
      '812',
      '701',
    ]);
    const a = d(r, 3);
    const b = d(r, 4);
    return r.pick([`0${p} ${a} ${b}`, `+234 ${p} ${a} ${b}`, `0${p}${a}${b}`, `+234${p}${a}${b}`]);
  },
  ZA: (r) => {
    const p = r.pick(['82', '83', '84', '72', '73', '74', '76', '79', '71']);
    const a = d(r, 3);
    const b = d(r, 4);
    return r.pick([`0${p} ${a} ${b}`, `+27 ${p} ${a} ${b}`, `0${p}${a}${b}`, `+27${p}${a}${b}`]);
  },
  AU: (r) => {
    const p = `4${r.pick(['0', '1', '2', '3', '5', '7', '8'])}${d(r, 1)}`;
    const a = d(r, 3);
    const b = d(r, 3);
    if (r.chance(0.2)) return `(02) 9${d(r, 3)} ${d(r, 4)}`;
    return r.pick([`0${p} ${a} ${b}`, `+61 ${p} ${a} ${b}`, `0${p}${a}${b}`]);
  },
  ES: (r) => {
    const p = `6${r.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])}${d(r, 1)}`;
    const s = d(r, 6);
    if (r.chance(0.15)) return `91${d(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`;
    return r.pick([`${p} ${s.slice(0, 3)} ${s.slice(3)}`, `+34 ${p} ${s.slice(0, 3)} ${s.slice(3)}`, `${p}${s}`]);
  },
  MX: (r) => {
    const a = r.pick(['55', '33', '81']);
    const x = `${nz(r)}${d(r, 3)}`;
    const y = d(r, 4);
    return r.pick([`${a} ${x} ${y}`, `+52 ${a} ${x} ${y}`, `+52 1 ${a} ${x} ${y}`, `${a}${x}${y}`]);
  },
  AR: (r) => {
    const x = `${r.pick(['4', '5', '6'])}${d(r, 3)}`;
    const y = d(r, 4);
    return r.pick([`+54 9 11 ${x}-${y}`, `11 ${x}-${y}`, `+54 9 11 ${x} ${y}`, `011 15-${x}-${y}`]);
  },
  BR: (r) => {
    const a = r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85', '19']);
    const x = `9${r.int(6, 9)}${d(r, 3)}`;
    const y = d(r, 4);
    return r.pick([
      `(${a}) ${x}-${y}`,
      `+55 ${a} ${x}-${y}`,
      `${a} ${x} ${y}`,
      `(${a})${x}-${y}`,
      `+55 (${a}) ${x}-${y}`,
    ]);
  },
  FR: (r) => {
    const p = r.pick(['6', '7', '6', '1']);
    const g = [d(r, 2), d(r, 2), d(r, 2), d(r, 2)];
    return r.pick([`0${p} ${g.join(' ')}`, `+33 ${p} ${g.join(' ')}`, `0${p}${g.join('')}`, `0${p}.${g.join('.')}`]);
  },
  DE: (r) => {
    const m = r.pick([
      () => `${r.pick(['151', '152', '157', '159'])}${d(r, 8)}`,
      () => `${r.pick(['170', '171', '175'])}${d(r, 7)}`,
      () => `${r.pick(['176', '177', '178', '179'])}${d(r, 8)}`,
    ])();
    if (r.chance(0.15)) return `030 ${nz(r)}${d(r, 7)}`;
    return r.pick([
      `0${m.slice(0, 3)} ${m.slice(3)}`,
      `+49 ${m.slice(0, 3)} ${m.slice(3)}`,
      `0${m}`,
      `0${m.slice(0, 3)}/${m.slice(3)}`,
    ]);
  },
  IT: (r) => {
    const p = r.pick(['333', '347', '348', '339', '320', '328', '340', '366', '392']);
    const a = d(r, 3);
    const b = d(r, 4);
    if (r.chance(0.15)) return `06 ${nz(r)}${d(r, 3)} ${d(r, 4)}`;
    return r.pick([`${p} ${a} ${b}`, `+39 ${p} ${a} ${b}`, `${p}${a}${b}`, `+39 ${p}${a}${b}`]);
  },
  NL: (r) => {
    const s = `${nz(r)}${d(r, 7)}`;
    if (r.chance(0.15)) return `020 ${nz(r)}${d(r, 2)} ${d(r, 4)}`;
    return r.pick([`06 ${s}`, `06-${s}`, `+31 6 ${s}`, `06${s}`, `+31 6 ${s.slice(0, 4)} ${s.slice(4)}`]);
  },
  PL: (r) => {
    const p = r.pick(['501', '512', '530', '572', '601', '664', '692', '721', '787', '793', '884']);
    const a = d(r, 3);
    const b = d(r, 3);
    return r.pick([`${p} ${a} ${b}`, `+48 ${p} ${a} ${b}`, `${p}-${a}-${b}`, `${p}${a}${b}`]);
  },
  TR: (r) => {
    const p = r.pick(['532', '533', '535', '542', '544', '505', '506', '555', '551']);
    const a = d(r, 3);
    const b = d(r, 2);
    const c = d(r, 2);
    return r.pick([`0${p} ${a} ${b} ${c}`, `+90 ${p} ${a} ${b} ${c}`, `0${p}${a}${b}${c}`, `0 (${p}) ${a} ${b} ${c}`]);
  },
  ID: (r) => {
    const p = r.pick(['812', '813', '821', '852', '857', '878', '811', '819']);
    const a = d(r, 4);
    const b = d(r, 4);
    return r.pick([`0${p}-${a}-${b}`, `+62 ${p} ${a} ${b}`, `0${p}${a}${b}`, `0${p} ${a} ${b}`, `+62${p}${a}${b}`]);
  },
  PH: (r) => {
    const p = r.pick(['917', '918', '920', '927', '998', '905', '915', '939', '906']);
    const a = d(r, 3);
    const b = d(r, 4);
    return r.pick([`0${p} ${a} ${b}`, `+63 ${p} ${a} ${b}`, `0${p}${a}${b}`, `0${p}-${a}-${b}`]);
  },
  KE: (r) => {
    const p = r.pick(['712', '722', '733', '701', '790', '110', '115', '745', '768']);
    const a = d(r, 3);
    const b = d(r, 3);
    return r.pick([`0${p} ${a} ${b}`, `+254 ${p} ${a} ${b}`, `0${p}${a}${b}`, `+254${p}${a}${b}`]);
  },
  LB: (r) => {
    const p = r.pick(['3', '70', '71', '76', '78', '81']);
    const s = d(r, 6);
    return r.pick([
      `${p.length === 1 ? `0${p}` : p} ${s.slice(0, 3)} ${s.slice(3)}`,
      `+961 ${p} ${s.slice(0, 3)} ${s.slice(3)}`,
      `${p.length === 1 ? `0${p}` : p}${s}`,
    ]);
  },
  EG: (r) => {
    const p = r.pick(['10', '11', '12', '15']);
    const a = d(r, 4);
    const b = d(r, 4);
    return r.pick([`0${p} ${a} ${b}`, `+20 ${p} ${a} ${b}`, `0${p}${a}${b}`, `+20${p}${a}${b}`]);
  },
};

// ---- IBAN ----

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(r, 14),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + d(r, 14),
  DE: (r) => d(r, 18),
  ES: (r) => d(r, 20),
  FR: (r) => d(r, 23),
  IT: (r) => String.fromCharCode(65 + r.int(0, 25)) + d(r, 22),
  NL: (r) => r.pick(['INGB', 'ABNA', 'RABO', 'SNSB', 'BUNQ']) + d(r, 10),
  BE: (r) => d(r, 12),
  PL: (r) => d(r, 24),
  TR: (r) => `${d(r, 5)}0${d(r, 16)}`,
  PT: (r) => d(r, 21),
  BR: (r) => `${d(r, 23)}C1`,
  LB: (r) => d(r, 24),
  EG: (r) => d(r, 25),
};

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

export function iban(r: Rng, cc: string): string {
  const bban = IBAN_BBAN[cc](r);
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const raw = `${cc}${check}${bban}`;
  return r.chance(0.7) ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}
