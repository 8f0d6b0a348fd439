// Hold-out 29 national IDs: checksum-valid where the real number has a checksum, tied to birth date and sex where the
// real one is.
import { choose, type Dob, digits, grouped, int, pad, type Rand } from './pii-holdout29-values.ts';

const daysSince1899 = (b: Dob) => Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(1899, 11, 31)) / 86400000);
// ---------- national IDs (checksum-valid where a checksum exists) ----------
const luhnDigit = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
};
const D = [
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
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
];
for (let i = 2; i < 8; i++) P.push(P[i - 1].map((v) => P[1][v]));
const verhoeff = (s: string) => {
  let c = 0;
  const r = [...s].reverse();
  for (let i = 0; i < r.length; i++) c = D[c][P[(i + 1) % 8][Number(r[i])]];
  return [0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c];
};
const wsum = (s: string, w: number[]) => [...s].reduce((a, d, i) => a + Number(d) * w[i], 0);
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (ch: string, odd: boolean) => {
  const i = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  return odd ? CF_ODD[i] : i;
};
const cons = (s: string) =>
  s
    .toUpperCase()
    .normalize('NFD')
    .replace(/[^A-Z]/g, '');
function cfPart(s: string, given: boolean) {
  const u = cons(s);
  const c = u.replace(/[AEIOU]/g, '');
  const v = u.replace(/[^AEIOU]/g, '');
  if (given && c.length > 3) return c[0] + c[2] + c[3];
  return `${c}${v}XXX`.slice(0, 3);
}

