/**
 * What the words around a NER PERSON span say about it (used by person.ts and detect.ts):
 * - a span joined across a lower-case word that is no name particle ("Mark the Jenkins", "Florence et Sienne") is read
 *   in parts; a one-word part at the start of a sentence, split from another part, is a verb or a noun ("Mark")
 * - a place coordinated with a place ("Jordan or Georgia", "Florence et Sienne") is a place
 * - a word that forms a place with its neighbour ("Hội" in "Hội An") is part of the place
 * - a sentence's first word that is no known name before a place ("Yarın Ankara'dan") is not a given name
 * Places: the GeoNames city lexicon (lexicon.ts) and the countries of the world (English names, below).
 * Every check reads a bounded number of characters around the span.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

/** Lower-case words inside names ("Leonardo da Vinci", "Ludwig van Beethoven", "María de la Cruz", "bin Salman"). */
const PARTICLES = new Set(
  'van von der den de del della degli dei di da das dos do du des la las lo los le el al bin binti ibn bint abu y e zu zur ter ten op af av mac ben st'.split(
    ' ',
  ),
);

/** Countries (English short names) and continents, lower case: the city lexicon holds cities only. */
const COUNTRIES = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain ' +
    'bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi ' +
    'cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti ' +
    'dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana ' +
    'greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel ' +
    'italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia ' +
    'libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius ' +
    'mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands ' +
    'nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal ' +
    'qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan ' +
    'suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan ' +
    'tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe scotland wales england ' +
    'america europe africa asia oceania antarctica'
  ).split(' '),
);

/** Words that join two coordinated names: and / or in the languages of the NER model and beyond. */
const CONJUNCTION =
  /^(?:and|or|und|oder|et|ou|y|o|e|ed|en|of|i|lub|albo|и|или|ve|veya|ya da|và|hay|hoặc|na|au|àti|tàbí|или)$/iu;

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * Role nouns right before a name ("customer Mikhail", "Kollegin Weber"): a PERSON span of the NER after one is kept
 * (person.ts adds them to its cues). en de fr es it nl pl pt.
 */
export const ROLE_CUES = [
  'customer',
  'client',
  'colleague',
  'coworker',
  'co-worker',
  'employee',
  'patient',
  'tenant',
  'applicant',
  'candidate',
  'user',
  'kunde',
  'kundin',
  'kollege',
  'kollegin',
  'mitarbeiter',
  'mitarbeiterin',
  'patientin',
  'collègue',
  'cliente',
  'compañero',
  'compañera',
  'collega',
  'klant',
  'collega',
  'klient',
  'klientka',
  'pracownik',
  'pracowniczka',
  'colega',
];

export const isPlace = (words: string) => isKnownPlace(words) || COUNTRIES.has(words.toLowerCase());

/** True when a sentence starts at `start` (text start, or after . ! ? : a line break or an opening mark). */
export function sentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?¿¡…]\s+|\n\s*|["“„«(]\s*)$/u.test(text.slice(Math.max(0, start - 6), start));
}

/** True at the text start or after a full stop, question or exclamation mark or a line break (not after a label's colon). */
function hardStart(text: string, start: number): boolean {
  return /(?:^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 6), start));
}

/** A lower-case word that splits a span: not an initial ("j. Neumann") nor a name particle. */
const lowerWord = (w: string) => w.length > 1 && w !== w.toUpperCase() && w === w.toLowerCase();

/** Generational suffixes written in lower case after a name ("Harald Berg junior", "Gary Moss jr."). */
const SUFFIX = /^(?:jr|sr|junior|senior|jun|sen|der jüngere|der ältere)$/u;

/**
 * Lower-case words that stay inside a name the model tagged whole: "of" / "the" before a capitalised word that is no
 * known name ("Agnes of Bohemia", "Duke of Kent", "Ivan the Terrible"; not "Mark the Jenkins"), a generational suffix
 * at the end, and the words of a bracketed note the model took in ("Tom Berg ( footballer )").
 */
function joinsName(text: string, word: string, end: number, spanEnd: number, inBrackets: boolean): boolean {
  if (inBrackets) return true;
  const w = word.toLowerCase();
  if (SUFFIX.test(w) && /^[\s.]*$/u.test(text.slice(end, spanEnd))) return true;
  if (w !== 'of' && w !== 'the') return false;
  const next = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  return w === 'of' || !isKnownName(next[1]);
}

