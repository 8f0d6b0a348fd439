/**
 * Hold-out 40: composes documents (letters, forms, e-mails, CV headers, guest lists) with recorded value spans,
 * and clean documents of the same genres with near misses only.
 */
import { type Ctx, disguise } from './pii-holdout40-disguise.ts';
import { card, chance, iban, int, makeRng, nationalId, pick, pickS, type Rng, shuffle } from './pii-holdout40-ids.ts';
import { LANG_A, type Lang } from './pii-holdout40-lang-a.ts';
import { LANG_B } from './pii-holdout40-lang-b.ts';
import { LOCALES, type Loc } from './pii-holdout40-locales.ts';
import * as V from './pii-holdout40-values.ts';

export const LANGS: Record<string, Lang> = { ...LANG_A, ...LANG_B };
export const GENRES = Object.keys(LANG_A.en.g);
export type Span = { type: string; kind: string; start: number; end: number; text: string; disguise: string };
export type Doc = { text: string; spans: Span[]; locale: string; lang: string; l3?: string; genre: string };
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const SLOTS = 'name email phone address town dob iban card ip user pass key link'.split(' ');

function builder(r: Rng, lang: Lang) {
  let text = '';
  const spans: Span[] = [];
  const words = lang.w.split(' ');
  const t = (s: string) => {
    text += s;
  };
  const v = (type: string, kind: string, raw: string, extra: Partial<Ctx> = {}) => {
    const d = disguise(raw, { r, type, words, ...extra }, kind.startsWith('id:'));
    spans.push({ type, kind, start: text.length, end: text.length + d.text.length, text: d.text, disguise: d.name });
    text += d.text;
  };
  /** Pattern with {X}: a function emits a value, a string is literal. */
  const say = (pat: string, vals: Record<string, string | (() => void)>) => {
    for (const [i, part] of pat.split(/\{(\w+)\}/).entries()) {
      if (i % 2 === 0) t(part);
      else {
        const x = vals[part];
        if (typeof x === 'function') x();
        else t(x ?? `{${part}}`);
      }
    }
  };
  return {
    t,
    v,
    say,
    get text() {
      return text;
    },
    spans,
  };
}

const CANDIDATES: Record<string, string[]> = {
  hr: ['address', 'dob', 'id', 'iban', 'phone', 'email', 'person2'],
  medical: ['dob', 'id', 'phone', 'address', 'person2', 'email'],
  insurance: ['dob', 'iban', 'phone', 'email', 'address', 'id', 'card'],
  rental: ['address', 'phone', 'email', 'dob', 'id', 'iban', 'person2'],
  school: ['person2', 'dob', 'address', 'phone', 'email', 'id'],
  bank: ['iban', 'card', 'phone', 'email', 'address', 'ip', 'dob'],
  support: ['email', 'phone', 'user', 'ip', 'pass', 'key', 'url'],
  travel: ['person2', 'dob', 'email', 'phone', 'card', 'id'],
  delivery: ['address', 'phone', 'email', 'card'],
  police: ['dob', 'address', 'phone', 'person2', 'ip', 'id', 'email'],
  cv: ['address', 'phone', 'email', 'dob', 'user'],
  guests: [],
};

/** One value to place: `emit` writes it (label and value) through the builder. */
type Item = {
  slot: string;
  inline?: string;
  field: () => void;
  inlineEmit?: () => void;
  sign?: boolean;
  greet?: () => void;
};

