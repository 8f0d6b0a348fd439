/**
 * What the NER model reads: the text with the obfuscations people use on names undone, and an offset map back.
 * - invisible characters are dropped ("M\u200Baria")
 * - Cyrillic / Greek look-alike letters inside a word that also holds Latin letters become Latin ("Аnnа" with
 *   Cyrillic А and а): the model otherwise reads a foreign-script word and misses or mistypes the name
 * - letters spaced out one by one ("J o h n  S m i t h", "M A R I A") are closed up: a run of at least four
 *   one-letter words with single blanks between them; two or more blanks (or a tab) between letters end a word;
 *   likewise letters with one `.`, `-`, `_`, `*`, `·` or `|` after each ("J.o.h.n", "m-a-r-i-a") when the run holds
 *   at least two lower-case letters (upper-case initials such as "U.S.A.F." are left alone)
 * - Markdown emphasis and quote marks around words are dropped ("**Anna**", "„Sophie“", "「王」"); a handle's `@` is
 *   dropped and `_` between letters becomes a blank ("@anna_weber" -> "anna weber")
 * - leet digits and signs inside words of letters become letters ("P00ja" -> "Pooja", "5chm1d7" -> "Schmidt"); numbers,
 *   codes in capitals ("GPT4", "MP3") and addresses are left alone
 * - a word in alternating case ("gAlLo", "ShOtA") is read capitalised ("Gallo", "Shota")
 * - single Han / kana letters with a blank between them are closed up ("吉 田" -> "吉田"), Hangul from three on
 * Returns undefined when nothing changes (the model then reads the text itself). One pass, linear.
 */
import { readJoinedNames, readLeet, readLeetPairs, readOddCase } from './name-words.ts';
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
const SPACED_RUN = /(?:^|\s)\p{L}(?: {1,3}\p{L}){3}(?=\s|$)/u;
/** ASCII text with one of these has something more to undo: emphasis, quotes, handles, leet, alternating case. */
const MORE = /[*_"'@|]|[a-z][-.][a-z]|\p{L}[0-9$!]|[0-9$!]\p{L}|\p{Ll}\p{Lu}\p{Ll}*\p{Lu}/u;
const MARKED_RUN = /\p{L}([.\-_*|•·/])\p{L}\1\p{L}|\p{L}[*|•·]\p{L}/u;
/** U+0334-0338: combining tilde / stroke / slash overlays, used to write text struck through. */
const isOverlay = (cp: number) => cp >= 0x334 && cp <= 0x338;
/** U+1D400-1D7FF: mathematical bold, italic, script, double-struck, monospace… letters and digits. */
const isMathAlnum = (cp: number) => cp >= 0x1d400 && cp <= 0x1d7ff;
/** A word hyphenated at a line end. */
const WRAPPED = /\p{L}-[ \t]*\r?\n[ \t]*\p{Ll}/u;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The view of `text` for the NER model, or undefined when it would equal `text`. */
export function nameView(text: string): NameView | undefined {
  // Fast path: plain ASCII text with no run of spaced letters has nothing to undo.
  const plain = /^[\x20-\x7e\t\n\r]*$/.test(text);
  if (plain && !SPACED_RUN.test(text) && !MARKED_RUN.test(text) && !MORE.test(text) && !WRAPPED.test(text))
    return undefined;
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    // a strikethrough or overlay mark on a letter ("E̶w̶a̶") is dropped like an invisible character
    if (!isInvisible(ch) && !(isOverlay(cp) && i > 0)) {
      // full-width Latin letters and digits ("Ｒａｍｏｎａ") and mathematical letters ("𝐆𝐢𝐮𝐥𝐢𝐚") are read as ASCII
      chars.push(isWideAlnum(cp) ? String.fromCharCode(cp - 0xfee0) : isMathAlnum(cp) ? ch.normalize('NFKC') : ch);
      starts.push(i);
      ends.push(i + w);
    }
    i += w;
  }
  foldConfusables(chars);
  readLeetPairs(chars);
  readLeet(chars);
  readOddCase(chars);
  readJoinedNames(chars);
  const drop = spacedLetterGaps(chars);
  for (const k of joinedLetterMarks(chars)) drop.add(k);
  dropMarkup(chars, drop);
  joinWrapped(chars, drop);
  readHandles(chars, drop);
  closeCjkGaps(chars, drop);
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

/** U+FF10-FF19, FF21-FF3A, FF41-FF5A: full-width digits and Latin letters. */
const isWideAlnum = (cp: number) =>
  (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);

/** A word hyphenated at a line end ("Car-⏎olin", "Kowals-⏎kiego") is read joined: the hyphen and the break are dropped. */
function joinWrapped(chars: string[], drop: Set<number>): void {
  for (let k = 1; k + 2 < chars.length; k++) {
    if (chars[k] !== '-' || !LETTER.test(chars[k - 1])) continue;
    let j = k + 1;
    while (j < chars.length && isBlank(chars[j]) && j - k < 3) j++;
    if (chars[j] === '\r') j++;
    if (chars[j] !== '\n') continue;
    let n = j + 1;
    while (n < chars.length && isBlank(chars[n]) && n - j < 4) n++;
    if (n >= chars.length || !/\p{Ll}/u.test(chars[n])) continue;
    for (let d = k; d < n; d++) drop.add(d);
  }
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
      // the gap inside a word is the most frequent one (ties: the narrowest); any other gap parts two words, so
      // "J o h n   S m i t h" and "M  a  r  c  i  n N  o  w  a  k" both read as two words
      const width = wordGap(letters);
      for (let n = 1; n < letters.length; n++) {
        const gap = letters[n] - letters[n - 1] - 1;
        const spaces = chars.slice(letters[n - 1] + 1, letters[n]).every((c) => c === ' ');
        if (gap === width && spaces) for (let g = letters[n - 1] + 1; g < letters[n]; g++) drop.add(g);
        else for (let g = letters[n - 1] + 2; g < letters[n]; g++) drop.add(g);
      }
    }
    k = letters[letters.length - 1] + 1;
  }
  return drop;
}

