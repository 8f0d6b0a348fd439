/**
 * Hold-out 40: raw values per locale (people, e-mails, phones, addresses, dates, secrets) and near-miss fillers.
 */
import { chance, type Dob, int, makeRng, nd, pad, pick, pickS, type Rng, type Who } from './pii-holdout40-ids.ts';
import type { Lang } from './pii-holdout40-lang-a.ts';
import type { Loc } from './pii-holdout40-locales.ts';

export type Person = Who & { name: string; fa: string; la: string; li: number };

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** `shown=latin` token -> [shown, latin]; `_` stands for a space inside one name. */
function token(t: string): [string, string] {
  const [shown, latin] = t.replace(/_/g, ' ').split('=');
  return [shown, ascii(latin ?? shown)];
}

export function person(r: Rng, loc: Loc, born?: [number, number], family?: number): Person {
  const female = chance(r, 0.5);
  const [fem, mal] = loc.first.split('/');
  const [first, fa] = token(pick(r, (female ? fem : mal).split(' ')));
  const lasts = loc.last.split(' ');
  const li = family ?? int(r, 0, lasts.length - 1);
  const forms = lasts[li].split('~');
  const [last, la] = token(forms[female && forms.length > 1 ? 1 : 0]);
  const [y0, y1] = born ?? [1946, 2004];
  const dob: Dob = { y: int(r, y0, y1), m: int(r, 1, 12), d: int(r, 1, 28) };
  const name = loc.id === 'en-SG' && !/Muhammad|Priya|Arjun|Siti/.test(first) ? `${last} ${first}` : `${first} ${last}`;
  return { first: fa, last: la, female, dob, name, fa, la, li };
}

export function email(r: Rng, loc: Loc, p: Person) {
  const yy = pad(p.dob.y % 100, 2);
  const local = pick(r, [
    `${p.fa}.${p.la}`,
    `${p.fa[0]}${p.la}`,
    `${p.fa}${p.la}${yy}`,
    `${p.la}.${p.fa}`,
    `${p.fa}_${p.la}`,
    `${p.fa}.${p.la[0]}${int(r, 1, 99)}`,
  ]);
  return `${local}@${pickS(r, loc.mail, ' ')}`;
}

export function username(r: Rng, p: Person) {
  return pick(r, [
    `${p.fa}${p.la[0]}${int(r, 1, 99)}`,
    `${p.fa[0]}${p.la}_${pad(p.dob.y % 100, 2)}`,
    `${p.la}.${p.fa}`,
    `${p.fa}-${p.la}`,
    `${p.la}${p.fa[0]}`,
  ]);
}

