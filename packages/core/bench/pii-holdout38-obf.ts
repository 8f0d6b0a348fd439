/**
 * Hold-out 38 obfuscations: small transforms per value kind, picked at random (0-3 per value, at most one per
 * group) and applied in a fixed order, so the corpus holds many combinations. Each render returns the text as it
 * goes into the message and the names of the transforms applied.
 */
import type { NumVal } from './pii-holdout38-phones.ts';
import { DIGIT_WORDS, HOMOGLYPH, KANJI_DIGITS, PLUS_WORD, type Rng, ZW } from './pii-holdout38-util.ts';

export type Kind =
  | 'phone'
  | 'card'
  | 'iban'
  | 'id'
  | 'date'
  | 'email'
  | 'name'
  | 'given'
  | 'native'
  | 'ip4'
  | 'ip6'
  | 'addr'
  | 'text';
export type Out = { text: string; tf: string[] };
type Cand = [name: string, group: string, weight: number];

const NUM_FMT: Cand[] = [
  ['sep', 'fmt', 4],
  ['irregular', 'fmt', 2],
  ['spaced', 'fmt', 2],
  ['brackets', 'wrap', 1],
];
const NUM_GLYPH: Cand[] = [
  ['words', 'glyph', 2],
  ['partwords', 'glyph', 2],
  ['fullwidth', 'glyph', 1.5],
  ['letters', 'glyph', 2],
];
const NOISE: Cand[] = [
  ['zw', 'zw', 2],
  ['linebreak', 'lb', 1.5],
];
const CANDS: Record<Kind, Cand[]> = {
  phone: [
    ...NUM_FMT,
    ...NUM_GLYPH,
    ...NOISE,
    ['parens', 'wrap', 1.5],
    ['plusword', 'lead', 1.5],
    ['ccwords', 'lead', 1],
  ],
  id: [...NUM_FMT, ...NUM_GLYPH, ...NOISE],
  card: [
    ['sep', 'fmt', 4],
    ['irregular', 'fmt', 3],
    ['spaced', 'fmt', 1],
    ['partwords', 'glyph', 0.7],
    ['letters', 'glyph', 1],
    ['fullwidth', 'glyph', 1],
    ['zw', 'zw', 2.5],
    ['linebreak', 'lb', 2],
  ],
  iban: [
    ['sep', 'fmt', 4],
    ['irregular', 'fmt', 3],
    ['spaced', 'fmt', 1],
    ['partwords', 'glyph', 0.5],
    ['letters', 'glyph', 1],
    ['lower', 'case', 1],
    ['zw', 'zw', 2.5],
    ['linebreak', 'lb', 2],
  ],
  date: [
    ['sep', 'fmt', 3],
    ['spaced', 'fmt', 1],
    ['fullwidth', 'glyph', 1],
    ['letters', 'glyph', 1],
    ['zw', 'zw', 1.5],
  ],
  email: [
    ['at-word', 'at', 3],
    ['at-bracket', 'at', 3],
    ['at-local', 'at', 2],
    ['spaces', 'at', 1.5],
    ['dot-word', 'dot', 2.5],
    ['dot-bracket', 'dot', 2],
    ['dot-local', 'dot', 1.5],
    ['reversed', 'at', 0.8],
    ['zw', 'zw', 2],
    ['homoglyph', 'glyph', 1.5],
    ['upper', 'case', 1],
    ['linebreak', 'lb', 1],
  ],
  name: [
    ['caps', 'case', 2],
    ['lower', 'case', 2],
    ['spaced', 'shape', 1.5],
    ['initials', 'shape', 1.5],
    ['zw', 'zw', 2],
    ['homoglyph', 'glyph', 1.5],
    ['leet', 'glyph', 0.6],
  ],
  given: [
    ['caps', 'case', 2],
    ['lower', 'case', 2],
    ['spaced', 'shape', 1.5],
    ['zw', 'zw', 2],
    ['homoglyph', 'glyph', 1.5],
    ['leet', 'glyph', 0.6],
  ],
  native: [
    ['spaced', 'shape', 1],
    ['zw', 'zw', 1],
  ],
  ip4: [
    ['ip-bracket', 'dot', 3],
    ['ip-paren', 'dot', 2],
    ['ip-word', 'dot', 2],
    ['ip-spaces', 'dot', 1.5],
    ['fullwidth', 'glyph', 0.7],
    ['zw', 'zw', 1.5],
  ],
  ip6: [
    ['upper', 'case', 1.5],
    ['ip-spaces', 'dot', 1],
    ['ip-bracket', 'dot', 1],
    ['zw', 'zw', 1.5],
  ],
  addr: [
    ['caps', 'case', 1.5],
    ['lower', 'case', 1.5],
    ['linebreak', 'lb', 2],
    ['zw', 'zw', 1.5],
  ],
  text: [
    ['zw', 'zw', 1],
    ['fullwidth', 'glyph', 0.5],
    ['caps', 'case', 0.5],
  ],
};

