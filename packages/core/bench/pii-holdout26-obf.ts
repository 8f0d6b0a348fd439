/**
 * Hold-out 26 obfuscations a privacy-aware writer uses, per value type. Each returns the new spelling, or undefined
 * when it does not apply to this value (the harness then keeps the value plain).
 */
import { LANGS } from './pii-holdout26-people.ts';
import { int, pick, type Rand } from './pii-holdout26-values.ts';

type Obf = (v: string, lang: string, r: Rand) => string | undefined;

const regroup = (r: Rand, s: string, lo: number, hi: number, sep: string) => {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const n = int(r, lo, hi);
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
};
/** Replace the k-th match of a separator (spaces / hyphens) with a line break. */
const breakAt = (r: Rand, v: string, re: RegExp) => {
  const seps = [...v.matchAll(re)];
  if (!seps.length) return undefined;
  const m = seps[Math.floor(seps.length / 2 + (r() < 0.5 ? 0 : -0.5))] ?? seps[0];
  const i = m.index ?? 0;
  return `${v.slice(0, i)}${m[0].includes(',') ? ',' : ''}\n${v.slice(i + m[0].length)}`;
};

const LOOKS: [RegExp, string][] = [
  [/o/g, '0'],
  [/l/g, '1'],
  [/i/g, '1'],
  [/O/g, '0'],
];

export const OBF: Record<string, Record<string, Obf>> = {
  PERSON: {
    'spaced-letters': (v) =>
      v
        .split(' ')
        .map((w) => [...w].join(' '))
        .join('   '),
    'look-alike digit': (v, _l, r) => {
      const opts = LOOKS.filter(([re]) => v.search(re) > 0);
      if (!opts.length) return undefined;
      const [re, d] = pick(r, opts);
      const hits = [...v.matchAll(re)].filter((m) => (m.index ?? 0) > 0);
      if (!hits.length) return undefined;
      const i = pick(r, hits).index ?? 0;
      return v.slice(0, i) + d + v.slice(i + 1);
    },
    linebreak: (v, _l, r) => (v.includes(' ') ? breakAt(r, v, / /g) : undefined),
  },
  EMAIL: {
    '(at) (dot)': (v, _l, r) => {
      const [a, b] = pick(r, [
        ['(at)', '(dot)'],
        ['[at]', '[dot]'],
        ['(at)', '.'],
        ['{at}', '{dot}'],
      ]);
      const [local, dom] = v.split('@');
      return `${local} ${a} ${dom.replaceAll('.', b === '.' ? '.' : ` ${b} `)}`;
    },
    'at/dot words': (v, lang) => {
      const [at, dot] =
        lang === 'es'
          ? ['arroba', 'punto']
          : lang === 'pt-BR'
            ? ['arroba', 'ponto']
            : lang === 'it'
              ? ['chiocciola', 'punto']
              : ['at', 'dot'];
      const [local, dom] = v.split('@');
      return `${local} ${at} ${dom.replaceAll('.', ` ${dot} `)}`;
    },
    spaces: (v, _l, r) => (r() < 0.5 ? v.replace('@', ' @ ') : v.replace('@', ' @ ').replaceAll('.', ' . ')),
    linebreak: (v) => v.replace('@', '@\n'),
  },
  PHONE: {
    'odd spacing': (v, _l, r) => {
      const plus = v.startsWith('+') ? '+' : '';
      return plus + regroup(r, v.replace(/\D/g, ''), 1, 4, ' ');
    },
    dots: (v) =>
      v
        .replace(/[\s\-()]+/g, '.')
        .replace(/^\./, '')
        .replace(/^\+(\d+)\./, '+$1 '),
    slashes: (v) => {
      const d = v
        .replace(/[()]/g, '')
        .trim()
        .split(/[\s-]+/);
      if (d.length < 3) return undefined;
      return d[0].startsWith('+') ? `${d[0]} ${d[1]}/${d.slice(2).join(' ')}` : `${d[0]}/${d.slice(1).join(' ')}`;
    },
    'spelled digits': (v, lang) => {
      const words = LANGS[lang].digitWords;
      return [...v.replace(/[^\d+]/g, '')].map((c) => (c === '+' ? 'plus' : words[Number(c)])).join(' ');
    },
    linebreak: (v, _l, r) => breakAt(r, v, /[ -]/g),
  },
  ADDRESS: {
    linebreak: (v, _l, r) => breakAt(r, v, /, /g),
  },
  PLATE: {
    spaced: (v) => [...v.replace(/[\s-]/g, '')].join(' '),
    squeezed: (v) => (/[\s\-.]/.test(v) ? v.replace(/[\s\-.]/g, '') : undefined),
  },
  DATE_OF_BIRTH: {
    'odd spacing': (v) => (/^\d/.test(v) && /[./-]/.test(v) ? v.replace(/\s*([./-])\s*/g, ' $1 ') : undefined),
    linebreak: (v, _l, r) => breakAt(r, v, / /g),
  },
  IBAN: {
    'odd grouping': (v, _l, r) => regroup(r, v.replace(/\s/g, ''), 2, 6, ' '),
    dashes: (v) => (v.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join('-'),
    linebreak: (v, _l, r) => {
      const g = v.replace(/\s/g, '').match(/.{1,4}/g) ?? [];
      const k = int(r, 2, g.length - 2);
      return `${g.slice(0, k).join(' ')}\n${g.slice(k).join(' ')}`;
    },
  },
  CREDIT_CARD: {
    'odd grouping': (v, _l, r) => regroup(r, v.replace(/\D/g, ''), 2, 5, ' '),
    dots: (v) => (v.replace(/\D/g, '').match(/.{1,4}/g) ?? []).join('.'),
    linebreak: (v) => {
      const d = v.replace(/\D/g, '');
      return `${(d.slice(0, 8).match(/.{4}/g) ?? []).join(' ')}\n${(d.slice(8).match(/.{1,4}/g) ?? []).join(' ')}`;
    },
  },
};