/** Phone: `intl` set when the value is written +cc (used by the spelled-country-code disguise). */
export function phone(r: Rng, loc: Loc) {
  const pat = pickS(r, loc.phones);
  const fill = (s: string) => s.replace(/[#N]/g, (ch) => String(ch === 'N' ? int(r, 2, 9) : int(r, 0, 9)));
  if (pat.startsWith('+')) {
    const v = fill(pat);
    return { value: v, intl: { cc: loc.cc, rest: v.slice(loc.cc.length + 2) } };
  }
  if (pat.startsWith('!') || chance(r, 0.5)) return { value: fill(pat.replace('!', '')) };
  const nat = fill(pat);
  const rest = loc.trunk && nat.startsWith(loc.trunk) ? nat.slice(loc.trunk.length) : nat;
  if (chance(r, 0.12) && loc.cc !== '1') return { value: `00${loc.cc} ${rest}` };
  return { value: `+${loc.cc} ${rest}`, intl: { cc: loc.cc, rest } };
}

export function street(r: Rng, loc: Loc) {
  const big = loc.id === 'en-US' || loc.id === 'en-CA';
  return loc.street
    .replace('{s}', pickS(r, loc.streets))
    .replace('{n}', String(big ? int(r, 12, 9850) : int(r, 1, 148)))
    .replace('{f}', String(int(r, 1, 8)))
    .replace('{u}', loc.id === 'en-SG' ? pad(int(r, 1, 480), 3) : String(int(r, 1, 48)))
    .replace('{L}', pick(r, ['A', 'B', 'C', 'D']));
}
export const town = (r: Rng, loc: Loc) => pickS(r, loc.towns);

export function fmtDate(r: Rng, loc: Loc, lang: Lang, d: Dob) {
  const forms = loc.dob.split('|').filter((f) => lang.mon || !f.includes('MON'));
  const f = pick(r, forms);
  const mon = lang.mon?.split(' ')[d.m - 1] ?? '';
  const map: Record<string, string> = {
    YYYY: String(d.y),
    MON: mon,
    DD: pad(d.d, 2),
    MM: pad(d.m, 2),
    D: String(d.d),
    M: String(d.m),
  };
  return f.replace(/YYYY|MON|DD|MM|D|M/g, (k) => map[k]);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rnd = (r: Rng, n: number, abc = ALNUM) =>
  Array.from({ length: n }, () => abc[int(r, 0, abc.length - 1)]).join('');

export function password(r: Rng) {
  const w = pick(r, [
    'Sommer',
    'Bluebird',
    'Kaffee',
    'Tulipan',
    'Zebra',
    'Mango',
    'Hjemme',
    'Kotik',
    'Sunrise',
    'Lupo',
  ]);
  return pick(r, [
    `${w}${int(r, 1990, 2025)}${pick(r, ['!', '#', '$', '?'])}`,
    `${rnd(r, 3)}${pick(r, ['!', '%', '&'])}${w.toLowerCase()}${int(r, 10, 99)}`,
    rnd(r, int(r, 12, 16)),
  ]);
}
export function apiKey(r: Rng) {
  return pick(r, [
    `sk_live_${rnd(r, 28)}`,
    `ghp_${rnd(r, 36)}`,
    `AKIA${rnd(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    `xoxb-${nd(r, 11)}-${nd(r, 12)}-${rnd(r, 24)}`,
    `AIza${rnd(r, 35)}`,
  ]);
}
export function urlCred(r: Rng, p: Person) {
  const host = pick(r, [
    'nas.home-lab.net',
    'files.verein-kassel.de',
    'ftp.printshop-lisboa.pt',
    'intranet.acme-logistics.com',
    'cloud.kancelaria-nowak.pl',
    'dav.studio-ricci.it:8443',
  ]);
  const scheme = pick(r, ['https', 'https', 'ftp', 'sftp']);
  return `${scheme}://${p.fa}${int(r, 1, 9)}:${password(r).replace(/[#?%&]/g, '!')}@${host}`;
}
export function ip(r: Rng) {
  if (chance(r, 0.2))
    return `2a02:${rnd(r, 4, '0123456789abcdef')}:${rnd(r, 4, '0123456789abcdef')}::${rnd(r, 3, '123456789abcdef')}`;
  const a = pick(r, [31, 46, 62, 78, 84, 91, 109, 145, 176, 185, 188, 203, 213, 217]);
  return `${a}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

/** Near-miss fillers: reference numbers, amounts, ordinary dates, product codes, versions, flights, hashes. */
export function nearMiss(r: Rng, loc: Loc, lang: Lang) {
  const y = int(r, 2024, 2026);
  const D: Dob = { y, m: int(r, 1, 12), d: int(r, 1, 28) };
  const amount = () => {
    const n = `${int(r, 12, 2400)}${loc.lang === 'en' || loc.lang === 'hi' ? '.' : ','}${pad(int(r, 0, 99), 2)}`;
    return /[$£₹]/.test(loc.cur) ? `${loc.cur}${n}` : `${n} ${loc.cur}`;
  };
  const code = () => {
    const cc = loc.id.slice(3);
    const r2 = makeRng(int(r, 1, 1e9));
    return chance(r, 0.5)
      ? `${cc}${pad(int(r2, 0, 99), 2)} ${rnd(r2, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')} ${nd(r2, 4)} ${nd(r2, 4)}`
      : `SKU-${cc}${nd(r2, 2)}-${nd(r2, 4)}-${rnd(r2, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`;
  };
  const famous = pick(r, [
    'Marie Curie',
    'Albert Einstein',
    'Leonardo da Vinci',
    'Frida Kahlo',
    'Wolfgang Amadeus Mozart',
    'Victor Hugo',
    'Fernando Pessoa',
    'Rembrandt van Rijn',
    'Fryderyk Chopin',
    'Franz Kafka',
    'Hans Christian Andersen',
    'Edvard Munch',
    'Jean Sibelius',
    'Gabriel García Márquez',
  ]);
  return {
    REF: pick(r, [
      `${pick(r, ['CLM', 'REF', 'TK', 'INV', 'AZ'])}-${y}-${nd(r, 6)}`,
      `#${nd(r, 7)}`,
      `${rnd(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${nd(r, 9)}${rnd(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`,
      `${nd(r, 4)}/${y}`,
    ]),
    DATE: fmtDate(r, { ...loc, dob: loc.dob.replace(/YYYY-MM-DD\|?/, '') || 'DD.MM.YYYY' }, lang, D),
    AMOUNT: amount(),
    ORDER: pick(r, [`ORD-${y}-${nd(r, 6)}`, `${nd(r, 3)}-${nd(r, 7)}-${nd(r, 7)}`, `A${nd(r, 8)}`]),
    CODE: code(),
    VER: pick(r, [
      `${int(r, 1, 14)}.${int(r, 0, 30)}.${int(r, 0, 9)}`,
      `v${int(r, 2, 9)}.${int(r, 0, 12)}`,
      `${y}.${int(r, 1, 12)}.${int(r, 1, 9)}`,
    ]),
    FLIGHT: `${pick(r, ['LH', 'BA', 'AF', 'IB', 'AZ', 'TP', 'KL', 'LO', 'OK', 'SK', 'DY', 'AY', 'A3', 'SU', 'AI', 'SQ', 'AC', 'UA'])} ${int(r, 100, 4999)}`,
    TIME: `${pad(int(r, 5, 22), 2)}:${pad(int(r, 0, 11) * 5, 2)}`,
    HASH: pick(r, [rnd(r, 64, '0123456789abcdef'), rnd(r, 40, '0123456789abcdef'), rnd(r, 32, '0123456789abcdef')]),
    FAMOUS: famous,
    INST: loc.inst,
  };
}
