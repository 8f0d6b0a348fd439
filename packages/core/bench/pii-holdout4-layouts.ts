/**
 * Layout obfuscations for hold-out 4 (the value cut into parts with carrier text between them: markup, split sentences,
 * tables, code concatenation, line layouts, reversed) and the registry of all obfuscations. A result is a list of
 * pieces [text, isValue]; only the letters and digits of value pieces must be hidden by the engine.
 */
import { CHAR_OBFUSCATIONS, groupsOf, type PiiType } from './pii-holdout4-obfuscations.ts';
import { choose, int, type Rand } from './pii-holdout4-values.ts';

export type Piece = [text: string, isValue: boolean];
type LayoutObf = (v: string, t: PiiType, r: Rand, lang: string) => Piece[] | undefined;

/** Parts of the value: e-mail local part and domain (with the "@" on one side unless dropAt), IP halves, otherwise its groups (at most 4 parts). */
function partsOf(v: string, t: PiiType, r: Rand, dropAt = false): string[] {
  if (t === 'EMAIL') {
    const at = v.indexOf('@');
    if (dropAt) return [v.slice(0, at), v.slice(at + 1)];
    return r() < 0.5 ? [v.slice(0, at), v.slice(at)] : [v.slice(0, at + 1), v.slice(at + 1)];
  }
  if (t === 'IP_ADDRESS') {
    const sep = v.includes('.') && !v.includes('::ffff') ? '.' : ':';
    const g = v.split(sep);
    const k = int(r, 1, g.length - 1);
    const [a, b] = [g.slice(0, k).join(sep), g.slice(k).join(sep)];
    return r() < 0.5 ? [a + sep, b] : [a, sep + b];
  }
  const g = groupsOf(v, r);
  if (g.length <= 4) return g;
  const k = Math.ceil(g.length / 3);
  return [g.slice(0, k).join(' '), g.slice(k, 2 * k).join(' '), g.slice(2 * k).join(' ')];
}
/** Interleave value parts with filler texts. */
const weave = (parts: string[], fill: (i: number) => string, head = '', tail = ''): Piece[] => {
  const out: Piece[] = head ? [[head, false]] : [];
  parts.forEach((p, i) => {
    if (i > 0) out.push([fill(i), false]);
    out.push([p, true]);
  });
  if (tail) out.push([tail, false]);
  return out;
};

/** Carrier-language words between the parts of a split value. */
const SPLIT_FILL: Record<string, string[]> = {
  eng: [' and then ', ', continued: ', ' … the rest is ', ' (part 2) ', ' followed by '],
  deu: [' und dann ', ', weiter mit ', ' – der Rest: ', ' danach '],
  fra: [' puis ', ', ensuite ', ' et la suite : ', ' suivi de '],
  spa: [' y luego ', ', sigue ', ' y después ', ' y el resto: '],
  ita: [' e poi ', ', continua ', ' e il resto: '],
  por: [' e depois ', ', continua ', ' e o resto: '],
  nld: [' en dan ', ', verder ', ' en de rest: '],
  pol: [' a potem ', ', dalej ', ' i reszta: '],
  swe: [' och sedan ', ', sedan ', ' och resten: '],
  tur: [' sonra ', ', devamı ', ' ve kalanı: '],
  rus: [' потом ', ', дальше ', ' и остальное: '],
  jpn: [' 、続きは ', ' そして ', ' 残りは '],
};
const EMAIL_FILL = ' and the domain is | at the domain | (domain: | – Domain: | on | sur le domaine | bei '.split('|');

