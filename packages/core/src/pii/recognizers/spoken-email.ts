import type { RawMatch, Recognizer } from '../types.ts';
import { TENS } from './spelled-tens.ts';
import { CORRECTIONS } from './spoken-iban.ts';
import { match } from './util.ts';

/**
 * EMAIL said in a call (speech-to-text transcripts, en de fr es it pt nl pl): "j o h n dot smith at gmail dot com",
 * "anna underscore weber at web punkt de", "perrin point guillaume arobase laposte point net", "s o f i a ponto c o s t
 * a arroba sapo.pt", "michaelhughes six five at btinternet dot com". Read from the word for "@" ("at", "arroba",
 * "arobase", "chiocciola", "apenstaartje", "małpa", "klammeraffe"): the domain after it must end in "dot" and a
 * top-level domain (two letters or a common one); the local part before it is read back over words, runs of single
 * letters and numbers joined by the words for ".", "_" and "-" (two words side by side end it, but for a word and its
 * numbers). Also covered: a first try said just before and corrected ("megan dot clarke sorry no megan underscore
 * clarke at …"), and a local part said on an earlier turn when the turn with "@" opens with it ("n u r i a punto r o m
 * e r o / at what / arroba yahoo punto es"). Bounded reading around each "@" word: linear.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;
const AT = new Set(['at', 'ät', 'arroba', 'arobase', 'chiocciola', 'apenstaartje', 'małpa', 'klammeraffe', 'malpa']);
const DOT = new Set(['dot', 'punkt', 'point', 'punto', 'ponto', 'punt', 'kropka']);
const JOIN = new Set([
  ...DOT,
  'underscore',
  'unterstrich',
  'podkreślnik',
  'sublinhado',
  'trattino',
  'dash',
  'hyphen',
  'tiret',
  'guion',
  'guión',
  'bindestrich',
  'myślnik',
  'minus',
  'streepje',
  'liggend',
  'bas',
  'bajo',
  'basso',
]);
const TLDS = new Set('com org net edu info biz io me eu'.split(' '));
const DIGIT: Record<string, string> = {};
for (const [d, words] of Object.entries({
  0: 'zero oh null nul zéro cero',
  1: 'one eins un uno um een jeden',
  2: 'two zwei deux dos due dois twee dwa',
  3: 'three drei trois tres três tre drie trzy',
  4: 'four vier quatre cuatro quattro quatro cztery',
  5: 'five fünf cinq cinco cinque vijf pięć',
  6: 'six sechs seis sei zes sześć',
  7: 'seven sieben sept siete sette sete zeven siedem',
  8: 'eight acht huit ocho otto oito osiem',
  9: 'nine neun neuf nueve nove negen dziewięć',
}))
  for (const w of words.split(' ')) DIGIT[w] = d;
/** Words of a number said aloud: the digit words above, tens, "double" / "triple". */
const NUMBER = new Set(['double', 'triple', ...[...TENS.keys()].flatMap((k) => k.split(' ')), ...Object.keys(DIGIT)]);
/** Words of a turn that say nothing of the address ("yes it's", "ja das ist", "oui c'est"). */
const LEAD = new Set(
  'yes yeah also so well alors bueno pues allora więc então it its s is be was were am are me us you him her them we they he she here there look arrive stay meet that the my ja das ist oui c est sí si sim tak to jest dat e o la el il é'.split(
    ' ',
  ),
);
const MAX_BACK = 30;
/** A turn label at a line start ("C:", "SPEAKER_01:", "[00:00:22] Speaker 2:"). */
const LABEL = String.raw`(?:\[[\d:.]{1,12}\][ \t]*)?[^\n:\[\]]{0,40}:[ \t]*`;
const LABEL_ONLY = new RegExp(`^${LABEL}$`);
const LABEL_LEAD = new RegExp(`^${LABEL}((?:[\\p{L}’']+[ \\t]+){0,3})$`, 'u');

interface Tok {
  low: string;
  start: number;
  end: number;
}

