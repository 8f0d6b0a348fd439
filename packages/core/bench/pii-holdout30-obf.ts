/**
 * Hold-out 30 obfuscation transforms. Each has a group (at most one per group in a combination), a stage (the order
 * they are applied in) and the value types it fits; it returns undefined where it cannot apply (no 0/1 for the digit
 * homoglyphs, nothing left to change...), and the fuzz then draws another combination.
 */
import { int, pick, type Rand } from './pii-holdout30-values.ts';
import { AT_DOT, DIGITS, PLUS, pairWords } from './pii-holdout30-words.ts';

export type Ctx = { r: Rand; lang: string; type: string; cc?: string; names: string[] };
type Fn = (s: string, c: Ctx) => string | undefined;
export type Transform = { name: string; group: string; stage: number; types: string[]; fn: Fn; w?: number };

const NUM = ['PHONE', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS'];
const TEXTY = ['EMAIL', 'PERSON'];

/** The phone's country-code prefix ("+49" / "0049") and the rest, so separators regroup only the rest. */
function prefixOf(s: string, c: Ctx): [string, string] {
  if (c.type !== 'PHONE' || !c.cc) return ['', s];
  for (const p of [`+${c.cc}`, `00${c.cc}`])
    if (s.startsWith(p)) return [p, s.slice(p.length).replace(/^[\s\-./|_]+/, '')];
  return ['', s];
}
/** Regroup the alphanumerics into chunks of 2-4 joined by `sep()` (a function, so mixed separators vary). */
function regroup(s: string, c: Ctx, sep: () => string): string | undefined {
  if (c.type === 'IP_ADDRESS') {
    const parts = s.split(/[.:]/);
    if (parts.length < 4 || s.includes('::')) return undefined;
    return parts.map((p, i) => (i ? sep() + p : p)).join('');
  }
  const [pre, rest] = prefixOf(s, c);
  const chars = rest.replace(/[^\p{L}\p{N}]/gu, '');
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const n = int(c.r, 2, 4);
    out.push(chars.slice(i, i + n));
    i += n;
  }
  let body = out[0];
  for (const g of out.slice(1)) body += sep() + g;
  return pre ? pre + sep() + body : body;
}
const seps =
  (sep: string): Fn =>
  (s, c) =>
    regroup(s, c, () => sep);
const spaced =
  (joiner: string): Fn =>
  (s) =>
    s
      .split(' ')
      .map((w) => [...w].join(joiner))
      .join(joiner === ' ' ? '   ' : ' ');

/** Digit runs to words: 'all' = every run, chunked in pairs or single digits; 'mixed' = some chunks stay digits. */
function words(mode: 'all' | 'mixed'): Fn {
  return (s, c) => {
    const runs = s.match(/\d+/g);
    if (!runs) return undefined;
    let kept = 0;
    let said = 0;
    const out = s.replace(/\d+/g, (run, at: number) => {
      const chunks: string[] = [];
      const size = c.r() < 0.5 ? 1 : 2;
      for (let i = 0; i < run.length; i += size) chunks.push(run.slice(i, i + size));
      return chunks
        .map((ch) => {
          if (mode === 'mixed' && c.r() < 0.5) {
            kept++;
            return ch;
          }
          said++;
          return pairWords(c.lang, ch);
        })
        .join(' ')
        .replace(/^/, /\p{L}/u.test(s[at - 1] ?? '') ? ' ' : '')
        .replace(/$/, /\p{L}/u.test(s[at + run.length] ?? '') ? ' ' : '');
    });
    if (mode === 'mixed' && (kept === 0 || said === 0)) return undefined;
    return out;
  };
}

const mapDigits =
  (f: (d: number) => string): Fn =>
  (s) =>
    /\d/.test(s) ? s.replace(/\d/g, (d) => f(Number(d))) : undefined;
