import { TENS, TENS_WORDS } from './spelled-tens.ts';

/**
 * Digits written as words, possibly mixed with numerals ("zero six, one two 34 56 …"), in en de fr es it nl pt pl sv
 * cs ro sw uk ru vi id ms tr el and Japanese romaji ("zero kyuu zero", "nana go ni"),
 * and pairs read as numbers 10-99 ("zéro six, douze, trente-quatre", "thirty-four", "vierunddreißig"; spelled-tens.ts,
 * en de fr es it nl pt). Used by the phone (7-15 digits) and card (13-19 digits, Luhn) recognizers. One pass over the
 * words of the text.
 */
const WORDS: Record<string, string> = {};
for (const [digit, words] of Object.entries({
  0: 'zero oh null nul zéro cero noll nula sifuri нуль ноль không khong nol kosong sıfır sifir μηδέν rei maru',
  1: 'one eins un uno um een één jeden ett jedna unu una moja один одна một mot satu bir ένα ichi',
  2: 'two zwei zwo deux dos due dois twee dwa två dva dvě doi două mbili два дві hai dua iki δύο ni',
  3: 'three drei trois tres três tre drie trzy tři trei tatu три ba tiga üç uc τρία san',
  4: 'four vier quatre cuatro quattro quatro cztery fyra čtyři patru nne чотири четыре bốn bon empat dört dort τέσσερα yon',
  5: "five fünf funf cinq cinco cinque vijf pięć fem pět cinci tano пʼять п'ять п’ять пять năm lima beş bes πέντε go",
  6: 'six sechs seis sei zes sześć sex šest șase şase sase sita шість шесть sáu enam altı alti έξι roku',
  7: 'seven sieben sept siete sette sete zeven siedem sju sedm șapte şapte sapte saba сім семь bảy tujuh yedi επτά εφτά nana shichi',
  8: 'eight acht huit ocho otto oito osiem åtta osm opt nane вісім восемь tám delapan lapan sekiz οκτώ οχτώ hachi',
  9: "nine neun neuf nueve nove negen dziewięć nio devět nouă noua tisa девʼять дев'ять дев’ять девять chín chin sembilan dokuz εννέα εννιά kyuu kyū",
})) {
  for (const w of words.split(' ')) WORDS[w] = digit;
}
const TOKEN = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d+/gu;
const REPEAT: Record<string, number> = { double: 2, triple: 3 };
/** Longest sequence kept (longer ones are no phone or card; the cap bounds memory on huge inputs). */
const MAX_KEPT = 20;

export interface SpelledRun {
  digits: string;
  start: number;
  end: number;
  /** How many digits were written as words. */
  words: number;
}

/** A date starting at a token: year-month-day or day-month-year, one separator. */
const DATE_AT = /^(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2\d{4})(?!\d)/;

/** Longest number word (characters): how far a word glued to a label is searched for one ("WhatsAppneuf"). */
const LONGEST = Math.max(...Object.keys(WORDS).map((w) => w.length));

/**
 * Sequences of at least three number words (and numerals), separated by at most three of `\s , . - /`.
 * `glued(text, index)`: a number word written right after a label ("WhatsAppneuf sept …") starts a sequence when it
 * returns true for the index where the number word begins.
 */
export function spelledRuns(text: string, glued?: (text: string, index: number) => boolean): SpelledRun[] {
  if (!/\p{L}/u.test(text)) return [];
  const out: SpelledRun[] = [];
  let seq: SpelledRun | undefined;
  const flush = () => {
    if (seq && seq.words >= 3) out.push(seq);
    seq = undefined;
  };
  // Tokens before this index belong to a number 10-99 already read (see tensAt).
  let skip = 0;
  // "double" / "triple" said before a digit word ("seven double four"): the count, and the end of the sequence before it.
  let repeat = 0;
  let endBefore = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index < skip) continue;
    let tok = m[0];
    let index = m.index;
    const lower = tok.toLowerCase();
    let digit = /^\d/.test(tok) ? tok : WORDS[lower];
    const times = repeat;
    repeat = 0;
    if (REPEAT[lower] && !times) {
      if (seq && !/^[\s,.\-/]{1,3}$/.test(text.slice(seq.end, index))) flush();
      seq ??= { digits: '', start: index, end: index, words: 0 };
      endBefore = seq.end;
      seq.end = index + tok.length;
      repeat = REPEAT[lower];
      continue;
    }
    if (times) {
      // only a digit word right after it repeats; otherwise the word was no part of the number
      if (digit !== undefined && WORDS[lower] !== undefined && /^[ \t]{1,2}$/.test(text.slice(seq?.end ?? 0, index)))
        digit = digit.repeat(times);
      else if (seq) seq.end = endBefore;
    }
    const pair = PREFIXES.has(lower) ? tensAt(text, index, tok) : undefined;
    if (pair) {
      digit = pair.digits;
      tok = text.slice(index, pair.end);
      skip = pair.end;
    }
    if (digit === undefined && glued) {
      const suffix = gluedWord(text, tok, index, glued);
      if (suffix) {
        flush();
        index += tok.length - suffix.length;
        tok = suffix;
        digit = WORDS[suffix.toLowerCase()];
      }
    }
    if (digit === undefined || digit.length > 4) {
      flush();
      continue;
    }
    // A date after the spelled digits ("… zero one, 2023-07-14", the next column) is no part of them.
    const date = /^\d/.test(tok) ? DATE_AT.exec(text.slice(index, index + 11)) : null;
    if (date) {
      flush();
      skip = index + date[0].length;
      continue;
    }
    if (seq && !/^[\s,.\-/]{1,3}$/.test(text.slice(seq.end, index))) flush();
    if (!seq) seq = { digits: '', start: index, end: index, words: 0 };
    seq.digits += digit;
    seq.end = index + tok.length;
    if (!/^\d/.test(tok)) seq.words++;
    if (seq.digits.length > MAX_KEPT) seq.digits = seq.digits.slice(0, MAX_KEPT + 1);
  }
  flush();
  return out;
}

