/**
 * HOLD-OUT obfuscation corpus, written separately from pii-corpus.ts / pii-values.ts and never used for tuning:
 * own value generators (phones from libphonenumber's example numbers of every region, formatted nationally and
 * internationally), own carrier sentences in eight languages and own obfuscations. Prints recall per type and per
 * obfuscation, then false hits on a clean set of PII-free sentences full of numbers.
 * Usage: node packages/core/bench/pii-holdout.ts [perType=120] [seed=99]
 */

import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getExampleNumber } from 'libphonenumber-js/max';
import { createPiiEngine } from '../src/pii/index.ts';

let state = Number(process.argv[3] ?? 99) >>> 0;
const rand = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const num = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const perType = Number(process.argv[2] ?? 120);

const REGIONS = Object.keys(examples) as CountryCode[];
function phone(): { v: string; lang: string } {
  const region = pick(REGIONS);
  const ex = getExampleNumber(region, examples as never);
  if (!ex) return phone();
  const style = pick(['national', 'international', 'e164', 'national-dots', 'national-slash', 'intl-00', 'parens']);
  const nat = ex.formatNational();
  let v: string;
  switch (style) {
    case 'national':
      v = nat;
      break;
    case 'international':
      v = ex.formatInternational();
      break;
    case 'e164':
      v = ex.number;
      break;
    case 'national-dots':
      v = nat.replace(/[\s-]+/g, '.');
      break;
    case 'national-slash':
      v = nat.replace(/[\s-]+/, '/');
      break;
    case 'intl-00':
      v = ex.formatInternational().replace('+', '00');
      break;
    default:
      v = `(${ex.nationalNumber.slice(0, 3)}) ${ex.nationalNumber.slice(3)}`;
  }
  return { v, lang: 'en' };
}
const FIRST = ['li', 'omar', 'sofia', 'kwame', 'yuki', 'lars', 'ines', 'raj', 'olga', 'tom', 'zoe', 'mateo'];
const LAST = ['nguyen', 'okafor', 'lindqvist', 'garcia-lopez', 'tanaka', 'oconnor', 'smith', 'novak', 'haddad'];
const DOMAINS = [
  'mail.example.net',
  'example.co.uk',
  'uni-example.edu',
  'firma.example.de',
  'example.io',
  'xn--bcher-kva.example',
];
function email(): { v: string; lang: string } {
  const local = pick([
    () => `${pick(FIRST)}.${pick(LAST)}`,
    () => `${pick(FIRST)}${num(2)}`,
    () => `${pick(FIRST)}+news@`.slice(0, -1),
    () => `${pick(FIRST)[0]}_${pick(LAST)}`,
  ])();
  return { v: `${local}@${pick(DOMAINS)}`, lang: 'en' };
}
function luhn(p: string): string {
  for (let d = 0; d < 10; d++) {
    const s = p + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  return p;
}
function card(): { v: string; lang: string } {
  const p = pick(['4', '51', '52', '55', '2221', '6011', '35', '34', '37']);
  const len = p === '34' || p === '37' ? 15 : 16;
  const d = luhn(p + num(len - p.length - 1));
  return {
    v: len === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, '$1 '),
    lang: 'en',
  };
}
function iban(): { v: string; lang: string } {
  const [cc, len] = pick([
    ['DE', 22],
    ['FR', 27],
    ['GB', 22],
    ['NL', 18],
    ['ES', 24],
    ['IT', 27],
  ] as const);
  const bban = cc === 'GB' || cc === 'NL' ? pick(['ABNA', 'WEST', 'RABO']) + num(len - 8) : num(len - 4);
  const numeric = [...`${bban}${cc}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  const check = String(98 - r).padStart(2, '0');
  return { v: `${cc}${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 '), lang: 'en' };
}
function ssn(): { v: string; lang: string } {
  const a = String(100 + Math.floor(rand() * 565)).padStart(3, '0');
  return { v: `${a}-${String(10 + Math.floor(rand() * 89))}-${String(1000 + Math.floor(rand() * 8999))}`, lang: 'en' };
}
function ip(): { v: string; lang: string } {
  return {
    v: `${11 + Math.floor(rand() * 200)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${1 + Math.floor(rand() * 250)}`,
    lang: 'en',
  };
}

const GENS = { PHONE: phone, EMAIL: email, CREDIT_CARD: card, IBAN: iban, US_SSN: ssn, IP_ADDRESS: ip };
const CARRIERS: [string, string][] = [
  ['eng', 'Could you update my details? {v} is the right one now.'],
  ['eng', 'sure — {v}'],
  ['deu', 'Bitte notieren Sie: {v}. Danke!'],
  ['fra', 'Voici mes coordonnées : {v} (merci de ne pas partager)'],
  ['spa', 'Mis datos son {v}, gracias'],
  ['ita', 'I miei dati: {v}'],
  ['nld', 'Mijn gegevens: {v}.'],
  ['por', 'Segue: {v}'],
  ['tur', 'Bilgilerim şöyle: {v}'],
];
const ZW = ['\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const OBF: Record<string, (v: string, type: string) => string> = {
  asis: (v) => v,
  quoted: (v) => `"${v}"`,
  angle: (v) => `<${v}>`,
  wrapped: (v) => v.replace(/ (?=\S+$)/, '\n'),
  'zw-inside': (v) => {
    const k = 1 + Math.floor(rand() * (v.length - 1));
    return v.slice(0, k) + pick(ZW) + v.slice(k);
  },
  'zw-before-at': (v, t) => (t === 'EMAIL' ? v.replace('@', `${pick(ZW)}@`) : v.replace(/ /g, `${pick(ZW)} `)),
  nbsp: (v) => v.replace(/ /g, '\u202f'),
  'en-dash': (v) => v.replace(/[ -]/g, '\u2013'),
  'greek-homoglyph': (v) => v.replace(/o/g, '\u03bf').replace(/i/g, '\u03b9'),
  upper: (v) => v.toUpperCase(),
  'spaced-at': (v, t) => (t === 'EMAIL' ? v.replace('@', ' @ ') : v.replace(/ /g, '  ')),
  'paren-at': (v, t) =>
    t === 'EMAIL' ? v.replace('@', '(at)').replace(/\.(?=[^.]+$)/, '(dot)') : v.replace(/ /g, '/'),
  'trailing-punct': (v) => `${v}...`,
};
const CONTEXT: Record<string, string> = {
  PHONE: 'phone:',
  EMAIL: 'e-mail:',
  CREDIT_CARD: 'Visa',
  IBAN: 'IBAN',
  US_SSN: 'social security no.',
  IP_ADDRESS: 'host',
};

const engine = createPiiEngine();
const stats = new Map<string, [number, number]>();
const add = (k: string, hit: boolean) => {
  const s = stats.get(k) ?? [0, 0];
  s[0] += hit ? 1 : 0;
  s[1]++;
  stats.set(k, s);
};
for (const [type, gen] of Object.entries(GENS)) {
  for (let i = 0; i < perType; i++) {
    const { v: value } = gen();
    const [obfName, obf] = pick(Object.entries(OBF));
    const v = obf(value, type);
    const [lang, carrier] = pick(CARRIERS);
    const withContext = rand() < 0.5;
    const template = withContext ? carrier.replace('{v}', `${CONTEXT[type]} {v}`) : carrier;
    const start = template.indexOf('{v}');
    const text = template.replace('{v}', v);
    const end = start + v.length;
    const found = await engine.detect(text, { language: lang });
    // Leak-based hit: every letter/digit of the value lies inside some detected entity (of any type).
    const covered = (k: number) => found.some((e) => e.start <= k && k < e.end);
    let leak = false;
    for (let k = start; k < end; k++) if (/[\p{L}\p{N}]/u.test(text[k]) && !covered(k)) leak = true;
    const typed = found.some((e) => e.type === type && e.start < end && start < e.end);
    add(`${type}\t*`, !leak);
    add(`${type}\ttyped`, typed && !leak);
    add(`${type}\t${obfName}`, !leak);
    add(`ALL\t${obfName}`, !leak);
    add('ALL\t*', !leak);
    if (leak && process.env.SHOW)
      console.log(
        'LEAK',
        type,
        obfName,
        JSON.stringify(text),
        found.map((e) => e.text),
      );
  }
}
console.log('hold-out recall (no character of the value left visible; "typed" = also the right type)');
for (const [k, [h, n]] of [...stats].sort()) console.log(`${k}\t${((100 * h) / n).toFixed(1)}%\t${n}`);

// Clean set: sentences with numbers that are not personal data.
const CLEAN = [
  'The invoice 2024-000123 totals 1,234.56 EUR and is due on 2024-07-15.',
  'Version 3.14.159 was released on 12.05.2023; build 20230512 fixed 17 bugs.',
  'Our revenue grew from $12 345 678 to $23 456 789 between 2019 and 2023.',
  'The flight LH 2023 leaves at 14:35 from gate B12; seat 23A.',
  'ISBN 978-3-16-148410-0 is a reference number for a book.',
  'Coordinates 48.137154, 11.576124 are in Munich.',
  'Order #987654321 shipped; tracking number 1Z999AA10123456784.',
  'The population of Tokyo is about 13 960 000 people.',
  'Please compute 123456 * 789 and round to 2 decimals.',
  'In 1999-2004 the index rose from 1 024.5 to 2 048.75 points.',
  'Die Lieferung kommt am 03.04.2025 zwischen 8 und 12 Uhr, Bestellung 4711-0815.',
  'Le prix est de 1 299,99 € TTC, référence 2024/11/0042.',
  'El paquete pesa 12 500 kg y mide 2 300 mm.',
  'Seed 42, epochs 100, batch 256, learning rate 0.0003, 1 000 000 steps.',
  'The year 2024 had 366 days; 2025 has 365.',
  'Room 4.12 on floor 3, call extension 1234 for help.',
  'Matrix [[1, 2, 3], [4, 5, 6]] has determinant 0.',
  'Use port 8080 or 443, timeout 30000 ms, retries 3.',
  'The hash is 5f4dcc3b5aa765d61d8327deb882cf99 for the word password.',
  'Call the function with arguments 10 20 30 40 50.',
  'UNIX time 1717171717 corresponds to May 31, 2024.',
  'Her record: 100 m in 10.49 s, 200 m in 21.34 s.',
  'Bestell-Nr. 123 456 789, Rechnung vom 01.02.2024 über 1.234,00 EUR.',
  'My score went from 1 234 567 to 2 345 678 points in the game.',
  'Please sort these: 5 3 8 1 9 2 7 4 6 0.',
];
let fp = 0;
const hits: string[] = [];
for (const t of CLEAN) {
  const found = await engine.detect(t);
  fp += found.length;
  for (const e of found) hits.push(`${e.type}: ${e.text}`);
}
console.log(
  `false hits on ${CLEAN.length} clean sentences with numbers: ${fp}${hits.length ? ` (${hits.join('; ')})` : ''}`,
);
