/** Hold-out 43 core: seeded RNG, document types, and the template renderer (see pii-holdout43.ts). */
import { fits, genderOf, polishSurname } from './pii-holdout43-gender.ts';

export type Span = { type: string; start: number; end: number; value: string; form: string; slot: string };
export type Doc = { text: string; locale: string; lang3?: string; genre: string; spans: Span[]; origin: string[] };
export type Rng = () => number;

/** mulberry32: small, seedable, deterministic. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, a: readonly T[]): T => a[Math.floor(r() * a.length)];
export const chance = (r: Rng, p: number): boolean => r() < p;
export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Names of one culture. `order: 'fg'` writes the family name first (Vietnamese, some Chinese/Korean uses). */
export type Names = {
  id: string;
  given: readonly string[];
  family: readonly string[];
  nick: readonly string[];
  word: readonly string[];
  order?: 'fg' | 'mixed';
  /** Spanish-style double surname in full names with this probability. */
  two?: number;
  /** Diaspora / other cultures mixed into the locale's texts, with the probability of using one of them. */
  extra?: readonly Names[];
  extraP?: number;
};

export type Values = {
  phone(r: Rng): string;
  email(r: Rng): string;
  address(r: Rng): string;
  username(r: Rng): string;
  dob(r: Rng): string;
};

const SLOTS: Record<string, string> = {
  voc: 'vocative',
  poss: 'possessive',
  kin: 'kin',
  title: 'title',
  list: 'list',
  ment: 'mention',
  quote: 'quote',
  subj: 'subject',
  obj: 'object',
  req: 'request',
  trans: 'transcript',
};

const PARTICLE = /^(van|von|de|da|do|dos|das|del|della|dell'|di|du|la|le|lo|al|el|bin|binti|ter|ten|zu|abu|ibn)[\s'-]/i;
export const hasParticle = (s: string) => PARTICLE.test(s) || / (van|von|de|da|dos|del|bin|binti|al) /i.test(s);

type Piece = { lit: string } | { type: string; value: string; form: string; slot: string };
type Person = { value: string; form: string; origin: string };

const caseFold = (s: string, lang: string) => s.toLocaleLowerCase(lang);

/**
 * Renders one template. Placeholders: {n.slot} a given name (plain, nickname, word-name; case varies),
 * {k.slot} a nickname, {w.slot} a word-name, {g.slot} a plain given name, {s.slot} a surname alone,
 * {f.slot} a full name; a second letter f or m asks for a gender ({nf.kin}, {fm.title}); a trailing #1 stores
 * the person and {=1.slot} repeats it. {PHONE} {EMAIL} {ADDR} {USER}
 * {DOB} are other values. A literal starting with § after a name is the German genitive (s, or ' after s/x/z);
 * one starting with ¶ is the Turkish genitive ('in, 'nın, ...).
 */
