// Hold-out 29 composer: one semi-structured record (form, table, prose, list) with its values marked as spans.

import { nationalId } from './pii-holdout29-ids.ts';
import { KINDS, LANG_A, type Lang } from './pii-holdout29-lang-a.ts';
import { LANG_B } from './pii-holdout29-lang-b.ts';
import { LANG_C } from './pii-holdout29-lang-c.ts';
import { LANG_D } from './pii-holdout29-lang-d.ts';
import { LOCS_A, type Loc } from './pii-holdout29-people-a.ts';
import { LOCS_B } from './pii-holdout29-people-b.ts';
import { LOCS_C } from './pii-holdout29-people-c.ts';
import {
  atDot,
  choose,
  type Dob,
  dob,
  grouped,
  iban,
  int,
  pad,
  phoneNumber,
  plate,
  type Rand,
  spacedDigits,
  spacedName,
} from './pii-holdout29-values.ts';

export const LOCS: Loc[] = [...LOCS_A, ...LOCS_B, ...LOCS_C];
export const LANGS: Record<string, Lang> = { ...LANG_A, ...LANG_B, ...LANG_C, ...LANG_D };
export type Seg = { s: string; type?: string; sub?: string; obf?: string };
export interface Span {
  type: string;
  sub: string;
  start: number;
  end: number;
  v: string;
  obf: string;
}
export interface Rec {
  text: string;
  spans: Span[];
  loc: string;
  lang: string;
  layout: string;
  kind: string;
}
type Field = { label: string; segs: Seg[]; multi?: string[] };

const pick = (x: Rand, s: string, canon = 0.6) => {
  const a = s.split('|');
  return x() < canon ? a[0] : choose(x, a);
};
const TR: Record<string, string> = Object.fromEntries([
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ'
    .split('')
    .map((c, i) => [
      c,
      'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i ye yi g'.split(' ')[i] ?? '',
    ]),
  ...'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ'
    .split('')
    .map((c, i) => [c, 'a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i'.split(' ')[i] ?? '']),
] as [string, string][]);
const ascii = (s: string) =>
  [...s.toLowerCase()]
    .map((c) => TR[c] ?? c)
    .join('')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

export interface Person {
  given: string;
  family: string;
  full: string;
  f: boolean;
}
export function person(x: Rand, loc: Loc, f = x() < 0.5): Person {
  const given = choose(x, f ? loc.f : loc.m);
  const fams = choose(x, loc.fam).split('|');
  const family = f && fams[1] ? fams[1] : fams[0];
  const r = x();
  const up = (s: string) =>
    loc.lang === 'el'
      ? s
          .toUpperCase()
          .normalize('NFD')
          .replace(/\u0301/g, '')
          .normalize('NFC')
      : s.toUpperCase();
  let full = `${given} ${family}`;
  if (loc.style === 'ff') {
    full = r < 0.6 ? `${family} ${given}` : r < 0.8 ? `${up(family)} ${given}` : `${given} ${family}`;
  } else if (loc.style === 'es' || loc.style === 'pt') {
    const f2 = choose(
      x,
      loc.fam.filter((v) => v !== family),
    );
    const both =
      loc.style === 'pt' && x() < 0.4 ? `${family} ${choose(x, ['da', 'dos', 'de'])} ${f2}` : `${family} ${f2}`;
    full = r < 0.65 ? `${given} ${both}` : r < 0.85 ? `${up(both)}, ${given}` : `${both}, ${given}`;
    return { given, family: both, full, f };
  } else if (loc.style === 'ru') {
    const p = choose(x, loc.pat ?? ['']).split('|')[f ? 1 : 0];
    full =
      r < 0.5
        ? `${family} ${given} ${p}`
        : r < 0.7
          ? `${given} ${p} ${family}`
          : r < 0.85
            ? `${family} ${given[0]}. ${p[0]}.`
            : `${up(family)} ${given} ${p}`;
  } else if (loc.style === 'ar') {
    const father = choose(x, loc.m);
    full =
      r < 0.4
        ? `${given} ${f ? 'bint' : 'bin'} ${father} ${family}`
        : r < 0.55
          ? `${given} ${f ? 'bint' : 'ibn'} ${father} ${family}`
          : r < 0.85
            ? `${given} ${father} ${family}`
            : `${up(family)}, ${given}`;
  } else if (r < 0.12) full = `${up(family)}, ${given}`;
  else if (r < 0.2) full = `${family}, ${given}`;
  else if (r < 0.28) full = `${given} ${up(family)}`;
  else if (r < 0.34 && !given.includes(' ')) full = `${given[0]}. ${choose(x, [...'ABCDEGHJKLMNPRSTW'])}. ${family}`;
  else if (r < 0.4 && loc.m.length > 2) full = `${given} ${choose(x, f ? loc.f : loc.m).split(' ')[0]} ${family}`;
  return { given, family, full, f };
}

