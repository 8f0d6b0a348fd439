/**
 * Hold-out 39 machinery: seeded PRNG, name pools -> surfaces (forms), template filling (slots, alternations, suffixes),
 * phone / e-mail values. Pure: never touches the engine.
 *
 * Template syntax: `<a|b|c>` picks one alternative (may be empty); `{1:kin}` / `{2f:role}` / `{1m:vs+dat}` is a
 * PERSON slot (person id, optional gender, position code, optional suffix written right after the name and outside
 * its span); `{time}`, `{date}`, `{x}` (locale filler) are plain tokens.
 */

export type Rng = () => number;

/** sfc32 seeded through splitmix32. */
export function makeRng(seed: number): Rng {
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
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export function weighted<T>(r: Rng, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((s, p) => s + p[1], 0);
  let x = r() * total;
  for (const [v, w] of pairs) {
    x -= w;
    if (x < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}

/** Name pool of one locale: space-separated lower-case words, `_` = space inside one entry. */
export type Pool = {
  f: string;
  m: string;
  nf: string;
  nm: string;
  wf: string;
  wm: string;
  tf: string;
  tm: string;
  sur: string;
  /** Surname particles kept lower case in the capitalised full name (Dutch "van", Portuguese "da"). */
  part?: string;
  /** Feminine surname rule. */
  fem?: 'pl' | 'cs';
  /** Locale for case mapping (Turkish dotted i). */
  loc?: string;
};

export type Lang = {
  /** Tally label, e.g. "en-IN", "de". */
  code: string;
  /** ISO 639-3 hint. */
  l3: string;
  pool: Pool;
  tpl: readonly string[];
  /** Contact add-ons, each with {phone} or {email}. */
  contact: readonly string[];
  phone: readonly string[];
  domains: readonly string[];
  /** Locale fillers for {x} (may be ''). */
  x?: readonly string[];
  /** Suffix family for `+s` / Turkish cases. */
  suf?: 'de' | 'nl' | 'sv' | 'tr';
  weight: number;
};

export type Span = { type: string; start: number; end: number; value: string; form: string; pos: string; suf: boolean };
export type Sample = { text: string; lang: string; l3: string; hint: boolean; spans: Span[] };

/** Template position code -> tallied position. */
export const POS: Record<string, string> = Object.fromEntries(
  `s:start vs:vocative-start ve:vocative-end kin:kin role:role mid:mid list:list poss:possessive quote:quote
   verb:after-verb prep:object-of-preposition`
    .split(/\s+/)
    .map((kv) => kv.split(':')),
);

/** Form weights of a first mention (vocatives never take a full name). */
const FORMS = 'lower:28 cap:14 caps:5 nick:16 word:12 typo:9 full-lower:8 full-cap:8'
  .split(' ')
  .map((kv) => [kv.split(':')[0], Number(kv.split(':')[1])] as const);

const cache = new Map<string, string[]>();
export function words(s: string): string[] {
  let v = cache.get(s);
  if (!v) {
    v = s
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/_/g, ' '));
    cache.set(s, v);
  }
  return v;
}

export function ascii(s: string): string {
  return s
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const up1 = (w: string, loc?: string) => (w ? w.charAt(0).toLocaleUpperCase(loc) + w.slice(1) : w);
/** Capitalise every part split on space / hyphen; particles stay lower unless first. */
export function cap(s: string, loc?: string, part?: Set<string>, keepFirst = false): string {
  return s
    .split(' ')
    .map((w, i) =>
      part?.has(w) && (i > 0 || keepFirst)
        ? w
        : w
            .split('-')
            .map((x) => up1(x, loc).replace(/^(O')(\p{L})/u, (_m, a, b) => a + b.toUpperCase()))
            .join('-'),
    )
    .join(' ');
}

function feminine(sur: string, rule?: 'pl' | 'cs'): string {
  if (rule === 'pl') return sur.replace(/(sk|ck|dzk)i$/, '$1a');
  if (rule === 'cs') {
    if (/ý$/.test(sur)) return sur.replace(/ý$/, 'á');
    if (/něk$/.test(sur)) return sur.replace(/něk$/, 'ňková');
    if (/ek$/.test(sur)) return sur.replace(/ek$/, 'ková');
    if (/ec$/.test(sur)) return sur.replace(/ec$/, 'cová');
    if (/a$/.test(sur)) return sur.replace(/a$/, 'ová');
    return `${sur}ová`;
  }
  return sur;
}

/** A realistic chat typo of `n`: accent dropped when it has one, else a swap, double or drop. */
function typoOf(r: Rng, n: string): string {
  const plain = ascii(n);
  if (plain !== n) return plain;
  for (let k = 0; k < 8; k++) {
    const op = Math.floor(r() * 3);
    const i = 1 + Math.floor(r() * Math.max(1, n.length - 2));
    let t = n;
    if (op === 0 && i + 1 < n.length && n[i] !== ' ' && n[i + 1] !== ' ')
      t = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
    else if (op === 1 && /[a-z]/.test(n[i])) t = n.slice(0, i) + n[i] + n.slice(i);
    else if (op === 2 && n.length >= 5 && /[a-z]/.test(n[i])) t = n.slice(0, i) + n.slice(i + 1);
    if (t !== n) return t;
  }
  return `${n}${n.slice(-1)}`;
}

type Person = { g: 'f' | 'm'; kind?: string; given?: string; sur: string };

function givenOf(r: Rng, p: Person, kind: string, pool: Pool): string {
  const g = p.g;
  if (kind === 'nick') return pick(r, words(g === 'f' ? pool.nf : pool.nm));
  if (kind === 'word') return pick(r, words(g === 'f' ? pool.wf : pool.wm));
  const reg = words(g === 'f' ? pool.f : pool.m);
  if (kind !== 'typo') return pick(r, reg);
  const explicit = words(g === 'f' ? pool.tf : pool.tm);
  if (explicit.length && r() < 0.35) return pick(r, explicit);
  const accented = reg.filter((n) => ascii(n) !== n);
  return typoOf(r, accented.length && r() < 0.7 ? pick(r, accented) : pick(r, reg));
}

const FORM_KIND: Record<string, string> = { nick: 'nick', word: 'word', typo: 'typo' };
function surface(r: Rng, p: Person, pos: string, L: Lang, used: Set<string>): { value: string; form: string } {
  const pool = L.pool;
  const loc = pool.loc;
  let form: string;
  if (p.given === undefined) {
    const voc = pos === 'vocative-start' || pos === 'vocative-end';
    form = weighted(r, voc ? FORMS.filter(([f]) => !f.startsWith('full')) : FORMS);
    p.kind = FORM_KIND[form] ?? 'reg';
    for (let k = 0; k < 12; k++) {
      p.given = givenOf(r, p, p.kind, pool);
      if (!used.has(p.given)) break;
    }
    used.add(p.given ?? '');
  } else if (p.kind !== 'reg') form = p.kind ?? 'lower';
  else
    form = weighted(r, [
      ['lower', 6],
      ['cap', 3],
      ['caps', 1],
    ] as const);
  const gv = p.given ?? '';
  const part = new Set(words(pool.part ?? ''));
  let value: string;
  if (form === 'lower') value = gv;
  else if (form === 'cap') value = cap(gv, loc);
  else if (form === 'caps') value = gv.toLocaleUpperCase(loc);
  else if (form === 'full-lower') value = `${gv} ${p.sur}`;
  else if (form === 'full-cap') value = `${cap(gv, loc)} ${r() < 0.7 ? cap(p.sur, loc, part, true) : p.sur}`;
  else value = r() < 0.7 ? gv : cap(gv, loc);
  return { value, form };
}

function trCase(kind: string, w: string, r: Rng): string {
  const low = w.toLocaleLowerCase('tr');
  const vs = low.match(/[aeıioöuü]/g);
  const v = vs ? vs[vs.length - 1] : 'e';
  const back = 'aıou'.includes(v);
  const i4 = ({ a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' } as Record<string, string>)[v];
  const a2 = back ? 'a' : 'e';
  const endsV = /[aeıioöuü]$/.test(low);
  const hard = /[fstkçşhp]$/.test(low);
  const s: Record<string, string> = {
    gen: `${endsV ? 'n' : ''}${i4}n`,
    acc: `${endsV ? 'y' : ''}${i4}`,
    dat: `${endsV ? 'y' : ''}${a2}`,
    loc: `${hard ? 't' : 'd'}${a2}`,
    abl: `${hard ? 't' : 'd'}${a2}n`,
    com: `${endsV ? 'y' : ''}l${a2}`,
  };
  if (!(kind in s)) throw new Error(`unknown Turkish case ${kind}`);
  return (r() < 0.6 ? "'" : '') + s[kind];
}

function suffix(kind: string, w: string, L: Lang, r: Rng): string {
  if (L.suf === 'tr') return trCase(kind, w, r);
  if (kind !== 's') throw new Error(`suffix ${kind} in ${L.code}`);
  if (L.suf === 'sv') return /s$/i.test(w) ? '' : 's';
  if (L.suf === 'nl') return /[sxz]$/i.test(w) ? "'" : /[aeiouy]$/i.test(w) ? "'s" : 's';
  return /[sxzß]$/i.test(w) ? "'" : r() < 0.8 ? 's' : "'s";
}

function digits(r: Rng, pat: string): string {
  return pat.replace(/[#N]/g, (c) => String(c === 'N' ? 2 + Math.floor(r() * 8) : Math.floor(r() * 10)));
}

function email(r: Rng, p: Person, L: Lang): string {
  const g = ascii(p.given ?? 'x')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();
  const s = ascii(p.sur)
    .replace(/[^a-z]/gi, '')
    .toLowerCase();
  const user = pick(r, [`${g}.${s}`, `${g}${s}`, `${g}${10 + Math.floor(r() * 89)}`, `${g[0]}${s}`, `${g}_${s}`]);
  return `${user}@${pick(r, L.domains)}`;
}

const EMOJI = ['😅', '🙏', '❤️', '😂', '🥲', '👍', '😭', '🎉', '🤔', '😬'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Fill one template for language L; `contact` appends a phone / e-mail of person 1. */
export function fill(tpl: string, L: Lang, r: Rng, contact: boolean, hint: boolean): Sample {
  let clock = 420 + Math.floor(r() * 900);
  let t = tpl.replace(/<([^<>]*)>/g, (_m, alts: string) => pick(r, alts.split('|')));
  t = t
    .replace(/\{time\}/g, () => {
      clock += Math.floor(r() * 6);
      return `${pad(Math.floor(clock / 60))}:${pad(clock % 60)}`;
    })
    .replace(
      /\{date\}/g,
      () => `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/2${4 + Math.floor(r() * 2)}`,
    )
    .replace(/\{x\}/g, () => (L.x ? pick(r, L.x) : ''));
  t = t
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  const genders = new Map<string, 'f' | 'm'>();
  for (const m of t.matchAll(/\{(\d)([fm]?):/g)) if (m[2]) genders.set(m[1], m[2] as 'f' | 'm');
  const persons = new Map<string, Person>();
  const used = new Set<string>();
  const spans: Span[] = [];
  let out = '';
  let last = 0;
  for (const m of t.matchAll(/\{(\d)([fm]?):([a-z]+)(?:\+([a-z]+))?\}/g)) {
    out += t.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const pos = POS[m[3]];
    if (!pos) throw new Error(`bad position ${m[3]} in ${tpl}`);
    let p = persons.get(m[1]);
    if (!p) {
      const g = genders.get(m[1]) ?? (r() < 0.5 ? 'f' : 'm');
      const sur = pick(r, words(L.pool.sur));
      p = { g, sur: g === 'f' ? feminine(sur, L.pool.fem) : sur };
      persons.set(m[1], p);
    }
    const { value, form } = surface(r, p, pos, L, used);
    spans.push({ type: 'PERSON', start: out.length, end: out.length + value.length, value, form, pos, suf: !!m[4] });
    out += value;
    if (m[4]) out += suffix(m[4], value, L, r);
  }
  out += t.slice(last);
  if (/[{}<>]/.test(out)) throw new Error(`unfilled template: ${out}`);
  if (contact) {
    const c = pick(r, L.contact);
    const p = persons.get('1');
    if (!p) throw new Error(`no person 1 in ${tpl}`);
    const sep = /[.?!]$/.test(out) ? pick(r, [' ', '\n']) : pick(r, [' ', ', ', '. ', '\n', ' - ']);
    const mm = c.match(/\{(phone|email)\}/);
    if (!mm) throw new Error(`bad contact ${c}`);
    const value = mm[1] === 'phone' ? digits(r, pick(r, L.phone)) : email(r, p, L);
    const before = out + sep + c.slice(0, mm.index);
    spans.push({
      type: mm[1].toUpperCase(),
      start: before.length,
      end: before.length + value.length,
      value,
      form: '-',
      pos: '-',
      suf: false,
    });
    out = before + value + c.slice((mm.index ?? 0) + mm[0].length);
  }
  if (spans[0]?.start !== 0 && r() < 0.15) {
    const u = out.charAt(0).toUpperCase();
    if (u.length === 1) out = u + out.slice(1);
  }
  if (r() < 0.12 && !/\p{Extended_Pictographic}/u.test(out)) out += ` ${pick(r, EMOJI)}`;
  return { text: out, lang: L.code, l3: L.l3, hint, spans };
}

/** Build `count` samples: language by weight, template uniform within it, ~80% hinted, ~15% with a contact. */
export function build(langs: readonly Lang[], count: number, seed: number): Sample[] {
  const r = makeRng(seed);
  const pairs = langs.map((l) => [l, l.weight] as const);
  const out: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const L = weighted(r, pairs);
    out.push(fill(pick(r, L.tpl), L, r, r() < 0.15, r() < 0.8));
  }
  return out;
}
