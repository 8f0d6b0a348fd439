/**
 * Hold-out 31 values: seeded PRNG and generators for cards (Luhn), (phones are in pii-holdout31-phones.ts),
 * IBANs (mod 97, with the national keys of FR/ES/PT), IPs, dates of birth in many formats, and e-mails and usernames
 * built from the person's name. Regions: US, UK, IN (English), FR, DE, IT, ES, NL, PT, BR.
 */
export type Rand = () => number;

/** sfc32, seeded through splitmix32. */
export function sfc32(seed: number): Rand {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
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
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type Region = 'US' | 'UK' | 'IN' | 'FR' | 'DE' | 'IT' | 'ES' | 'NL' | 'PT' | 'BR';

const luhnDigit = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
export const luhnOk = (n: string) => luhnDigit(n.slice(0, -1)) === n.slice(-1);

/** A Luhn-valid card: Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5), Discover; spaced, compact or dashed. */
export function card(r: Rand): [string, string] {
  const brand = choose(r, ['visa', 'visa', 'mc', 'mc', 'amex', 'disc']);
  const pre =
    {
      visa: '4',
      mc: choose(r, ['51', '52', '53', '54', '55', `${int(r, 2221, 2720)}`]),
      amex: choose(r, ['34', '37']),
      disc: '6011',
    }[brand] ?? '4';
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + digits(r, len - 1 - pre.length);
  const n = body + luhnDigit(body);
  const style = r();
  const groups = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : (n.match(/..../g) ?? []);
  const printed = style < 0.45 ? groups.join(' ') : style < 0.85 ? n : groups.join('-');
  return [printed, brand];
}

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
const frKey = (b: string, g: string, a: string) => pad(97 - ((89 * Number(b) + 15 * Number(g) + 3 * Number(a)) % 97));
const esDc = (s: string) => {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = (x: string) => {
    const v = 11 - (x.split('').reduce((t, c, i) => t + Number(c) * w[i], 0) % 11);
    return String(v === 11 ? 0 : v === 10 ? 1 : v);
  };
  return d(`00${s.slice(0, 8)}`) + d(s.slice(8));
};
const letters = (r: Rand, n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');
const BBAN: Record<string, (r: Rand) => string> = {
  GB: (r) => choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 14),
  IE: (r) => choose(r, ['AIBK', 'BOFI']) + digits(r, 14),
  FR: (r) => {
    const [b, g, a] = [digits(r, 5), digits(r, 5), digits(r, 11)];
    return b + g + a + frKey(b, g, a);
  },
  DE: (r) => digits(r, 18),
  IT: (r) => letters(r, 1) + digits(r, 10) + digits(r, 12),
  ES: (r) => {
    const [e, o, a] = [digits(r, 4), digits(r, 4), digits(r, 10)];
    return e + o + esDc(e + o + a) + a;
  },
  NL: (r) => choose(r, ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + digits(r, 10),
  PT: (r) => {
    const b = `00${choose(r, ['07', '10', '33', '35', '36'])}${digits(r, 15)}`;
    return b + pad(98 - mod97(`${b}00`));
  },
  BR: (r) => `${digits(r, 23)}C${int(r, 1, 2)}`,
  BE: (r) => {
    const b = digits(r, 10);
    return b + pad(Number(b) % 97 || 97);
  },
};
/** A mod-97 valid IBAN of `cc`, printed in groups of four (60%) or compact. */
export function iban(r: Rand, cc: string): string {
  const bban = BBAN[cc](r);
  const check = pad(98 - mod97(`${bban}${cc}00`));
  const s = cc + check + bban;
  return r() < 0.6 ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
}
export const ibanOk = (s: string) => {
  const c = s.replaceAll(' ', '');
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
};

export function ip(r: Rand): [string, string] {
  const x = r();
  if (x < 0.3)
    return [
      `${choose(r, [192, 10, 172])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
        .replace(/^192\.\d+/, '192.168')
        .replace(/^172\.\d+/, `172.${int(r, 16, 31)}`),
      'ipv4-private',
    ];
  if (x < 0.7)
    return [
      `${choose(r, [23, 45, 62, 81, 89, 91, 104, 151, 185, 203, 212, 78])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
      'ipv4',
    ];
  const h = () => int(r, 0, 0xffff).toString(16);
  const pre = choose(r, ['2a02', '2001:4860', '2a01', '2600', '2604', '2a00', 'fe80']);
  const parts = pre.split(':');
  if (x < 0.85) {
    while (parts.length < 8) parts.push(h());
    return [parts.join(':'), 'ipv6-full'];
  }
  return [`${pre}:${h()}::${h()}${r() < 0.5 ? `:${h()}` : ''}`, 'ipv6-compressed'];
}

const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
};
/** A date of birth (1948-2007) in a format of the language: [text, format name]. */
export function dob(r: Rand, lang: string, region: Region): [string, string] {
  const [y, m, d] = [int(r, 1948, 2007), int(r, 1, 12), int(r, 1, 28)];
  const mn = MONTHS[lang.slice(0, 2)] ?? MONTHS.en;
  const name = mn[m - 1];
  const f = r();
  if (f < 0.2) return [`${y}-${pad(m)}-${pad(d)}`, 'iso'];
  if (lang.startsWith('en')) {
    if (region === 'US') {
      if (f < 0.45) return [`${pad(m)}/${pad(d)}/${y}`, 'mm/dd/yyyy'];
      if (f < 0.75) return [`${name} ${d}, ${y}`, 'month-d-yyyy'];
      return [`${name.slice(0, 3)} ${d}, ${y}`, 'mon-d-yyyy'];
    }
    if (f < 0.55) return [`${pad(d)}/${pad(m)}/${y}`, 'dd/mm/yyyy'];
    if (f < 0.8) return [`${d} ${name} ${y}`, 'd-month-yyyy'];
    return [
      `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'} ${name} ${y}`,
      'dth-month-yyyy',
    ];
  }
  if (f < 0.55) {
    const sep = { de: '.', nl: '-', fr: '/', it: '/', es: '/', pt: '/' }[lang] ?? '/';
    return [`${pad(d)}${sep}${pad(m)}${sep}${y}`, `dd${sep}mm${sep}yyyy`];
  }
  if (lang === 'de') return [`${d}. ${name} ${y}`, 'd.-month-yyyy'];
  if (lang === 'es' || lang === 'pt') return [`${d} de ${name} de ${y}`, 'd-de-month-de-yyyy'];
  return [`${d === 1 && lang === 'fr' ? '1er' : d} ${name} ${y}`, 'd-month-yyyy'];
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const MAIL: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'protonmail.com', 'aol.com'],
  fr: ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'outlook.fr'],
  de: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de'],
  it: ['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it', 'alice.it'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl'],
  pt: ['sapo.pt', 'gmail.com', 'hotmail.com', 'uol.com.br', 'outlook.pt'],
};
/** An e-mail address built from the name (personal provider or the employer's domain). */
export function email(r: Rand, lang: string, first: string, last: string, company?: string): string {
  const [f, l] = [ascii(first.split(/[ -]/)[0]), ascii(last.replace(/^(van|de|der|den|da|dos|del|di)\s+/i, ''))];
  const y = String(int(r, 50, 99) + 1900).slice(r() < 0.5 ? 2 : 0);
  const local = choose(r, [
    `${f}.${l}`,
    `${f}.${l}`,
    `${f[0]}.${l}`,
    `${f}${l}`,
    `${l}.${f}`,
    `${f}_${l}${y}`,
    `${f}${l[0]}${y}`,
    `${f[0]}${l}`,
  ]);
  const dom =
    company && r() < 0.4
      ? `${ascii(company)}.${choose(r, ['com', 'io', 'org', 'eu'])}`
      : choose(r, MAIL[lang.slice(0, 2)] ?? MAIL.en);
  return `${local}@${dom}`;
}
export function username(r: Rand, first: string, last: string): string {
  const [f, l] = [ascii(first.split(/[ -]/)[0]), ascii(last.split(/[ -]/).pop() ?? last)];
  return choose(r, [
    `${f}${l}${int(r, 1, 99)}`,
    `${f[0]}${l}`,
    `${f}_${l[0]}${int(r, 10, 2024)}`,
    `${l}.${f}`,
    `${f}.${l}${int(r, 1, 9)}`,
    `${f}${int(r, 80, 2005)}`,
  ]);
}