export function render(r: Rng, tpl: string, names: Names, values: Values, lang: string, lower: boolean) {
  const pieces: Piece[] = [];
  const used = new Set<string>();
  const stored = new Map<string, Person>();
  const origin: string[] = [];
  const re = /\{([a-zA-Z]+|=\d)(?:\.([a-z]+))?(?:#(\d))?\}/g;
  let last = 0;
  for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
    if (m.index > last) pieces.push({ lit: tpl.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, kind, slotCode, store] = m;
    const other: Record<string, [string, () => string]> = {
      PHONE: ['PHONE', () => values.phone(r)],
      EMAIL: ['EMAIL', () => values.email(r)],
      ADDR: ['ADDRESS', () => values.address(r)],
      USER: ['USERNAME', () => values.username(r)],
      DOB: ['DATE_OF_BIRTH', () => values.dob(r)],
    };
    if (other[kind]) {
      const [type, gen] = other[kind];
      pieces.push({ type, value: gen(), form: kind.toLowerCase(), slot: slotCode ?? '-' });
      continue;
    }
    const slot = SLOTS[slotCode ?? ''];
    if (!slot) throw new Error(`bad slot in ${m[0]} of: ${tpl}`);
    let p: Person | undefined;
    if (kind.startsWith('=')) p = stored.get(kind.slice(1));
    else
      for (let tries = 0; tries < 40 && (!p || used.has(p.value.toLowerCase())); tries++)
        p = person(r, kind, names, lower, lang);
    if (!p) throw new Error(`bad placeholder ${m[0]} in: ${tpl}`);
    used.add(p.value.toLowerCase());
    if (store) stored.set(store, p);
    if (!kind.startsWith('=')) origin.push(p.origin);
    pieces.push({ type: 'PERSON', value: p.value, form: p.form, slot });
  }
  if (last < tpl.length) pieces.push({ lit: tpl.slice(last) });
  let text = '';
  const spans: Span[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const pc = pieces[i];
    if ('lit' in pc) {
      let lit = pc.lit;
      if (lit.startsWith('§')) {
        const prev = pieces[i - 1];
        const v = prev && !('lit' in prev) ? prev.value : '';
        lit = (/[sßxz]$/i.test(v) ? "'" : 's') + lit.slice(1);
      } else if (lit.startsWith('¶')) {
        const prev = pieces[i - 1];
        lit = trGenitive(prev && !('lit' in prev) ? prev.value : '') + lit.slice(1);
      }
      text += lower ? caseFold(lit, lang) : lit;
    } else {
      const value = lower ? caseFold(pc.value, lang) : pc.value;
      spans.push({
        type: pc.type,
        start: text.length,
        end: text.length + value.length,
        value,
        form: pc.form,
        slot: pc.slot,
      });
      text += value;
    }
  }
  return { text, spans, origin };
}

/** Turkish genitive after a proper name: apostrophe, buffer n after a vowel, suffix by vowel harmony. */
function trGenitive(v: string): string {
  const low = v.toLocaleLowerCase('tr');
  const vs = low.match(/[aeıioöuü]/g) ?? ['e'];
  const suf: Record<string, string> = { a: 'ın', ı: 'ın', e: 'in', i: 'in', o: 'un', u: 'un', ö: 'ün', ü: 'ün' };
  return `'${/[aeıioöuü]$/.test(low) ? 'n' : ''}${suf[vs[vs.length - 1]]}`;
}

function person(r: Rng, kind: string, base: Names, lower: boolean, lang: string): Person {
  const names = base.extra && chance(r, base.extraP ?? 0) ? pick(r, base.extra) : base;
  const want = kind.length > 1 ? kind[1] : '';
  const of = (list: readonly string[]) => list.filter((x) => fits(names.id, x, want));
  const given = () => pick(r, of(names.given));
  // Family names with particles (van der, de la, bin, al-) are a form of their own: drawn a little more often.
  const withParticle = names.family.filter(hasParticle);
  const fam = () => (withParticle.length && chance(r, 0.15) ? pick(r, withParticle) : pick(r, names.family));
  const family = (g: string) => {
    const one = () => (names.id === 'pl' ? polishSurname(fam(), g) : fam());
    const f = one();
    return names.two && chance(r, names.two) ? `${f} ${one()}` : f;
  };
  const k0 = kind[0];
  if (k0 === 's') {
    const f = names.id === 'pl' ? polishSurname(fam(), want) : fam();
    return { value: f, form: hasParticle(f) ? 'particle' : 'surname-only', origin: names.id };
  }
  if (k0 === 'f') {
    const gv = given();
    const f = family(want || genderOf(names.id, gv));
    const fg = names.order === 'fg' || (names.order === 'mixed' && chance(r, 0.5));
    return { value: fg ? `${f} ${gv}` : `${gv} ${f}`, form: hasParticle(f) ? 'particle' : 'full', origin: names.id };
  }
  const nick = of(names.nick);
  const word = of(names.word);
  let k = k0;
  if (k === 'n') {
    const x = r();
    k = x < 0.2 && nick.length ? 'k' : x < 0.36 && word.length ? 'w' : 'g';
  }
  if (k === 'w' && !word.length) k = 'g';
  if (k === 'k' && !nick.length) k = 'g';
  const value = k === 'k' ? pick(r, nick) : k === 'w' ? pick(r, word) : given();
  if (k !== 'g') return { value, form: k === 'k' ? 'nickname' : 'word-name', origin: names.id };
  if (lower) return { value, form: 'lower', origin: names.id };
  const c = r();
  if (k0 === 'n' && c < 0.04) return { value: value.toLocaleUpperCase(lang), form: 'caps', origin: names.id };
  if (k0 === 'n' && c < 0.16) return { value: value.toLocaleLowerCase(lang), form: 'lower', origin: names.id };
  return { value, form: 'cap', origin: names.id };
}