/** 0 transforms 25%, 1: 35%, 2: 25%, 3: 15%; weighted, one per group, only those the value allows. */
export function choose(r: Rng, kind: Kind, ok: (name: string) => boolean = () => true): Set<string> {
  const x = r.next();
  const k = x < 0.25 ? 0 : x < 0.6 ? 1 : x < 0.85 ? 2 : 3;
  const out = new Set<string>();
  const groups = new Set<string>();
  let pool = CANDS[kind].filter((c) => ok(c[0]));
  while (out.size < k && pool.length > 0) {
    let w = r.next() * pool.reduce((a, c) => a + c[2], 0);
    let c = pool[pool.length - 1] as Cand;
    for (const d of pool) {
      w -= d[2];
      if (w < 0) {
        c = d;
        break;
      }
    }
    out.add(c[0]);
    groups.add(c[1]);
    if (c[0] === 'reversed') groups.add('dot');
    if (c[1] === 'dot' && kind === 'email') groups.add('rev');
    pool = pool.filter((d) => !groups.has(d[1]) && !(d[0] === 'reversed' && groups.has('rev')));
  }
  return out;
}
const ORDER =
  'initials caps lower upper homoglyph leet sep irregular spaced words partwords fullwidth letters at-word at-bracket at-local spaces dot-word dot-bracket dot-local reversed ip-bracket ip-paren ip-word ip-spaces parens brackets plusword ccwords zw linebreak'.split(
    ' ',
  );
export const sorted = (s: Set<string>) => [...s].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

const SEPS = [' ', '  ', '.', '-', '/', '_', ' - ', ' / ', ' . ', 'mixed'];
const sepOf = (r: Rng, style: string) => (style === 'mixed' ? r.pick([' ', '-', '.', '/', '  ', '_']) : style);
export const FW = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const wordsOf = (r: Rng, g: string, lang: string) => {
  if (lang === 'ja-kanji') return g.replace(/\d/g, (d) => KANJI_DIGITS[Number(d)] as string);
  const w = DIGIT_WORDS[lang] ?? (DIGIT_WORDS.en as string[]);
  const j = r.chance(0.2) ? '-' : ' ';
  return [...g]
    .map((c) => (/\d/.test(c) ? (lang === 'en' && c === '0' && r.chance(0.3) ? 'oh' : w[Number(c)]) : c))
    .join(j);
};
const lettersOf = (r: Rng, g: string) =>
  g.replace(/[01]/g, (d) => (r.chance(0.7) ? (d === '0' ? r.pick(['O', 'O', 'o']) : r.pick(['l', 'l', 'I'])) : d));

