/**
 * Hold-out 22 message composer: fills a template's {a}/{b} with names in one of the forms (given, full, kin+name,
 * nick, elongated, glued) and one case style (lower, title, upper, mixed), and returns the text with the span of
 * every name value (the name letters only: kin words, glued emoji/particles and grammatical suffixes stay outside).
 */
import { choose, FAMILY_FIRST, type Name, type Rand, REGIONS } from './pii-holdout22-names.ts';
import type { Variant } from './pii-holdout22-texts-a.ts';

export type Item = {
  start: number;
  end: number;
  value: string;
  slot: string;
  form: string;
  region: string;
  wordlike: boolean;
};
export type Message = { lang: string; text: string; cse: string; items: Item[] };

const pickW = <T extends string>(r: Rand, w: Record<T, number>): T => {
  let x = r() * Object.values<number>(w).reduce((s, v) => s + v, 0);
  for (const [k, v] of Object.entries<number>(w)) {
    x -= v;
    if (x < 0) return k as T;
  }
  return Object.keys(w)[0] as T;
};
const CASES = { lower: 50, title: 25, upper: 10, mixed: 15 };
const FORMS = { given: 38, full: 14, kin: 15, nick: 15, elong: 6, glued: 12 };
const EMOJI = ['😂', '❤️', '🙏', '😘', '💕', '😭', '🥰', '👋'];
const WRAP: [string, string][] = [
  ['help me reply to this: ', ''],
  ['what did she mean?? ', ''],
  ['translate to english pls\n', ''],
  ['', '\n\nhow do i answer this politely'],
  ['my friend sent me this -> ', ''],
  ['can u make this sound nicer: "', '"'],
  ['', '  <- what does this mean'],
];