/** The number word that ends `tok` (at `index`) right after a label, if any: "neuf" in "WhatsAppneuf". */
function gluedWord(
  text: string,
  tok: string,
  index: number,
  glued: (text: string, index: number) => boolean,
): string | undefined {
  for (let k = Math.min(LONGEST, tok.length - 1); k >= 2; k--) {
    const suffix = tok.slice(tok.length - k);
    if (WORDS[suffix.toLowerCase()] !== undefined && glued(text, index + tok.length - k)) return suffix;
  }
  return undefined;
}

/** Every beginning of a phrase of spelled-tens.ts ("quatre", "quatre vingt", "trente-quatre" -> "trente"). */
const PREFIXES = new Set(
  [...TENS.keys()].flatMap((k) => k.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' '))),
);
/** The next word after a blank or a hyphen, at `lastIndex`. */
const NEXT_WORD = /[ \t-]{1,2}(\p{L}+)/uy;

/** The longest phrase of spelled-tens.ts that starts with the word `first` at `index`: its digits and its end. */
function tensAt(text: string, index: number, first: string): { digits: string; end: number } | undefined {
  let key = first.toLowerCase();
  let end = index + first.length;
  let found = TENS.has(key) ? { digits: TENS.get(key) as string, end } : undefined;
  for (let k = 1; k < TENS_WORDS; k++) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    if (!next || !PREFIXES.has(`${key} ${next[1].toLowerCase()}`)) break;
    key = `${key} ${next[1].toLowerCase()}`;
    end = NEXT_WORD.lastIndex;
    const value = TENS.get(key);
    if (value !== undefined) found = { digits: value, end };
  }
  return found;
}

/** Words of the number phrases: digits, tens and the words that join them ("y", "e", "und" …). */
const NUMBER_WORDS = new Set([...Object.keys(WORDS), ...[...TENS.keys()].flatMap((k) => k.split(' '))]);
/** "plus" as said before a country code, in the languages above, or "+" itself. */
const PLUS_BEFORE = /(?<![\p{L}])(?:plus|più|piu|mais|más|mas|плюс|artı|arti|\+)[ \t]*$/iu;
const WORD_BEFORE = /([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)[ \t-]{1,2}$/u;

/**
 * A country code said in words before a phone number found at `start` ("más treinta y cuatro 612 384 174", "plus
 * семь 912 …", "artı yedi 9123 …", "plus empat puluh tiga 664 …"): "plus" (or "+") and one to three digits in number
 * words right before the number. Returns where the "plus" starts, or `start` when there is none.
 */
export function spelledCallingCode(text: string, start: number): number {
  let at = start;
  const words: string[] = [];
  while (words.length < 5) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!m || !NUMBER_WORDS.has(m[1].toLowerCase())) break;
    words.unshift(m[1].toLowerCase());
    at -= m[0].length;
  }
  if (words.length === 0) return start;
  const from = Math.max(0, at - 12);
  const plus = PLUS_BEFORE.exec(text.slice(from, at));
  if (!plus) return start;
  // the words read as one to three digits: the longest phrase of tens first, else one digit word
  let digits = '';
  for (let i = 0; i < words.length; ) {
    let step = 0;
    for (let k = Math.min(TENS_WORDS, words.length - i); k >= 1 && step === 0; k--) {
      const v = TENS.get(words.slice(i, i + k).join(' '));
      if (v !== undefined) {
        digits += v;
        step = k;
      }
    }
    if (step === 0 && WORDS[words[i]] !== undefined) {
      digits += WORDS[words[i]];
      step = 1;
    }
    if (step === 0) return start;
    i += step;
  }
  if (digits.length > 3) return start;
  return from + plus.index;
}