/** Inserts 1-3 zero-width characters at interior positions. */
export function zw(r: Rng, s: string): string {
  let out = s;
  for (let n = r.int(1, 3); n > 0 && out.length > 1; n--) {
    const k = r.int(1, out.length - 1);
    out = out.slice(0, k) + r.pick(ZW) + out.slice(k);
  }
  return out;
}
/** Replaces one interior space by a line break (or breaks between two characters when there is none). */
export function linebreak(r: Rng, s: string, at = /[ ]/g): string {
  const spots = [...s.matchAll(at)].map((m) => m.index ?? 0).filter((i) => i > 0 && i < s.length - 1);
  if (spots.length > 0) {
    const k = r.pick(spots);
    return `${s.slice(0, k)}${r.pick(['\n', ' \n', '\n'])}${s.slice(k + 1)}`;
  }
  const k = r.int(Math.floor(s.length / 3), Math.max(1, Math.floor((2 * s.length) / 3)));
  return `${s.slice(0, k)}\n${s.slice(k)}`;
}
export const homoglyph = (r: Rng, s: string, n = r.int(1, 3)) => {
  const chars = [...s];
  const spots = chars.map((c, i) => (HOMOGLYPH[c] ? i : -1)).filter((i) => i >= 0);
  r.shuffle(spots)
    .slice(0, n)
    .forEach((i) => {
      chars[i] = r.pick(HOMOGLYPH[chars[i] as string] as string[]);
    });
  return chars.join('');
};

export function renderNum(r: Rng, v: NumVal, kind: Kind, lang: string): Out {
  const wl = lang === 'ja' && r.chance(0.4) ? 'ja-kanji' : lang;
  const t = choose(r, kind, (n) => {
    const all = v.groups.join('');
    if (n === 'letters') return /[01]/.test(all);
    if (n === 'plusword' || n === 'ccwords') return v.lead.startsWith('+');
    if (n === 'partwords') return v.groups.length > 1;
    if (n === 'lower') return /[A-Z]/.test(all);
    return true;
  });
  let groups = [...v.groups];
  let seps = [...v.seps];
  if (t.has('sep')) {
    const style = r.pick(SEPS.filter((s) => s !== seps[0]));
    seps = seps.map(() => sepOf(r, style));
  } else if (t.has('irregular')) {
    const all = groups.join('');
    groups = [];
    for (let k = 0; k < all.length; ) {
      const n = r.int(2, 5);
      groups.push(all.slice(k, k + n));
      k += n;
    }
    const style = r.pick([...SEPS, ' ', ' ', '-']);
    seps = groups.slice(1).map(() => sepOf(r, style));
  } else if (t.has('spaced')) {
    const between = r.pick([' ', '  ', '   ']);
    const ng: string[] = [];
    const ns: string[] = [];
    groups.forEach((g, i) => {
      if (i > 0) ns.push(between);
      [...g].forEach((c, j) => {
        if (j > 0) ns.push(' ');
        ng.push(c);
      });
    });
    [groups, seps] = [ng, ns];
  }
  if (t.has('lower')) groups = groups.map((g) => g.toLowerCase());
  const spell = t.has('words') ? groups.map(() => true) : groups.map(() => false);
  if (t.has('partwords')) {
    const idx = r.shuffle(groups.map((_, i) => i)).slice(0, r.int(1, groups.length - 1));
    for (const i of idx) spell[i] = true;
  }
  groups = groups.map((g, i) =>
    spell[i] ? wordsOf(r, g, wl) : t.has('fullwidth') ? FW(g) : t.has('letters') ? lettersOf(r, g) : g,
  );
  if (spell.some((s) => s))
    seps = seps.map((s, i) => (/^[._\-/]?$/.test(s) && (spell[i] || spell[i + 1]) ? r.pick([' ', ', ', ' - ']) : s));
  if (t.has('parens')) groups[0] = `(${groups[0]})`;
  if (t.has('brackets'))
    groups = r.chance(0.5) || groups.length < 2 ? groups.map((g) => `[${g}]`) : [`[${groups.join('][')}]`];
  let lead = v.lead;
  const plus = r.pick(PLUS_WORD[lang] ?? ['plus']);
  if (t.has('plusword')) lead = `${plus} ${lead.slice(1)}`;
  if (t.has('ccwords')) lead = `${plus} ${wordsOf(r, lead.slice(1), wl)}`;
  if (lead && t.has('fullwidth')) lead = FW(lead);
  let text = (lead ? lead + v.leadSep : '') + groups.map((g, i) => (i > 0 ? (seps[i - 1] ?? ' ') : '') + g).join('');
  if (t.has('zw')) text = zw(r, text);
  if (t.has('linebreak')) text = linebreak(r, text);
  return { text, tf: sorted(t) };
}
