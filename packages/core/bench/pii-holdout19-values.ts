/**
 * Hold-out 19 values: seeded PRNG, phones of the chat communities' countries written the local way (every written form
 * checked with libphonenumber-js/max), Luhn-valid cards, mod-97-valid IBANs (FR with a valid RIB key) and street
 * addresses the local way.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32 seeded through splitmix32, own copy. */
export function sfc32(seed: number): Rand {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** A '|'-separated list. */
export const L = (s: string) => s.split('|');
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

/** Splits `s` into groups of the given sizes (the last group takes the rest) joined by `sep`. */
export function groups(s: string, sizes: number[], sep = ' '): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.join(sep);
}

type PhoneSpec = { cc: string; nsn: (r: Rand) => string; forms: ((n: string) => string)[] };
const pre = (xs: string[], rest: number) => (r: Rand) => choose(r, xs) + digits(r, rest);
const nanp = (areas: string[]) => (r: Rand) => choose(r, areas) + String(int(r, 2, 9)) + digits(r, 2) + digits(r, 4);
const deA = (n: string) => (/^(30|40|89|69)/.test(n) ? 2 : 3);
const mxA = (n: string) => (/^(55|33|81)/.test(n) ? [2, 4] : [3, 3]);
const NANP_FORMS = [
  (n: string) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
  (n: string) => groups(n, [3, 3], '-'),
  (n: string) => `+1 ${groups(n, [3, 3], ' ')}`,
  (n: string) => n,
  (n: string) => groups(n, [3, 3], '.'),
  (n: string) => `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
];

export const PHONES: Record<string, PhoneSpec> = {
  IN: {
    cc: '91',
    nsn: pre(L('98|99|97|96|95|94|93|91|90|89|88|87|85|81|80|79|78|77|76|75|73|72|70|63|62'), 8),
    forms: [
      (n) => `+91 ${groups(n, [5])}`,
      (n) => `+91 ${n}`,
      (n) => `+91${n}`,
      (n) => `0${n}`,
      (n) => n,
      (n) => groups(n, [5]),
      (n) => groups(n, [5], '-'),
      (n) => `+91-${n}`,
      (n) => `91${n}`,
    ],
  },
  PK: {
    cc: '92',
    nsn: pre(L('300|301|302|303|305|306|311|312|313|315|321|322|323|331|333|334|345|346|347'), 7),
    forms: [
      (n) => `0${groups(n, [3], '-')}`,
      (n) => `0${n}`,
      (n) => `0${groups(n, [3])}`,
      (n) => `+92 ${groups(n, [3])}`,
      (n) => `+92${n}`,
      (n) => `+92 ${groups(n, [3], '-')}`,
      (n) => `92${n}`,
    ],
  },
  PH: {
    cc: '63',
    nsn: pre(
      L(
        '905|906|915|916|917|926|927|935|945|955|956|965|975|977|995|908|918|919|920|921|928|929|939|947|949|951|961|998',
      ),
      7,
    ),
    forms: [
      (n) => `0${groups(n, [3, 3])}`,
      (n) => `0${n}`,
      (n) => `+63 ${groups(n, [3, 3])}`,
      (n) => `+63${n}`,
      (n) => `0${groups(n, [3, 3], '-')}`,
      (n) => `63${n}`,
    ],
  },
  SG: {
    cc: '65',
    nsn: pre(['8', '9', '9', '6'], 7),
    forms: [
      (n) => groups(n, [4]),
      (n) => n,
      (n) => `+65 ${groups(n, [4])}`,
      (n) => `+65${n}`,
      (n) => `+65-${groups(n, [4], '-')}`,
      (n) => `65${n}`,
    ],
  },
  MY: {
    cc: '60',
    nsn: (r) => (r() < 0.8 ? choose(r, L('12|13|14|16|17|18|19')) + digits(r, 7) : `11${digits(r, 8)}`),
    forms: [
      (n) => `0${n.slice(0, 2)}-${groups(n.slice(2), [n.length - 6])}`,
      (n) => `0${n}`,
      (n) => `+60 ${n.slice(0, 2)}-${groups(n.slice(2), [n.length - 6])}`,
      (n) => `+60${n}`,
      (n) => `0${n.slice(0, 2)} ${n.slice(2)}`,
      (n) => `60${n}`,
    ],
  },
  ID: {
    cc: '62',
    nsn: (r) =>
      choose(r, L('811|812|813|821|822|823|852|853|857|858|877|878|895|896|897|898|899|881|882|838|831|832')) +
      digits(r, int(r, 7, 9)),
    forms: [
      (n) => groups(`0${n}`, [4, 4], '-'),
      (n) => `0${n}`,
      (n) => `+62 ${groups(n, [3, 4])}`,
      (n) => `+62${n}`,
      (n) => groups(`0${n}`, [4, 4]),
      (n) => `62${n}`,
    ],
  },
  NG: {
    cc: '234',
    nsn: pre(L('703|706|803|806|810|813|814|816|903|906|802|808|812|701|708|902|907|805|807|811|815|905'), 7),
    forms: [
      (n) => `0${groups(n, [3, 3])}`,
      (n) => `0${n}`,
      (n) => `+234 ${groups(n, [3, 3])}`,
      (n) => `+234${n}`,
      (n) => `234${n}`,
      (n) => `+234 ${n}`,
      (n) => `0${groups(n, [3, 3], '-')}`,
    ],
  },
  KE: {
    cc: '254',
    nsn: pre(
      L(
        '700|701|702|703|704|705|706|707|708|710|711|712|713|714|715|716|717|718|719|720|721|722|723|724|725|726|727|728|729|740|741|742|743|745|746|748|757|758|759|768|769|790|791|792|793|794|795|796|797|798|799|110|111|112|113|114|115',
      ),
      6,
    ),
    forms: [
      (n) => `0${groups(n, [3, 3])}`,
      (n) => `0${n}`,
      (n) => `+254 ${groups(n, [3])}`,
      (n) => `+254${n}`,
      (n) => `254${n}`,
      (n) => `+254 ${groups(n, [3, 3])}`,
    ],
  },
  EG: {
    cc: '20',
    nsn: pre(['10', '11', '12', '15'], 8),
    forms: [
      (n) => `0${groups(n, [2, 4])}`,
      (n) => `0${n}`,
      (n) => `+20 ${groups(n, [2, 4])}`,
      (n) => `+20${n}`,
      (n) => `0${groups(n, [3, 3])}`,
      (n) => `20${n}`,
    ],
  },
  LB: {
    cc: '961',
    nsn: (r) => (r() < 0.45 ? `3${digits(r, 6)}` : choose(r, L('70|71|76|78|79|81')) + digits(r, 6)),
    forms: [
      (n) => (n.length === 7 ? `0${groups(n, [1, 3])}` : groups(n, [2, 3])),
      (n) => `+961 ${groups(n, [n.length - 6, 3])}`,
      (n) => `+961${n}`,
      (n) => (n.length === 7 ? `0${n[0]}/${n.slice(1)}` : `${n.slice(0, 2)}/${n.slice(2)}`),
      (n) => `961${n}`,
      (n) => (n.length === 7 ? `0${n}` : n),
    ],
  },
  MA: {
    cc: '212',
    nsn: (r) =>
      choose(r, ['6', '6', '7']) +
      (r() < 0.5 ? choose(r, L('61|62|66|67|68|70|41|50|00')) : choose(r, L('00|01|06|07|08'))) +
      digits(r, 6),
    forms: [
      (n) => `0${groups(n, [1, 2, 2, 2])}`,
      (n) => `0${n}`,
      (n) => `+212 ${groups(n, [1, 2, 2, 2])}`,
      (n) => `+212${n}`,
      (n) => `0${groups(n, [1, 2, 2, 2], '-')}`,
      (n) => `212${n}`,
      (n) => `+212 ${n}`,
    ],
  },
  MX: {
    cc: '52',
    nsn: (r) =>
      r() < 0.6
        ? choose(r, ['55', '33', '81']) + digits(r, 8)
        : choose(r, L('664|656|998|222|442|477|614|667')) + digits(r, 7),
    forms: [
      (n) => groups(n, mxA(n)),
      (n) => n,
      (n) => `+52 ${groups(n, mxA(n))}`,
      (n) => `+52${n}`,
      (n) => `+52 1 ${n}`,
      (n) => `52${n}`,
      (n) => groups(n, mxA(n), '-'),
    ],
  },
  US: {
    cc: '1',
    nsn: nanp(L('212|213|305|312|415|469|512|617|702|713|773|818|832|917|956|210|915|323')),
    forms: NANP_FORMS,
  },
  CA: {
    cc: '1',
    nsn: nanp(L('416|647|437|514|438|450|418|581|613|604|778|403|587|780|819')),
    forms: NANP_FORMS,
  },
  DE: {
    cc: '49',
    nsn: (r) =>
      r() < 0.8
        ? choose(r, L('151|152|157|160|162|163|170|171|172|173|174|175|176|177|178|179')) + digits(r, int(r, 7, 8))
        : choose(r, L('30|40|89|221|69')) + digits(r, 7),
    forms: [
      (n) => `0${n.slice(0, deA(n))} ${n.slice(deA(n))}`,
      (n) => `0${n.slice(0, deA(n))}/${n.slice(deA(n))}`,
      (n) => `+49 ${n.slice(0, deA(n))} ${n.slice(deA(n))}`,
      (n) => `+49${n}`,
      (n) => `0${n}`,
      (n) => `0${n.slice(0, deA(n))}-${n.slice(deA(n))}`,
      (n) => `0049 ${n.slice(0, deA(n))} ${n.slice(deA(n))}`,
      (n) => `49${n}`,
    ],
  },
  TR: {
    cc: '90',
    nsn: pre(
      L('530|531|532|533|535|536|537|538|539|541|542|543|544|545|546|549|551|552|553|554|555|505|506|507|501'),
      7,
    ),
    forms: [
      (n) => `0${groups(n, [3, 3, 2])}`,
      (n) => `0${n}`,
      (n) => `+90 ${groups(n, [3, 3, 2])}`,
      (n) => `+90${n}`,
      (n) => `0 ${groups(n, [3, 3])}`,
      (n) => `90${n}`,
      (n) => `0(${n.slice(0, 3)}) ${groups(n.slice(3), [3, 2])}`,
    ],
  },
  FR: {
    cc: '33',
    nsn: (r) => choose(r, ['6', '6', '7']) + String(choose(r, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) + digits(r, 7),
    forms: [
      (n) => `0${groups(n, [1, 2, 2, 2])}`,
      (n) => `0${n}`,
      (n) => `+33 ${groups(n, [1, 2, 2, 2])}`,
      (n) => `+33${n}`,
      (n) => `0${groups(n, [1, 2, 2, 2], '.')}`,
      (n) => `33${n}`,
      (n) => `+33 (0)${groups(n, [1, 2, 2, 2])}`,
    ],
  },
};

/** A valid phone of `country` written one local way; form says which (intl / local / wa = bare country code). */
export function phone(r: Rand, country: string): { v: string; form: string } {
  const spec = PHONES[country];
  for (let tries = 0; tries < 200; tries++) {
    const n = spec.nsn(r);
    const v = choose(r, spec.forms)(n);
    const p = parsePhoneNumberFromString(
      v.startsWith('+') ? v : v.startsWith(spec.cc) && v.replace(/\D/g, '').length > n.length + 1 ? `+${v}` : v,
      country as never,
    );
    if (p?.isValid() && p.nationalNumber === n)
      return {
        v,
        form:
          v.startsWith('+') || v.startsWith('00')
            ? 'intl'
            : v.startsWith(spec.cc) && !v.startsWith('0') && v.replace(/\D/g, '').length > n.length
              ? 'wa-bare'
              : 'local',
      };
  }
  throw new Error(`no valid phone for ${country}`);
}

const luhnDigit = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
export const luhnOk = (s: string) => luhnDigit(s.slice(0, -1)) === s.slice(-1);

/** Luhn-valid card (Visa, Mastercard, Amex, RuPay, Troy, Verve) written as people type it. */
export function card(r: Rand, country: string): { v: string; form: string } {
  const brands: [string, number][] = [
    ['4', 16],
    ['4', 16],
    [choose(r, L('51|52|53|54|55|2221|2720')), 16],
    [choose(r, ['34', '37']), 15],
  ];
  if (country === 'IN') brands.push([choose(r, ['6521', '6522', '6080']), 16]);
  if (country === 'TR') brands.push(['9792', 16]);
  if (country === 'NG') brands.push(['5061', 16]);
  const [p, len] = choose(r, brands);
  const body = p + digits(r, len - p.length - 1);
  const num = body + luhnDigit(body);
  const sizes = len === 15 ? [4, 6] : [4, 4, 4];
  const k = r();
  if (k < 0.45) return { v: groups(num, sizes), form: 'spaced' };
  if (k < 0.75) return { v: num, form: 'compact' };
  return { v: groups(num, sizes, '-'), form: 'dashed' };
}

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
export const ibanOk = (s: string) => {
  const c = s.replace(/\s/g, '').toUpperCase();
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
};
const ribKey = (bank: string, branch: string, acct: string) =>
  String(97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n)).padStart(2, '0');
const BBAN: Record<string, (r: Rand) => string> = {
  DE: (r) => choose(r, L('10070000|20041111|37040044|50010517|70020270|43060967')) + digits(r, 10),
  FR: (r) => {
    const bank = choose(r, L('30004|30002|20041|10107|30003|17515'));
    const branch = digits(r, 5);
    const acct = digits(r, 11);
    return bank + branch + acct + ribKey(bank, branch, acct);
  },
  TR: (r) => `${choose(r, L('00010|00012|00046|00062|00064|00067'))}0${digits(r, 16)}`,
  PK: (r) => choose(r, L('HABB|MEZN|UNIL|SCBL|ALFH|MUCB')) + digits(r, 16),
  EG: (r) => choose(r, ['0019', '0002', '0003', '0037']) + digits(r, 4) + digits(r, 17),
  LB: (r) => choose(r, ['0999', '0014', '0040', '0008']) + digits(r, 20),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** Mod-97-valid IBAN, printed in groups of four, compact, or (lowercase chats) in lowercase. */
export function iban(r: Rand, country: string, lower: boolean): { v: string; form: string } {
  const bban = BBAN[country](r);
  const check = String(98 - mod97(`${bban + country}00`)).padStart(2, '0');
  let v = country + check + bban;
  let form = 'compact';
  if (r() < 0.6) {
    v = groups(v, Array(10).fill(4));
    form = 'grouped';
  }
  if (lower && r() < 0.3) {
    v = v.toLowerCase();
    form += '-lower';
  }
  return { v, form };
}