/**
 * The parts of a NER PERSON span split at lower-case words that are no name particles ("Mark the Jenkins" ->
 * "Mark", "Jenkins"); a one-word part at a sentence start is dropped when the span was split.
 */
export function personPieces(text: string, start: number, end: number): Span[] {
  const span = text.slice(start, end);
  const open = span.indexOf('(');
  const close = span.lastIndexOf(')');
  // ordinals ("5th Earl") are no split either
  const splits = (w: RegExpMatchArray) => {
    const s = start + (w.index ?? 0);
    const inBrackets = open >= 0 && start + open < s && (close < 0 || s < start + close);
    return (
      lowerWord(w[0]) &&
      !PARTICLES.has(w[0].toLowerCase()) &&
      !/\d/u.test(text[s - 1] ?? '') &&
      !joinsName(text, w[0], s + w[0].length, end, inBrackets)
    );
  };
  const words = [...span.matchAll(WORD)];
  // a span that ends on a particle ran on into the sentence ("Esperanza de" of "Esperanza de vida"): the particle goes
  const last = words[words.length - 1];
  if (words.length >= 2 && lowerWord(last[0]) && PARTICLES.has(last[0].toLowerCase())) {
    const before = words[words.length - 2];
    const cut = start + (before.index ?? 0) + before[0].length;
    return words.length === 2 && hardStart(text, start) ? [] : personPieces(text, start, cut);
  }
  if (!words.some(splits)) return [{ start, end }];
  // a name in lower case ("hannah weiß"), or with an initial ("j. neumann"): person.ts decides
  if (words.every((w) => lowerWord(w[0]) || w[0].length === 1)) return [{ start, end }];
  const pieces: Span[] = [];
  let piece: Span | undefined;
  let afterSplit = false;
  for (const w of words) {
    const s = start + w.index;
    const e = s + w[0].length;
    const particle = lowerWord(w[0]) && !splits(w);
    if (lowerWord(w[0]) && !particle) {
      if (piece) pieces.push(piece);
      piece = undefined;
      afterSplit = true;
    } else if (piece) piece.end = e;
    // a particle right after a split word belongs to the sentence ("secreto de Tom"), not to the name
    else if (!(particle && afterSplit)) piece = { start: s, end: e };
  }
  if (piece) pieces.push(piece);
  // "Frank feedback", "Kis virág nőtt": one word at the very start of a sentence that the model ran on into the
  // lower-case words after it is a noun or an adjective, not a name ("Ticket 12: Bartosz zgłasza" keeps "Bartosz")
  if (
    pieces.length === 1 &&
    hardStart(text, pieces[0].start) &&
    !/\s/u.test(text.slice(pieces[0].start, pieces[0].end))
  )
    return words.findIndex(splits) > 0 && pieces[0].start === start ? [] : pieces;
  // "Mark the Jenkins": a one-word part at a sentence start, split from another part, is a verb or a noun
  if (pieces.length < 2) return pieces;
  return pieces.filter((p) => !(sentenceStart(text, p.start) && !/\s/u.test(text.slice(p.start, p.end))));
}

