/**
 * What the NER model reads: the text with the obfuscations people use on names undone, and an offset map back.
 * - invisible characters are dropped ("M\u200Baria")
 * - Cyrillic / Greek look-alike letters inside a word that also holds Latin letters become Latin ("Аnnа" with
 *   Cyrillic А and а): the model otherwise reads a foreign-script word and misses or mistypes the name
 * - letters spaced out one by one ("J o h n  S m i t h", "M A R I A") are closed up: a run of at least four
 *   one-letter words with single blanks between them; two or more blanks (or a tab) between letters end a word;
 *   likewise letters with one `.`, `-`, `_`, `*`, `·` or `|` after each ("J.o.h.n", "m-a-r-i-a") when the run holds
 *   at least two lower-case letters (upper-case initials such as "U.S.A.F." are left alone)
 * Returns undefined when nothing changes (the model then reads the text itself). One pass, linear.
 */
import { foldConfusables, isInvisible } from './normalize.ts';

export interface NameView {
  text: string;
  /** startOf[i] / endOf[i]: original span of view character i. */
  startOf: Int32Array;
  endOf: Int32Array;
}

/** A letter run shorter than this is left spaced: "a b c" is more often a list than a name. */
const MIN_SPACED_LETTERS = 4;
const LETTER = /^\p{L}$/u;
const SPACED_RUN = /(?:^|\s)\p{L}(?: \p{L}){3}(?=\s|$)/u;
const MARKED_RUN = /\p{L}([.\-_*|])\p{L}\1\p{L}\1\p{L}/u;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The view of `text` for the NER model, or undefined when it would equal `text`. */
export function nameView(text: string): NameView | undefined {
  // Fast path: plain ASCII text with no run of spaced letters has nothing to undo.
  if (/^[\x20-\x7e\t\n\r]*$/.test(text) && !SPACED_RUN.test(text) && !MARKED_RUN.test(text)) return undefined;
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    if (!isInvisible(ch)) {
      chars.push(ch);
      starts.push(i);
      ends.push(i + w);
    }
    i += w;
  }
  foldConfusables(chars);
  const drop = spacedLetterGaps(chars);
  for (const k of joinedLetterMarks(chars)) drop.add(k);
  let view = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (drop.has(k)) continue;
    for (let u = 0; u < chars[k].length; u++) {
      startOf.push(starts[k]);
      endOf.push(ends[k]);
    }
    view += chars[k];
  }
  if (view === text) return undefined;
  return { text: view, startOf: Int32Array.from(startOf), endOf: Int32Array.from(endOf) };
}

/**
 * Indexes of the blanks to drop inside runs of spaced letters. A run: one-letter words (a letter with a blank or the
 * text's edge on both sides) one after the other; inside it a single blank joins, a longer gap keeps one blank.
 */
function spacedLetterGaps(chars: string[]): Set<number> {
  const drop = new Set<number>();
  const edge = (k: number) => k < 0 || k >= chars.length || !/[\p{L}\p{N}\p{M}]/u.test(chars[k]);
  const single = (k: number) => LETTER.test(chars[k]) && edge(k - 1) && edge(k + 1);
  let k = 0;
  while (k < chars.length) {
    if (!single(k)) {
      k++;
      continue;
    }
    // Collect the run: letters at `letters`, gaps between them.
    const letters = [k];
    let j = k + 1;
    for (;;) {
      let g = j;
      while (g < chars.length && isBlank(chars[g])) g++;
      if (g === j || g >= chars.length || !single(g)) break;
      letters.push(g);
      j = g + 1;
    }
    if (letters.length >= MIN_SPACED_LETTERS) {
      for (let n = 1; n < letters.length; n++) {
        const gap = letters[n] - letters[n - 1] - 1;
        if (gap === 1 && chars[letters[n - 1] + 1] === ' ') drop.add(letters[n - 1] + 1);
        else for (let g = letters[n - 1] + 2; g < letters[n]; g++) drop.add(g);
      }
    }
    k = letters[letters.length - 1] + 1;
  }
  return drop;
}

const MARK = /^[.\-_*·|]$/;
const LOWER = /^\p{Ll}$/u;

/** Indexes of the marks inside runs like "J.o.h.n" (see the file comment). */
function joinedLetterMarks(chars: string[]): number[] {
  const marks: number[] = [];
  let k = 0;
  while (k < chars.length) {
    const mark = chars[k + 1];
    if (!LETTER.test(chars[k]) || LETTER.test(chars[k - 1] ?? '') || !mark || !MARK.test(mark)) {
      k++;
      continue;
    }
    // letters at k, k+2, k+4 … each followed by the same mark; the last letter may end the run without one
    let j = k;
    let lower = 0;
    while (LETTER.test(chars[j] ?? '') && !LETTER.test(chars[j + 1] ?? '')) {
      if (LOWER.test(chars[j])) lower++;
      if (chars[j + 1] !== mark) {
        j += 1;
        break;
      }
      j += 2;
    }
    const count = Math.ceil((j - k) / 2);
    if (count >= MIN_SPACED_LETTERS && lower >= 2) {
      for (let m = k + 1; m < j - 1; m += 2) marks.push(m);
    }
    k = Math.max(j, k + 1);
  }
  return marks;
}

/** Maps a [start, end) span of the view back to the original text. */
export function fromView(v: NameView, start: number, end: number): { start: number; end: number } {
  return { start: v.startOf[start], end: v.endOf[end - 1] };
}