const LAT2CYR: Record<string, string> = {
  a: 'а',
  o: 'о',
  e: 'е',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  O: 'О',
  E: 'Е',
  P: 'Р',
  C: 'С',
  H: 'Н',
  K: 'К',
  M: 'М',
  T: 'Т',
  B: 'В',
  X: 'Х',
};
const CYR2LAT = Object.fromEntries(Object.entries(LAT2CYR).map(([l, k]) => [k, l]));
/** One or two letters swapped for their look-alike in the other script (Cyrillic in Latin text, Latin in Russian). */
const homoglyph: Fn = (s, c) => {
  const table = /[а-яё]/i.test(s) ? CYR2LAT : LAT2CYR;
  const at = [...s].map((ch, i) => (table[ch] ? i : -1)).filter((i) => i >= 0);
  if (!at.length) return undefined;
  const chars = [...s];
  const n = Math.min(at.length, int(c.r, 1, 2));
  for (let k = 0; k < n; k++) {
    const i = pick(c.r, at);
    chars[i] = table[chars[i]] ?? chars[i];
  }
  return chars.join('');
};
/** Invisible characters between two letters/digits, 1-3 times. */
const invisible =
  (pool: string[]): Fn =>
  (s, c) => {
    const ok = Array.from({ length: s.length }, (_, i) => i).filter(
      (i) => i > 0 && /[\p{L}\p{N}]/u.test(s[i - 1]) && /[\p{L}\p{N}]/u.test(s[i]),
    );
    if (!ok.length) return undefined;
    const at = new Set(Array.from({ length: int(c.r, 1, 3) }, () => pick(c.r, ok)));
    return s
      .split('')
      .map((ch, i) => (at.has(i) ? pick(c.r, pool) + ch : ch))
      .join('');
  };
const linebreak: Fn = (s, c) => {
  const ok = Array.from({ length: s.length }, (_, i) => i).filter(
    (i) => i > 1 && i < s.length - 2 && /[\p{L}\p{N}]/u.test(s[i - 1]),
  );
  if (!ok.length) return undefined;
  const i = pick(c.r, ok);
  const nl = pick(c.r, ['\n', '\n', '\r\n', '\n\n']);
  return s[i] === ' ' ? s.slice(0, i) + nl + s.slice(i + 1) : s.slice(0, i) + nl + s.slice(i);
};
const LEET: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', s: '5', t: '7', l: '1' };