/** The most frequent gap between the letters of a spaced run, the narrowest on a tie; never more than three. */
function wordGap(letters: number[]): number {
  const count = [0, 0, 0, 0];
  for (let n = 1; n < letters.length; n++) {
    const gap = letters[n] - letters[n - 1] - 1;
    if (gap <= 3) count[gap]++;
  }
  let best = 1;
  for (let g = 2; g <= 3; g++) if (count[g] > count[best]) best = g;
  return best;
}

const MARK = /^[.\-_*·|•/]$/;
const LOWER = /^\p{Ll}$/u;

/** End of the letter (with its combining marks, and a Devanagari conjunct) that starts at k, or k when none does. */
function unitEnd(chars: string[], k: number): number {
  if (!LETTER.test(chars[k] ?? '')) return k;
  let j = k + 1;
  for (;;) {
    while (j < chars.length && /^\p{M}$/u.test(chars[j])) j++;
    if (chars[j - 1] === '\u094d' && LETTER.test(chars[j] ?? '')) j++;
    else return j;
  }
}

/** Lower case, or a letter of a script without case (Devanagari, Arabic): counts as written in lower case. */
const caseless = (c: string) => LOWER.test(c) || c.toUpperCase() === c.toLowerCase();

/**
 * Indexes of the marks inside runs like "J.o.h.n", "S.u.n", "V*o*s", "L•i", "दी*पि*का" (see the file comment): one mark
 * after each letter. `*`, `•`, `·`, `|` take two letters on; `_`, `.`, `-` three with two in lower case; capitals only
 * ("J.O.A.N.N.A") five, not ending in the mark (so "U.S.A.F." stays).
 */
function joinedLetterMarks(chars: string[]): number[] {
  const marks: number[] = [];
  let k = 0;
  while (k < chars.length) {
    const first = unitEnd(chars, k);
    const mark = chars[first];
    if (first === k || /^[\p{L}\p{M}]$/u.test(chars[k - 1] ?? '') || !mark || !MARK.test(mark)) {
      k = Math.max(first, k + 1);
      continue;
    }
    // letters each followed by the same mark; the last letter may end the run without one
    const at: number[] = [];
    let j = k;
    let lower = 0;
    let trailing = false;
    for (;;) {
      const e = unitEnd(chars, j);
      if (e === j) break;
      if (/^[\p{L}\p{M}]$/u.test(chars[e] ?? '')) {
        // a caseless letter (CJK, Devanagari) may run on into the next word: it ends the run ("高-橋様")
        if (at.length > 0 && caseless(chars[j]) && !/\p{Script=Latin}/u.test(chars[j])) {
          if (caseless(chars[j])) lower++;
          j = e;
          trailing = false;
        }
        break;
      }
      if (caseless(chars[j])) lower++;
      if (chars[e] !== mark) {
        j = e;
        trailing = false;
        break;
      }
      at.push(e);
      j = e + 1;
      trailing = true;
    }
    const count = at.length + (trailing ? 0 : 1);
    const strong = /^[*•·|]$/.test(mark);
    const ok =
      (strong && count >= 2 && lower >= 1) ||
      (count >= 3 && lower >= 2) ||
      (mark !== '_' && count >= 5 && lower === 0 && !trailing) ||
      (count >= 2 && !/\p{Script=Latin}/u.test(chars.slice(k, j).join('')) && lower === count);
    if (ok) for (const m of trailing ? at.slice(0, -1) : at) marks.push(m);
    k = Math.max(j, k + 1);
  }
  return marks;
}

