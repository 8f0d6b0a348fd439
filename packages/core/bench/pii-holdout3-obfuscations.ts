/**
 * Obfuscations of the THIRD hold-out (pii-holdout3.ts), invented blind: each turns a value into pieces `[text, orig]`;
 * `orig` marks the pieces that carry the value's own characters (wherever they end up, in whatever script), so that the
 * hit rule can check every letter or digit of them. Inserted material (an entity, a word for "dot", a markdown tick) is
 * not the value. Only obfuscations a human still reads the value from; undefined = does not apply to this value.
 */
import { pick, type Rand } from './pii-holdout3-numbers.ts';
import { AT_DOT } from './pii-holdout3-text.ts';

export type Piece = [string, boolean];
type Obfuscation = (v: string, type: string, r: Rand, lang: string) => Piece[] | undefined;

const isAl = (c: string) => /[\p{L}\p{N}]/u.test(c);
const hasDigit = (v: string) => /\d/.test(v);
const seps = (v: string) => [...v].filter((c) => !isAl(c));
/** Map every letter/digit with `al` (kept as value) and every other character with `sep` (inserted material). */
const each = (v: string, al: (c: string) => string, sep: (c: string) => string = (c) => c): Piece[] =>
  [...v].map((c) => (isAl(c) ? [al(c), true] : [sep(c), false]));
/** Keep every letter/digit, replace every other character with `sep(c)`. */
const sepsAs = (v: string, sep: (c: string) => string) => each(v, (c) => c, sep);
/** Insert `ins()` between characters with probability p. */
const between = (v: string, r: Rand, p: number, ins: () => string): Piece[] => {
  const out: Piece[] = [];
  [...v].forEach((c, i) => {
    if (i > 0 && r() < p) out.push([ins(), false]);
    out.push([c, isAl(c)]);
  });
  return out;
};
/** Split the value at one position (a separator if there is one) and put `ins` there. */
const splitAt = (v: string, r: Rand, ins: string): Piece[] => {
  const cs = [...v];
  const at = cs.map((c, i) => (i > 1 && i < cs.length - 2 && !isAl(c) ? i : -1)).filter((i) => i > 0);
  const i = at.length ? pick(r, at) : Math.floor(cs.length / 2);
  const keepSep = at.length && cs[i] !== ' ' && r() < 0.5;
  return [
    [cs.slice(0, keepSep ? i + 1 : i).join(''), true],
    [ins, false],
    [cs.slice(at.length ? i + 1 : i).join(''), true],
  ];
};
const shift = (base: number) => (c: string) => (/\d/.test(c) ? String.fromCodePoint(base + Number(c)) : c);
const SCRIPTS = [0x966, 0x9e6, 0x660, 0x6f0, 0xe50, 0xbe6, 0x17e0, 0x1040, 0xae6, 0xff10];
const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CYR = Object.fromEntries([...'aeopcxyiABEKMHOPCTX'].map((c, k) => [c, 'аеорсхуіАВЕКМНОРСТХ'[k]]));
const NUMERIC = ['PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN'];
const isV4 = (v: string, t: string) => t === 'IP_ADDRESS' && /^[\d.]+$/.test(v);
const changed = (v: string, ps: Piece[]) => (ps.map((p) => p[0]).join('') === v ? undefined : ps);
const entity: Record<string, string[]> = {
  '@': ['&#64;', '&commat;', '&#x40;'],
  '.': ['&#46;', '&period;'],
  '+': ['&#43;', '&plus;'],
  '-': ['&#45;', '&#8209;'],
  ' ': ['&nbsp;', '&#32;'],
  ':': ['&#58;', '&colon;'],
  '(': ['&#40;'],
  ')': ['&#41;'],
  '/': ['&#47;'],
};

