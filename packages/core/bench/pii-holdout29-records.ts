// Hold-out 29 records: the fields of each document kind, and the layouts that print them.
import {
  extras,
  type Field,
  KINDS,
  LANGS,
  LOCS,
  lineFields,
  obfuscate,
  type Profile,
  profile,
  type Rec,
  type Seg,
  type Span,
} from './pii-holdout29-compose.ts';
import type { Lang } from './pii-holdout29-lang-a.ts';
import type { Loc } from './pii-holdout29-people-a.ts';
import { choose, type Rand } from './pii-holdout29-values.ts';

const v = (s: string, type: string, sub = ''): Seg => ({ s, type, sub });
const F = (label: string, ...segs: Seg[]): Field => ({ label, segs });
const addrField = (label: string, p: Profile): Field => ({
  label,
  segs: [v(p.addr.join(', '), 'ADDRESS')],
  multi: p.addr,
});

function fields(x: Rand, kind: string, loc: Loc, lang: Lang): Field[] {
  const l = (k: string) => lineFields(x, lang, k);
  const P = profile(x, loc, lang, kind === 'school');
  const Q = profile(x, loc, lang);
  const idF = (p: Profile) => (p.id ? [F(x() < 0.5 ? l('id') : p.idName, v(p.id, 'ID_NUMBER', 'nid'))] : []);
  const ibanF = (p: Profile) => (p.iban ? [F(l('iban'), v(p.iban, 'IBAN'))] : []);
  const dr = (): Seg => ({ s: `${choose(x, lang.dr.split('|'))} ` });
  const maybe = <T>(p: number, a: T[]) => (x() < p ? a : []);
  switch (kind) {
    case 'cv':
      return [
        F(l('name'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        addrField(l('addr'), P),
        F(l('phone'), v(P.phone, 'PHONE')),
        F(l('email'), v(P.email, 'EMAIL')),
        ...extras(x, lang, 2),
        ...maybe(0.6, [F(l('referee'), v(Q.p.full, 'PERSON'), { s: ', ' }, v(Q.phone, 'PHONE'))]),
      ];
    case 'school':
      return [
        F(l('child'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        F(l('parent'), v(Q.p.full, 'PERSON')),
        addrField(l('addr'), Q),
        F(l('phone'), v(Q.phone, 'PHONE')),
        ...maybe(0.7, [F(l('email'), v(Q.email, 'EMAIL'))]),
        ...extras(x, lang, 1),
      ];
    case 'patient':
      return [
        F(l('name'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        addrField(l('addr'), P),
        F(l('phone'), v(P.phone, 'PHONE')),
        ...maybe(0.6, idF(P)),
        F(l('doctor'), dr(), v(Q.p.full, 'PERSON')),
        ...extras(x, lang, 1),
      ];
    case 'rental':
      return [
        F(l('name'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        addrField(l('addr'), P),
        F(l('phone'), v(P.phone, 'PHONE')),
        F(l('email'), v(P.email, 'EMAIL')),
        ...ibanF(P),
        ...maybe(0.4, idF(P)),
        ...extras(x, lang, 1),
      ];
    case 'hotel':
      return [
        F(l('name'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        addrField(l('addr'), P),
        ...maybe(0.5, idF(P)),
        ...maybe(0.6, [F(l('plate'), v(P.plate, 'ID_NUMBER', 'plate'))]),
        F(l('phone'), v(P.phone, 'PHONE')),
        ...extras(x, lang, 2),
      ];
    case 'delivery':
      return [
        F(l('recipient'), v(P.p.full, 'PERSON')),
        addrField(l('addr'), P),
        F(l('phone'), v(P.phone, 'PHONE')),
        ...maybe(0.5, [F(l('sender'), v(Q.p.full, 'PERSON'))]),
        ...extras(x, lang, 1),
      ];
    case 'car':
      return [
        F(l('seller'), v(P.p.full, 'PERSON')),
        addrField(l('addr'), P),
        F(l('phone'), v(P.phone, 'PHONE')),
        F(l('buyer'), v(Q.p.full, 'PERSON')),
        F(l('dob'), v(Q.dobText, 'DATE_OF_BIRTH')),
        ...maybe(0.4, idF(Q)),
        F(l('plate'), v(P.plate, 'ID_NUMBER', 'plate')),
        ...maybe(0.3, ibanF(P)),
        ...extras(x, lang, 1),
      ];
    case 'accident':
      return [
        F(l('driver'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        addrField(l('addr'), P),
        F(l('plate'), v(P.plate, 'ID_NUMBER', 'plate')),
        F(l('phone'), v(P.phone, 'PHONE')),
        F(l('witness'), v(Q.p.full, 'PERSON'), { s: ', ' }, v(Q.phone, 'PHONE')),
        ...extras(x, lang, 1),
      ];
    case 'claim':
      return [
        F(l('name'), v(P.p.full, 'PERSON')),
        F(l('dob'), v(P.dobText, 'DATE_OF_BIRTH')),
        F(l('plate'), v(P.plate, 'ID_NUMBER', 'plate')),
        ...ibanF(P),
        F(l('phone'), v(P.phone, 'PHONE')),
        F(l('email'), v(P.email, 'EMAIL')),
        ...extras(x, lang, 2),
      ];
    default:
      return [
        F(l('tenant'), v(P.p.full, 'PERSON')),
        addrField(l('addr'), P),
        F(l('landlord'), v(Q.p.full, 'PERSON')),
        F(l('phone'), v(Q.phone, 'PHONE')),
        ...maybe(0.3, ibanF(Q)),
        ...extras(x, lang, 1),
      ];
  }
}

const T = (s: string): Seg => ({ s });
const flat = (f: Field): Seg[] => f.segs;
/** One line per field; multi-line addresses printed on their own lines when `ml`. */
function labelLines(x: Rand, fs: Field[], sep: string, ml: boolean, bullet = '', end = '\n'): Seg[] {
  const out: Seg[] = [];
  for (const f of fs) {
    out.push(T(`${bullet}${f.label}${sep}`));
    if (ml && f.multi && f.multi.length > 1 && x() < 0.5) {
      out.push(v(f.multi.join(`\n${' '.repeat(bullet.length)}`), 'ADDRESS'));
    } else out.push(...flat(f));
    out.push(T(end));
  }
  return out;
}
function table(x: Rand, fs: Field[]): Seg[] {
  const style = choose(x, ['pipe2', 'pipe', 'tab', 'csv']);
  const out: Seg[] = [];
  const cell = (f: Field): Seg[] =>
    style === 'csv' && f.segs.some((s) => s.s.includes(',')) ? [T('"'), ...f.segs, T('"')] : f.segs;
  if (style === 'pipe2') {
    out.push(
      T(
        `| ${choose(x, ['Field', 'Feld', 'Campo', '#'])} | ${choose(x, ['Value', 'Wert', 'Valor', '…'])} |\n|---|---|\n`,
      ),
    );
    for (const f of fs) out.push(T(`| ${f.label} | `), ...f.segs, T(' |\n'));
    return out;
  }
  const sep = style === 'tab' ? '\t' : style === 'csv' ? ',' : ' | ';
  const wrap = style === 'pipe' ? ['| ', ' |'] : ['', ''];
  out.push(
    T(
      wrap[0] +
        fs.map((f) => (style === 'csv' && f.label.includes(',') ? `"${f.label}"` : f.label)).join(sep) +
        wrap[1] +
        '\n',
    ),
  );
  if (style === 'pipe') out.push(T(`|${fs.map(() => '---').join('|')}|\n`));
  out.push(T(wrap[0]));
  fs.forEach((f, i) => {
    out.push(...cell(f));
    if (i < fs.length - 1) out.push(T(sep));
  });
  out.push(T(`${wrap[1]}\n`));
  return out;
}
function prose(x: Rand, lang: Lang, loc: Loc, which: number): Seg[] {
  const P = profile(x, loc, lang);
  const Q = profile(x, loc, lang);
  const R = profile(x, loc, lang);
  const vals: Record<string, Seg> = {
    N: v(P.p.full, 'PERSON'),
    D: v(P.dobText, 'DATE_OF_BIRTH'),
    A: v(P.addr.join(', '), 'ADDRESS'),
    P: v(which === 1 ? Q.phone : P.phone, 'PHONE'),
    E: v(P.email, 'EMAIL'),
    V: v(P.plate, 'ID_NUMBER', 'plate'),
    N2: v(Q.p.full, 'PERSON'),
    N3: v(R.p.full, 'PERSON'),
  };
  const out: Seg[] = [];
  for (const part of lang.prose[which].split(/(\{\w+\})/)) {
    const m = /^\{(\w+)\}$/.exec(part);
    out.push(m ? { ...vals[m[1]] } : T(part));
  }
  return out;
}
function listRows(x: Rand, loc: Loc, lang: Lang, layout: string): Seg[] {
  const n = 3 + Math.floor(x() * 3);
  const cols = choose(x, [
    ['name', 'phone', 'email'],
    ['name', 'phone', 'addr'],
    ['name', 'dob', 'phone'],
    ['name', 'email'],
  ]);
  const labels = cols.map((c) => lineFields(x, lang, c));
  const rows = Array.from({ length: n }, () => {
    const P = profile(x, loc, lang);
    const m: Record<string, Seg> = {
      name: v(P.p.full, 'PERSON'),
      phone: v(P.phone, 'PHONE'),
      email: v(P.email, 'EMAIL'),
      addr: v(P.addr.join(', '), 'ADDRESS'),
      dob: v(P.dobText, 'DATE_OF_BIRTH'),
    };
    return cols.map((c) => m[c]);
  });
  const out: Seg[] = [];
  if (layout === 'table') {
    const sep = choose(x, [' | ', '\t', ';']);
    out.push(T(`${labels.join(sep)}\n`));
    for (const r of rows) {
      r.forEach((s, i) => {
        out.push({ ...s }, T(i < r.length - 1 ? sep : '\n'));
      });
    }
  } else {
    const b = choose(x, ['- ', '• ', '* ', '#. ']);
    rows.forEach((r, k) => {
      out.push(T(b === '#. ' ? `${k + 1}. ` : b));
      r.forEach((s, i) => {
        out.push({ ...s }, T(i < r.length - 1 ? choose(x, [', ', ' – ', ' / ']) : '\n'));
      });
    });
  }
  return out;
}

const LAYOUTS: [string, number][] = [
  ['label', 25],
  ['nextline', 12],
  ['table', 17],
  ['prose', 15],
  ['list', 12],
  ['lower', 9],
  ['mixed', 10],
];
export function record(x: Rand, obfRate = 0.1): Rec {
  const loc = choose(x, LOCS);
  const lang = LANGS[loc.lang];
  let r = x() * 100;
  let layout = 'label';
  for (const [k, w] of LAYOUTS) {
    if (r < w) {
      layout = k;
      break;
    }
    r -= w;
  }
  const kinds = KINDS.filter((k) => k !== 'announce');
  let kind: (typeof KINDS)[number] = choose(x, kinds);
  const titles = lang.titles.split('|');
  let body: Seg[];
  if (layout === 'prose') {
    const which = Math.floor(x() * 3);
    kind = (['cv', 'accident', 'announce'] as const)[which];
    body = prose(x, lang, loc, which);
  } else if (kind === 'list' || (layout === 'list' && x() < 0.5)) {
    kind = 'list';
    if (layout !== 'table' && layout !== 'lower') layout = 'list';
    body = listRows(x, loc, lang, layout === 'table' ? 'table' : 'list');
  } else {
    const other = LANGS[loc.lang === 'en' ? choose(x, ['es', 'fr', 'de']) : 'en'];
    const fs = fields(x, kind, loc, layout === 'mixed' ? other : lang);
    if (layout === 'table') body = table(x, fs);
    else if (layout === 'nextline') body = labelLines(x, fs, ':\n', true, '', '\n\n');
    else if (layout === 'list') body = labelLines(x, fs, ': ', false, choose(x, ['- ', '• ', '* ']));
    else body = labelLines(x, fs, choose(x, [': ', ': ', ':  ', ' : ', ':\t', ' - ']), layout !== 'lower');
  }
  if (x() < obfRate) obfuscate(x, body);
  const req = choose(x, lang.req.split('|')).replace('{t}', titles[KINDS.indexOf(kind as (typeof KINDS)[number])]);
  const segs: Seg[] = x() < 0.8 ? [T(`${req}\n\n`), ...body] : [...body, T(`\n${req}`)];
  let text = '';
  const spans: Span[] = [];
  for (const s of segs) {
    const str = layout === 'lower' ? s.s.toLowerCase() : s.s;
    if (s.type)
      spans.push({
        type: s.type,
        sub: s.sub ?? '',
        start: text.length,
        end: text.length + str.length,
        v: str,
        obf: s.obf ?? 'plain',
      });
    text += str;
  }
  return { text: text.trimEnd(), spans, loc: loc.id, lang: loc.lang, layout, kind };
}
