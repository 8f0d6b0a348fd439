/**
 * Hold-out 33 document builder (written blind). A template gets a `D` for one locale and writes the document; every
 * personal value goes through a helper that wraps it in a private-use marker (type, form, value), and `unmark`
 * turns the marked text into the plain text plus the value spans. Distractor helpers (amounts, reference numbers,
 * dates that are not birthdays, times, percentages, companies) insert unmarked text.
 */

import { nationalId } from './pii-holdout33-ids.ts';
import { LANG, type Loc, NAMES } from './pii-holdout33-names.ts';
import {
  account,
  address,
  card,
  digits,
  email,
  iban,
  int,
  pad,
  phone,
  pick,
  type Rand,
  username,
} from './pii-holdout33-values.ts';

export const mark = (type: string, form: string, v: string) => `\uE000${type}\uE002${form}\uE002${v}\uE001`;
export interface Span {
  type: string;
  form: string;
  v: string;
  start: number;
  end: number;
}
export function unmark(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let at = 0;
  for (const m of marked.matchAll(/\uE000([^\uE002]+)\uE002([^\uE002]+)\uE002([^\uE001]*)\uE001/g)) {
    text += marked.slice(at, m.index);
    spans.push({ type: m[1], form: m[2], v: m[3], start: text.length, end: text.length + m[3].length });
    text += m[3];
    at = (m.index ?? 0) + m[0].length;
  }
  return { text: text + marked.slice(at), spans };
}

const MONTHS: Record<string, string> = {
  en: 'January|February|March|April|May|June|July|August|September|October|November|December',
  de: 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  pt: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  sv: 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
};
/** [numeric or words, text] for a date in the locale's usual styles. */
export function fmtDate(r: Rand, loc: Loc, dt: Date): [string, string] {
  const d = dt.getDate();
  const m = dt.getMonth();
  const y = dt.getFullYear();
  const mon = MONTHS[LANG[loc]].split('|')[m];
  const words = r() < 0.35;
  if (words) {
    switch (LANG[loc]) {
      case 'en':
        return ['words', loc === 'US' || (loc === 'CA' && r() < 0.5) ? `${mon} ${d}, ${y}` : `${d} ${mon} ${y}`];
      case 'de':
        return ['words', `${d}. ${mon} ${y}`];
      case 'es':
      case 'pt':
        return ['words', `${d} de ${mon} de ${y}`];
      default:
        return ['words', `${d} ${mon} ${y}`];
    }
  }
  if (loc === 'US') return ['numeric', `${pad(m + 1)}/${pad(d)}/${y}`];
  if (loc === 'CA' || loc === 'SE' || (loc === 'ZA' && r() < 0.5)) return ['numeric', `${y}-${pad(m + 1)}-${pad(d)}`];
  if (loc === 'DE') return ['numeric', `${pad(d)}.${pad(m + 1)}.${y}`];
  if (loc === 'NL' || (loc === 'IN' && r() < 0.5)) return ['numeric', `${pad(d)}-${pad(m + 1)}-${y}`];
  return ['numeric', `${pad(d)}/${pad(m + 1)}/${y}`];
}