/** Maps a [start, end) span of the view back to the original text. */
export function fromView(v: NameView, start: number, end: number): { start: number; end: number } {
  return { start: v.startOf[start], end: v.endOf[end - 1] };
}

const isLetter = (c: string | undefined) => c !== undefined && /^[\p{L}\p{M}]$/u.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /^[\p{L}\p{M}\p{N}]$/u.test(c);

const EMPHASIS = /^[*_]$/;
const CLOSERS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '„': '“”',
  '“': '”“',
  '”': '”',
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
};
/** What a quoted name holds: letters, marks, blanks and the dots, hyphens and apostrophes of names. */
const NAME_CHAR = /^[\p{L}\p{M} .'’-]$/u;
const QUOTE_REACH = 60;

/**
 * Emphasis marks (`**`, `__`, `*`, `_`) right before or after a word are dropped, and quote marks around one to four
 * words of letters ("„Henrike“", "'Matvei'", "「王」"); quotes around other text ("'TypeError: …'") stay.
 */
function dropMarkup(chars: string[], drop: Set<number>): void {
  let k = 0;
  while (k < chars.length) {
    const c = chars[k];
    if (EMPHASIS.test(c)) {
      let j = k;
      while (j < chars.length && chars[j] === c && j - k < 3) j++;
      const before = chars[k - 1];
      const after = chars[j];
      const opens = !isAlnum(before) && isLetter(after);
      const closes = isLetter(before) && !isAlnum(after) && after !== c;
      if (opens || closes) for (let m = k; m < j; m++) drop.add(m);
      k = j;
      continue;
    }
    const close = CLOSERS[c];
    if (close && !isLetter(chars[k - 1]) && isLetter(chars[k + 1])) {
      let j = k + 1;
      let words = 1;
      while (j < chars.length && j - k < QUOTE_REACH && !close.includes(chars[j]) && NAME_CHAR.test(chars[j])) {
        if (chars[j] === ' ' && chars[j - 1] !== ' ') words++;
        j++;
      }
      if (
        j < chars.length &&
        close.includes(chars[j]) &&
        isLetter(chars[j - 1]) &&
        !isLetter(chars[j + 1]) &&
        words <= 4
      ) {
        drop.add(k);
        drop.add(j);
        k = j + 1;
        continue;
      }
    }
    k++;
  }
}

/** A handle's `@` before a letter (not an address: nothing before it) is dropped; `_` between letters is a blank. */
function readHandles(chars: string[], drop: Set<number>): void {
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] === '@' && !isAlnum(chars[k - 1]) && isLetter(chars[k + 1])) drop.add(k);
    else if (chars[k] === '_' && !drop.has(k) && isLetter(chars[k - 1]) && isLetter(chars[k + 1])) chars[k] = ' ';
  }
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;

/**
 * Blanks between single CJK letters ("吉 田   結 衣", "김 준 서"): a letter of the script on both sides of a gap of
 * blanks; Han and kana runs of two or more letters, Hangul of three or more one-syllable words.
 */
function closeCjkGaps(chars: string[], drop: Set<number>): void {
  let k = 0;
  while (k < chars.length) {
    const han = CJK.test(chars[k]);
    if (!han && !HANGUL.test(chars[k])) {
      k++;
      continue;
    }
    const same = han ? CJK : HANGUL;
    // one-letter words: a letter, blanks, a letter …; for Hangul each letter must stand alone
    const letters = [k];
    let j = k + 1;
    for (;;) {
      let g = j;
      while (g < chars.length && isBlank(chars[g] === '\u3000' ? ' ' : chars[g]) && g - j < 4) g++;
      if (g === j || g >= chars.length || !same.test(chars[g])) break;
      if (!han && same.test(chars[g + 1] ?? '')) break;
      letters.push(g);
      j = g + 1;
    }
    const single = han || !same.test(chars[k - 1] ?? '');
    if (single && letters.length >= (han ? 2 : 3)) {
      for (let n = 1; n < letters.length; n++) for (let g = letters[n - 1] + 1; g < letters[n]; g++) drop.add(g);
    }
    k = j;
  }
}
