/**
 * Hold-out 40: seeded PRNG and check-digit generators (national IDs, cards, IBANs), written from the public specs.
 */
export type Rng = () => number;

/** splitmix32: deterministic per seed. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
}
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, a: readonly T[]): T => a[Math.floor(r() * a.length)];
export const pickS = (r: Rng, s: string, sep = '|') => pick(r, s.split(sep));
export const chance = (r: Rng, p: number) => r() < p;
export const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const nd = (r: Rng, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
export function shuffle<T>(r: Rng, a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const ds = (s: string) => [...s].map(Number);
const wsum = (d: number[], w: number[]) => w.reduce((t, x, i) => t + x * d[i], 0);

export function luhnDigit(body: string) {
  let s = 0;
  const d = ds(body).reverse();
  for (let i = 0; i < d.length; i++) {
    let x = d[i];
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    s += x;
  }
  return String((10 - (s % 10)) % 10);
}

export function card(r: Rng) {
  const kind = pick(r, ['visa', 'visa', 'mc', 'amex']);
  if (kind === 'amex') {
    const b = pick(r, ['34', '37']) + nd(r, 12);
    const n = b + luhnDigit(b);
    return chance(r, 0.7) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
  }
  const b = (kind === 'visa' ? '4' : String(int(r, 51, 55))) + nd(r, kind === 'visa' ? 14 : 13);
  const n = b + luhnDigit(b);
  const sep = pick(r, [' ', ' ', '-', '']);
  return n.match(/.{4}/g)?.join(sep) ?? n;
}

function mod97(s: string) {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
}
/** IBAN of `len` characters: bank prefix (letters) from `banks`, digits, optional suffix; mod-97 check. */
export function iban(r: Rng, cc: string, len: number, banks: string, suffix = '') {
  const bank = banks ? pickS(r, banks, ' ') : '';
  let bban = bank + nd(r, len - 4 - bank.length - suffix.length) + suffix;
  if (cc === 'BE') bban = bban.slice(0, 10) + pad(Number(bban.slice(0, 10)) % 97 || 97, 2);
  const check = pad(98 - mod97(`${bban}${cc}00`), 2);
  const flat = cc + check + bban;
  return chance(r, 0.75) ? (flat.match(/.{1,4}/g)?.join(' ') ?? flat) : flat;
}

export type Dob = { y: number; m: number; d: number };
export type Who = { dob: Dob; female: boolean; first: string; last: string };
export type IdOut = { type: string; value: string };
const yy = (p: Who) => pad(p.dob.y % 100, 2);
const dd = (p: Who) => pad(p.dob.d, 2);
const mm = (p: Who) => pad(p.dob.m, 2);

function cf(p: Who, r: Rng) {
  const up = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '');
  const cons = (s: string) => up(s).replace(/[AEIOU]/g, '');
  const vow = (s: string) => up(s).replace(/[^AEIOU]/g, '');
  const last = `${cons(p.last)}${vow(p.last)}XXX`.slice(0, 3);
  const c = cons(p.first);
  const first = c.length >= 4 ? c[0] + c[2] + c[3] : `${c}${vow(p.first)}XXX`.slice(0, 3);
  const day = pad(p.dob.d + (p.female ? 40 : 0), 2);
  const body = `${last}${first}${yy(p)}${'ABCDEHLMPRST'[p.dob.m - 1]}${day}${pick(r, ['H501', 'F205', 'F839', 'L219', 'A944', 'G273'])}`;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let s = 0;
  [...body].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? odd[v] : v;
  });
  return body + String.fromCharCode(65 + (s % 26));
}

const VD = [
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
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export function verhoeffDigit(body: string) {
  let c = 0;
  ds(body)
    .reverse()
    .forEach((x, i) => {
      c = VD[c][VP[(i + 1) % 8][x]];
    });
  return String([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c]);
}
export const verhoeffOk = (s: string) => {
  let c = 0;
  ds(s)
    .reverse()
    .forEach((x, i) => {
      c = VD[c][VP[i % 8][x]];
    });
  return c === 0;
};

/** Retry a generator until it returns a string (check digit 10 and the like give undefined). */
function retry(f: () => string | undefined) {
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
  }
}
const m11 = (s: number) => (11 - (s % 11)) % 11;