function items(r: Rng, b: ReturnType<typeof builder>, loc: Loc, lang: Lang, genre: string, main: V.Person) {
  const lab = Object.fromEntries(lang.lab.split('|').map((l, i) => [SLOTS[i], l]));
  const inl: Record<string, string[]> = {};
  for (const e of lang.inl.split(';')) {
    const k = e.indexOf(':');
    inl[e.slice(0, k)] = [...(inl[e.slice(0, k)] ?? []), e.slice(k + 1)];
  }
  const frame = lang.g[genre].split('|');
  const n = int(r, 2, 8);
  const chosen = shuffle(r, [...CANDIDATES[genre]])
    .filter((s) => s !== 'iban' || loc.iban)
    .slice(0, n - 1);
  const child = genre === 'school' ? V.person(r, loc, [2011, 2019], main.li) : undefined;
  let count = 1 + chosen.length;
  const out: Item[] = [];
  const field = (label: string, emit: () => void) => () => {
    b.t(`${label}: `);
    emit();
    b.t('\n');
  };
  const add = (slot: string, emit: () => void, label = lab[slot] ?? slot, pats = inl[slot]) => {
    const pat = pats && chance(r, 0.5) ? pick(r, pats) : undefined;
    out.push({ slot, field: field(label, emit), inline: pat, inlineEmit: emit });
  };
  for (const s of chosen) {
    if (s === 'person2') {
      const p2 = child ?? V.person(r, loc);
      const doc = genre === 'medical' && chance(r, 0.7) ? lang.titles.split('~')[2] : '';
      const emit = () => {
        if (doc) b.t(`${doc} `);
        b.v('PERSON', 'second', p2.name);
      };
      const [tf, tm] = lang.titles.split('~');
      const dear = lang.dear.split('~')[p2.female ? 0 : 1];
      const title = doc || (p2.female ? tf : tm);
      const greet = () =>
        b.say(`${dear.replace(/\{T\} ?/, title ? '{T} ' : '')}\n\n`, {
          T: title,
          P: () => b.v('PERSON', 'second', p2.name),
        });
      out.push({
        slot: s,
        field: field(frame[3], emit),
        greet: ['hr', 'medical', 'rental', 'support'].includes(genre) ? greet : undefined,
      });
    } else if (s === 'address') {
      const st = V.street(r, loc);
      const tw = V.town(r, loc);
      const mode = count < 8 ? pick(r, ['street', 'split', 'full']) : pick(r, ['street', 'full']);
      if (mode === 'split') {
        count++;
        const both = () => {
          b.v('ADDRESS', 'street', st);
          b.t(', ');
          b.v('ADDRESS', 'town', tw);
        };
        const pats = inl.address;
        const pat = chance(r, 0.5) ? pick(r, pats) : undefined;
        out.push({
          slot: s,
          inline: pat,
          inlineEmit: both,
          field: () => {
            field(lab.address, () => b.v('ADDRESS', 'street', st))();
            field(lab.town, () => b.v('ADDRESS', 'town', tw))();
          },
        });
      } else add(s, () => b.v('ADDRESS', mode, mode === 'full' ? `${st}, ${tw}` : st));
    } else if (s === 'dob') {
      const d = V.fmtDate(r, loc, lang, (child ?? main).dob);
      add(s, () => b.v('DATE_OF_BIRTH', child ? 'child' : 'self', d), lab.dob, child ? [] : inl.dob);
    } else if (s === 'id') {
      const [kind, label] = pickS(r, loc.ids).split(':');
      const id = nationalId(r, kind, main);
      add(
        s,
        () => b.v(id.type, `id:${kind}`, id.value),
        label,
        inl.id?.map((p) => p.replace('{L}', label)),
      );
    } else if (s === 'email') {
      const e = V.email(r, loc, main);
      add(s, () => b.v('EMAIL', 'email', e));
      out[out.length - 1].sign = chance(r, 0.4);
    } else if (s === 'phone') {
      const ph = V.phone(r, loc);
      add(s, () => b.v('PHONE', ph.intl ? 'intl' : 'national', ph.value, { intl: ph.intl }));
      out[out.length - 1].sign = chance(r, 0.4);
    } else if (s === 'iban' && loc.iban) {
      const [cc, len, banks, suf] = loc.iban;
      const x = iban(r, cc, len, banks, suf);
      add(s, () => b.v('IBAN', cc, x));
    } else if (s === 'card') add(s, () => b.v('CREDIT_CARD', 'card', card(r)));
    else if (s === 'ip') add(s, () => b.v('IP_ADDRESS', 'ip', V.ip(r)));
    else if (s === 'user') {
      const u = V.username(r, main);
      add(s, () => b.v('USERNAME', 'user', u), chance(r, 0.3) ? 'Login' : lab.user);
    } else if (s === 'pass') add(s, () => b.v('SECRET', 'password', V.password(r)));
    else if (s === 'key') add(s, () => b.v('SECRET', 'apikey', V.apiKey(r)));
    else if (s === 'url') add(s, () => b.v('URL_CREDENTIALS', 'url', V.urlCred(r, main)), lab.link, inl.url);
  }
  return out;
}

