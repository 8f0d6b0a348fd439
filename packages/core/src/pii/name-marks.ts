/**
 * Names marked by how they are typed rather than by the words around them (source `honorific`):
 * - a name with stretched letters ("Javierrrr", "Micaelaaaa", "LAKSHMIIII", "Σταύροςςς"): a word with a letter typed
 *   three times or more that, taken back (name-chat-titles.ts `unstretch`), is a known name that is no everyday word
 *   ("Sooo", "Yesss", "Goooal" stay; an unknown word stretched is as often a shop or slang: "Gojekkkk", "mantappp");
 * - a name inside a hashtag written in capitalised parts ("#JusticeForAmaka", "#TeamLuana", "#RIPKofiMensah"): the
 *   parts that are known or open names, not the first part, two in a row joined.
 * Linear: one pass over the words with a letter run, one over the hashtags.
 */
import { isCommonWord, isKnownName } from './lexicon.ts';
import { NOT_NAME, openName, unstretch } from './name-chat-titles.ts';
import { isPlace } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const STRETCHED = /(?<![\p{L}\p{M}\p{N}_@#])\p{L}*(\p{L})\1{2,}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}_@])/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{3,60})/gu;
const PART = /\p{Lu}\p{Ll}+/gu;

/** A known name that is no everyday word, function word or place, in any case. */
const known = (w: string) => w.length >= 3 && !NOT_NAME.has(w) && isKnownName(w) && !isCommonWord(w) && !isPlace(w);

export function markedNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(STRETCHED)) {
    const back = unstretch(m[0]);
    if (back.length < 3 || back === m[0].toLowerCase()) continue;
    if (known(back)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (!text.includes('#')) return out;
  for (const m of text.matchAll(HASHTAG)) {
    const at = m.index + 1;
    let previous: Span | undefined;
    for (const p of m[1].matchAll(PART)) {
      const start = at + p.index;
      const end = start + p[0].length;
      const word = p[0].toLowerCase();
      if (p.index === 0 || !(known(word) || openName(p[0]))) {
        previous = undefined;
        continue;
      }
      if (previous && previous.end === start) previous.end = end;
      else {
        previous = { start, end };
        out.push(previous);
      }
    }
  }
  return out;
}
