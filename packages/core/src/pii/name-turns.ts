/**
 * Speakers' turns in chat logs and support transcripts ("Customer: that works", "[13:20] Agent: …"): the value after a
 * speaker's key is what was said, not a name field, when it reads as a sentence.
 */
import { isRole, isShout, notAName } from './chat-roles.ts';
import { isKnownName } from './lexicon.ts';

/** Keys that also label a speaker's turn in a transcript or chat log ("Customer: that works", "Cliente: vale"). */
const SPEAKER_KEYS = new Set(
  'customer|client|cliente|kunde|kundin|klant|klient|caller|user|agent|patient|paciente'.split('|'),
);

/** A timestamp before a speaker's key ("[25/09/23, 12:31 pm]", "8:41 PM -"), followed by `blank` characters. */
const stamp = (blank: string) =>
  String.raw`(?:\[[^\]\n]{1,40}\][${blank}\-–]*|\p{Nd}{1,2}[:.]\p{Nd}{2}(?:[ \t]*[AaPp][Mm])?[${blank}\-–]*)`;
/** What may stand before a speaker's key at a line start: a timestamp, or nothing. */
export const TURN_PREFIX = new RegExp(String.raw`^[\s>]*${stamp(String.raw`\s`)}?$`, 'u');
const TURN_LINE = new RegExp(String.raw`^[ \t>]*${stamp(String.raw` \t`)}?([\p{L}\p{M} ]{1,24}?)[ \t]*[:：]`, 'gmu');
let lastText: string | undefined;
let lastTranscript = false;

/** Two or more lines start with a speaker role ("Customer: …", "[13:20] Agent: …"): a transcript, not a record. */
function transcript(text: string): boolean {
  if (text === lastText) return lastTranscript;
  let turns = 0;
  for (const m of text.matchAll(TURN_LINE)) if (isRole(m[1].trim()) && ++turns >= 2) break;
  lastText = text;
  lastTranscript = turns >= 2;
  return lastTranscript;
}

/** In a transcript, a turn of more than three words or a shout is said, not a name ("THIS IS TOO MUCH"). */
function turnWords(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  return words.length > 3 || isShout(words);
}

/** A turn, not a name: lower-case words fewer than half of which are known names ("that works", "vale apuntado"). */
function spokenWords(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length < 2 || value !== value.toLowerCase()) return false;
  return 2 * words.filter((w) => isKnownName(w)).length < words.length;
}

/**
 * Whether `value` after the speaker's `key` (normalised) at a line start of `text` is a turn, not a name: spoken
 * words, no name at all (a role, a shout, a greeting), or in a transcript a turn of more than three words.
 */
export function speakerTurn(text: string, key: string, value: string): boolean {
  if (!SPEAKER_KEYS.has(key) && !isRole(key)) return false;
  return spokenWords(value) || notAName(value) || (transcript(text) && turnWords(value));
}