const LAYOUTS: Record<string, LayoutObf> = {
  /** HTML tags or Markdown emphasis around the parts, or empty elements between them. */
  markup: (v, t, r) => {
    const parts = partsOf(v, t, r);
    if (parts.length < 2) return undefined;
    const style = int(r, 0, 3);
    if (style === 0) return weave(parts, () => choose(r, ['<!-- -->', '<wbr>', '<span></span>', '</b><b>']));
    const [a, b] =
      style === 1
        ? choose(r, [
            ['<b>', '</b>'],
            ['<span>', '</span>'],
            ['<i>', '</i>'],
            ['<code>', '</code>'],
          ])
        : style === 2
          ? choose(r, [
              ['**', '**'],
              ['_', '_'],
              ['`', '`'],
              ['~~', '~~'],
            ])
          : ['<span class="x">', '</span>'];
    const join = t === 'EMAIL' ? '' : choose(r, [' ', '', '-']);
    return weave(parts, () => b + join + a, a, b);
  },
  /** The value cut in two or three, with words of the carrier language between the parts. */
  split: (v, t, r, lang) => {
    const parts = partsOf(v, t, r, t === 'EMAIL' && r() < 0.6);
    if (parts.length < 2) return undefined;
    if (t === 'EMAIL' && !/@/.test(parts.join(''))) {
      const f = choose(r, EMAIL_FILL);
      return weave(parts, () => f, '', f.includes('(') ? ')' : '');
    }
    const fills = SPLIT_FILL[lang] ?? SPLIT_FILL.eng;
    return weave(parts, () => choose(r, fills));
  },
  /** Each group on its own line, or one character per line (vertical writing). */
  lines: (v, t, r) => {
    if (r() < 0.35) return [[[...v.replace(/\s+/g, '')].join('\n'), true]];
    return weave(partsOf(v, t, r), () => choose(r, ['\n', '\n\n', '\r\n', '\n  ']));
  },
  /** Parts in the cells of a Markdown table, a row of it or a column with row numbers. */
  table: (v, t, r) => {
    const parts = partsOf(v, t, r);
    if (parts.length < 2) return undefined;
    if (r() < 0.5) {
      const head = `\n| ${parts.map((_, i) => String.fromCharCode(65 + i)).join(' | ')} |\n|${parts.map(() => '---|').join('')}\n| `;
      return weave(parts, () => ' | ', head, ' |\n');
    }
    if (r() < 0.5) return weave(parts, (i) => ` |\n| ${i + 1} | `, '\n| # | part |\n|---|---|\n| 1 | ', ' |\n');
    const sep = choose(r, ['\t', ';', ',', '\t|\t']);
    return weave(parts, () => sep);
  },
  /** String concatenation in code. */
  code: (v, t, r) => {
    const parts = partsOf(v, t, r);
    if (parts.length < 2) return undefined;
    const q = choose(r, ["'", '"']);
    switch (int(r, 0, 3)) {
      case 0:
        return weave(parts, () => `${q} + ${q}`, q, q);
      case 1:
        return weave(parts, () => `${q}, ${q}`, `"".join([${q}`, `${q}])`);
      case 2:
        return weave(parts, () => `', '`, "CONCAT('", "')");
      default:
        return weave(parts, () => `${q} ${q}`, q, q);
    }
  },
  /** Written backwards, with a note to read it the other way round. */
  reversed: (v, _t, r, lang) => {
    const note: Record<string, string> = {
      eng: '(read it backwards) ',
      deu: '(rückwärts lesen) ',
      fra: "(à lire à l'envers) ",
      spa: '(léelo al revés) ',
    };
    const rev = [...v].reverse().join('');
    return r() < 0.5
      ? [
          [note[lang] ?? note.eng, false],
          [rev, true],
        ]
      : [
          [rev, true],
          [` ${(note[lang] ?? note.eng).trim()}`, false],
        ];
  },
};

/** Applied first in a mix (they change the layout), then one of MIX_SECOND (they change characters). */
const MIX_FIRST = ['separators', 'spaced', 'digitWords', 'wordSeparators', 'caseMix', 'leet', 'pairWords', 'oddSpaces'];
const MIX_SECOND = 'altDigits invisible lookalikes digitLookalikes combining fullwidth mixedScripts htmlEntities'.split(
  ' ',
);

export const OBFUSCATION_NAMES = ['none', ...Object.keys(CHAR_OBFUSCATIONS), ...Object.keys(LAYOUTS), 'mixed'];

/** The obfuscated value as pieces, or undefined where the obfuscation does not fit the value. */
export function obfuscate(name: string, v: string, t: PiiType, r: Rand, lang: string): Piece[] | undefined {
  if (name === 'none') return [[v, true]];
  if (LAYOUTS[name]) return LAYOUTS[name](v, t, r, lang);
  if (name === 'mixed') {
    for (let k = 0; k < 10; k++) {
      const a = CHAR_OBFUSCATIONS[choose(r, MIX_FIRST)](v, t, r, lang);
      const b = a && CHAR_OBFUSCATIONS[choose(r, MIX_SECOND)](a, t, r, lang);
      if (b) return [[b, true]];
    }
    return undefined;
  }
  const out = CHAR_OBFUSCATIONS[name](v, t, r, lang);
  return out === undefined || out === v ? undefined : [[out, true]];
}
