/**
 * Person names after a Latin-script cue (part of scriptNameSpans, name-cues.ts): lower-case or foreign titles
 * ("Sayın Aslan", "chị Hà", "dhr. Jansen"), role nouns ("customer Mikhail", "Kundin Jana Wolf"), Tagalog personal
 * articles ("si Bong"), Swahili kin titles in Swahili text ("Mama Neema"), an initial before a known family name
 * ("A. Schröder") and Turkish and Hindi honorific suffixes ("Ahmet Bey", "Sharma ji"). The span is the name only.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';
import { lastWordsBefore, push, type Span, wordsAfter } from './name-cues-words.ts';
import { isTechName } from './person.ts';

/** Titles before the name (lower case, or of languages whose titles are no English words), then blanks. */
const LATIN_TITLE =
  /(?<![\p{L}\p{M}])(?:Sayın|Bayan|ir\.|Ir\.|ing\.|Ing\.|avv\.|Avv\.|dr\.|prof\.|Dña\.|Dª|Bw\.|Bi\.|Bwana|Bibi|Dkt\.|bernama|Ọ̀gbẹ́ni|Ogbeni|Arábìnrin|Arabinrin|Ìyáàfin|Dókítà|Ông|Bà|Chị|Cô|Chú|ông|bà|anh|chị|cô|chú|señor|señora|señorita|sr\.|sra\.|srta\.|don|doña|signor|signora|sig\.|sig\.ra|dott\.|dott\.ssa|de heer|mevrouw|meneer|mevr\.|dhr\.|monsieur|madame|mademoiselle|herr|frau|pan|pani|panie|tôi là|mình là|em là)\s+/gu;
/** Swahili words common in running text (a text with one of them may take the Swahili kin titles). */
const SW_TEXT =
  /(?<![\p{L}])(?:kwa|tafadhali|kuhusu|kuanzia|ujumbe|habari|asante|asanteni|sana|kabla|wake|yake|zenu|wetu|ni|na|wa)(?![\p{L}])/iu;
/** "Mama" / "Baba" (mother / father of), "Bi" / "Bw" without their dot, before a capitalised name. */
const SW_KIN = /(?<![\p{L}\p{M}])(?:Mama|Baba|Bi|Bw|Bibi)[ \t]+(?=\p{Lu}\p{Ll})/gu;
/** Tagalog personal articles: si / sina (subject), kay / kina (to, for). */
const TL_ARTICLE = /(?<![\p{L}\p{M}])(?:si|sina|kay|kina)[ \t]+(?=\p{Lu})/gu;
const LATIN_NAME_WORD = /\p{Lu}[\p{Ll}\p{M}\p{Lu}'’-]*\.?/uy;
// Suffixes after the name.
const TR_SUFFIX = /(?<=\p{L})\s+(?:Bey|Hanım|Hanim|Hoca|Beyefendi|Hanımefendi)(?![\p{L}\p{M}])/gu;
const HI_SUFFIX = /(?<=[\p{L}\p{M}])(?:\s*-\s*ji|\s+ji|\s+जी)(?![\p{L}\p{M}])/gu;
/** Role nouns (lower case) that a name follows: en de fr es it nl pl pt sw tr. */
const ROLE_BEFORE =
  /(?<![\p{L}\p{M}])(?:customer|client|colleague|coworker|co-worker|employee|patient|tenant|applicant|candidate|[kK]unde|[kK]undin|[kK]ollege|[kK]ollegin|[mM]itarbeiter|[mM]itarbeiterin|[pP]atientin|collègue|cliente|compañero|compañera|collega|klant|klient|klientka|pracownik|colega|mteja|müşteri)[ \t]+/gu;
/** Capitalised words after a role noun that name a thing ("customer Support", "client ID"). */
const ROLE_NOT =
  /^(?:Service|Services|Support|Success|Care|Experience|Guide|Interface|Manual|Agreement|Account|Portal|Data|Name|Number|Feedback|Satisfaction|Journey|Base|Group|Team|Portal|Side|Code|Version|Library|Id|Journey|Relations|Relationship|Management|Center|Centre|Dienst|Daten|Nummer|Konto|Portal|Servizio|Cliente|Klant)$/u;
const INITIAL_NAME =
  /(?<![\p{L}\p{N}.])\p{Lu}\.[ \t]?(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])/gu;

