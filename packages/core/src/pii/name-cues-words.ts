/**
 * Reading a name's words next to a cue (name-cues.ts, name-cues-latin.ts): a bounded number of words after a title or
 * before a suffix, each of a bounded length, so every read is linear in the text length.
 */

export interface Span {
  start: number;
  end: number;
}

/** Adds the span to `out` unless it is empty. */
export const push = (out: Span[], start: number, end: number) => {
  if (end > start) out.push({ start, end });
};

/** Up to `max` words of `word` after position `at` (blanks between), stopping at `stop`; returns the end or `at`. */
export function wordsAfter(text: string, at: number, word: RegExp, max: number, stop?: (w: string) => boolean): number {
  let end = at;
  let i = at;
  for (let n = 0; n < max; n++) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0') && j - i < 3) j++;
    if (n > 0 && j === i) break;
    word.lastIndex = j;
    const m = word.exec(text);
    if (!m || m.index !== j || stop?.(m[0])) break;
    end = j + m[0].length;
    i = end;
  }
  return end;
}

/** The start of up to `max` words (characters matching `ch`) ending at `end`, stopping at `stop`. */
export function lastWordsBefore(
  text: string,
  end: number,
  ch: RegExp,
  max: number,
  stop?: (w: string) => boolean,
): number {
  let start = end;
  let k = end;
  for (let n = 0; n < max; n++) {
    let j = k;
    while (j > 0 && text[j - 1] === ' ' && k - j < 2) j--;
    if (n > 0 && j === k) break;
    let i = j;
    while (i > 0 && j - i < 30 && ch.test(text[i - 1])) i--;
    if (i === j || stop?.(text.slice(i, j))) break;
    start = i;
    k = i;
  }
  return start;
}

/** Each alternative of `alternation` also with a capital first letter, for case-sensitive patterns ("thanks|Thanks"). */
export const firstCased = (alternation: string) =>
  alternation.replace(/(^|\|)(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`);

/** Each word of an alternation with either case of its first letter ("Name auf der Buchung", "Alles Gute zum …"). */
export const wordsCased = (alternation: string) =>
  alternation.replace(
    /(^|[ |])(\p{L})/gu,
    (_, sep: string, c: string) => `${sep}[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
