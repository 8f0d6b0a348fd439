/**
 * Word-level readers of the name view (name-view.ts), each rewriting the view's characters in place, one pass,
 * linear: leet digits and signs inside words ("P00ja", "5chm1d7"), two leet-heavy words side by side ("4nt01n3
 * R0u5534u"), words in alternating case ("gAlLo"), lower-case handles of known names ("hannah_pearson").
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const LOWER = /^\p{Ll}$/u;

/** Leet digits and signs to the letters they stand for, inside a word that has letters. */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const isLetter = (c: string | undefined) => c !== undefined && /^[\p{L}\p{M}]$/u.test(c);
const isLeet = (c: string | undefined) => c !== undefined && c in LEET;
const isAlnum = (c: string | undefined) => c !== undefined && /^[\p{L}\p{M}\p{N}]$/u.test(c);

/**
 * Leet inside words: a token of letters and leet signs with at least two letters and no fewer letters than signs.
 * A run of one or two signs between letters is read as letters; a run at the token's edge only when the token has three or more
 * letters and more letters than signs. Tokens whose letters are all capitals ("GPT4", "ES2022") and e-mail
 * addresses are left alone; `!` at the end of a token is punctuation, `@` at its start a handle.
 */
export function readLeet(chars: string[]): void {
  let k = 0;
  while (k < chars.length) {
    if (!isLetter(chars[k]) && !isLeet(chars[k])) {
      k++;
      continue;
    }
    let end = k;
    let letters = 0;
    let upper = true;
    while (end < chars.length && (isLetter(chars[end]) || isLeet(chars[end]))) {
      if (isLetter(chars[end])) {
        letters++;
        if (chars[end] !== chars[end].toUpperCase()) upper = false;
      }
      end++;
    }
    const start = k;
    k = end;
    const signs = end - start - letters;
    if (signs === 0 || letters < 2 || letters < signs || upper) continue;
    // next to other digits ("Win32", "h264") or a dot and more ("v1.2", a domain): a code, not a word
    if (isAlnum(chars[start - 1]) || isAlnum(chars[end]) || (chars[end] === '.' && isAlnum(chars[end + 1]))) continue;
    if (chars.slice(start, end).includes('@') && chars[end] === '.') continue;
    const mostly = letters >= 3 && letters > signs;
    for (let i = start; i < end; ) {
      if (isLetter(chars[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < end && !isLetter(chars[j])) j++;
      const inner = i > start && j < end;
      const ok =
        j - i <= 2 &&
        (inner || mostly) &&
        !(j === end && chars[j - 1] === '!') &&
        !(i === start && chars[i] === '@') &&
        !(i === start && chars[i] === '$');
      if (ok) {
        // a sign that starts a capitalised word stood for its capital ("5chm1d7" -> "Schmidt")
        const capital = i === start && isLetter(chars[j]) && chars[j] === chars[j].toLowerCase();
        for (let m = i; m < j; m++) chars[m] = m === start && capital ? LEET[chars[m]].toUpperCase() : LEET[chars[m]];
      }
      i = j;
    }
  }
}

const LEET_DIGIT = /^[01345789]$/;
const DIGIT = /^[0-9]$/;

/** [start, end) of the word of letters and digits at k (k at its first character), or undefined. */
function wordAt(chars: string[], k: number): [number, number] | undefined {
  if (isAlnum(chars[k - 1]) || !isAlnum(chars[k])) return undefined;
  let end = k;
  while (end < chars.length && isAlnum(chars[end]) && end - k < 40) end++;
  return isAlnum(chars[end]) ? undefined : [k, end];
}

/** A word heavy with leet digits: four or more characters, three or more letters (one lower case), leet digits only. */
function leetWord(chars: string[], [start, end]: [number, number]): boolean {
  let letters = 0;
  let digits = 0;
  let lower = false;
  for (let m = start; m < end; m++) {
    if (DIGIT.test(chars[m])) {
      if (!LEET_DIGIT.test(chars[m])) return false;
      digits++;
    } else if (isLetter(chars[m])) {
      letters++;
      if (LOWER.test(chars[m])) lower = true;
    }
  }
  const near = (c: string | undefined) => c === '.' || c === '@' || c === '/' || c === ':' || c === '-' || c === '_';
  return end - start >= 4 && letters >= 3 && digits >= 1 && lower && !near(chars[start - 1]) && !near(chars[end]);
}

/**
 * Two words side by side, each heavy with leet digits ("4nt01n3 R0u5534u", "P4ul4 0rt3g4"), are a name written in
 * leet even where one word alone has more signs than letters: every digit of both is read as its letter.
 */
export function readLeetPairs(chars: string[]): void {
  let k = 0;
  while (k < chars.length) {
    const a = wordAt(chars, k);
    if (!a) {
      k++;
      continue;
    }
    const b = chars[a[1]] === ' ' ? wordAt(chars, a[1] + 1) : undefined;
    if (b && leetWord(chars, a) && leetWord(chars, b)) {
      for (const [start, end] of [a, b]) {
        for (let m = start; m < end; m++) {
          if (!DIGIT.test(chars[m])) continue;
          const capital = m === start && LOWER.test(chars[m + 1] ?? '');
          chars[m] = capital ? LEET[chars[m]].toUpperCase() : LEET[chars[m]];
        }
      }
      k = b[1];
      continue;
    }
    k = a[1];
  }
}

/** An identifier in code rather than a handle: quoted or backticked, or followed by "=", "(", ":", "[", "{". */
function inCode(chars: string[], start: number, end: number): boolean {
  let n = end;
  while (n < chars.length && isBlank(chars[n]) && n - end < 2) n++;
  return /^[=(:[{<>`'"]$/.test(chars[n] ?? '') || /^[`'"$]$/.test(chars[start - 1] ?? '');
}

/** The word of letters that ends one blank or line break before k ("" when none). */
function wordBefore(chars: string[], k: number): string {
  if (!/^\s$/u.test(chars[k - 1] ?? '')) return '';
  let s = k - 1;
  while (s > 0 && isLetter(chars[s - 1]) && k - s < 30) s--;
  return chars.slice(s, k - 1).join('');
}

/**
 * A handle made of a known first name and a known name in lower case, joined by `_`, `-` or `.` ("hannah_pearson",
 * "chiara-bruno") is read as the name it spells ("Hannah Pearson").
 */
export function readJoinedNames(chars: string[]): void {
  let k = 0;
  while (k < chars.length) {
    if (!LOWER.test(chars[k]) || isAlnum(chars[k - 1]) || '@._-'.includes(chars[k - 1] ?? ' ')) {
      k++;
      continue;
    }
    let j = k;
    while (j < chars.length && LOWER.test(chars[j]) && j - k < 30) j++;
    const sep = chars[j];
    let e = j + 1;
    while (e < chars.length && LOWER.test(chars[e]) && e - j < 30) e++;
    const ok =
      (sep === '_' || sep === '-' || sep === '.') &&
      j - k >= 3 &&
      e - j - 1 >= 3 &&
      !isAlnum(chars[e]) &&
      !/^[.@_-]$/.test(chars[e] ?? '') &&
      // a hyphen before or after more words is a double name in lower case ("marie-luise zimmermann"): left alone
      !(sep === '-' && ((isBlank(chars[e]) && isLetter(chars[e + 1])) || isKnownName(wordBefore(chars, k)))) &&
      !(sep === '.' && /^[a-z]{2,3}$/.test(chars.slice(j + 1, e).join(''))) &&
      isKnownName(chars.slice(k, j).join('')) &&
      // a family name may be missing from the lexicon: with "_" a first name of five letters or more vouches for it
      (isKnownName(chars.slice(j + 1, e).join('')) ||
        (sep === '_' && j - k >= 5 && e - j - 1 >= 4 && !inCode(chars, k, e))) &&
      !isKnownPlace(chars.slice(k, j).join(''));
    if (ok) {
      chars[k] = chars[k].toUpperCase();
      chars[j] = ' ';
      chars[j + 1] = chars[j + 1].toUpperCase();
      k = e;
      continue;
    }
    k = j + 1;
  }
}

/** Words of three or more letters with two or more lower-to-upper changes ("gAlLo", "nAkAmUrA") read capitalised. */
export function readOddCase(chars: string[]): void {
  let k = 0;
  while (k < chars.length) {
    if (!/^\p{L}$/u.test(chars[k])) {
      k++;
      continue;
    }
    let end = k;
    let changes = 0;
    while (end < chars.length && /^\p{L}$/u.test(chars[end])) {
      if (end > k && /^\p{Ll}$/u.test(chars[end - 1]) && /^\p{Lu}$/u.test(chars[end])) changes++;
      end++;
    }
    if (changes >= 2 && end - k >= 3) {
      for (let m = k; m < end; m++) {
        const c = m === k ? chars[m].toUpperCase() : chars[m].toLowerCase();
        if (c.length === chars[m].length) chars[m] = c;
      }
    }
    k = end;
  }
}