function personalDoc(r: Rng, loc: Loc, genre: string, extra: number): Doc {
  const lang = LANGS[loc.lang];
  const b = builder(r, lang);
  const frame = lang.g[genre].split('|').map(cap);
  const main = V.person(r, loc);
  const lab = lang.lab.split('|');
  const list = items(r, b, loc, lang, genre, main);
  const layout = genre === 'cv' ? 'cv' : genre === 'guests' ? 'list' : pick(r, ['letter', 'letter', 'form', 'email']);
  const fill = (s: string) => b.say(s, V.nearMiss(r, loc, lang));
  const moreText = () => {
    for (const m of shuffle(r, lang.more.split('|')).slice(0, extra)) b.t(` ${m}`);
  };
  if (extra >= 4 || chance(r, 0.4)) b.t(`${pickS(r, lang.ask)}\n\n`);
  const P = () => b.v('PERSON', 'main', main.name);
  if (layout === 'list') {
    fill(`${frame[0]}\n\n${frame[1]}\n\n`);
    const guests = int(r, 1, 3);
    for (let i = 1; i <= guests; i++) {
      const g = V.person(r, loc);
      b.t(`${i}. `);
      b.v('PERSON', 'guest', g.name);
      const k = int(r, 0, 2);
      if (k !== 1) {
        b.t(' – ');
        const ph = V.phone(r, loc);
        b.v('PHONE', ph.intl ? 'intl' : 'national', ph.value, { intl: ph.intl });
      }
      if (k !== 0) {
        b.t(', ');
        b.v('EMAIL', 'email', V.email(r, loc, g));
      }
      b.t(chance(r, 0.3) ? ' (V)\n' : '\n');
    }
    fill(`\n${frame[2]}`);
    moreText();
    b.t(`\n\n${pickS(r, lang.close)}\n`);
    P();
    return { text: b.text, spans: b.spans, locale: loc.id, lang: loc.lang, l3: loc.l3, genre };
  }
  if (layout === 'cv') {
    b.t(`${frame[0]}\n\n`);
    P();
    b.t('\n');
    for (const it of list) it.field();
    fill(`\n${frame[1]}\n\n${frame[2]}`);
    moreText();
    return { text: b.text, spans: b.spans, locale: loc.id, lang: loc.lang, l3: loc.l3, genre };
  }
  if (layout === 'form') {
    fill(`${frame[0]}\n\n`);
    b.t(`${lab[0]}: `);
    P();
    b.t('\n');
    for (const it of list) it.field();
    b.t('\n');
    fill(`${frame[1]} ${frame[2]}`);
    moreText();
    return { text: b.text, spans: b.spans, locale: loc.id, lang: loc.lang, l3: loc.l3, genre };
  }
  fill(layout === 'email' ? `${lang.subj}: ${frame[0]}\n\n` : `${frame[0]}\n\n`);
  const g = list.find((it) => it.greet);
  if (g?.greet && chance(r, 0.6)) {
    g.greet();
    list.splice(list.indexOf(g), 1);
  } else b.t(`${pickS(r, lang.hello)}\n\n`);
  const selfIntro = chance(r, 0.35) && lang.inl.includes('person:');
  if (selfIntro) {
    const pats = lang.inl.split(';').filter((e) => e.startsWith('person:'));
    b.say(`${pick(r, pats).slice(7)} `, { V: P });
  }
  fill(frame[1]);
  const inline = list.filter((it) => it.inline && !it.sign);
  for (const it of inline) {
    b.t(' ');
    b.say(it.inline ?? '', { V: it.inlineEmit ?? (() => {}) });
  }
  b.t('\n\n');
  const fields = list.filter((it) => !inline.includes(it) && !it.sign);
  for (const it of fields) it.field();
  if (fields.length) b.t('\n');
  fill(frame[2]);
  moreText();
  b.t(`\n\n${pickS(r, lang.close)}\n`);
  if (!selfIntro) {
    P();
    b.t('\n');
  }
  for (const it of list.filter((x) => x.sign)) it.field();
  return { text: b.text, spans: b.spans, locale: loc.id, lang: loc.lang, l3: loc.l3, genre };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** `count` personal documents, deterministic per seed; 75% carry the language hint. */
export function personalDocs(count: number, seed: number): Doc[] {
  const r = makeRng(seed);
  const out: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const loc = LOCALES[i % LOCALES.length];
    const genre = pick(r, GENRES);
    const hint = chance(r, 0.75);
    const base = int(r, 1, 2 ** 30);
    let doc: Doc | undefined;
    for (let extra = 0; extra < 6 && !doc; extra++) {
      const d = personalDoc(makeRng(base + extra), loc, genre, extra);
      const w = words(d.text);
      if (w >= 60 && w <= 250 && d.spans.length >= 2 && d.spans.length <= 8) doc = d;
    }
    doc ??= personalDoc(makeRng(base), loc, genre, 3);
    if (!hint) doc.l3 = undefined;
    out.push(doc);
  }
  return out;
}

/** Clean documents: same genres and languages, near misses only (order numbers, amounts, codes, hashes...). */
export function cleanDocs(count: number, seed: number): Doc[] {
  const r = makeRng(seed ^ 0x5bd1e995);
  const out: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const loc = LOCALES[(i * 7) % LOCALES.length];
    const lang = LANGS[loc.lang];
    const genre = pick(r, GENRES);
    const frame = lang.g[genre].split('|').map(cap);
    const b = builder(r, lang);
    if (chance(r, 0.4)) b.t(`${pickS(r, lang.ask)}\n\n`);
    const fill = (s: string) => b.say(s, V.nearMiss(r, loc, lang));
    fill(chance(r, 0.5) ? `${lang.subj}: ${frame[0]}\n\n` : `${frame[0]}\n\n`);
    b.t(`${pickS(r, lang.hello)}\n\n`);
    fill(frame[1]);
    for (const s of shuffle(r, lang.clean.split('|')).slice(0, int(r, 3, 5))) fill(` ${s}`);
    fill(`\n\n${frame[2]} ${pickS(r, lang.more)}\n\n${pickS(r, lang.close)}\n${lang.team}`);
    out.push({
      text: b.text,
      spans: [],
      locale: loc.id,
      lang: loc.lang,
      l3: chance(r, 0.75) ? loc.l3 : undefined,
      genre,
    });
  }
  return out;
}
