// Hold-out 20 values: seeded PRNG, phones (checked with libphonenumber-js/max), cards (Luhn) and IBANs (mod 97).
// Every generator takes the PRNG and returns the printed value plus its form.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** xoshiro128** seeded through splitmix32 (own copy, so the corpus does not move when other benches change). */
export function prng(seed: number): Rand {
  let z = seed >>> 0;
  const mix = () => {
    z = (z + 0x9e3779b9) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
    t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  const s = [mix(), mix(), mix(), mix()];
  const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
  return () => {
    const out = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return out / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
export const pad = (n: number, w: number) => String(n).padStart(w, '0');

export interface Value {
  v: string;
  form: string;
}

// ---------- phones ----------
/** Country -> [calling code, trunk prefix, mobile number heads, national significant number lengths]. */
const PHONE: Record<string, [string, string, string, number[]]> = {
  IN: ['91', '0', '98|97|99|96|94|93|91|90|88|87|86|70|79|63', [10]],
  PK: ['92', '0', '300|301|303|305|311|312|321|322|331|333|345|346', [10]],
  BD: ['880', '0', '171|172|181|191|161|151|131|178|199|188', [10]],
  ID: ['62', '0', '812|813|821|822|852|856|857|817|818|878|896|838', [11, 11, 12, 10]],
  MY: ['60', '0', '12|13|16|17|19|14|18', [9]],
  PH: ['63', '0', '917|918|927|945|956|995|998|908|919|939|966|977', [10]],
  VN: ['84', '0', '90|91|93|94|96|97|98|86|88|89|32|35|39|70|77|83', [9]],
  TH: ['66', '0', '81|82|83|84|85|86|87|89|91|92|95|61|62|63|64|65', [9]],
  NG: ['234', '0', '803|806|813|816|703|706|805|807|815|905|802|808|812|701|902|809|817|909|908', [10]],
  KE: ['254', '0', '712|722|723|726|729|740|746|757|768|790|791|110|111|733|735|780', [9]],
  GH: ['233', '0', '24|54|55|59|20|50|27|57|26|56', [9]],
  ZA: ['27', '0', '82|83|84|72|73|74|76|79|60|61|71|81', [9]],
  EG: ['20', '0', '10|11|12|15', [10]],
  MA: ['212', '0', '61|62|66|67|68|69|70|77|65|64', [9]],
  SA: ['966', '0', '50|53|54|55|56|58|59|57', [9]],
  AE: ['971', '0', '50|52|54|55|56|58', [9]],
  TR: ['90', '0', '530|532|533|535|536|537|538|505|506|507|542|543|544|545|552|553|554|555|501', [10]],
  BR: ['55', '0', '119|219|319|419|519|619|719|819|859|199|279|629|929', [11]],
  MX: ['52', '', '55|56|33|81|222|442|664|998|477|999', [10]],
  CO: ['57', '', '300|301|304|310|311|312|313|315|316|317|318|320|321|350', [10]],
};

/** Local grouping habits per country (n = national significant number, t = trunk prefix). */
const GROUP: Record<string, (n: string, t: string) => string[]> = {
  IN: (n, t) => [`${n.slice(0, 5)} ${n.slice(5)}`, n, `${t}${n}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`],
  PK: (n, t) => [`${t}${n.slice(0, 3)}-${n.slice(3)}`, `${t}${n}`, `${t}${n.slice(0, 3)} ${n.slice(3)}`],
  BD: (n, t) => [`${t}${n.slice(0, 4)}-${n.slice(4)}`, `${t}${n}`, `${t}${n.slice(0, 4)} ${n.slice(4)}`],
  ID: (n, t) => [
    `${t}${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
  ],
  MY: (n, t) => [
    `${t}${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)}-${n.slice(2)}`,
  ],
  PH: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  ],
  VN: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
  ],
  TH: (n, t) => [
    `${t}${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
  ],
  NG: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  ],
  KE: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  ],
  GH: (n, t) => [
    `${t}${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)}-${n.slice(2)}`,
  ],
  ZA: (n, t) => [
    `${t}${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`,
  ],
  EG: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
  ],
  MA: (n, t) => [
    `${t}${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 1)}-${n.slice(1, 3)}-${n.slice(3, 5)}-${n.slice(5, 7)}-${n.slice(7)}`,
  ],
  SA: (n, t) => [
    `${t}${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`,
  ],
  AE: (n, t) => [
    `${t}${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `${t}${n}`,
    `${t}${n.slice(0, 2)}-${n.slice(2)}`,
  ],
  TR: (n, t) => [
    `${t}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    `${t}${n}`,
    `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  ],
  BR: (n) => [
    `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`,
    `${n.slice(0, 2)} ${n.slice(2, 7)}-${n.slice(7)}`,
    n,
    `${n.slice(0, 2)}${n.slice(2, 7)}-${n.slice(7)}`,
  ],
  MX: (n) => {
    const a = /^(55|56|33|81)/.test(n) ? 2 : 3;
    return [`${n.slice(0, a)} ${n.slice(a, 6)} ${n.slice(6)}`, n, `(${n.slice(0, a)}) ${n.slice(a, 6)}-${n.slice(6)}`];
  },
  CO: (n) => [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `${n.slice(0, 3)}-${n.slice(3)}`],
};

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const BENGALI_DIGITS = '০১২৩৪৫৬৭৮৯';
export const toDigits = (s: string, set: string) => s.replace(/[0-9]/g, (d) => set[Number(d)]);

/** A valid mobile number of `cc` in a habitual written form; `native` = Arabic-Indic / Bengali digits allowed. */
export function phone(r: Rand, cc: string, native = false): Value {
  for (;;) {
    const [code, trunk, heads, lens] = PHONE[cc];
    const h = pick(r, heads.split('|'));
    const n = h + digits(r, pick(r, lens) - h.length);
    const p = parsePhoneNumberFromString(`+${code}${n}`);
    if (!p?.isValid()) continue;
    const type = p.getType();
    if (type && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') continue;
    const u = r();
    let v: string;
    let form: string;
    if (u < 0.45) {
      v = pick(r, GROUP[cc](n, trunk));
      form = 'local';
    } else if (u < 0.75) {
      v = p.formatInternational();
      if (r() < 0.3) v = v.replace(/ /g, pick(r, ['-', '', ' ']));
      form = 'intl';
    } else if (u < 0.9) {
      v = `+${code}${n}`;
      form = 'e164';
    } else {
      v = `${code}${n}`;
      form = 'cc-no-plus';
    }
    if (native && r() < 0.3) {
      v = toDigits(v, cc === 'BD' ? BENGALI_DIGITS : ARABIC_DIGITS);
      form = 'native-digits';
    }
    return { v, form };
  }
}

// ---------- cards ----------
const luhnDigit = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
export const luhn = (body: string) => body + luhnDigit(body);

const BINS: Record<string, string[]> = {
  IN: ['4', '5', '652150', '607384', '508227', '4'],
  PK: ['4', '5', '220'],
  BD: ['4', '5', '4'],
  EG: ['507803', '4', '5'],
  TR: ['9792', '4', '5'],
  BR: ['636368', '438935', '504175', '4', '5'],
  SA: ['440647', '588845', '4', '5'],
  NG: ['5061', '4', '5'],
};

/** A Luhn-valid card number, grouped in fours (or 4-6-5 for Amex), dashed or compact. */
export function card(r: Rand, cc: string): Value {
  const amex = r() < 0.08;
  const bin = amex ? pick(r, ['34', '37']) : pick(r, BINS[cc] ?? ['4', '5', '4', '5', '3528']);
  const head = bin === '5' ? `5${int(r, 1, 5)}` : bin;
  const len = amex ? 15 : bin === '5061' && r() < 0.3 ? 19 : 16;
  const n = luhn(head + digits(r, len - 1 - head.length));
  const groups = amex ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : (n.match(/.{1,4}/g) ?? []);
  const u = r();
  if (u < 0.55) return { v: groups.join(' '), form: 'spaced' };
  if (u < 0.75) return { v: groups.join('-'), form: 'dashed' };
  return { v: n, form: 'compact' };
}

// ---------- IBANs ----------
export const letters = (r: Rand, n: number) =>
  Array.from({ length: n }, () => pick(r, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])).join('');
const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const x = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of x) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
const BBAN: Record<string, (r: Rand) => string> = {
  PK: (r) => pick(r, ['HABB', 'MEZN', 'UNIL', 'MUCB', 'ALFH', 'SCBL', 'BAHL', 'NBPA']) + digits(r, 16),
  SA: (r) => pick(r, ['80', '10', '20', '45', '55', '05', '15', '60']) + digits(r, 18),
  AE: (r) => pick(r, ['033', '035', '026', '030', '046', '044']) + digits(r, 16),
  EG: (r) => pick(r, ['0003', '0019', '0002', '0037', '0057']) + digits(r, 4) + digits(r, 17),
  TR: (r) => `${pick(r, ['00010', '00062', '00064', '00046', '00111', '00067', '00012'])}0${digits(r, 16)}`,
  BR: (r) => digits(r, 8) + digits(r, 5) + digits(r, 10) + pick(r, ['C', 'P']) + pick(r, ['1', '2']),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** A mod-97-valid IBAN of `cc`, printed in fours (most) or compact. */
export function iban(r: Rand, cc: string): Value {
  const bban = BBAN[cc](r);
  const check = pad(98 - mod97(`${bban + cc}00`), 2);
  const raw = cc + check + bban;
  if (r() < 0.6) return { v: raw.match(/.{1,4}/g)?.join(' ') ?? raw, form: 'printed' };
  return { v: raw, form: 'compact' };
}
