import { headerNameSpans } from './chat-headers.ts';
import { isCalendarWord, notAName } from './chat-roles.ts';
import { isKnownName } from './lexicon.ts';
import { arabicNameSpans } from './name-arabic.ts';
import { chatNameSpans } from './name-chat.ts';
import { lowerNameSpans } from './name-chat-lower.ts';
import { chatTitleSpans } from './name-chat-titles.ts';
import { scriptNameSpans } from './name-cues.ts';
import { documentNameSpans } from './name-doc.ts';
import { greetingNameSpans } from './name-greetings.ts';
import { groupNameSpans } from './name-groups.ts';
import { inflectedNameSpans } from './name-inflect.ts';
import { markedNameSpans } from './name-marks.ts';
import { nativeNameSpans } from './name-native.ts';
import { openNameSpans } from './name-open.ts';
import { ownerSlotSpans } from './name-owner-slots.ts';
import { relationNameSpans } from './name-relations.ts';
import { dottedNames, listedScriptNames } from './name-script.ts';
import { slotNameSpans } from './name-slots.ts';
import { vietnameseNameSpans } from './name-vietnamese.ts';

/**
 * A title followed by capitalised words ("Mr. May", "Frau Dr. Weber", "Mme Dupont", "Dott. Russo", "DHR. FENNA
 * VISSER") is a person, whatever the NER model made of it (it may tag only the title, or nothing when the surname is a
 * common word such as "May"). The span covers title and name, so a NER span on the title alone is absorbed and the
 * name never stays visible. In quick lower-case chat ("dr. van dijk vroeg…", "dr kamińska poprosił…") a title that
 * is no everyday word takes the words after it when the last one is a known name (lexicon.ts).
 */
const TITLES =
  'Mr|Mrs|Ms|Mx|Miss|Dr|Dra|Prof|Sir|Dame|Herr|Frau|Hr|Fr|Mme|Mlle|M|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|' +
  'Señor|Señora|Señorita|Sig|Sig\\.ra|Sig\\.na|Signor|Signora|Signorina|Dott|Dott\\.ssa|Dottoressa|Ing|Avv|Arch|' +
  'Dhr|Mevr|Mevrouw|Meneer|Mw|Pan|Pani|Mgr|Inż|Senhor|Senhora|Doutor|Doutora|Dña|Doña|Sayın|Fru|Professor|Professora|' +
  'Professore|Profesor|Profesora|Maître|Docteur|Doctor|Doctora|Dottore|Rabbi|Imam|Reverend|Rev|Pastor|Coach';
/** Titles that are no everyday word in lower case (not "pan", "fr", "m", "miss", "sir", "dame", "ing"). */
const LOWER_TITLES =
  'mr|mrs|ms|dr|dra|prof|herr|frau|mme|mlle|sr|sra|srta|sig|sig\\.ra|dott|dott\\.ssa|avv|dhr|mevr|mevrouw|sayın';
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*";
/** Titles written in lower case before a capitalised name ("mr. Bos", "dhr. Jansen", "prof. Kowalski"). */
const LOWER_CAP_TITLES =
  'mr|mrs|ms|dr|prof|dhr|mevr|mevrouw|mw|herr|frau|mme|mlle|sig|sig\\.ra|dott|dott\\.ssa|avv|sra|srta|pani|sayın';
/** Name particles written in lower case between a title and the name ("dhr. van der Meer", "Sr. de la Fuente"). */
const TITLE_PARTICLES = '(?:(?:van|von|de|der|den|di|da|del|della|dos|du|le|la|ter|ten)[ \\t]+){0,3}';
const HONORIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TITLES}|${TITLES.toUpperCase()}|${LOWER_CAP_TITLES})(\\.?)(?:[ \\t]+(?:Dr|Prof|DR|PROF)\\.?)?[ \\t]+(${TITLE_PARTICLES}${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})`,
  'gu',
);
const LOWER_HONORIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LOWER_TITLES})\\.?[ \\t]+((?:(?:van|von|de|der|den|di|da|del|dos|du|le|la)[ \\t]+){0,2}\\p{Ll}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Ll}[\\p{Ll}'’-]+)?)`,
  'gu',
);
/** Words after "Pan" that make a name of something else: "Pan Am", "Pan American", "Pan Pacific". */
const NOT_AFTER_PAN = /^(?:Am|American|Africa|African|Asia|Asian|Pacific|Europe|European|Arab|Atlantic)$/;

