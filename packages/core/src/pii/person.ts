import { escapeRegExp } from './context.ts';
import { isKnownName } from './lexicon.ts';

/**
 * Words right before a name that say a person follows: introductions and greetings in en de fr es it nl pl pt
 * ("my name is", "ich heiße", "je m'appelle", "Dear", "Hallo" …). With one, any PERSON span of the NER is kept.
 */
const PERSON_CUES = [
  'my name is',
  "my name's",
  'i am',
  "i'm",
  'im',
  'call me',
  'named',
  'called',
  'this is',
  'dear',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank you',
  'contact',
  'ask',
  'tell',
  'mein name ist',
  'ich heiße',
  'ich heisse',
  'ich bin',
  'hallo',
  'liebe',
  'lieber',
  'sehr geehrte',
  'sehr geehrter',
  "je m'appelle",
  'je suis',
  'mon nom est',
  'bonjour',
  'cher',
  'chère',
  'salut',
  'me llamo',
  'mi nombre es',
  'soy',
  'hola',
  'querido',
  'querida',
  'estimado',
  'estimada',
  'mi chiamo',
  'il mio nome è',
  'sono',
  'ciao',
  'caro',
  'cara',
  'gentile',
  'ik heet',
  'mijn naam is',
  'ik ben',
  'hoi',
  'beste',
  'nazywam się',
  'mam na imię',
  'jestem',
  'cześć',
  'drogi',
  'droga',
  'me chamo',
  'chamo-me',
  'o meu nome é',
  'meu nome é',
  'sou',
  'olá',
  'oi',
];

const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PERSON_CUES.map(escapeRegExp).join('|')})[\\s,:]*$`, 'iu');

const WORD = /[\p{L}\p{M}'’-]+/gu;

/** A known name; hyphenated words when every part is one ("García-López", not "Wi-Fi"). */
const known = (word: string) =>
  word
    .replace(/['’]s$/u, '')
    .split('-')
    .every((part) => part.length > 0 && isKnownName(part));

/** True when a person cue ends right before `start` (searched in the 40 characters before it). */
export function hasPersonCue(text: string, start: number): boolean {
  return CUE_RE.test(text.slice(Math.max(0, start - 40), start).replace(/[’]/g, "'"));
}

/**
 * Whether a PERSON span of the NER model is kept. Chat text is full of words the model takes for names ("haiku",
 * "limerick", "Kubernetes", a capitalised verb at the start of a sentence). Without a person cue before it:
 * - a span without capitals is kept when every word is a known name and it has two or more words or the model is
 *   sure of it (score ≥ 0.7): "maria schneider", not "olive" (0.60) nor "haiku";
 * - a single capitalised word is kept when it is a known name or the model is sure of it (score ≥ 0.7):
 *   "Maria", "Assange" (0.9), not "Kubernetes" (0.64) nor "Traduce" (0.61);
 * - two or more capitalised words are kept.
 * Known names: faker lexicons of 54 Latin-script locales (lexicon.ts). Measured on held-out NER test splits
 * (bench/pii-person-filter.ts): the filter loses 0–3 points of PERSON recall.
 */
export function plausiblePerson(text: string, start: number, end: number, score = 1): boolean {
  const span = text.slice(start, end);
  const words = span.match(WORD) ?? [];
  if (words.length === 0) return false;
  if (hasPersonCue(text, start)) return true;
  const sure = score >= SURE;
  if (!/\p{Lu}/u.test(span)) return words.every(known) && (words.length >= 2 || sure);
  if (words.length === 1) return sure || known(words[0]);
  return true;
}

/** NER confidence at which a single word is kept as a person without being a known name. */
const SURE = 0.7;