type Kind = 'join' | 'letter' | 'number' | 'word' | 'other';
function kind(t: Tok): Kind {
  if (JOIN.has(t.low)) return 'join';
  if (t.low.length === 1 && /\p{L}/u.test(t.low)) return 'letter';
  if (/^\d+$/.test(t.low) || t.low.split('-').every((p) => NUMBER.has(p))) return 'number';
  if (/^[\p{L}\p{N}._-]+$/u.test(t.low) && !AT.has(t.low) && !LEAD.has(t.low) && !CORRECTIONS.has(t.low)) return 'word';
  return 'other';
}

/** Only blanks or a comma between two tokens, on one line. */
const near = (text: string, a: Tok, b: Tok) => /^[ \t,]{1,3}$/.test(text.slice(a.end, b.start));

/** The local part ending right before token `end` (exclusive): its first token, or -1. */
function localBefore(toks: Tok[], end: number, text: string): number {
  let i = end - 1;
  let first = -1;
  /** Kind of the unit right of i: units side by side end the local part, but for a word then its number. */
  let right: Kind | undefined;
  let joins = 0;
  while (i >= 0 && end - i <= MAX_BACK) {
    const t = toks[i];
    if (i + 1 < toks.length && i + 1 < end && !near(text, t, toks[i + 1])) break;
    const k = kind(t);
    if (k === 'join') {
      // Two words for one sign ("tiret bas", "guion bajo", "trattino basso"), not more.
      if (right === undefined || (right === 'join' && joins > 1)) break;
      joins = right === 'join' ? joins + 1 : 1;
      right = 'join';
      i--;
      continue;
    }
    if (k === 'other') break;
    if (right !== undefined && right !== 'join') {
      const sameRun = (k === 'letter' && right === 'letter') || (k === 'number' && right === 'number');
      const wordNumber = k === 'word' && right === 'number';
      if (!sameRun && !wordNumber) break;
    }
    right = k;
    first = i;
    i--;
  }
  return first;
}

/** The domain from token `from`: its last token, or -1 ("gmail dot com", "t-online punkt de", "sapo.pt"). */
function domainAfter(toks: Tok[], from: number, text: string): number {
  const t = toks[from];
  if (!t || kind(t) !== 'word') return -1;
  const glued = /\.([\p{L}]{2,6})$/u.exec(t.low);
  if (glued && (glued[1].length === 2 || TLDS.has(glued[1]))) return from;
  let last = -1;
  let i = from;
  for (let parts = 0; parts < 3; parts++) {
    const d = toks[i + 1];
    const w = toks[i + 2];
    if (!d || !w || !DOT.has(d.low) || !near(text, toks[i], d) || !near(text, d, w) || !/^\p{L}+$/u.test(w.low)) break;
    if (w.low.length === 2 || TLDS.has(w.low)) last = i + 2;
    i += 2;
  }
  return last;
}

const UNDERSCORE = new Set(['underscore', 'unterstrich', 'podkreślnik', 'sublinhado', 'bas', 'bajo', 'basso']);

/** The address the tokens first..last spell ("john dot doe at example dot com" → "john.doe@example.com"). */
function addressOf(toks: Tok[], first: number, last: number): string {
  let out = '';
  for (let i = first; i <= last; i++) {
    const w = toks[i].low;
    const next = toks[i + 1]?.low;
    if (AT.has(w)) out += '@';
    else if (DOT.has(w)) out += '.';
    else if ((w === 'tiret' || w === 'guion' || w === 'guión' || w === 'trattino') && next && UNDERSCORE.has(next)) {
      out += '_';
      i++;
    } else if (UNDERSCORE.has(w)) out += '_';
    else if (JOIN.has(w)) out += '-';
    else if ((w === 'double' || w === 'triple') && next && DIGIT[next] !== undefined) {
      out += DIGIT[next].repeat(w === 'double' ? 2 : 3);
      i++;
    } else if (DIGIT[w] !== undefined) out += DIGIT[w];
    else if (TENS.has(w.replace(/-/g, ' '))) out += TENS.get(w.replace(/-/g, ' '));
    else {
      let tens: string | undefined;
      let n = 0;
      let phrase = '';
      for (let k = 0; k < 4 && i + k <= last; k++) {
        phrase = k === 0 ? w : `${phrase} ${toks[i + k].low}`;
        const v = TENS.get(phrase);
        if (v) {
          tens = v;
          n = k;
        }
      }
      if (tens) {
        out += tens;
        i += n;
      } else out += w;
    }
  }
  return out;
}