/** "dr. van dijk": the last word a known name; a two-word tail ("kamińska poprosił") keeps only its first word. */
function lowerName(m: RegExpMatchArray): { start: number; end: number } | undefined {
  const start = m.index ?? 0;
  const tailStart = start + m[0].length - m[1].length;
  const words = [...m[1].matchAll(/[^ \t]+/g)];
  for (let n = words.length - 1; n >= 0; n--) {
    const w = words[n];
    if (w[0].length >= 3 && isKnownName(w[0])) return { start, end: tailStart + (w.index ?? 0) + w[0].length };
  }
  // a title that is no noun in lower case ("mr", "dra.", "mevrouw"; not "herr" / "frau", lower-case nouns in German
  // chat) takes its first word when no list knows it ("dear mr yardley", "la dra. gallego"), not a degree or a
  // function word ("dr. med.", "prof. dr.")
  const first = words[0]?.[0] ?? '';
  const title = m[0]
    .slice(0, m[0].length - m[1].length)
    .trim()
    .replace(/\.$/u, '');
  if (STRONG_LOWER.test(title) && first.length >= 3 && words.length >= 1 && !LOWER_NOT_NAME.test(first))
    return { start, end: tailStart + (words[0].index ?? 0) + first.length };
  return undefined;
}

/** Lower-case titles that are no everyday word. */
const STRONG_LOWER = /^(?:mr|mrs|ms|dr|dra|prof|mme|mlle|sra|srta|dott|dott\.ssa|dhr|mevr|mevrouw|sayın)$/u;
/** Words after such a title that are no name: degrees, titles, function words. */
const LOWER_NOT_NAME =
  /^(?:med|rer|nat|phil|jur|dent|vet|habil|dr|prof|and|und|the|und|et|y|e|i|en|van|von|de|der|den|di|da|del|dos|du|le|la|les|los|las|el|is|was|und|oder|or|who|what|said|says|sagt|dit|dice|zegt)$/u;

export function honorificSpans(text: string): { start: number; end: number; speaker?: boolean }[] {
  // titles, honorific suffixes and introductions of other scripts and languages (name-cues.ts)
  const out: { start: number; end: number; speaker?: boolean }[] = [
    ...scriptNameSpans(text),
    ...nativeNameSpans(text),
    ...chatNameSpans(text),
    ...headerNameSpans(text),
    ...listedScriptNames(text),
    ...dottedNames(text),
    ...inflectedNameSpans(text),
    ...groupNameSpans(text),
    ...relationNameSpans(text),
    ...arabicNameSpans(text),
    ...documentNameSpans(text),
    ...chatTitleSpans(text),
    ...lowerNameSpans(text),
    ...openNameSpans(text),
    ...markedNameSpans(text),
    ...vietnameseNameSpans(text),
    ...greetingNameSpans(text),
    ...slotNameSpans(text),
    ...ownerSlotSpans(text),
  ];
  for (const m of text.matchAll(LOWER_HONORIFIC)) {
    const span = lowerName(m);
    if (span) out.push(span);
  }
  // a weekday in a speaker's label is a name ("[13:49] Marti:"; a pronoun there is not: "[13:50] You:")
  const named = (s: { start: number; end: number; speaker?: boolean }) => {
    const words = text.slice(s.start, s.end);
    return (s.speaker === true && isCalendarWord(words)) || !notAName(words);
  };
  if (!/\p{Lu}/u.test(text)) return out.filter(named);
  for (const m of text.matchAll(HONORIFIC)) {
    const title = m[1].toLowerCase();
    // Single-letter or ambiguous titles need their dot ("M. Dupont", not "M Dupont", "Fr Mittag"); "Pan Am" is not a
    // person; the Polish "Pan" / "Pani" are written without a dot.
    if ((title === 'm' || title === 'fr' || title === 'hr' || title === 'ing' || title === 'mw') && m[2] !== '.')
      continue;
    if (title === 'pan' && NOT_AFTER_PAN.test(m[3].split(/[ \t]/)[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.filter(named);
}
