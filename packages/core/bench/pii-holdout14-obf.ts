/**
 * Obfuscations of hold-out 14 (off-platform contact evasion), written blind (without reading the recognizers, the
 * docs, the tests or the other corpora), from how people slip contact and payment data past marketplace, rental,
 * dating and freelance filters. Each returns segments: value parts (`v: true`, each scored) and the text between
 * them (commentary, "(at)", timestamps of the next chat message...). `undefined` = does not apply to this value.
 */
import { choose, type Lang, type Rand } from './pii-holdout14-values.ts';
import { ASIDE, AT, BACKWARDS, DOT, NAME_SPLIT, NUM, PLUS, PROVIDER, REPLACE, SPLIT } from './pii-holdout14-words.ts';

export type Seg = { t: string; v?: boolean };
const V = (t: string): Seg => ({ t, v: true });
const T = (t: string): Seg => ({ t });

/** What an obfuscation gets: the written value, its parts (email: local/domain, person: first/last). */
export type Value = { type: string; written: string; parts: string[]; lang: Lang };
type Obf = (x: Value, r: Rand) => Seg[] | undefined;

const isDigits = (x: Value) =>
  x.type === 'PHONE' || x.type === 'CREDIT_CARD' || x.type === 'IBAN' || x.type === 'IP_ADDRESS';
const mapChars = (s: string, f: (c: string) => string) => [...s].map(f).join('');

// Unicode variants.
const fullwidth = (c: string) => (/[!-~]/.test(c) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c);
const MATH_DIGIT = [0x1d7ce, 0x1d7d8, 0x1d7ec, 0x1d7f6];
const MATH_UPPER = [0x1d400, 0x1d4d0, 0x1d5d4, 0x1d670];
const MATH_LOWER = [0x1d41a, 0x1d4ea, 0x1d5ee, 0x1d68a];
const math = (style: number) => (c: string) => {
  if (/\d/.test(c)) return String.fromCodePoint(MATH_DIGIT[style] + Number(c));
  if (/[A-Z]/.test(c)) return String.fromCodePoint(MATH_UPPER[style] + c.charCodeAt(0) - 65);
  if (/[a-z]/.test(c)) return String.fromCodePoint(MATH_LOWER[style] + c.charCodeAt(0) - 97);
  return c;
};
const keycap = (c: string) => (/\d/.test(c) ? `${c}\uFE0F\u20E3` : c === '+' ? '➕' : c);
const circled = (c: string) => (c === '0' ? '⓪' : /\d/.test(c) ? String.fromCodePoint(0x2460 + Number(c) - 1) : c);
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060'];
const HOMO: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
};
const LATIN: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  А: 'A',
  Е: 'E',
  О: 'O',
  Р: 'P',
  С: 'C',
  К: 'K',
  М: 'M',
  Т: 'T',
  Н: 'H',
  В: 'B',
};

/** Split the written digits-and-letters into n roughly even runs (separators dropped at the cut). */
function chunks(s: string, n: number): string[] {
  const trimmed = s.trim();
  const out: string[] = [];
  const size = Math.ceil(trimmed.length / n);
  for (let i = 0; i < trimmed.length; i += size) out.push(trimmed.slice(i, i + size).replace(/^[\s.-]+|[\s.-]+$/g, ''));
  return out.filter((p) => /[\p{L}\p{N}]/u.test(p));
}
const groupsOf = (s: string) => s.split(/[\s./-]+/).filter(Boolean);

