/**
 * A name said again on its own: a document names "Leanne Sutcliffe" once, then says "Leanne is reliable", "Jutta
 * beginnt", "الطالب فيصل". Each word of a PERSON of two or more words that is a known name (or, in a script without
 * case, a word of three letters or more) marks its other whole-word occurrences as that person too; in a cased
 * script only capitalised occurrences. A one-word PERSON that is a known or open name and no everyday word marks its
 * other occurrences written the same way ("oi chloe … chloe"). A word of a name that is a known or open name and no
 * everyday word or place (of a one-word PERSON: a known name) marks its occurrences in any case ("Nathan … nathan", "KAROLINA … karolina"). One pass over the words with a set lookup: linear in
 * the text length.
 */
import { isCommonWord, isKnownName } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { isTechName } from './person.ts';
import { isPlace, LANGUAGE, NOT_NAME } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const CASED = /[\p{Lu}\p{Ll}]/u;
/** Scripts without spaces between words: a repeated word there is no word of its own. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Spans of the other occurrences of the words of `persons` (PERSON spans) in `text`. */
export function repeatedNameSpans(text: string, persons: Span[]): Span[] {
  const out: Span[] = [];
  const words = new Set<string>();
  // words of a name that are no everyday word, found again in any case ("Nathan … nathan", "KAROLINA … karolina")
  const anyCase = new Set<string>();
  for (const p of persons) {
    const parts = [...text.slice(p.start, p.end).matchAll(WORD)];
    if (parts.length <= 4)
      for (const [w] of parts) {
        if (w.length < 3 || !CASED.test(w) || isCommonWord(w) || isPlace(w) || isTechName(w) || NOT_NAME.test(w))
          continue;
        // (a one-word PERSON only when the lexicon knows it: the model's one-word misreads are open words: "Kargo")
        if (isKnownName(w) || (parts.length > 1 && openName(w))) anyCase.add(w.toLowerCase());
      }
    if (parts.length === 1) {
      // a one-word name said again ("oi chloe answer ur phone chloe"): written the same way, no everyday word
      const [w] = parts[0];
      if (w.length >= 3 && CASED.test(w) && !isCommonWord(w) && (isKnownName(w) || openName(w))) words.add(w);
      continue;
    }
    if (parts.length > 4) continue;
    for (const [w] of parts) {
      if (w.length < 3 || UNSPACED.test(w)) continue;
      const cased = CASED.test(w);
      if (cased && !/^\p{Lu}\p{Ll}/u.test(w)) continue;
      if (cased && (!isKnownName(w) || isPlace(w) || isTechName(w) || NOT_NAME.test(w) || LANGUAGE.test(w))) continue;
      words.add(w);
    }
  }
  if (words.size === 0 && anyCase.size === 0) return out;
  // the words come in text order: one pointer walks the sorted spans along
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = 0;
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    while (k < sorted.length && sorted[k].start < end) reach = Math.max(reach, sorted[k++].end);
    if ((words.has(m[0]) || anyCase.has(m[0].toLowerCase())) && reach <= m.index) out.push({ start: m.index, end });
  }
  return out;
}