/** Lower-case words that end a Latin name after a title ("Sayın Aslan ve …"). */
const STOP_AFTER = new Set(['Ve', 'Và', 'Na', 'Y', 'Et', 'Und']);

/** Spans of names after the Latin-script cues of the file comment, pushed onto `out`. */
export function latinNameSpans(text: string, out: Span[]): void {
  if (/\p{Script=Latin}/u.test(text)) {
    for (const m of text.matchAll(LATIN_TITLE)) {
      const at = m.index + m[0].length;
      let end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      // a sentence's full stop after the name ("signor Uda.") is no initial's dot
      if (text[end - 1] === '.' && /\p{L}\p{L}\.$/u.test(text.slice(end - 3, end))) end--;
      push(out, at, end);
    }
    // a role noun in lower case, then capitalised words: "customer Mikhail reports", "Kundin Jana Wolf"
    for (const m of text.matchAll(ROLE_BEFORE)) {
      const at = m.index + m[0].length;
      const end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
      if (end === at || ROLE_NOT.test(first) || isTechName(first) || (isKnownPlace(first) && !isKnownName(first)))
        continue;
      if (first === first.toUpperCase() && !isKnownName(first)) continue; // an acronym ("customer ID")
      let stop = end;
      if (text[stop - 1] === '.' && /\p{L}\p{L}\.$/u.test(text.slice(stop - 3, stop))) stop--;
      push(out, at, stop);
    }
    // Tagalog personal articles before a name ("si Bong", "kay Bebeng", "sina Ana at Ben"); no place or technology
    for (const m of text.matchAll(TL_ARTICLE)) {
      const at = m.index + m[0].length;
      const end = wordsAfter(text, at, LATIN_NAME_WORD, 3, (w) => STOP_AFTER.has(w));
      const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
      if (end === at || isTechName(first) || (isKnownPlace(first) && !isKnownName(first))) continue;
      push(out, at, end);
    }
    // Swahili teknonyms and titles without a dot ("Mama Neema", "Baba Amani", "Bi Rehema") in Swahili text
    if (SW_TEXT.test(text)) {
      for (const m of text.matchAll(SW_KIN)) {
        const at = m.index + m[0].length;
        const end = wordsAfter(text, at, LATIN_NAME_WORD, 2, (w) => STOP_AFTER.has(w));
        const first = text.slice(at, end).split(/[\s.]+/u)[0] ?? '';
        if (end === at || isTechName(first)) continue;
        push(out, at, end);
      }
    }
    // an initial before a known family name ("A. Schröder", "G. Pereira"), not "U.S. Army" nor an outline's "A. Scope"
    for (const m of text.matchAll(INITIAL_NAME)) {
      const surname = m[1];
      if (isKnownName(surname) && !isKnownPlace(surname) && !isTechName(surname))
        push(out, m.index, m.index + m[0].length);
    }
    for (const m of text.matchAll(TR_SUFFIX)) {
      const start = lastWordsBefore(text, m.index, /[\p{L}\p{M}'’-]/u, 2, (w) => !/^\p{Lu}/u.test(w));
      push(out, start, m.index);
    }
    for (const m of text.matchAll(HI_SUFFIX)) {
      if (/जी/u.test(m[0])) continue;
      const start = lastWordsBefore(text, m.index, /[\p{L}\p{M}'’-]/u, 1, (w) => !/^\p{Lu}/u.test(w));
      push(out, start, m.index);
    }
  }
}
