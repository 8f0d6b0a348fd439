/** Hold-out 42: content and character transforms (stages 0–1) of the disguises. */
import type { Rng, Seg, VType } from './pii-holdout42-core.ts';
import { fold } from './pii-holdout42-values.ts';
import { WORDS } from './pii-holdout42-words.ts';

export type TCtx = {
  rng: Rng;
  lang: string;
  type: VType;
  full?: string;
  given?: string;
  family?: string;
  familyFirst?: boolean;
};
type Out = string | Seg[] | null;
export type Transform = {
  name: string;
  stage: number;
  types: readonly VType[];
  prose?: boolean;
  apply(v: string, c: TCtx): Out;
};

export const NUM: VType[] = [
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'UK_NINO',
  'DE_TAX_ID',
  'ES_DNI',
  'NL_BSN',
  'FR_INSEE',
  'ID_NUMBER',
];
const IDS: VType[] = ['US_SSN', 'UK_NINO', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'FR_INSEE', 'ID_NUMBER'];
export const ALL: VType[] = [
  ...NUM,
  'PERSON',
  'EMAIL',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'USERNAME',
  'SECRET',
  'URL_CREDENTIALS',
];

export const chars = (s: string) => Array.from(s);
export const compact = (v: string) => v.replace(/[\s.\-/()]/g, '');
/** Insert `ins` at `n` random interior positions between two code points. */
export function sprinkle(rng: Rng, v: string, ins: () => string, n: number): string {
  const cs = chars(v);
  if (cs.length < 3) return v;
  const at = new Set<number>();
  for (let i = 0; i < n; i++) at.add(rng.int(1, cs.length - 1));
  return cs.map((c, i) => (at.has(i) ? ins() + c : c)).join('');
}
export const changed = (a: string, b: string): Out => (a === b ? null : b);
const sepEach =
  (sep: string) =>
  (v: string, c: TCtx): Out => {
    const base = NUM.includes(c.type) ? compact(v) : v.replace(/\s+/g, '');
    return chars(base).join(sep);
  };