export const OBF: Record<string, Obf> = {
  /** "07seven7 nine00": some digits as number words of the language. */
  words_mixed: (x, r) => {
    if (!isDigits(x)) return;
    const w = NUM[x.lang];
    let out = '';
    for (const c of x.written) {
      if (/\d/.test(c) && r() < 0.45) out += r() < 0.5 ? w[Number(c)] : ` ${w[Number(c)]} `;
      else out += c;
    }
    return [V(out.replace(/\s+/g, ' ').trim())];
  },
  /** Every digit as a word: "zero six one two ...". */
  words_all: (x, r) => {
    if (x.type !== 'PHONE' && x.type !== 'CREDIT_CARD') return;
    const sep = choose(r, [' ', ' ', '-', ', ']);
    const ws = [...x.written.replace(/[^\d+]/g, '')].map((c) => (c === '+' ? PLUS[x.lang] : NUM[x.lang][Number(c)]));
    return [V(ws.join(sep))];
  },
  keycap: (x) => (x.type === 'PHONE' || x.type === 'CREDIT_CARD' ? [V(mapChars(x.written, keycap))] : undefined),
  circled: (x) => (x.type === 'PHONE' ? [V(mapChars(x.written, circled))] : undefined),
  /** O for 0, l or I for 1 (Cyrillic О for Russian writers), sometimes S for 5 and B for 8. */
  lookalike: (x, r) => {
    if (!isDigits(x) || x.type === 'IBAN') return;
    const o = x.lang === 'ru' ? 'О' : choose(r, ['O', 'o']);
    const l = choose(r, ['l', 'I', 'i']);
    const out = mapChars(x.written, (c) =>
      c === '0' && r() < 0.8
        ? o
        : c === '1' && r() < 0.8
          ? l
          : c === '5' && r() < 0.3
            ? 'S'
            : c === '8' && r() < 0.2
              ? 'B'
              : c,
    );
    return out === x.written ? undefined : [V(out)];
  },
  /** Every character spaced or dotted out. */
  spaced: (x, r) => {
    const sep = choose(r, [' ', ' ', '.', '-', ' . ', '_', '  ']);
    const src = x.type === 'PERSON' ? x.written : x.written.replace(/\s+/g, '');
    const out =
      x.type === 'PERSON'
        ? src
            .split(' ')
            .map((w) => [...w].join(sep === ' ' ? ' ' : sep))
            .join(sep === ' ' ? '   ' : ' ')
        : [...src].join(sep);
    return [V(out)];
  },
  /** Odd groups with separators of every kind. */
  seps_mixed: (x, r) => {
    if (x.type !== 'PHONE' && x.type !== 'CREDIT_CARD' && x.type !== 'IBAN') return;
    const s = x.written.replace(/\s+/g, '');
    let out = '';
    let i = 0;
    while (i < s.length) {
      const n = 1 + Math.floor(r() * 4);
      out += s.slice(i, i + n);
      i += n;
      if (i < s.length) out += choose(r, [' ', '.', '-', '/', ' - ', '..', '_', ' | ', '*', ',', ' ~ ']);
    }
    return [V(out)];
  },
  /** Value in two sentences: "first part 0612, rest 345678". */
  split2: (x, r) => {
    const [a, b, c] = choose(r, x.type === 'PERSON' ? NAME_SPLIT[x.lang] : SPLIT[x.lang]);
    const [p1, p2] = x.type === 'PERSON' || x.type === 'EMAIL' ? [x.parts[0], x.parts[1]] : chunks(x.written, 2);
    if (!p1 || !p2) return;
    const second = x.type === 'EMAIL' ? `@${p2}` : p2;
    return [T(a), V(p1), T(b), V(second), T(c)];
  },
  /** "0612 (lol) 34 (the app hides numbers) 5678". */
  asides: (x, r) => {
    if (x.type === 'PERSON' || x.type === 'EMAIL') return;
    const parts = chunks(x.type === 'PHONE' ? x.written.replace(/[\s().-]/g, '') : x.written, 3);
    const out: Seg[] = [];
    parts.forEach((p, i) => {
      if (i) out.push(T(` ${choose(r, ASIDE[x.lang])} `));
      out.push(V(p));
    });
    return out;
  },
  /** One chunk per chat message, e.g. a card number in four messages. */
  messages: (x, r) => {
    if (x.type === 'PERSON' || x.type === 'EMAIL' || x.type === 'IP_ADDRESS') return;
    const parts =
      x.type === 'PHONE'
        ? chunks(x.written.replace(/[\s().-]/g, ''), 2 + Math.floor(r() * 2))
        : groupsOf(x.written).length >= 3
          ? groupsOf(x.written)
          : chunks(x.written, 4);
    const h = 8 + Math.floor(r() * 14);
    let m = Math.floor(r() * 55);
    const stamp = r() < 0.5;
    const out: Seg[] = [T('\n')];
    for (const p of parts) {
      out.push(T(stamp ? `[${h}:${String(m).padStart(2, '0')}] ` : '> '), V(p), T('\n'));
      if (r() < 0.5) m++;
    }
    return out;
  },
  /** Digits reversed with a hint. */
  reversed: (x, r) => {
    if (x.type !== 'PHONE' && x.type !== 'EMAIL') return;
    const [a, b] = choose(r, BACKWARDS[x.lang]);
    const src = x.type === 'EMAIL' ? `${x.parts[0]}@${x.parts[1]}` : x.written.replace(/[^\d+]/g, '');
    return [T(a), V([...src].reverse().join('')), T(b)];
  },
  fullwidth: (x) => [V(mapChars(x.written, fullwidth))],
  math: (x, r) =>
    x.lang === 'ru' && x.type === 'PERSON' ? undefined : [V(mapChars(x.written, math(Math.floor(r() * 4))))],
  zero_width: (x, r) => [
    V([...x.written].map((c, i) => (i && /[\p{L}\p{N}]/u.test(c) && r() < 0.6 ? choose(r, ZW) + c : c)).join('')),
  ],
  strike: (x) => [V(mapChars(x.written, (c) => (/[\p{L}\p{N}]/u.test(c) ? `${c}\u0336` : c)))],
  /** "anna.kowalska (at) gmail (dot) com": the at/dot words are not part of the value. */
  at_dot_words: (x, r) => {
    if (x.type !== 'EMAIL' && x.type !== 'IP_ADDRESS') return;
    const dot = choose(r, DOT[x.lang]);
    const caps = r() < 0.2;
    const cs = (s: string) => (caps ? s.toUpperCase() : s);
    const out: Seg[] = [];
    const labels = x.type === 'EMAIL' ? x.parts[1].split('.') : x.written.split('.');
    if (x.type === 'EMAIL') out.push(V(cs(x.parts[0])), T(` ${cs(choose(r, AT[x.lang]))} `));
    labels.forEach((l, i) => {
      if (i) out.push(T(x.type === 'IP_ADDRESS' && r() < 0.5 ? '[.]' : ` ${cs(dot)} `));
      out.push(V(cs(l)));
    });
    return out;
  },
  /** "anna.kowalska#gmail.com (replace # with @)". */
  at_swap: (x, r) => {
    if (x.type !== 'EMAIL') return;
    const sym = choose(r, ['#', '*', '&', '§', '(a)', '¤']);
    return [V(`${x.parts[0]}${sym}${x.parts[1]}`), T(REPLACE[x.lang](sym))];
  },
  /** "my gmail is anna.kowalska" / "anna.kowalska gmail without the dot com". */
  provider: (x, r) => {
    if (x.type !== 'EMAIL') return;
    const p = x.parts[1].split('.')[0];
    const tpl = choose(r, PROVIDER[x.lang]);
    const out: Seg[] = [];
    for (const piece of tpl.split(/(\{[lp]\})/)) {
      if (piece === '{l}') out.push(V(x.parts[0]));
      else if (piece === '{p}') out.push(V(p));
      else if (piece) out.push(T(piece));
    }
    return out;
  },
  /** Lower-case IBAN without spaces, or a name as a handle. */
  squashed: (x, r) => {
    if (x.type === 'IBAN') return [V(x.written.replace(/\s+/g, '').toLowerCase())];
    if (x.type === 'PERSON') return [V(ascii(x.parts.join(choose(r, ['.', '_', '', '-']))))];
  },
  /** IBAN groups with words in between: "DE44 then 5001 0517, then 5407 3249 31". */
  iban_words: (x, r) => {
    if (x.type !== 'IBAN') return;
    const gs = groupsOf(x.written);
    const joins = SPLIT[x.lang].map((s) => s[1]);
    const out: Seg[] = [];
    let i = 0;
    while (i < gs.length) {
      const n = 1 + Math.floor(r() * 3);
      if (i) out.push(T(choose(r, joins)));
      out.push(V(gs.slice(i, i + n).join(' ')));
      i += n;
    }
    return out;
  },
  leet: (x) => {
    if (x.type !== 'PERSON' && x.type !== 'EMAIL') return;
    const m: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', s: '5', A: '4', E: '3', O: '0', I: '1' };
    const out = mapChars(x.written, (c) => m[c] ?? c);
    return out === x.written ? undefined : [V(out)];
  },
  /** Latin letters swapped for look-alike Cyrillic ones (and back for Russian names). */
  homoglyph: (x, r) => {
    if (x.type !== 'PERSON' && x.type !== 'EMAIL') return;
    const table = x.lang === 'ru' && x.type === 'PERSON' ? LATIN : HOMO;
    const out = mapChars(x.written, (c) => (table[c] && r() < 0.6 ? table[c] : c));
    return out === x.written ? undefined : [V(out)];
  },
  /** "KOWALSKA, Anna" / Latin transliteration of a Russian name. */
  surname_first: (x, r) => {
    if (x.type !== 'PERSON') return;
    if (x.lang === 'ru' && r() < 0.6) return [V(x.parts.map((p) => cap(ascii(p))).join(' '))];
    return [V(`${x.parts[1].toUpperCase()}, ${x.parts[0]}`)];
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
/** Lower-case Latin handle form (keeps separators). */
const ascii = (s: string) =>
  [...s.toLowerCase()]
    .map((c) => TR[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıł]/g, (c) => (c === 'ı' ? 'i' : 'l'))
    .replace(/\s+/g, '');

/** How often each obfuscation is drawn (per applicable value). */
export const WEIGHT: Record<string, number> = {
  words_mixed: 3,
  words_all: 2,
  keycap: 1.5,
  circled: 0.5,
  lookalike: 2,
  spaced: 1.5,
  seps_mixed: 2,
  split2: 2.5,
  asides: 1.5,
  messages: 2,
  reversed: 0.5,
  fullwidth: 1,
  math: 1,
  zero_width: 1,
  strike: 0.7,
  at_dot_words: 3,
  at_swap: 2,
  provider: 2.5,
  squashed: 1.5,
  iban_words: 2.5,
  leet: 1,
  homoglyph: 1,
  surname_first: 1,
};