/** The word right before `at` (blanks between), and the word right after `at`. */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{M}'’-]+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1] : '';
}
function wordAfter(text: string, at: number): string {
  const m = /^[ \t]*([\p{L}\p{M}'’-]+)/u.exec(text.slice(at, at + 30));
  return m ? m[1] : '';
}

/** The word two words away across a conjunction ("Jordan or Georgia": from "Jordan", "Georgia"). */
function coordinated(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const after = /^\s+(\S+)\s+([\p{L}\p{M}'’-]+)/u.exec(text.slice(end, end + 40));
  if (after && CONJUNCTION.test(after[1])) out.push(after[2]);
  const before = /([\p{L}\p{M}'’-]+)\s+(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && CONJUNCTION.test(before[2])) out.push(before[1]);
  return out;
}

/** Whether the words around a PERSON span say it is a place or no name at all (see the file comment). */
export function placeByContext(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const words = span.match(WORD) ?? [];
  const first = words[0];
  if (first === undefined) return false;
  const joined = words.join(' ');
  // "Jordan or Georgia", "Florence et Sienne": a place next to a place
  if (isPlace(joined) && coordinated(text, start, end).some((w) => /^\p{Lu}/u.test(w) && isPlace(w))) return true;
  // "Hội" of "Hội An", "Santa" of "Santa Cruz": the span and its neighbour are one place
  const next = wordAfter(text, end);
  if (/^\p{Lu}/u.test(next) && isKnownPlace(`${joined} ${next}`)) return true;
  const prev = wordBefore(text, start);
  if (/^\p{Lu}/u.test(prev) && !isKnownName(prev) && isKnownPlace(`${prev} ${joined}`)) return true;
  // "Yarın Ankara'dan": a sentence's first word, no known name, then a place that is no name
  // (an initial is no such word: "J. R. Tolkien")
  if (words.length >= 2 && first.length > 1 && sentenceStart(text, start) && !isKnownName(first)) {
    if (words.slice(1).some((w) => isPlace(w.replace(/['’].*$/u, '')) && !isKnownName(w.replace(/['’].*$/u, ''))))
      return true;
  }
  return false;
}

/** Capitalised name words that may continue a NER PERSON span, and lower-case particles between them. */
const NEXT_NAME =
  /^(?:[ \t]+(?:(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|zur|zu|bin|ibn|al|el|y)[ \t]+)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|-\p{Lu}[\p{L}\p{M}'’]*|,[ \t]\p{Lu}\.(?![\p{L}]))/u;

/**
 * A NER PERSON span that stops inside a name is carried on over what follows it on the line: a hyphenated part
 * ("Anne" of "Anne-Sophie", "OMAR EL" of "OMAR EL-SAYED"), up to two capitalised words with a particle between
 * ("Lorenzo Lo" + "Russo", "Ingrid" + "ter Horst") when they are known names and no place, technology or month, a
 * reversed initial ("Kowalczyk" + ", B."), the word after a lone initial ("J." + "Whitfield"). Returns the new end.
 */
export function extendPerson(text: string, start: number, end: number, isTech: (w: string) => boolean): number {
  let e = end;
  // an initial alone ("J.") takes the capitalised word after it ("J. Whitfield")
  const initialOnly = /^\p{Lu}\.$/u.test(text.slice(start, end));
  const surname = initialOnly ? /^[ \t]+\p{Lu}[\p{Ll}'’-]+/u.exec(text.slice(end, end + 40)) : null;
  if (surname && !isTech(surname[0].trim()) && !NOT_NAME.test(surname[0].trim())) e += surname[0].length;
  for (let n = 0; n < 2; n++) {
    const m = NEXT_NAME.exec(text.slice(e, e + 40));
    if (!m) break;
    const word =
      m[0]
        .replace(/^[\s,-]+/u, '')
        .split(/\s+/u)
        .pop() ?? '';
    const bare = word.replace(/[.'’]+$/u, '');
    if (m[0].startsWith(',')) {
      // "Surname, I." only after a single word
      if (/\s/u.test(text.slice(start, e).trim())) break;
      return e + m[0].length;
    }
    // a whole next word must be a known name ("Russo", "ter Horst"): German nouns are capitalised too ("Tom zur Schule")
    if (!m[0].startsWith('-') && (!isKnownName(bare) || isTech(bare) || isPlace(bare) || NOT_NAME.test(bare))) break;
    e += m[0].length;
  }
  return e;
}

/** Capitalised words that follow names without being part of them: weekdays, months, greetings (en de fr es it). */
export const NOT_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember|I|The|And|Or|But|Hi|Hello|Thanks|Team|Inc|Ltd|GmbH|Corp|LLC|AG|SA)$/u;

/** Language and nationality words that are also family names ("into German", "in English"). */
export const LANGUAGE =
  /^(?:English|German|French|Spanish|Italian|Dutch|Polish|Portuguese|Russian|Chinese|Japanese|Korean|Arabic|Turkish|Greek|Hindi|Swedish|Danish|Norwegian|Finnish|Czech|Hungarian|Romanian|Irish|Welsh|Scottish|British|American|Latin|Hebrew|Persian|Thai|Vietnamese)$/u;
