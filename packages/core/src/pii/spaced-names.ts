/**
 * Letters spaced out one by one ("m a r t i n a  b r u n o", "O L I V E R M C A L L I S T E R", "b j ö r n", "J 4 K U
 * B"): nobody writes a word so but to keep it from being read, so a run of four or more single letters (leet digits
 * among them) with blanks or invisible characters between them is a name, whatever slot it stands in. Not when the
 * run spells an everyday word ("S O R R Y", "h e l l o") or mixes cases inside a word ("é o R F": one-letter words) or is part of a value that holds digits or an "@" (an e-mail,
 * a code or a number spaced out: other recognizers read those), nor an alphabet ("a b c d e"). One regex pass: linear.
 */
import { isCommonWord } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

const GAP = '[ \\t\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]{1,4}';
/** A run of single letters or leet digits with gaps, not glued to a word before it. */
const RUN = new RegExp(`(?<![\\p{L}\\p{N}@.])\\p{L}\\p{M}?(?:${GAP}[\\p{L}013457]\\p{M}?(?![\\p{L}\\p{N}]))+`, 'gu');
const LETTER_OR_LEET = /[\p{L}013457]/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

export function spacedNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\p{L}[ \t\u200B-\u200D\u2060\uFEFF]{1,4}\p{L}[ \t\u200B-\u200D\u2060\uFEFF]{1,4}\p{L}/u.test(text)) return out;
  for (const m of text.matchAll(RUN)) {
    const end = m.index + m[0].length;
    // a spaced-out e-mail or number: "n d e @ o u t l o o k . c o m", "s 1 2 . 4"
    if (
      /^[ \t]*[@.\p{N}]/u.test(text.slice(end, end + 3)) ||
      /[@.][ \t]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))
    )
      continue;
    const chars = m[0].match(LETTER_OR_LEET) ?? [];
    const letters = chars.filter((c) => /\p{L}/u.test(c)).length;
    if (chars.length < 4 || letters < Math.max(3, chars.length * 0.6)) continue;
    // the words of the run: letters joined, two blanks or more between words
    const words = m[0]
      .split(/[ \t]{2,}/u)
      .map((w) => (w.match(LETTER_OR_LEET) ?? []).map((c) => LEET[c] ?? c.toLowerCase()).join(''));
    // each word cased as a word is: all lower, all capitals or capitalised ("é o R F" is a phrase of one-letter words)
    const cased = m[0]
      .split(/[ \t]{2,}/u)
      .map((w) => (w.match(/\p{L}/gu) ?? []).join(''))
      .every((w) => w === w.toLowerCase() || w === w.toUpperCase() || w.slice(1) === w.slice(1).toLowerCase());
    if (!cased) continue;
    const joined = words.join('');
    if (words.every((w) => w.length < 2 || isCommonWord(w)) && (words.length > 1 || isCommonWord(joined))) continue;
    // "a b c d e": an alphabet in order
    const codes = [...joined].map((c) => c.codePointAt(0) ?? 0);
    if (codes.every((c, i) => i === 0 || c === codes[i - 1] + 1)) continue;
    out.push({ start: m.index, end });
  }
  return out;
}