const FW = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const HOMO: Record<string, string[]> = {
  a: ['а'],
  e: ['е'],
  o: ['о', 'ο'],
  p: ['р'],
  c: ['с'],
  x: ['х'],
  i: ['і'],
  y: ['у'],
  A: ['А', 'Α'],
  E: ['Е', 'Ε'],
  O: ['О', 'Ο'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  T: ['Т', 'Τ'],
  H: ['Н', 'Η'],
  B: ['В', 'Β'],
  P: ['Р', 'Ρ'],
  C: ['С'],
};
const LEET: Record<string, string[]> = { '0': ['O', 'o'], '1': ['l', 'I'], '5': ['S'], '8': ['B'], '2': ['Z'] };
export const EMOJI = ['📞', '🙂', '👉', '✨', '🌸', '📧', '🏠', '💳', '🔑', '🙏', '➡️', '😉'];
export const wrap = (a: string, v: string, b: string): Seg[] => [a, { span: v }, b];

export const TRANSFORMS_A: Transform[] = [
  // stage 0: content
  {
    name: 'mixed-case',
    stage: 0,
    types: ['EMAIL', 'USERNAME', 'PERSON', 'IBAN', 'UK_NINO'],
    apply: (v, c) =>
      changed(
        v,
        chars(v)
          .map((ch, i) => (i % 2 === (c.rng.chance(0.5) ? 0 : 1) ? ch.toUpperCase() : ch.toLowerCase()))
          .join(''),
      ),
  },
  { name: 'all-caps', stage: 0, types: ['PERSON', 'ADDRESS', 'EMAIL'], apply: (v) => changed(v, v.toUpperCase()) },
  { name: 'lowercase', stage: 0, types: ['PERSON', 'IBAN', 'ADDRESS'], apply: (v) => changed(v, v.toLowerCase()) },
  { name: 'strip-diacritics', stage: 0, types: ['PERSON', 'ADDRESS'], apply: (v) => changed(v, fold(v)) },
  {
    name: 'nfd-combining',
    stage: 0,
    types: ['PERSON', 'ADDRESS', 'EMAIL'],
    apply: (v) => changed(v, v.normalize('NFD')),
  },
  {
    name: 'surname-first',
    stage: 0,
    types: ['PERSON'],
    apply: (v, c) => (!c.familyFirst && c.full === v && c.family && c.given ? `${c.family}, ${c.given}` : null),
  },
  {
    name: 'spaced-initials',
    stage: 0,
    types: ['PERSON'],
    apply: (v, c) =>
      !c.familyFirst && c.full === v && c.given && c.family
        ? `${c.given
            .split(' ')
            .map((g) => `${chars(g)[0]}.`)
            .join(' ')} ${c.family}`
        : null,
  },
  {
    name: 'plus-tag',
    stage: 0,
    types: ['EMAIL'],
    apply: (v, c) =>
      v.replace('@', `+${c.rng.pick(['shop', 'news', 'amazon', 'bank', '2024', 'spam', 'work', 'ebay'])}@`),
  },
  {
    name: 'phone-ext',
    stage: 0,
    types: ['PHONE'],
    apply: (v, c) => `${v} ${c.rng.pick([WORDS[c.lang].ext, 'x', 'ext'])} ${c.rng.int(10, 899)}`,
  },
  // stage 1: characters and separators
  { name: 'space-each', stage: 1, types: [...NUM, 'EMAIL', 'PERSON', 'USERNAME', 'IP_ADDRESS'], apply: sepEach(' ') },
  { name: 'dot-each', stage: 1, types: NUM, apply: sepEach('.') },
  { name: 'dash-each', stage: 1, types: NUM, apply: sepEach('-') },
  { name: 'underscore-each', stage: 1, types: [...NUM, 'SECRET'], apply: sepEach('_') },
  {
    name: 'regroup',
    stage: 1,
    types: NUM,
    apply: (v, c) => {
      const b = compact(v);
      const n = c.rng.pick([2, 3]);
      return changed(
        v,
        chars(b)
          .map((ch, i) => (i > 0 && i % n === 0 ? ` ${ch}` : ch))
          .join(''),
      );
    },
  },
  {
    name: 'repeat-sep',
    stage: 1,
    types: [...NUM, 'IP_ADDRESS', 'DATE_OF_BIRTH'],
    apply: (v, c) => {
      if (c.type === 'DATE_OF_BIRTH' && /\p{L}/u.test(v)) return null;
      const r = c.rng.pick(['  ', ' -- ', '--', ' . ', '   ', '..']);
      return changed(
        v,
        v.replace(/[ \-.]+/g, (m) => (m.includes('.') ? '..' : r)),
      );
    },
  },
  {
    name: 'nbsp-sep',
    stage: 1,
    types: [...NUM, 'PERSON', 'ADDRESS', 'DATE_OF_BIRTH'],
    apply: (v, c) => changed(v, v.replace(/ /g, c.rng.pick(['\u00a0', '\u202f', '\u2009']))),
  },
  {
    name: 'unicode-dash',
    stage: 1,
    types: [...NUM, 'DATE_OF_BIRTH'],
    apply: (v, c) =>
      /\p{L}/u.test(v) && c.type === 'DATE_OF_BIRTH'
        ? null
        : changed(v, v.replace(/[ \-/.]/g, c.rng.pick(['–', '—', '‐', '−']))),
  },
  {
    name: 'slash-sep',
    stage: 1,
    types: ['PHONE', 'CREDIT_CARD', 'IBAN', ...IDS],
    apply: (v) => changed(v, v.replace(/[ \-.]+/g, '/')),
  },
  {
    name: 'digit-words',
    stage: 1,
    types: ['PHONE', 'US_SSN', 'NL_BSN', 'DE_TAX_ID', 'ID_NUMBER', 'CREDIT_CARD'],
    apply: (v, c) => {
      const w = WORDS[c.lang];
      const b = compact(v);
      if (!/^\+?\d+$/.test(b)) return null;
      const j = c.lang === 'ja' ? '' : ' ';
      return b
        .replace('+', c.lang === 'ja' ? '＋' : 'plus ')
        .split('')
        .filter((x) => x !== '+')
        .map((x) => (/\d/.test(x) ? w.d[Number(x)] : x))
        .join(j)
        .replace(/^plus/, '+');
    },
  },
  {
    name: 'digit-words-mixed',
    stage: 1,
    types: [...NUM, 'DATE_OF_BIRTH'],
    apply: (v, c) => {
      const w = WORDS[c.lang];
      let n = 0;
      const out = v.replace(/\d/g, (x) =>
        c.rng.chance(0.35) && ++n ? `${c.lang === 'ja' ? '' : ' '}${w.d[Number(x)]}${c.lang === 'ja' ? '' : ' '}` : x,
      );
      return n ? out.replace(/ {2,}/g, ' ').trim() : null;
    },
  },
  {
    name: 'leet-digits',
    stage: 1,
    types: [...NUM, 'IP_ADDRESS', 'DATE_OF_BIRTH'],
    apply: (v, c) => {
      let n = 0;
      const out = v.replace(/[01582]/g, (x) => (c.rng.chance(0.6) && ++n ? c.rng.pick(LEET[x]) : x));
      return n ? out : null;
    },
  },
  { name: 'fullwidth', stage: 1, types: ALL, apply: (v) => changed(v, FW(v)) },
  {
    name: 'homoglyph',
    stage: 1,
    types: ['PERSON', 'EMAIL', 'USERNAME'],
    apply: (v, c) => {
      const cs = chars(v);
      const idx = cs.map((ch, i) => (HOMO[ch] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return null;
      for (let k = 0; k < c.rng.int(1, 3); k++) {
        const i = c.rng.pick(idx);
        cs[i] = c.rng.pick(HOMO[cs[i]] ?? [cs[i]]);
      }
      return changed(v, cs.join(''));
    },
  },
  {
    name: 'at-dot-brackets',
    stage: 1,
    types: ['EMAIL'],
    apply: (v, c) => {
      const w = WORDS[c.lang];
      const [a, b] = c.rng.pick([
        ['[', ']'],
        ['(', ')'],
        ['{', '}'],
        ['<', '>'],
      ]);
      return v.replace('@', ` ${a}${w.at}${b} `).replace(/\./g, ` ${a}${w.dot}${b} `);
    },
  },
  {
    name: 'at-dot-words',
    stage: 1,
    types: ['EMAIL'],
    apply: (v, c) => {
      const w = WORDS[c.lang];
      const at = c.rng.pick([w.at, w.at.toUpperCase(), 'at']);
      const host = v.split('@')[1] ?? '';
      return `${v.split('@')[0]} ${at} ${c.rng.chance(0.5) ? host.replace(/\./g, ` ${w.dot} `) : host}`;
    },
  },
  {
    name: 'spaced-punct',
    stage: 1,
    types: ['EMAIL', 'IP_ADDRESS'],
    apply: (v) => changed(v, v.replace(/([@.:])/g, ' $1 ')),
  },
  {
    name: 'html-entity',
    stage: 1,
    types: ['EMAIL', 'PERSON', 'ADDRESS'],
    apply: (v, c) =>
      changed(
        v,
        v
          .replace(/@/g, () => c.rng.pick(['&#64;', '&commat;', '&#x40;']))
          // biome-ignore lint/suspicious/noControlCharactersInRegex: every character outside ASCII, by UTF-16 unit
          .replace(/[^\x00-\x7f]/g, (ch) => `&#${ch.codePointAt(0)};`),
      ),
  },
  {
    name: 'percent-encoding',
    stage: 1,
    types: ['EMAIL', 'PERSON', 'ADDRESS'],
    apply: (v) =>
      changed(
        v,
        encodeURIComponent(v).replace(/\./g, (d) => d),
      ),
  },
  {
    name: 'json-unicode-escape',
    stage: 1,
    types: ['EMAIL', 'PERSON', 'ADDRESS'],
    apply: (v) =>
      changed(
        v,
        v.replace(/[@\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
      ),
  },
];