export type IdKind = string;
/** A national ID of the locale's country, tied to the birth date and sex where the real one is. */
export function nationalId(x: Rand, cc: string, b: Dob, f: boolean, given: string, family: string): [string, string] {
  const yy = pad(b.y % 100);
  const mm = pad(b.m);
  const dd = pad(b.d);
  switch (cc) {
    case 'US': {
      const s = `${pad(int(x, 100, 665), 3)}-${pad(int(x, 10, 99))}-${pad(int(x, 1000, 9999), 4)}`;
      return ['SSN', s];
    }
    case 'GB': {
      const s = `${choose(x, ['AB', 'CE', 'JG', 'NP', 'SR', 'WL', 'HK', 'ME'])}${digits(x, 6)}${choose(x, ['A', 'B', 'C', 'D'])}`;
      return ['NINO', x() < 0.5 ? s : s.replace(/^(..)(..)(..)(..)(.)$/, '$1 $2 $3 $4 $5')];
    }
    case 'IN': {
      const n = `${int(x, 2, 9)}${digits(x, 10)}`;
      return ['Aadhaar', grouped(n + verhoeff(n), 4)];
    }
    case 'ZA': {
      const n = `${yy}${mm}${dd}${f ? int(x, 0, 4) : int(x, 5, 9)}${digits(x, 3)}08`;
      return ['ID', n + luhnDigit(n)];
    }
    case 'AU': {
      for (;;) {
        const n = digits(x, 9);
        if (n[0] !== '0' && wsum(n, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) return ['TFN', grouped(n, 3)];
      }
    }
    case 'DE': {
      for (;;) {
        const n = `${int(x, 1, 9)}${digits(x, 9)}`;
        const counts = new Map<string, number>();
        for (const c of n) counts.set(c, (counts.get(c) ?? 0) + 1);
        const multi = [...counts.values()].filter((v) => v > 1);
        if (multi.length !== 1 || multi[0] > 3) continue;
        let p = 10;
        for (const c of n) {
          let s = (Number(c) + p) % 10;
          if (s === 0) s = 10;
          p = (s * 2) % 11;
        }
        const ck = 11 - p === 10 ? 0 : 11 - p;
        return ['Steuer-ID', n + ck];
      }
    }
    case 'AT': {
      for (;;) {
        const s = pad(int(x, 100, 999), 3);
        const t = `${s}${dd}${mm}${yy}`;
        const ck = wsum(t, [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11;
        if (ck < 10) return ['SVNr', `${s}${ck} ${dd}${mm}${yy}`];
      }
    }
    case 'CH': {
      const n = `756${digits(x, 9)}`;
      const ck = (10 - (wsum(n, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10;
      const s = n + ck;
      return ['AHV', `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`];
    }
    case 'FR': {
      const dep = choose(x, ['75', '69', '13', '33', '59', '44', '67', '31']);
      const n = `${f ? 2 : 1}${yy}${mm}${dep}${pad(int(x, 1, 400), 3)}${pad(int(x, 1, 999), 3)}`;
      const k = pad(97 - Number(BigInt(n) % 97n));
      return ['INSEE', `${n[0]} ${yy} ${mm} ${dep} ${n.slice(7, 10)} ${n.slice(10)} ${k}`];
    }
    case 'BE': {
      const seq = pad(f ? int(x, 1, 498) * 2 : int(x, 0, 498) * 2 + 1, 3);
      const base = `${yy}${mm}${dd}${seq}`;
      const k = pad(97 - Number(BigInt((b.y >= 2000 ? '2' : '') + base) % 97n));
      return ['NN', `${yy}.${mm}.${dd}-${seq}.${k}`];
    }
    case 'CA': {
      const n = `${int(x, 1, 7)}${digits(x, 7)}`;
      return ['SIN', grouped(n + luhnDigit(n), 3, x() < 0.5 ? ' ' : '-')];
    }
    case 'ES': {
      const n = int(x, 10000000, 79999999);
      return ['DNI', `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`];
    }
    case 'IT': {
      const m = 'ABCDEHLMPRST'[b.m - 1];
      const body = `${cfPart(family, false)}${cfPart(given, true)}${yy}${m}${pad(b.d + (f ? 40 : 0))}${choose(x, ['H501', 'F205', 'L219', 'F839', 'G273', 'A944'])}`;
      const sum = [...body].reduce((a, ch, i) => a + cfVal(ch, i % 2 === 0), 0);
      return ['CF', body + String.fromCharCode(65 + (sum % 26))];
    }
    case 'PT': {
      for (;;) {
        const n = `${choose(x, ['1', '2', '2'])}${digits(x, 7)}`;
        const r = 11 - (wsum(n, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
        if (r < 10) return ['NIF', n + (r === 11 ? 0 : r)];
        if (r === 11) return ['NIF', `${n}0`];
      }
    }
    case 'BR': {
      const n = digits(x, 9);
      const c1 = ((wsum(n, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const c2 = ((wsum(n + c1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      return ['CPF', `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}-${c1}${c2}`];
    }
    case 'NL': {
      for (;;) {
        const n = `${int(x, 1, 7)}${digits(x, 7)}`;
        const s = wsum(n, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        if (s < 10) return ['BSN', n + s];
      }
    }
    case 'PL': {
      const mo = b.y >= 2000 ? b.m + 20 : b.m;
      const n = `${yy}${pad(mo)}${dd}${digits(x, 3)}${f ? choose(x, [0, 2, 4, 6, 8]) : choose(x, [1, 3, 5, 7, 9])}`;
      return ['PESEL', n + ((10 - (wsum(n, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10)];
    }
    case 'CZ': {
      for (;;) {
        const base = `${yy}${pad(b.m + (f ? 50 : 0))}${dd}${digits(x, 3)}`;
        const ck = Number(BigInt(base) % 11n);
        if (ck < 10) return ['RČ', `${base.slice(0, 6)}/${base.slice(6)}${ck}`];
      }
    }
    case 'HU': {
      const n = `${int(x, 0, 9)}${digits(x, 7)}`;
      const ck = wsum(n, [3, 7, 3, 7, 3, 7, 3, 7]) % 10;
      const s = n + ck;
      return ['TAJ', `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`];
    }
    case 'RO': {
      const n = `${b.y >= 2000 ? (f ? 6 : 5) : f ? 2 : 1}${yy}${mm}${dd}${choose(x, ['40', '12', '22', '35', '13'])}${pad(int(x, 1, 999), 3)}`;
      const r = wsum(n, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
      return ['CNP', n + (r === 10 ? 1 : r)];
    }
    case 'TR': {
      const n = `${int(x, 1, 9)}${digits(x, 8)}`.split('').map(Number);
      const d10 = ((((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10) + 10) % 10;
      const d11 = (n.reduce((a, v) => a + v, 0) + d10) % 10;
      return ['TCKN', `${n.join('')}${d10}${d11}`];
    }
    case 'RU': {
      const n = pad(int(x, 2000000, 999999999), 9);
      let s = wsum(n, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
      if (s > 101) s %= 101;
      const ck = s === 100 || s === 101 ? '00' : pad(s);
      return ['СНИЛС', `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${ck}`];
    }
    case 'UA': {
      const n = `${pad(daysSince1899(b), 5)}${digits(x, 3)}${f ? choose(x, [0, 2, 4, 6, 8]) : choose(x, [1, 3, 5, 7, 9])}`;
      const ck = (((wsum(n, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10;
      return ['РНОКПП', n + ck];
    }
    case 'GR': {
      const n = `${dd}${mm}${yy}${digits(x, 4)}`;
      return ['ΑΜΚΑ', n + luhnDigit(n)];
    }
    case 'VN': {
      const c = b.y >= 2000 ? (f ? 3 : 2) : f ? 1 : 0;
      return ['CCCD', `0${choose(x, ['01', '79', '48', '31', '92'])}${c}${yy}${digits(x, 6)}`];
    }
    case 'ID': {
      const n = `${choose(x, ['3174', '3273', '3578', '5171', '3471'])}${pad(int(x, 1, 30))}${pad(b.d + (f ? 40 : 0))}${mm}${yy}${pad(int(x, 1, 999), 4)}`;
      return ['NIK', n];
    }
    case 'SG': {
      const pre = b.y >= 2000 ? 'T' : 'S';
      const n = digits(x, 7);
      const s = wsum(n, [2, 7, 6, 5, 4, 3, 2]) + (pre === 'T' ? 4 : 0);
      return ['NRIC', `${pre}${n}${'JZIHGFEDCBA'[s % 11]}`];
    }
  }
  return ['', ''];
}
