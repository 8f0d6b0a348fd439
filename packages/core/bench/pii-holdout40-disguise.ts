/**
 * Hold-out 40: mild disguises an outside benchmark would apply, as small random transforms of a value's text.
 * Each returns the disguised text or undefined when it does not apply to that value.
 */
import { chance, int, pick, type Rng } from './pii-holdout40-ids.ts';

export type Ctx = { r: Rng; type: string; words: string[]; intl?: { cc: string; rest: string } };
type Fn = (v: string, c: Ctx) => string | undefined;

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
/** Latin <-> Cyrillic/Greek look-alikes, both directions. */
const HG: Record<string, string[]> = {
  a: ['а'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Z: ['Ζ'],
  а: ['a'],
  е: ['e'],
  о: ['o'],
  р: ['p'],
  с: ['c'],
  у: ['y'],
  х: ['x'],
  Α: ['A'],
  Β: ['B'],
  Ε: ['E'],
  Η: ['H'],
  Ι: ['I'],
  Κ: ['K'],
  Μ: ['M'],
  Ν: ['N'],
  Ο: ['O'],
  Ρ: ['P'],
  Τ: ['T'],
  ο: ['o'],
};

/** Inner positions (not first/last char) where `ok` holds. */
function inner(v: string, ok: (ch: string, i: number) => boolean) {
  const out: number[] = [];
  for (let i = 1; i < v.length - 1; i++) if (ok(v[i], i)) out.push(i);
  return out;
}
const onlySep = (v: string) => /[\s.\-/]/.test(v);

const zw: Fn = (v, { r }) => {
  const at = inner(v, (ch, i) => /[\p{L}\p{N}]/u.test(ch) && /[\p{L}\p{N}]/u.test(v[i - 1]));
  if (!at.length) return undefined;
  const i = pick(r, at);
  return v.slice(0, i) + pick(r, ZW) + v.slice(i);
};

const nl: Fn = (v, { r }) => {
  const sp = inner(v, (ch) => ch === ' ');
  if (sp.length) {
    const i = pick(r, sp);
    return `${v.slice(0, i)}\n${v.slice(i + 1)}`;
  }
  if (v.length < 12) return undefined;
  const i = int(r, Math.floor(v.length / 3), Math.floor((2 * v.length) / 3));
  return `${v.slice(0, i)}\n${v.slice(i)}`;
};

const homoglyph: Fn = (v, { r }) => {
  const at = inner(v, (ch) => ch in HG);
  if (!at.length) return undefined;
  const chars = [...v];
  const n = Math.min(at.length, int(r, 1, 2));
  for (let k = 0; k < n; k++) {
    const i = at.splice(int(r, 0, at.length - 1), 1)[0];
    chars[i] = pick(r, HG[v[i]]);
  }
  return chars.join('');
};

const fullwidth: Fn = (v) => {
  if ((v.match(/\d/g) ?? []).length < 3) return undefined;
  return v.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
};

const caps: Fn = (v) => (/\p{Ll}/u.test(v) ? v.toUpperCase() : undefined);

const sep: Fn = (v, { r, type }) => {
  if (type === 'IP_ADDRESS')
    return v.includes('.') ? v.replace(/\./g, pick(r, [' . ', '[.]', ' .', '(.)'])) : undefined;
  const s = pick(r, ['.', ' / ', ' - ', '  ', '·', '_', ' . ', '–']);
  if (onlySep(v.replace(/^\+/, ''))) {
    const out = v.replace(/(?<=[\p{L}\p{N})])[\s.\-/]+(?=[\p{L}\p{N}(])/gu, s);
    return out === v ? undefined : out;
  }
  const k = pick(r, [3, 4]);
  const m = v.match(new RegExp(`.{1,${k}}`, 'g'));
  return m && m.length > 1 ? m.join(s) : undefined;
};

const pairs: Fn = (v, { r }) => {
  const head = v.match(/^\+\d+ /)?.[0] ?? '';
  const core = v.slice(head.length).replace(/[^\p{L}\p{N}]/gu, '');
  if (core.length < 6) return undefined;
  const m = core.match(/.{1,2}/g) ?? [];
  return head + m.join(chance(r, 0.8) ? ' ' : '-');
};

const atdot: Fn = (v, { r, words }) => {
  if (!v.includes('@')) return undefined;
  const [at, dot] = words;
  const br = chance(r, 0.4);
  const A = br ? ` [${at}] ` : ` ${at} `;
  const D = br ? ` [${dot}] ` : ` ${dot} `;
  return v.replace('@', A).replace(/\./g, D);
};

const spellcc: Fn = (_v, { intl, words }) => {
  if (!intl) return undefined;
  const cc = [...intl.cc].map((d) => words[3 + Number(d)]).join(' ');
  return `${words[2]} ${cc} ${intl.rest}`;
};

export const DISGUISES: Record<string, Fn> = { sep, zw, nl, homoglyph, fullwidth, caps, pairs, atdot, spellcc };

/** Disguises that fit each recorded type (national IDs share one list). */
export const FITS: Record<string, string[]> = {
  PERSON: ['zw', 'nl', 'homoglyph', 'caps'],
  EMAIL: ['zw', 'homoglyph', 'caps', 'atdot', 'atdot'],
  PHONE: ['sep', 'zw', 'nl', 'fullwidth', 'spellcc', 'spellcc', 'pairs'],
  ADDRESS: ['zw', 'nl', 'homoglyph', 'caps', 'fullwidth'],
  IBAN: ['sep', 'zw', 'nl', 'homoglyph', 'fullwidth', 'pairs'],
  CREDIT_CARD: ['sep', 'zw', 'nl', 'fullwidth', 'pairs'],
  IP_ADDRESS: ['sep', 'zw', 'fullwidth'],
  DATE_OF_BIRTH: ['sep', 'zw', 'fullwidth', 'caps'],
  ID: ['sep', 'zw', 'nl', 'fullwidth', 'pairs', 'homoglyph'],
  USERNAME: ['zw', 'homoglyph', 'caps'],
  URL_CREDENTIALS: ['zw', 'homoglyph', 'nl'],
  SECRET: ['zw', 'homoglyph', 'nl'],
};

/** Half the values stay plain; the rest get one fitting disguise (falls back to plain when none applies). */
export function disguise(v: string, c: Ctx, idType: boolean): { text: string; name: string } {
  if (chance(c.r, 0.5)) return { text: v, name: 'plain' };
  const list = [...(FITS[idType ? 'ID' : c.type] ?? ['zw'])];
  while (list.length) {
    const name = list.splice(int(c.r, 0, list.length - 1), 1)[0];
    const out = DISGUISES[name](v, c);
    if (out !== undefined && out !== v) return { text: out, name };
  }
  return { text: v, name: 'plain' };
}