const TITLES: Record<Loc, [string[], string[]]> = {
  US: [
    ['Ms.', 'Mrs.', 'Dr.'],
    ['Mr.', 'Dr.'],
  ],
  GB: [
    ['Mrs', 'Ms', 'Miss', 'Dr'],
    ['Mr', 'Dr'],
  ],
  CA: [
    ['Ms.', 'Mrs.', 'Mme'],
    ['Mr.', 'Dr.'],
  ],
  AU: [
    ['Ms', 'Mrs'],
    ['Mr', 'Dr'],
  ],
  IN: [
    ['Ms.', 'Smt.', 'Dr.'],
    ['Mr.', 'Shri', 'Dr.'],
  ],
  ZA: [
    ['Mrs', 'Ms', 'Dr'],
    ['Mr', 'Adv.'],
  ],
  DE: [
    ['Frau', 'Frau Dr.'],
    ['Herr', 'Herr Dr.'],
  ],
  FR: [
    ['Mme', 'Madame'],
    ['M.', 'Monsieur'],
  ],
  ES: [
    ['Sra.', 'D.ª', 'Dña.'],
    ['Sr.', 'D.'],
  ],
  IT: [
    ['Sig.ra', 'Dott.ssa'],
    ['Sig.', 'Dott.'],
  ],
  NL: [
    ['mevrouw', 'mevr.'],
    ['de heer', 'dhr.'],
  ],
  PT: [
    ['Sra.', 'Dra.'],
    ['Sr.', 'Dr.'],
  ],
  SE: [['fru'], ['herr']],
};
const CUR: Record<Loc, (n: string) => string> = {
  US: (n) => `$${n}`,
  GB: (n) => `£${n}`,
  CA: (n) => `$${n} CAD`,
  AU: (n) => `A$${n}`,
  IN: (n) => `₹${n}`,
  ZA: (n) => `R${n}`,
  DE: (n) => `${n} €`,
  FR: (n) => `${n} €`,
  ES: (n) => `${n} €`,
  IT: (n) => `€ ${n}`,
  NL: (n) => `€ ${n}`,
  PT: (n) => `${n} €`,
  SE: (n) => `${n} kr`,
};
const ID_LABEL: Record<Loc, string> = {
  US: 'Social Security number',
  GB: 'National Insurance number',
  CA: 'Social Insurance Number',
  AU: 'Tax File Number',
  IN: 'PAN / Aadhaar',
  ZA: 'SA ID number',
  DE: 'Steuer-ID',
  FR: 'numéro de sécurité sociale',
  ES: 'DNI/NIE',
  IT: 'codice fiscale',
  NL: 'BSN',
  PT: 'NIF',
  SE: 'personnummer',
};

export interface Person {
  first: string;
  middle: string;
  last: string;
  female: boolean;
  dob: Date;
}
export function person(r: Rand, loc: Loc): Person {
  const N = NAMES[loc];
  const female = r() < 0.5;
  return {
    first: pick(r, female ? N.f : N.m),
    middle: pick(r, N.mid),
    last: pick(r, N.last),
    female,
    dob: new Date(int(r, 1944, 2003), int(r, 0, 11), int(r, 1, 28)),
  };
}

