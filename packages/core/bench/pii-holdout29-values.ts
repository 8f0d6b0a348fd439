// Hold-out 29 values: seeded PRNG, valid phones (libphonenumber-js/max), mod-97 IBANs, checksum-valid national IDs,
// vehicle plates, birth dates in local formats, light obfuscations.
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';

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
    const t = (a + b + d) | 0;
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
export const int = (x: Rand, lo: number, hi: number) => lo + Math.floor(x() * (hi - lo + 1));
export const choose = <T>(x: Rand, a: readonly T[]): T => a[Math.floor(x() * a.length)];
export const digits = (x: Rand, n: number) => Array.from({ length: n }, () => int(x, 0, 9)).join('');
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export const letters = (x: Rand, n: number, set = UP) => Array.from({ length: n }, () => choose(x, [...set])).join('');
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Fill a pattern: # digit, 1 non-zero digit, A letter; other characters kept. */
export function pat(x: Rand, p: string, set = UP) {
  return p.replace(/[#1A]/g, (c) =>
    c === '#' ? String(int(x, 0, 9)) : c === '1' ? String(int(x, 1, 9)) : choose(x, [...set]),
  );
}

// ---------- phones ----------
/** National significant number patterns per region (validated; retried until libphonenumber says valid). */
const NSN: Record<string, string[]> = {
  US: ['2##2######', '3##5######', '6##4######', '9##7######'],
  CA: ['416######1', '514#######', '604#######', '613#######', '418#######'],
  GB: ['7#########', '78########', '75########', '20########', '161#######'],
  IN: ['9#########', '8#########', '7#########'],
  ZA: ['8########', '7########', '21#######', '11#######'],
  AU: ['4########', '2########', '3########'],
  DE: ['151########', '172#######', '176########', '30########', '89########'],
  AT: ['664#######', '676#######', '1#######', '316######'],
  CH: ['79#######', '76#######', '44#######', '31#######'],
  FR: ['6########', '7########', '1########', '4########'],
  BE: ['47#######', '49#######', '2#######', '9#######'],
  ES: ['6########', '91#######', '93#######'],
  CO: ['31########', '30########', '601#######'],
  IT: ['3#########', '06########', '02########'],
  PT: ['91#######', '93#######', '96#######', '21#######'],
  BR: ['119########', '219########', '319########', '1133######'],
  NL: ['6########', '20#######', '10#######'],
  PL: ['5########', '6########', '22#######'],
  CZ: ['6########', '7########', '2########'],
  HU: ['20#######', '30#######', '70#######', '1#######'],
  RO: ['7########', '21#######'],
  TR: ['5#########', '212#######'],
  RU: ['9#########', '495#######'],
  UA: ['67#######', '50#######', '93#######', '44#######'],
  GR: ['69########', '21########'],
  VN: ['9########', '3########', '8########'],
  ID: ['81#########', '812########', '21########'],
  KE: ['7########', '11#######'],
  PH: ['9#########', '2########'],
  AE: ['5########', '4#######'],
  SG: ['8#######', '9#######', '6#######'],
  JP: ['90########', '80########', '3########'],
};

export function phoneNumber(x: Rand, region: string): string {
  for (let i = 0; i < 400; i++) {
    const nsn = choose(x, NSN[region]).replace(/#/g, () => String(int(x, 0, 9)));
    try {
      const p = parsePhoneNumber(nsn, region as never);
      if (!p.isValid() || p.country !== region || !isValidPhoneNumber(p.number, region as never)) continue;
      if (!['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE'].includes(p.getType() ?? '')) continue;
      const r = x();
      if (r < 0.45) return p.formatNational();
      if (r < 0.8) return p.formatInternational();
      if (r < 0.9) return p.number;
      return p.formatNational().replace(/[\s()-]/g, '');
    } catch {}
  }
  throw new Error(`no valid phone for ${region}`);
}

// ---------- IBAN ----------
const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
const BBAN: Record<string, string> = {
  DE: '##################',
  AT: '################',
  CH: '#################',
  NL: 'AAAA##########',
  GB: 'AAAA##############',
  PL: '########################',
  CZ: '####################',
  HU: '########################',
  RO: 'AAAA################',
  TR: '#####0################',
  GR: '#######################',
  UA: '###########################',
  IT: 'A######################',
};
export function iban(x: Rand, cc: string): string {
  let bban: string;
  if (cc === 'BE') {
    const n = digits(x, 10);
    const k = Number(BigInt(n) % 97n) || 97;
    bban = n + pad(k);
  } else if (cc === 'ES') {
    const bank = digits(x, 8);
    const acct = digits(x, 10);
    const dc = (s: string) => {
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
      const v = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i], 0) % 11);
      return v === 11 ? 0 : v === 10 ? 1 : v;
    };
    bban = `${bank}${dc(`00${bank}`)}${dc(acct)}${acct}`;
  } else if (cc === 'FR') {
    const b = digits(x, 5);
    const g = digits(x, 5);
    const a = digits(x, 11);
    const key = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n);
    bban = b + g + a + pad(key);
  } else if (cc === 'PT') {
    const n = digits(x, 19);
    bban = n + pad(98 - Number((BigInt(n) * 100n) % 97n));
  } else bban = pat(x, BBAN[cc], 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const ck = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${pad(ck)}${bban}`;
}
export const grouped = (s: string, n = 4, sep = ' ') => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(sep);

// ---------- dates ----------
export interface Dob {
  y: number;
  m: number;
  d: number;
}
export function dob(x: Rand, from = 1938, to = 2006): Dob {
  return { y: int(x, from, to), m: int(x, 1, 12), d: int(x, 1, 28) };
}

// ---------- plates ----------
const PLATE: Record<string, string[]> = {
  US: ['1???###', '#??####', '??? ####', '???-####'],
  CA: ['???? ###', '??? ###', '????-###'],
  GB: ['??## ???', '??##???'],
  IN: ['MH ## ?? ####', 'KA##??####', 'DL 1C ?? ####', 'TN-##-??-####'],
  ZA: ['CA ###-###', '?? ## ?? GP', 'ND ###-###', 'CY ######'],
  AU: ['???-###', '1??#??', '??##??'],
  DE: ['B-?? 1###', 'M ?? 1##', 'HH-? 1###', 'K-?? 1##', 'S ?? 1###'],
  AT: ['W-1####?', 'G 1##??', 'L 1### ?'],
  CH: ['ZH 1#####', 'BE 1#####', 'GE 1####', 'VD 1#####'],
  FR: ['??-###-??', '?? ### ??'],
  BE: ['1-???-###', '2-???-###'],
  ES: ['#### ???', '####-???'],
  CO: ['??? ###', '???-###', '???##?'],
  IT: ['?? ###??', '??###??', '?? ### ??'],
  PT: ['??-##-??', '##-??-##', '##-##-??'],
  BR: ['???#?##', '???-####', '??? #?##'],
  NL: ['??-###-?', '#-???-##', '???-##-?'],
  PL: ['WA 1####', 'KR 1???#', 'WX 1###?', 'PO 1##??'],
  CZ: ['1?1 ####', '1?? ####'],
  HU: ['???-###', '?? ??-###'],
  RO: ['B 1## ???', 'CJ 1# ???', 'IS 1# ???'],
  TR: ['34 ??? 1##', '06 ?? 1###', '35 ? 1###'],
  RU: ['?###?? 1#', '?###?? 1##'],
  UA: ['?? ####??', '??####??'],
  GR: ['???-1###', '??? 1###'],
  VN: ['##?-###.##', '##? #####', '##?1-###.##'],
  ID: ['B 1### ???', 'D 1## ??', 'AB 1### ??'],
  KE: ['K?? ###?', 'KD?###?', 'KC? ###?'],
  PH: ['??? 1###', '???-1###', '?? 1###'],
  AE: ['Dubai ? 1####', 'Abu Dhabi 1# 1####', 'Sharjah 1 1####'],
  SG: ['S??1###?', 'S?? 1###?'],
  JP: ['品川 1## あ 1#-##', 'Shinagawa 1## ? 1#-##', 'Yokohama 1## ? 1#-##'],
};
const SETS: Record<string, string> = {
  RU: 'АВЕКМНОРСТУХ',
  GR: 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ',
  UA: 'ABCEHIKMOPTX',
  VN: 'ABCDEFGHKLMNPSTUVXYZ',
  JP: 'あかさたなは',
};
export function plate(x: Rand, cc: string): string {
  const set = SETS[cc] ?? UP;
  return choose(x, PLATE[cc]).replace(/[#1?]/g, (c) =>
    c === '#' ? String(int(x, 0, 9)) : c === '1' ? String(int(x, 1, 9)) : choose(x, [...set]),
  );
}

// ---------- obfuscations ----------
export function spacedDigits(v: string) {
  return [...v.replace(/[\s().-]/g, '')].join(' ');
}
export function atDot(v: string, x: Rand) {
  const [u, d] = v.split('@');
  const style = choose(x, [
    [' at ', ' dot '],
    [' [at] ', ' [dot] '],
    ['(at)', '.'],
    [' AT ', ' DOT '],
  ]);
  return `${u.replaceAll('.', style[1])}${style[0]}${d.replaceAll('.', style[1])}`;
}
export const spacedName = (v: string) =>
  v
    .split(' ')
    .map((w) => [...w].join(' '))
    .join('   ');