const BACK = 'aıou';
const lastVowel = (w: string) => [...w.toLocaleLowerCase('tr')].reverse().find((c) => 'aıoueiöü'.includes(c)) ?? 'e';
const endsVowel = (w: string) => 'aıoueiöü'.includes(w.toLocaleLowerCase('tr').slice(-1));
const four = (w: string) => ({ a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' })[lastVowel(w)] ?? 'i';
const two = (w: string) => (BACK.includes(lastVowel(w)) ? 'a' : 'e');
/** Turkish case ending for the word w (dat, acc, gen, ins) and the affectionate -cim. */
function trSuffix(w: string, kind: string): string {
  const v = endsVowel(w);
  if (kind === 'dat') return (v ? 'y' : '') + two(w);
  if (kind === 'acc') return (v ? 'y' : '') + four(w);
  if (kind === 'gen') return `${v ? 'n' : ''}${four(w)}n`;
  if (kind === 'ins') return (v ? 'yl' : 'l') + two(w);
  if (kind === 'cim') return `${v || !'çfhkpsşt'.includes(w.slice(-1).toLowerCase()) ? 'c' : 'ç'}${four(w)}m`;
  return '';
}
function suffix(w: string, kind: string, isName: boolean, r: Rand): string {
  if (kind === 'pos') return /s$/i.test(w) ? choose(r, ["'", "'s"]) : r() < 0.7 ? "'s" : 's';
  if (kind === 'gde') return /[sßxz]$/i.test(w) ? "'" : 's';
  return (isName && r() < 0.6 ? "'" : '') + trSuffix(w, kind);
}

function regionFor(r: Rand, v: Variant): string {
  const x = r();
  if (x < 0.75) return v.regions[0];
  if (x < 0.95) return choose(r, v.regions.slice(1));
  return choose(r, Object.keys(REGIONS));
}
function fullName(r: Rand, region: string): Name {
  const p = REGIONS[region];
  const g = choose(r, p.given);
  const f = choose(r, p.family);
  let text = `${g.text} ${f.text}`;
  if (region === 'vietnam') text = `${f.text} ${choose(r, ['Van', 'Thi', 'Minh', 'Ngoc', 'Duc'])} ${g.text}`;
  else if (FAMILY_FIRST.has(region)) text = `${f.text} ${g.text}`;
  return { text, wordlike: g.wordlike || f.wordlike };
}
const titleCase = (s: string) => s;
function mixedCase(r: Rand, s: string, loc: string): string {
  if (r() < 0.4) return [...s].map((c, i) => (i === 0 ? c.toLocaleLowerCase(loc) : c.toLocaleUpperCase(loc))).join('');
  let out = '';
  for (const c of s) out += r() < 0.4 ? c.toLocaleUpperCase(loc) : c.toLocaleLowerCase(loc);
  return out === s.toLocaleLowerCase(loc) ? s.toLocaleUpperCase(loc).slice(0, 1) + out.slice(1) : out;
}

type Seg = { s: string; item?: number };
/** One name occurrence: its segments (kin words and glue are plain segments) and its item record. */
function nameSegs(r: Rand, v: Variant, region: string, form: string): { segs: Seg[]; name: Name } {
  const p = REGIONS[region];
  if (form === 'given') return { segs: [{ s: '', item: 0 }], name: choose(r, p.given) };
  if (form === 'full') return { segs: [{ s: '', item: 0 }], name: fullName(r, region) };
  if (form === 'kin') {
    const [term, what] = choose(r, v.kin).split('/');
    const useFamily = what === 'f' || (what === 'a' && r() < 0.5);
    const name = useFamily ? choose(r, p.family) : choose(r, r() < 0.7 ? p.given : p.nick);
    if (term.startsWith('~')) return { segs: [{ s: '', item: 0 }, { s: ` ${term.slice(1)}` }], name };
    return { segs: [{ s: term.endsWith("'") ? term : `${term} ` }, { s: '', item: 0 }], name };
  }
  if (form === 'nick') return { segs: [{ s: '', item: 0 }], name: choose(r, p.nick) };
  const base = choose(r, r() < 0.7 ? p.given : p.nick);
  if (form === 'elong') {
    const last = base.text.slice(-1);
    const n = 2 + Math.floor(r() * 3);
    const text = /\p{L}/u.test(last) ? base.text + last.toLowerCase().repeat(n) : base.text;
    return { segs: [{ s: '', item: 0 }], name: { text, wordlike: base.wordlike } };
  }
  // glued: emoji or @ or a language particle with no space
  const g = v.glue && r() < 0.5 ? choose(r, v.glue) : choose(r, ['emoji>', '<emoji', '@']);
  const e = choose(r, EMOJI);
  if (g === 'emoji>') return { segs: [{ s: '', item: 0 }, { s: e }], name: base };
  if (g === '<emoji') return { segs: [{ s: e }, { s: '', item: 0 }], name: base };
  if (g === '@') return { segs: [{ s: '@' }, { s: '', item: 0 }], name: base };
  if (g.endsWith('+')) return { segs: [{ s: g.slice(0, -1) }, { s: '', item: 0 }], name: base };
  if (g.startsWith('+')) return { segs: [{ s: '', item: 0 }, { s: g.slice(1) }], name: base };
  return { segs: [{ s: '', item: 0 }, { s: trSuffix(base.text, g) }], name: base };
}

export function compose(r: Rand, lang: string, v: Variant): Message {
  const [slot, tpl] = choose(r, v.t);
  const loc = v.iso === 'tur' ? 'tr' : 'en';
  const cse = pickW(r, CASES);
  const chosen = new Map<string, { region: string; form: string; name: Name; segs: Seg[] }>();
  const items: Omit<Item, 'start' | 'end'>[] = [];
  const segs: Seg[] = [];
  let at = 0;
  for (const m of tpl.matchAll(/\{([ab])(?:\|(\w+))?\}/g)) {
    segs.push({ s: tpl.slice(at, m.index) });
    at = (m.index ?? 0) + m[0].length;
    let c = chosen.get(m[1]);
    if (!c) {
      const region = regionFor(r, v);
      let form: string = pickW(r, FORMS);
      if (m[2] === 'pos' && form === 'kin') form = 'given';
      c = { region, form, ...nameSegs(r, v, region, form) };
      chosen.set(m[1], c);
    }
    for (const s of c.segs) {
      if (s.item === undefined) segs.push({ s: s.s });
      else {
        segs.push({ s: c.name.text, item: items.length });
        items.push({ value: '', slot, form: c.form, region: c.region, wordlike: c.name.wordlike });
      }
    }
    if (m[2]) {
      const last = segs[segs.length - 1];
      segs.push({ s: suffix(last.s.trim().split(' ').pop() ?? '', m[2], last.item !== undefined, r) });
    }
  }
  segs.push({ s: tpl.slice(at) });
  // case style: lower/upper apply to the whole message, title/mixed to the names only
  for (const s of segs) {
    if (cse === 'lower') s.s = s.s.toLocaleLowerCase(loc);
    else if (cse === 'upper') s.s = s.s.toLocaleUpperCase(loc);
    else if (s.item !== undefined) s.s = cse === 'title' ? titleCase(s.s) : mixedCase(r, s.s, loc);
  }
  if (cse === 'title' && r() < 0.4 && segs[0].s) segs[0].s = segs[0].s[0].toLocaleUpperCase(loc) + segs[0].s.slice(1);
  const [pre, post] = r() < 0.4 ? choose(r, WRAP) : ['', ''];
  let text = pre;
  const out: Item[] = [];
  for (const s of segs) {
    if (s.item !== undefined)
      out[s.item] = { ...items[s.item], value: s.s, start: text.length, end: text.length + s.s.length };
    text += s.s;
  }
  return { lang, text: text + post, cse, items: out };
}