export type D = ReturnType<typeof makeDoc>;
export function makeDoc(r: Rand, loc: Loc) {
  const p = person(r, loc);
  const q = person(r, loc);
  const P = (form: string, v: string) => mark('PERSON', form, v);
  const title = (x: Person) => pick(r, TITLES[loc][x.female ? 0 : 1]);
  const ini = (s: string) => s.split(/[- ]/)[0][0];
  const num = (n: number, dec = true) => {
    const [i, f] = n.toFixed(2).split('.');
    const eu = LANG[loc] !== 'en';
    const th = loc === 'SE' || loc === 'FR' ? '\u00a0' : eu ? '.' : ',';
    const body = i.replace(/\B(?=(\d{3})+(?!\d))/g, th);
    return dec ? `${body}${eu ? ',' : '.'}${f}` : body;
  };
  const future = () => new Date(2024 + int(r, 0, 2), int(r, 0, 11), int(r, 1, 28));
  const d = {
    loc,
    lang: LANG[loc],
    p,
    q,
    /** pick the male or female word */
    g: (male: string, female: string) => (p.female ? female : male),
    full: () => P('full', `${p.first} ${p.last}`),
    mid: () => P('middle', r() < 0.5 ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${ini(p.middle)}. ${p.last}`),
    ini: () => P('initials', r() < 0.5 ? `${ini(p.first)}. ${ini(p.middle)}. ${p.last}` : `${ini(p.first)}. ${p.last}`),
    rev: () =>
      P('surname-first', r() < 0.5 ? `${p.last.toUpperCase()}, ${p.first}` : `${p.last}, ${p.first} ${p.middle}`),
    /** title + surname, only the surname is the value */
    t: () => `${title(p)} ${P('title+surname', p.last)}`,
    /** title + full name */
    tf: () => `${title(p)} ${P('title+full', `${p.first} ${p.last}`)}`,
    sur: () => P('lone surname', p.last),
    first: () => P('first name', p.first),
    other: () => P('other person', `${q.first} ${q.last}`),
    otherT: () => `${title(q)} ${P('title+surname', q.last)}`,
    addr: () => {
      const a = address(r, loc);
      return mark('ADDRESS', 'one-line', a.lines.join(a.sep));
    },
    addrL: () => mark('ADDRESS', 'letterhead', address(r, loc).lines.join('\n')),
    tel: () => mark('PHONE', loc, phone(r, loc)),
    mail: () => mark('EMAIL', 'email', email(r, loc, p.first, p.last)),
    dob: () => {
      const [form, v] = fmtDate(r, loc, p.dob);
      return mark('DATE_OF_BIRTH', form, v);
    },
    idLabel: ID_LABEL[loc],
    id: (med = false) => {
      const [v, type, form] = nationalId(r, loc, p.dob, p.female, p.last, p.first, med);
      return mark(type, form, v);
    },
    iban: () => mark('IBAN', loc, iban(r, loc)),
    /** the locale's usual way to give a bank account */
    bank: () => {
      const a = account(r, loc);
      const A = (v: string) => mark('ID_NUMBER', 'bank account', v);
      switch (loc) {
        case 'US':
          return `routing number ${a.routing}, account number ${A(a.acct)}`;
        case 'GB':
          return r() < 0.5 ? `sort code ${a.routing}, account number ${A(a.acct)}` : `IBAN ${d.iban()}`;
        case 'CA':
          return `transit/institution ${a.routing}, account ${A(a.acct)}`;
        case 'AU':
          return `BSB ${a.routing}, account number ${A(a.acct)}`;
        case 'IN':
          return `A/c No. ${A(a.acct)}, IFSC ${a.routing}`;
        case 'ZA':
          return `account number ${A(a.acct)}, branch code ${a.routing}`;
        default:
          return `IBAN ${d.iban()}`;
      }
    },
    card: () => mark('CREDIT_CARD', 'card', card(r)),
    user: () => mark('USERNAME', 'username', username(r, p.first, p.last)),
    /* distractors */
    amt: (lo = 50, hi = 5000) => CUR[loc](num(lo + r() * (hi - lo))),
    num: (lo: number, hi: number) => num(int(r, lo, hi), false),
    date: () => fmtDate(r, loc, future())[1],
    time: () =>
      LANG[loc] === 'en' && loc !== 'CA'
        ? `${int(r, 1, 12)}:${pad(int(r, 0, 59))} ${pick(r, ['a.m.', 'p.m.', 'AM', 'PM'])}`
        : `${pad(int(r, 8, 18))}:${pad(int(r, 0, 11) * 5)}`,
    pct: () =>
      `${(r() * 12 + 0.5).toFixed(int(r, 1, 2))}${LANG[loc] === 'en' ? '' : '\u00a0'}%`.replace(
        '.',
        LANG[loc] === 'en' ? '.' : ',',
      ),
    co: () => pick(r, NAMES[loc].companies),
    ref: (pre: string) => `${pre}${pick(r, ['-', '/', ''])}${int(r, 2023, 2025)}-${digits(r, int(r, 4, 7))}`,
    code: (pre: string) => `${pre}${digits(r, int(r, 6, 9))}`,
    n: (lo: number, hi: number) => int(r, lo, hi),
    pick: <T>(a: readonly T[]) => pick(r, a),
    chance: (x: number) => r() < x,
  };
  return d;
}