export const OBFUSCATIONS: Record<string, Obfuscation> = {
  spaced_seps: (v) => (seps(v).some((c) => c !== ' ') ? sepsAs(v, (c) => (c === ' ' ? ' ' : ` ${c} `)) : undefined),
  at_dot_en: (v, t, r) => {
    if (t !== 'EMAIL' && !isV4(v, t)) return undefined;
    const [at, dot] = [
      pick(r, [' at ', ' [at] ', '(at)', ' AT ', '{at}', ' (at) ']),
      pick(r, [' dot ', '[dot]', '(dot)', ' DOT ', ' . ']),
    ];
    return sepsAs(v, (c) => (c === '@' ? at : c === '.' ? dot : c));
  },
  at_dot_local: (v, t, _r, lang) => {
    if ((t !== 'EMAIL' && !isV4(v, t)) || !AT_DOT[lang]) return undefined;
    return sepsAs(v, (c) => (c === '@' ? AT_DOT[lang][0] : c === '.' ? AT_DOT[lang][1] : c));
  },
  defang: (v, t, r) =>
    t === 'EMAIL' || t === 'IP_ADDRESS'
      ? sepsAs(v, (c) => (c === '@' ? pick(r, ['[@]', '[at]']) : c === '.' ? '[.]' : c === ':' ? '[:]' : c))
      : undefined,
  digits_script: (v, _t, r) => (hasDigit(v) ? each(v, shift(pick(r, SCRIPTS))) : undefined),
  digits_mixed: (v, _t, r) => (hasDigit(v) ? each(v, (c) => (r() < 0.5 ? c : shift(pick(r, SCRIPTS))(c))) : undefined),
  fullwidth: (v) =>
    each(
      v,
      (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + (c < '\x7f' ? 0xfee0 : 0)),
      (c) => (c === ' ' ? '\u3000' : c > ' ' && c < '\x7f' ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c),
    ),
  keycap: (v, t) =>
    NUMERIC.includes(t) || isV4(v, t) ? each(v, (c) => (/\d/.test(c) ? `${c}\ufe0f\u20e3` : c)) : undefined,
  superscript: (v, t) =>
    NUMERIC.includes(t) || isV4(v, t)
      ? each(
          v,
          (c) => (/\d/.test(c) ? SUPER[Number(c)] : c),
          (c) => ({ '+': '⁺', '-': '⁻', '(': '⁽', ')': '⁾' })[c] ?? c,
        )
      : undefined,
  circled: (v) =>
    each(v, (c) =>
      c === '0'
        ? '⓪'
        : /[1-9]/.test(c)
          ? String.fromCodePoint(0x245f + Number(c))
          : /[A-Z]/.test(c)
            ? String.fromCodePoint(0x24b6 + c.charCodeAt(0) - 65)
            : /[a-z]/.test(c)
              ? String.fromCodePoint(0x24d0 + c.charCodeAt(0) - 97)
              : c,
    ),
  math_alnum: (v, _t, r) => {
    const [d, A, a] = pick(r, [
      [0x1d7ce, 0x1d400, 0x1d41a],
      [0x1d7f6, 0x1d670, 0x1d68a],
      [0x1d7ec, 0x1d5d4, 0x1d5ee],
    ]);
    return each(v, (c) =>
      /\d/.test(c)
        ? String.fromCodePoint(d + Number(c))
        : /[A-Z]/.test(c)
          ? String.fromCodePoint(A + c.charCodeAt(0) - 65)
          : /[a-z]/.test(c)
            ? String.fromCodePoint(a + c.charCodeAt(0) - 97)
            : c,
    );
  },
  soft_hyphen: (v, _t, r) => between(v, r, 0.5, () => '\u00ad'),
  zero_width: (v, _t, r) => between(v, r, 0.5, () => pick(r, ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])),
  bidi: (v, _t, r) => {
    const [open, close] = pick(r, [
      ['\u202a', '\u202c'],
      ['\u202b', '\u202c'],
      ['\u2066', '\u2069'],
      ['\u200f', '\u200f'],
      ['\u202d', '\u202c'],
    ]);
    return [[open, false], ...between(v, r, 0.25, () => pick(r, ['\u200e', '\u200f', '\u061c'])), [close, false]];
  },
  combining: (v, _t, r) => {
    const mark = pick(r, ['\u0332', '\u0336', '\u0305', '\u0338', '\u0335', '\u20dd', '\u0323']);
    return each(v, (c) => c + mark);
  },
  split_code: (v, _t, r) => splitAt(v, r, pick(r, ['` `', '`\u00a0`', '** **', '`, `', '</code> <code>'])),
  split_quote: (v, _t, r) => splitAt(v, r, pick(r, ['" + "', "' + '", '" "', '"\n  + "', '»«'])),
  line_wrap: (v, _t, r) => splitAt(v, r, pick(r, ['\n', '-\n', ' \\\n', '\r\n'])),
  url_encode: (v, _t, r) =>
    changed(
      v,
      sepsAs(v, (c) =>
        c === ' '
          ? pick(r, ['%20', '+'])
          : c === '.' && r() < 0.7
            ? c
            : encodeURIComponent(c) === c
              ? `%${c.charCodeAt(0).toString(16).toUpperCase()}`
              : encodeURIComponent(c),
      ),
    ),
  html_entities: (v, _t, r) =>
    changed(
      v,
      sepsAs(v, (c) => pick(r, entity[c] ?? [c])),
    ),
  json_escape: (v) =>
    seps(v).length ? sepsAs(v, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : undefined,
  sep_swap: (v, t, r) => {
    if (!NUMERIC.includes(t) || !seps(v).some((c) => c !== '+')) return undefined;
    const s = pick(r, [
      '/',
      '_',
      '–',
      '—',
      '\u00a0',
      '\u202f',
      '\u2009',
      '\u3000',
      '·',
      ' / ',
      '  ',
      '|',
      '~',
      '*',
      ' . ',
    ]);
    return sepsAs(v, (c) => (c === '+' || c === '(' || c === ')' ? c : s));
  },
  unicode_dash: (v, t, r) => {
    if (!NUMERIC.includes(t) || !seps(v).some((c) => c !== '+')) return undefined;
    const s = pick(r, ['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63', '\uff0d']);
    return sepsAs(v, (c) => (c === '+' || c === '(' || c === ')' ? c : s));
  },
  emoji_sep: (v, t, r) => {
    if (!NUMERIC.includes(t) && !isV4(v, t)) return undefined;
    const s = pick(r, ['➖', '🔸', ' ✨ ', '•', ' 👉 ', '⭐']);
    return seps(v).some((c) => c !== '+') ? sepsAs(v, (c) => ('+()'.includes(c) ? c : s)) : undefined;
  },
  leet: (v, t, r) => {
    if (!NUMERIC.includes(t) && !isV4(v, t)) return undefined;
    const ps = each(v, (c) =>
      c === '0' && r() < 0.6 ? pick(r, ['O', 'o']) : c === '1' && r() < 0.6 ? pick(r, ['l', 'I']) : c,
    );
    return changed(v, ps);
  },
  homoglyph: (v, t, r) =>
    t === 'EMAIL' || t === 'IBAN'
      ? changed(
          v,
          each(v, (c) => (CYR[c] && r() < 0.5 ? CYR[c] : c)),
        )
      : undefined,
  spaced_all: (v) => {
    const out: Piece[] = [];
    for (const c of v) {
      if (out.length) out.push([c === ' ' ? '  ' : ' ', false]);
      if (c !== ' ') out.push([c, isAl(c)]);
    }
    return out;
  },
  nospam: (v, t, r) => {
    if (t !== 'EMAIL') return undefined;
    const at = v.indexOf('@');
    const w = pick(r, ['NOSPAM', '.REMOVE.', '-nospam-', 'DELETE_THIS', '_NO_SPAM_']);
    return r() < 0.5
      ? [
          [v.slice(0, at), true],
          [w, false],
          [v.slice(at), true],
        ]
      : [
          [v.slice(0, at + 1), true],
          [w, false],
          [v.slice(at + 1), true],
        ];
  },
  md_link: (v, t) => {
    const scheme = t === 'EMAIL' ? 'mailto:' : t === 'PHONE' ? 'tel:' : t === 'IP_ADDRESS' ? 'http://' : undefined;
    if (!scheme) return undefined;
    const target = t === 'PHONE' ? v.replace(/[^\d+]/g, '') : v.includes(':') && t === 'IP_ADDRESS' ? `[${v}]` : v;
    return [
      ['[', false],
      [v, true],
      [`](${scheme}`, false],
      [target, true],
      [')', false],
    ];
  },
  spelled: (v, t, r) => {
    if (!['PHONE', 'US_SSN', 'CREDIT_CARD'].includes(t)) return undefined;
    const s = pick(r, [', ', ' - ', ' ', ' / ']);
    const out: Piece[] = [];
    for (const c of v) {
      if (/\d/.test(c))
        out.push([`${out.length && !out[out.length - 1][0].endsWith(' ') ? ' ' : ''}${WORDS[Number(c)]}`, true]);
      else if (c === '+') out.push(['plus ', false]);
      else if (!isAl(c)) out.push([s, false]);
      else out.push([c, true]);
    }
    return out;
  },
  regroup: (v, t, r) => {
    if (!NUMERIC.includes(t)) return undefined;
    const plus = v.startsWith('+') ? '+' : '';
    const cs = v.replace(/[^\p{L}\p{N}]/gu, '');
    const out: Piece[] = plus ? [['+', false]] : [];
    for (let i = 0, n = 0; i < cs.length; i += n) {
      n = 2 + Math.floor(r() * 4);
      if (i) out.push([' ', false]);
      out.push([cs.slice(i, i + n), true]);
    }
    return out;
  },
  case_mix: (v, _t, r) =>
    /[a-z]/i.test(v)
      ? changed(
          v,
          each(v, (c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase())),
        )
      : undefined,
  joined_chars: (v, t, r) => {
    if (!NUMERIC.includes(t)) return undefined;
    const s = pick(r, ['.', '-', '_', '|', '*', '/']);
    const out: Piece[] = [];
    for (const c of v.replace(/[^\p{L}\p{N}]/gu, '')) {
      if (out.length) out.push([s, false]);
      out.push([c, true]);
    }
    return out;
  },
};

/** The classic hand obfuscations of a type, drawn more often than their share (30 % of that type's obfuscated samples). */
export const TYPE_FAVOURITES: Record<string, string[]> = {
  EMAIL: ['at_dot_en', 'at_dot_local', 'defang', 'nospam', 'spaced_seps'],
  IP_ADDRESS: ['defang', 'at_dot_en', 'spaced_seps'],
  PHONE: ['spaced_all', 'spelled', 'sep_swap', 'regroup'],
  CREDIT_CARD: ['spaced_all', 'sep_swap', 'regroup', 'joined_chars'],
  IBAN: ['spaced_all', 'regroup', 'case_mix'],
  US_SSN: ['spaced_all', 'spelled', 'sep_swap'],
};