export const TRANSFORMS: Transform[] = [
  {
    name: 'cc-words',
    w: 4,
    group: 'cc',
    stage: 2.5,
    types: ['PHONE'],
    fn: (s, c) => {
      const [pre, rest] = prefixOf(s, c);
      if (!pre) return undefined;
      const d = DIGITS[c.lang];
      const said = c.r() < 0.6 ? [...(c.cc ?? '')].map((x) => d[Number(x)]).join(' ') : pairWords(c.lang, c.cc ?? '');
      return `${PLUS[c.lang]} ${said} ${rest}`;
    },
  },
  {
    name: 'cc-00',
    w: 2,
    group: 'cc',
    stage: 2.5,
    types: ['PHONE'],
    fn: (s, c) => {
      const [pre, rest] = prefixOf(s, c);
      return pre.startsWith('+') ? `00 ${c.cc} ${rest}` : undefined;
    },
  },
  { name: 'sep-space', group: 'sep', stage: 1, types: NUM, fn: seps(' ') },
  { name: 'sep-double-space', group: 'sep', stage: 1, types: NUM, fn: seps('  ') },
  { name: 'sep-dot', group: 'sep', stage: 1, types: ['PHONE', 'CREDIT_CARD', 'IBAN'], fn: seps('.') },
  { name: 'sep-dash', group: 'sep', stage: 1, types: NUM, fn: seps('-') },
  { name: 'sep-slash', group: 'sep', stage: 1, types: NUM, fn: seps('/') },
  { name: 'sep-underscore', group: 'sep', stage: 1, types: NUM, fn: seps('_') },
  { name: 'sep-pipe', group: 'sep', stage: 1, types: NUM, fn: seps(' | ') },
  {
    name: 'sep-mixed',
    group: 'sep',
    stage: 1,
    types: NUM,
    fn: (s, c) => regroup(s, c, () => pick(c.r, [' ', '-', '.', '/', '  ', ' - ', '_'])),
  },
  { name: 'letters-spaced', group: 'sep', stage: 1, types: TEXTY, fn: spaced(' ') },
  { name: 'letters-dotted', group: 'sep', stage: 1, types: TEXTY, fn: spaced('.') },
  {
    name: 'at-dot-words',
    w: 3,
    group: 'sep',
    stage: 1,
    types: ['EMAIL'],
    fn: (s, c) => {
      const [at, dot] = pick(c.r, AT_DOT[c.lang]);
      const [local, domain] = s.split('@');
      const l = c.r() < 0.3 ? local.replaceAll('.', dot) : local;
      return `${l}${at}${domain.replaceAll('.', dot)}`.replace(/^ | $/g, '');
    },
  },
  { name: 'words-all', group: 'words', stage: 2, types: [...NUM, 'ADDRESS'], fn: words('all') },
  { name: 'words-mixed', group: 'words', stage: 2, types: [...NUM, 'ADDRESS'], fn: words('mixed') },
  { name: 'upper', group: 'case', stage: 2, types: ['EMAIL', 'PERSON', 'ADDRESS'], fn: (s) => s.toUpperCase() },
  { name: 'lower', group: 'case', stage: 2, types: ['IBAN'], fn: (s) => s.toLowerCase() },
  {
    name: 'leet',
    group: 'case',
    stage: 0,
    types: ['EMAIL'],
    fn: (s, c) => {
      const [local, domain] = s.split('@');
      const l = [...local].map((ch) => (LEET[ch] && c.r() < 0.7 ? LEET[ch] : ch)).join('');
      return l === local ? undefined : `${l}@${domain}`;
    },
  },
  {
    name: 'reverse',
    w: 0.5,
    group: 'layout',
    stage: 3,
    types: [...NUM, 'EMAIL', 'PERSON'],
    fn: (s) => [...s].reverse().join(''),
  },
  {
    name: 'digit-homoglyph',
    group: 'glyph',
    stage: 4,
    types: [...NUM, 'EMAIL'],
    fn: (s, c) => {
      if (!/[01]/.test(s)) return undefined;
      const o = pick(c.r, ['O', 'o']);
      const l = pick(c.r, ['l', 'I', '|']);
      return s.replace(/[01]/g, (d) => (c.r() < 0.7 ? (d === '0' ? o : l) : d));
    },
  },
  {
    name: 'fullwidth-digits',
    group: 'glyph',
    stage: 4,
    types: [...NUM, 'ADDRESS'],
    fn: mapDigits((d) => String.fromCharCode(0xff10 + d)),
  },
  {
    name: 'arabic-indic-digits',
    group: 'glyph',
    stage: 4,
    types: NUM,
    fn: mapDigits((d) => String.fromCharCode(0x660 + d)),
  },
  {
    name: 'keycap-emoji',
    group: 'glyph',
    stage: 4,
    types: ['PHONE', 'CREDIT_CARD', 'IP_ADDRESS'],
    fn: mapDigits((d) => `${d}\uFE0F\u20E3`),
  },
  { name: 'letter-homoglyph', group: 'glyph', stage: 4, types: ['EMAIL', 'PERSON', 'ADDRESS', 'IBAN'], fn: homoglyph },
  {
    name: 'zero-width',
    w: 0.8,
    group: 'invis',
    stage: 5,
    types: [...NUM, ...TEXTY, 'ADDRESS'],
    fn: invisible(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']),
  },
  { name: 'soft-hyphen', group: 'invis', stage: 5, types: [...NUM, ...TEXTY, 'ADDRESS'], fn: invisible(['\u00AD']) },
  { name: 'linebreak', w: 0.7, group: 'layout', stage: 6, types: [...NUM, ...TEXTY, 'ADDRESS'], fn: linebreak },
  /** split is done by the composer (two lines / two messages); the fn only checks there is room to cut. */
  {
    name: 'split',
    w: 0.7,
    group: 'layout',
    stage: 7,
    types: [...NUM, 'EMAIL', 'ADDRESS'],
    fn: (s) => (s.length >= 8 ? s : undefined),
  },
];

/** Draw 1-3 transforms of distinct groups fitting `type`; apply them in stage order. */
export function obfuscate(raw: string, c: Ctx): { v: string; names: string[] } {
  const fit = TRANSFORMS.filter((t) => t.types.includes(c.type));
  const total = fit.reduce((a, f) => a + (f.w ?? 1), 0);
  for (let tries = 0; tries < 100; tries++) {
    const k = pick(c.r, [1, 1, 1, 2, 2, 2, 3, 3]);
    const chosen: Transform[] = [];
    for (let j = 0; j < 20 && chosen.length < k; j++) {
      const k2 = c.r() * total;
      let acc = 0;
      const t =
        fit.find((f) => {
          acc += f.w ?? 1;
          return k2 < acc;
        }) ?? fit[0];
      if (!chosen.some((x) => x.group === t.group)) chosen.push(t);
    }
    chosen.sort((a, b) => a.stage - b.stage);
    const names = chosen.map((t) => t.name);
    if (names.includes('reverse') && chosen.some((t) => t.group === 'words' || t.name === 'cc-words')) continue;
    let v: string | undefined = raw;
    for (const t of chosen) {
      v = v === undefined ? undefined : t.fn(v, { ...c, names });
    }
    if (v !== undefined && v !== raw) return { v, names };
  }
  return { v: raw, names: ['plain'] };
}