const DOMAINS: Record<string, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net'],
  GB: ['btinternet.com', 'gmail.com', 'hotmail.co.uk'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  ZA: ['mweb.co.za', 'gmail.com', 'webmail.co.za'],
  AU: ['bigpond.com', 'gmail.com', 'outlook.com.au'],
  AE: ['gmail.com', 'emirates.net.ae', 'hotmail.com'],
  SG: ['singnet.com.sg', 'gmail.com'],
  JP: ['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  BE: ['skynet.be', 'telenet.be', 'gmail.com'],
  CA: ['videotron.ca', 'hotmail.com', 'bell.net'],
  ES: ['telefonica.net', 'hotmail.es', 'gmail.com'],
  CO: ['hotmail.com', 'gmail.com', 'une.net.co'],
  IT: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
  PT: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
  PL: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
  CZ: ['seznam.cz', 'centrum.cz', 'email.cz'],
  HU: ['freemail.hu', 'citromail.hu', 'gmail.com'],
  RO: ['yahoo.ro', 'gmail.com'],
  TR: ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
  RU: ['yandex.ru', 'mail.ru', 'rambler.ru'],
  UA: ['ukr.net', 'i.ua', 'gmail.com'],
  GR: ['otenet.gr', 'yahoo.gr', 'gmail.com'],
  VN: ['gmail.com', 'yahoo.com.vn'],
  ID: ['gmail.com', 'yahoo.co.id'],
  KE: ['gmail.com', 'yahoo.com'],
  PH: ['yahoo.com.ph', 'gmail.com'],
};
export function email(x: Rand, p: Person, cc: string) {
  const g = ascii(p.given.split(' ')[0]);
  const fam = ascii(p.family.split(' ').pop() ?? '');
  const y = pad(int(x, 60, 99));
  const local = choose(x, [
    `${g}.${fam}`,
    `${g}${fam}${y}`,
    `${g[0]}.${fam}`,
    `${fam}_${g}`,
    `${g}.${fam}${int(x, 1, 9)}`,
    `${fam}${g[0]}`,
  ]);
  return `${local}@${choose(x, DOMAINS[cc])}`;
}

const fill = (t: string, vals: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k) => vals[k] ?? `{${k}}`);
export function address(x: Rand, loc: Loc): string[] {
  const [p, c, r] = choose(x, loc.T).split(';');
  const t = choose(x, loc.A).replace('{s}', choose(x, loc.S));
  const v: Record<string, string> = {
    n: String(int(x, 1, 180)),
    k: String(int(x, 1, 9)),
    u: String(int(x, 2, 48)),
    p,
    c,
    r,
    L: choose(x, ['a', 'b', 'c']),
  };
  return fill(t, v)
    .replace(/\{(\w)\}/g, () => String(int(x, 1, 9)))
    .split('|')
    .map((l) =>
      l
        .replace(/ ,|, $|,\s*,/g, ',')
        .replace(/\s+$/, '')
        .replace(/ +\)/, ')'),
    )
    .filter((l) => l && l !== ',');
}

export function birthDate(x: Rand, loc: Loc, lang: Lang, b: Dob) {
  let ds = lang.dates;
  if (loc.id === 'en-US' || loc.id === 'en-AE') ds = '{mm}/{dd}/{y}|{M} {d}, {y}|{m}/{d}/{y}|{y}-{mm}-{dd}';
  if (loc.id === 'en-JP') ds = '{y}/{mm}/{dd}|{d} {M} {y}|{y}-{mm}-{dd}';
  const M = lang.months.split('|')[b.m - 1];
  return fill(choose(x, ds.split('|')), {
    d: String(b.d),
    dd: pad(b.d),
    m: String(b.m),
    mm: pad(b.m),
    y: String(b.y),
    yy: pad(b.y % 100),
    M,
    M3: M.slice(0, 3),
  });
}

/** The values of one person in a locale (generated lazily by the fields that need them). */
export function profile(x: Rand, loc: Loc, lang: Lang, young = false) {
  const p = person(x, loc);
  const b = young ? dob(x, 2008, 2020) : dob(x);
  const addr = address(x, loc);
  const [idName, id] = nationalId(x, loc.cc, b, p.f, p.given.split(' ')[0], p.family.split(' ')[0]);
  return {
    p,
    b,
    dobText: birthDate(x, loc, lang, b),
    addr,
    phone: phoneNumber(x, loc.cc),
    email: email(x, p, loc.cc),
    idName,
    id,
    plate: plate(x, loc.cc),
    iban: loc.iban ? (x() < 0.7 ? grouped(iban(x, loc.iban)) : iban(x, loc.iban)) : '',
  };
}
export type Profile = ReturnType<typeof profile>;

/** Obfuscate one segment in place (a habit a person would really type). */
export function obfuscate(x: Rand, segs: Seg[]): boolean {
  const can = segs.filter(
    (s) => s.type && ['PHONE', 'EMAIL', 'PERSON', 'ID_NUMBER'].includes(s.type) && !(s.sub === 'plate'),
  );
  if (!can.length) return false;
  const s = choose(x, can);
  if (s.type === 'PHONE') [s.s, s.obf] = [spacedDigits(s.s), 'spaced-digits'];
  else if (s.type === 'EMAIL') [s.s, s.obf] = [atDot(s.s, x), 'at-dot'];
  else if (s.type === 'PERSON') [s.s, s.obf] = [spacedName(s.s), 'spaced-letters'];
  else [s.s, s.obf] = [spacedDigits(s.s), 'spaced-digits'];
  return true;
}

export { KINDS };
export const lineFields = (x: Rand, lang: Lang, key: string) => pick(x, lang.L[key]);
export const extras = (x: Rand, lang: Lang, n: number) => {
  const all = lang.extra.split('|');
  const out: Field[] = [];
  for (let i = 0; i < n; i++) {
    const [k, v] = choose(x, all).split('=');
    if (!out.some((f) => f.label === k)) out.push({ label: k, segs: [{ s: v }] });
  }
  return out;
};
export type { Field };
