/**
 * Names with a case ending, which the NER model and the name lexicons miss ("Nowakowi", "Martinem Procházkou",
 * "Jussille", "Virtaselta", "Lászlóval", "Ioanei", "Анны Смирновой", "Петровым"): a capitalised word that is not the
 * first of its sentence and whose stem, once a case ending of Polish, Czech, Slovak, Finnish, Hungarian, Romanian or
 * Russian / Ukrainian is taken off (and the nominative ending put back), is a known name — the Latin-script name
 * lexicon (lexicon.ts) or the Cyrillic faker lists (lexicon-native-data.ts). Endings that German or English nouns
 * take (-n, -en, -s, -e) are left out. Each word is looked up a bounded number of times: linear in the text length.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';
import { CYR_FIRST, CYR_LAST } from './lexicon-native-data.ts';
import { sentenceStart } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

/** [ending, what the nominative ends in instead], longest endings first. */
const LATIN_ENDINGS: [string, string[]][] = [
  ['selle', ['nen']],
  ['selta', ['nen']],
  ['sella', ['nen']],
  ['sesta', ['nen']],
  ['sessa', ['nen']],
  ['sen', ['nen']],
  ['iego', ['i']],
  ['ego', ['']],
  ['owi', ['']],
  ['ovi', ['', 'a']],
  ['ovou', ['ová']],
  ['ové', ['ová']],
  ['cie', ['ta', 'ka']],
  ['lle', ['']],
  ['lta', ['']],
  ['lla', ['']],
  ['val', ['']],
  ['vel', ['']],
  ['nak', ['']],
  ['nek', ['']],
  ['nál', ['']],
  ['nél', ['']],
  ['tól', ['']],
  ['től', ['']],
  ['ért', ['']],
  ['ei', ['a']],
  ['em', ['']],
  ['ou', ['a']],
  ['ą', ['a']],
  ['ę', ['a']],
  ['iej', ['a']],
];

const CYR_ENDINGS: [string, string[]][] = [
  ['ого', ['']],
  ['ому', ['']],
  ['ым', ['']],
  ['ом', ['']],
  ['ой', ['а', 'ая']],
  ['ей', ['а', 'ь']],
  ['ем', ['', 'й']],
  ['ою', ['а']],
  ['ы', ['а']],
  ['и', ['а', 'я', 'ь']],
  ['е', ['а', '', 'я']],
  ['у', ['а', '']],
  ['ю', ['я', 'й']],
  ['я', ['й', 'ь']],
  ['а', ['', 'й', 'ь']],
];

let cyr: Set<string> | undefined;
const isCyrName = (w: string) => {
  cyr ??= new Set(`${CYR_FIRST} ${CYR_LAST}`.split(' ').filter(Boolean));
  return cyr.has(w.toLowerCase());
};

const stems = (word: string, endings: [string, string[]][]) => {
  const out: string[] = [];
  for (const [end, back] of endings) {
    if (word.length - end.length < 3 || !word.endsWith(end)) continue;
    for (const b of back) out.push(word.slice(0, word.length - end.length) + b);
  }
  return out;
};

/** True when `word` is a case form of a known name (not the name as written: that is left to the other rules). */
export function inflectedName(word: string): boolean {
  if (/[\u0400-\u04ff]/u.test(word)) return !isCyrName(word) && stems(word.toLowerCase(), CYR_ENDINGS).some(isCyrName);
  if (isKnownPlace(word)) return false;
  return stems(word, LATIN_ENDINGS).some((s) => s.length >= 3 && isKnownName(s) && !isKnownPlace(s));
}

const WORD = /\p{Lu}\p{Ll}[\p{Ll}\p{M}]+/gu;

/** Capitalised case forms of known names, not at a sentence start; two side by side make one span. */
export function inflectedNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (/[\p{L}\p{N}'’-]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? '')) continue;
    if (sentenceStart(text, m.index) || !inflectedName(m[0])) continue;
    const last = out[out.length - 1];
    if (last && /^[ \t]+$/u.test(text.slice(last.end, m.index))) last.end = end;
    else out.push({ start: m.index, end });
  }
  return out;
}
