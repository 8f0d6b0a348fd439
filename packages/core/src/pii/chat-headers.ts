/**
 * Speaker headers of chat exports and voice-note transcripts that stand on a line of their own, the message on the
 * next line (source `honorific`, read in the name view):
 * - Telegram desktop: "Hala Abboud, [20.02.21 10:05]"
 * - Slack: "Itzel Reyes  11:34" / "Charlotte  1:27 PM" (two or more blanks or a tab before the time)
 * - Discord: "George — Today at 11:27", "Yara — Yesterday at 19:36", "Rhys Clarke — 16/07/2022 11:08"
 * - Teams: "[9:14 AM] Jane Doe"
 * - voice notes: "Voice note from Njeri (0:36):", "🎤 Federico Russo · 2:10", "Busi (voice message, transcribed):"
 * The label is one to four words of letters in any case; not a role, a pronoun, a weekday, a support account, nor
 * words that are all everyday words and no name ("Mom", "Landlord", "Pizza place").
 * Every pattern is anchored at a line start, reads at most one line and has no nested repetition: linear in the text.
 */
import { isCalendarWord, isContactWord, isRole, isServiceAccount, notAName } from './chat-roles.ts';
import { isCommonWord, isKnownName } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
  /** A speaker's label: a name even where it is a weekday too ("Marti, [20.02.21 10:05]"). */
  speaker: true;
}

/** One to four words of letters (marks, inner apostrophes, dots and dashes), any case: group 1. */
const LABEL = String.raw`(\p{L}[\p{L}\p{M}'’.-]{0,30}(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,30}){0,3})`;
const TIME = String.raw`\p{Nd}{1,2}[:.]\p{Nd}{2}(?::\p{Nd}{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A clock time with a colon only (Slack's header; "Latte  4.50" is a price). */
const CLOCK = String.raw`\p{Nd}{1,2}:\p{Nd}{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
const DATE = String.raw`\p{Nd}{1,4}[./-]\p{Nd}{1,2}[./-]\p{Nd}{1,4}`;
/** Discord's day words before the time, several languages. */
const DAY =
  String.raw`(?:today|yesterday|heute|gestern|aujourd[’']hui|hier|hoy|ayer|oggi|ieri|vandaag|gisteren|dzisiaj|` +
  String.raw`wczoraj|hoje|ontem|bugün|dün|hari ini|kemarin|ngayong araw|kahapon|leo|jana)`;
const AT = String.raw`(?:at|um|à|a las|alle|om|o|às|saat|pukul|sa|saa)`;
const VOICE_FROM =
  String.raw`(?:voice (?:note|message|memo)|audio(?: message)?|sprachnachricht|sprachmemo|message vocal|` +
  String.raw`mensaje de voz|nota de voz|audio de|messaggio vocale|vocale|spraakbericht|spraakmemo|` +
  String.raw`wiadomość głosowa|mensagem de voz|áudio|sesli mesaj|pesan suara|voice msg|ujumbe wa sauti)` +
  String.raw`[ \t]+(?:from|von|de|di|van|od|dari|kutoka kwa|mula kay|ni)`;

const HEADERS: RegExp[] = [
  // Telegram: "Name, [20.02.21 10:05]"
  new RegExp(String.raw`^[ \t]*${LABEL},[ \t]*\[${DATE}[ ,]+${TIME}\][ \t]*$`, 'gmu'),
  // Slack: "Name  11:34" / "Name\t1:27 PM"
  new RegExp(String.raw`^[ \t]*${LABEL}(?:[ \t]{2,}|\t)${CLOCK}[ \t]*$`, 'gmu'),
  // Discord: "Name — Today at 11:27", "Name — 16/07/2022 11:08"
  new RegExp(
    String.raw`^[ \t]*${LABEL}[ \t]+[—–-][ \t]+(?:${DAY}[ \t]+${AT}[ \t]+${TIME}|${DATE}(?:[ \t]+${TIME})?)[ \t]*$`,
    'gimu',
  ),
  // Teams: "[9:14 AM] Jane Doe"
  new RegExp(String.raw`^[ \t]*\[(?:${DATE}[ ,]+)?${TIME}\][ \t]*${LABEL}[ \t]*$`, 'gmu'),
  // "🎤 Name · 2:10"
  new RegExp(String.raw`^[ \t]*(?:🎤|🎙\uFE0F?)[ \t]*${LABEL}[ \t]*[·•|—–-][ \t]*${TIME}[ \t]*$`, 'gmu'),
];

/** Voice-note headers: the word after "from" or before "(voice message" is a speaker even if an everyday word. */
const VOICE: RegExp[] = [
  // "Voice note from Name (0:36):"
  new RegExp(
    String.raw`^[ \t]*(?:🎤|🎙\uFE0F?)?[ \t]*${VOICE_FROM}[ \t]+${LABEL}[ \t]*(?:\(${TIME}\))?[ \t]*[:：]`,
    'gimu',
  ),
  // "Name (voice message, transcribed):"
  new RegExp(
    String.raw`^[ \t]*${LABEL}[ \t]*\((?:voice|audio|vocal|sprach|nota de voz|mensagem de voz)[^()\n]{0,40}\)[ \t]*[:：]`,
    'gimu',
  ),
];

/** Words of a time or a layout that the label pattern may take ("Today", "AM"), checked lower-cased. */
const NOT_LABEL = new Set(['today', 'yesterday', 'am', 'pm', 'at', 'from', 'von', 'me', 'you', 'ty', 'unknown']);

/**
 * A header's label: `no` for a role, a pronoun, a support account or words for a contact ("Mom", "Mama", "el
 * Boss"); `weak` for everyday words only ("Landlord", "Pizza place", "Gift", "obi"): a speaker once another label of
 * the text is a name; `name` otherwise (a word that is a known name too counts: "Will", "Mama Tee").
 */
function labelKind(label: string): 'no' | 'weak' | 'name' {
  const words = label.split(/[ \t]+/u);
  if (words.some((w) => NOT_LABEL.has(w.toLowerCase())) || words.every(isRole) || isServiceAccount(words)) return 'no';
  if (!isCalendarWord(label) && notAName(label)) return 'no';
  if (words.every(isContactWord)) return 'no';
  return words.every((w) => isCommonWord(w.toLowerCase()) && !isKnownName(w)) ? 'weak' : 'name';
}

/** Speaker labels of the header lines above, in the text's offsets. */
export function headerNameSpans(text: string): Span[] {
  const out: Span[] = [];
  // every header but the voice notes' holds a time
  if (!/\p{Nd}[:.]\p{Nd}{2}/u.test(text) && !/voice|audio|vocal|sprach|voz|głos|sesli|suara|sauti|spraak/iu.test(text))
    return out;
  const weak: Span[] = [];
  for (const re of [...HEADERS, ...VOICE]) {
    const voice = VOICE.includes(re);
    for (const m of text.matchAll(re)) {
      const label = m[1].replace(/[.'’-]+$/u, '');
      const kind = labelKind(label);
      if (kind === 'no') continue;
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      (kind === 'name' || voice ? out : weak).push({ start: at, end: at + label.length, speaker: true });
    }
  }
  // everyday words are speakers beside a named one ("Gift", "obi", "Iffy" in a chat with "Kemi")
  if (out.length > 0) out.push(...weak);
  return out;
}