/** National ID of `kind` for person `p` (check digits per the public format). */
export function nationalId(r: Rng, kind: string, p: Who): IdOut {
  const I = (value: string, type = 'ID_NUMBER') => ({ type, value });
  switch (kind) {
    case 'ssn': {
      const a = pick(r, [int(r, 1, 665), int(r, 667, 899)]);
      return I(`${pad(a, 3)}-${pad(int(r, 1, 99), 2)}-${pad(int(r, 1, 9999), 4)}`, 'US_SSN');
    }
    case 'nino': {
      const pre = retry(() => {
        const s = pickS(r, 'ABCEGHJKLMNOPRSTWXYZ', '') + pickS(r, 'ABCEGHJKLMNPRSTWXYZ', '');
        return ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s) ? undefined : s;
      });
      const d = nd(r, 6);
      const suf = pickS(r, 'ABCD', '');
      const v = chance(r, 0.6) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
      return I(v, 'UK_NINO');
    }
    case 'sin': {
      const b = String(int(r, 1, 7)) + nd(r, 7);
      const n = b + luhnDigit(b);
      return I(`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`);
    }
    case 'ppsn': {
      const d = nd(r, 7);
      const c = wsum(ds(d), [8, 7, 6, 5, 4, 3, 2]) % 23;
      return I(d + (c === 0 ? 'W' : String.fromCharCode(64 + c)));
    }
    case 'nric': {
      const t = p.dob.y >= 2000;
      const d = (t ? yy(p) : pick(r, ['7', '8', '9']) + String(int(r, 0, 9))) + nd(r, 5);
      const s = wsum(ds(d), [2, 7, 6, 5, 4, 3, 2]) + (t ? 4 : 0);
      return I(`${t ? 'T' : 'S'}${d}${'JZIHGFEDCBA'[s % 11]}`);
    }
    case 'steuerid': {
      const v = retry(() => {
        const pool = shuffle(r, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
        const ten = shuffle(r, [...pool, pick(r, pool)]);
        if (ten[0] === 0) return undefined;
        let prod = 10;
        for (const x of ten) {
          const s = (x + prod) % 10 || 10;
          prod = (s * 2) % 11;
        }
        const c = 11 - prod === 10 ? 0 : 11 - prod;
        return ten.join('') + c;
      });
      return I(chance(r, 0.5) ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v, 'DE_TAX_ID');
    }
    case 'svnr': {
      const v = retry(() => {
        const s = String(int(r, 1, 9)) + nd(r, 2);
        const b = `${s}0${dd(p)}${mm(p)}${yy(p)}`;
        const c = wsum(ds(b), [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
        return c === 10 ? undefined : `${s}${c} ${b.slice(4)}`;
      });
      return I(v);
    }
    case 'ahv': {
      const b = `756${nd(r, 9)}`;
      const s = wsum(ds(b), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
      const n = b + ((10 - (s % 10)) % 10);
      return I(`${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7, 11)}.${n.slice(11)}`);
    }
    case 'insee': {
      const dep = pick(r, ['75', '69', '13', '33', '59', '31', '44', '67', '92', '93']);
      const b = `${p.female ? 2 : 1}${yy(p)}${mm(p)}${dep}${pad(int(r, 1, 990), 3)}${pad(int(r, 1, 999), 3)}`;
      const key = pad(97 - Number(BigInt(b) % 97n), 2);
      const v = `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${key}`;
      return I(chance(r, 0.7) ? v : v.replace(/ /g, ''), 'FR_INSEE');
    }
    case 'rrn': {
      const ser = int(r, 1, 498) * 2 - (p.female ? 0 : 1);
      const b = `${yy(p)}${mm(p)}${dd(p)}${pad(ser, 3)}`;
      const c = pad(97 - Number(BigInt((p.dob.y >= 2000 ? '2' : '') + b) % 97n), 2);
      return I(`${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${c}`);
    }
    case 'dni': {
      const n = int(r, 10000000, 79999999);
      const l = 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23];
      return I(chance(r, 0.7) ? `${n}${l}` : `${n}-${l}`, 'ES_DNI');
    }
    case 'nie': {
      const x = int(r, 0, 2);
      const n = nd(r, 7);
      return I(`${'XYZ'[x]}${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(x + n) % 23]}`, 'ES_DNI');
    }
    case 'cuil': {
      const pre = p.female ? '27' : '20';
      const v = retry(() => {
        const d = String(int(r, 20, 45)) + nd(r, 6);
        const c = m11(wsum(ds(pre + d), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
        return c === 10 ? undefined : `${pre}-${d}-${c}`;
      });
      return I(v);
    }
    case 'dniar':
      return I(`${int(r, 20, 45)}.${nd(r, 3)}.${nd(r, 3)}`);
    case 'cedula':
      return I(`1.0${nd(r, 2)}.${nd(r, 3)}.${nd(r, 3)}`);
    case 'cf':
      return I(cf(p, r));
    case 'nif': {
      const v = retry(() => {
        const b = String(int(r, 1, 2)) + nd(r, 7);
        const c = m11(wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2]));
        return b + (c === 10 ? 0 : c);
      });
      return I(chance(r, 0.5) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v);
    }
    case 'cpf': {
      const b = ds(nd(r, 9));
      const c1 = ((wsum(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const c2 = ((wsum([...b, c1], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const s = b.join('');
      return I(`${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6)}-${c1}${c2}`);
    }
    case 'bsn': {
      const v = retry(() => {
        const b = String(int(r, 1, 6)) + nd(r, 7);
        const c = wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        return c === 10 ? undefined : b + c;
      });
      return I(chance(r, 0.3) ? `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}` : v, 'NL_BSN');
    }
    case 'pesel': {
      const m = p.dob.m + (p.dob.y >= 2000 ? 20 : 0);
      const sex = int(r, 0, 4) * 2 + (p.female ? 0 : 1);
      const b = `${yy(p)}${pad(m, 2)}${dd(p)}${nd(r, 3)}${sex}`;
      return I(b + ((10 - (wsum(ds(b), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10));
    }
    case 'rc': {
      const v = retry(() => {
        const b = `${yy(p)}${pad(p.dob.m + (p.female ? 50 : 0), 2)}${dd(p)}${nd(r, 3)}`;
        const c = (11 - ((Number(b) * 10) % 11)) % 11;
        return c === 10 ? undefined : `${b.slice(0, 6)}/${b.slice(6)}${c}`;
      });
      return I(v);
    }
    case 'cpr': {
      const v = retry(() => {
        const b = `${dd(p)}${mm(p)}${yy(p)}${p.dob.y >= 2000 ? '4' : String(int(r, 0, 3))}${nd(r, 2)}`;
        const c = m11(wsum(ds(b), [4, 3, 2, 7, 6, 5, 4, 3, 2]));
        return c === 10 || c % 2 === (p.female ? 1 : 0) ? undefined : `${b.slice(0, 6)}-${b.slice(6)}${c}`;
      });
      return I(v);
    }
    case 'fnr': {
      const v = retry(() => {
        const ind =
          (p.dob.y >= 2000 ? int(r, 50, 99) : pad(int(r, 0, 49), 2)) + String(int(r, 0, 4) * 2 + (p.female ? 0 : 1));
        const b = `${dd(p)}${mm(p)}${yy(p)}${ind}`;
        const k1 = m11(wsum(ds(b), [3, 7, 6, 1, 8, 9, 4, 5, 2]));
        if (k1 === 10) return undefined;
        const k2 = m11(wsum(ds(b + k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
        return k2 === 10 ? undefined : b + k1 + k2;
      });
      return I(chance(r, 0.5) ? `${v.slice(0, 6)} ${v.slice(6)}` : v);
    }
    case 'hetu': {
      const n = pad(int(r, 1, 449) * 2 + (p.female ? 0 : 1), 3);
      const b = `${dd(p)}${mm(p)}${yy(p)}`;
      const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(b + n) % 31];
      return I(`${b}${p.dob.y >= 2000 ? 'A' : '-'}${n}${c}`);
    }
    case 'amka': {
      const b = `${dd(p)}${mm(p)}${yy(p)}${nd(r, 4)}`;
      return I(b + luhnDigit(b));
    }
    case 'snils': {
      const b = pad(int(r, 2000000, 999999999), 9);
      const s = wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
      const c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101 === 100 ? 0 : s % 101;
      return I(`${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)} ${pad(c, 2)}`);
    }
    case 'inn': {
      const b = ds(pick(r, ['77', '78', '50', '66', '16']) + nd(r, 8));
      const c1 = (wsum(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
      const c2 = (wsum([...b, c1], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
      return I(b.join('') + c1 + c2);
    }
    case 'aadhaar': {
      const b = String(int(r, 2, 9)) + nd(r, 10);
      const n = b + verhoeffDigit(b);
      return I(`${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`);
    }
    case 'pan': {
      const L = () => String.fromCharCode(65 + int(r, 0, 25));
      return I(`${L()}${L()}${L()}P${p.last[0].toUpperCase()}${nd(r, 4)}${L()}`);
    }
    default:
      throw new Error(`unknown id kind ${kind}`);
  }
}