export const spokenEmailRecognizer: Recognizer = {
  name: 'spoken-email',
  types: ['EMAIL'],
  find(text) {
    const out: RawMatch[] = [];
    if (
      !/(?:^|[^\p{L}])(?:at|ät|arroba|arobase|chiocciola|apenstaartje|małpa|malpa|klammeraffe)(?:[^\p{L}]|$)/iu.test(
        text,
      )
    )
      return out;
    const toks: Tok[] = [];
    for (const m of text.matchAll(TOKEN))
      toks.push({ low: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    for (let i = 0; i < toks.length; i++) {
      if (!AT.has(toks[i].low)) continue;
      const last = domainAfter(toks, i + 1, text);
      if (last < 0 || !near(text, toks[i], toks[i + 1])) continue;
      const first = i > 0 && near(text, toks[i - 1], toks[i]) ? localBefore(toks, i, text) : -1;
      if (first >= 0) {
        // The folding glues spelled letters to the "s" of "it's" ("it'soliver"): that "s" stays out.
        const f = toks[first];
        const cut = /['’]/.test(text[f.start - 1] ?? '') && f.low.length > 1 && f.low[0] === 's' ? 1 : 0;
        const address = addressOf(toks, first, last).slice(cut);
        out.push(match('EMAIL', f.start + cut, toks[last].end, 0.9, address));
        // A first try corrected right before: "megan dot clarke sorry no megan …".
        let c = first - 1;
        let words = 0;
        while (c >= 0 && CORRECTIONS.has(toks[c].low) && words < 3) {
          c--;
          words++;
        }
        if (words > 0 && c >= 0) {
          const before = localBefore(toks, c + 1, text);
          if (before >= 0)
            out.push(
              match('EMAIL', toks[before].start, toks[c].end, 0.85, text.slice(toks[before].start, toks[c].end)),
            );
        }
      } else {
        // "@" opens the turn: the local part is what the caller said last, on one of the two turns before.
        const lineStart = text.lastIndexOf('\n', toks[i].start) + 1;
        if (!LABEL_ONLY.test(text.slice(lineStart, toks[i].start)) && lineStart !== toks[i].start) continue;
        out.push(match('EMAIL', toks[i].start, toks[last].end, 0.85, text.slice(toks[i].start, toks[last].end)));
        let j = i - 1;
        for (let turns = 0; turns < 3 && j >= 0; turns++) {
          // The last token of an earlier turn, and whether its turn reads as a local part from its start.
          const end = j + 1;
          const from = localBefore(toks, end, text);
          const ls = text.lastIndexOf('\n', toks[j].start) + 1;
          const lead = from >= 0 ? text.slice(ls, toks[from].start) : '';
          const head = from >= 0 ? LABEL_LEAD.exec(lead) : null;
          const opens = !!head;
          const quiet = !!head && head[1].split(/[ \t’']+/).every((w) => w === '' || LEAD.has(w.toLowerCase()));
          const alone = quiet && /[\d._-]|^\p{L}{6,}$/u.test(toks[from].low);
          if (opens && (end - from >= 2 || alone)) {
            out.push(match('EMAIL', toks[from].start, toks[j].end, 0.8, text.slice(toks[from].start, toks[j].end)));
            break;
          }
          while (j >= 0 && toks[j].start >= ls) j--;
        }
      }
    }
    return out;
  },
};
