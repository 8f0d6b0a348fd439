/**
 * Person names in pasted documents (contracts, announcements, genealogy), by cues of their own:
 * - a maiden name after its cue: "née Lemoine", "geb. Hebestreit", "z domu Jaworska", "urodzona Nowak", "nata Rossi",
 *   "född Berg", "урождённая Петрова", "(kızlık soyadı Erdem)"; one or two capitalised words (a particle between:
 *   "née Le Goff")
 * - a listed given name, a name particle and a capitalised word: "Milagros de la Fuente", "Birgit zu Wendlingen",
 *   "Margareta af Klercker", "Gijs in 't Veld", "Nicola La Rosa"
 * - listed given names after a kin word: "devoted father of Kyle and Kirsty", "i figli Gennaro e Rossella", "Pai de
 *   Nuno e Filipa"
 * - initials and a listed family name ("M.M. Vermeulen"), any family name on a signature line ("K. Dunmore"), or a Russian one in either order
 *   ("Г. И. Алексеев", "Яковлев А. С.")
 * - "SURNAME, GIVEN" in capitals, the party of a contract or the pupil of a report: both words in capitals, and a
 *   field label before it ("Kiracı: ŞAHİN, DİLEK") or a role or line end after it ("…, en adelante", "(hereinafter"),
 *   and one of the two a listed name that is no place
 * Every rule reads a bounded number of characters after a fixed word: linear in the text length.
 */
import { isKnownName, isKnownPlace } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

const CAP = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
const MAIDEN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:née|nee|geb\\.|geborene|z domu|urodzona|nata|nacida|född|урождённая|урожденная|урожд\\.|kızlık soyadı)[ \\t]+((?:(?:Le|La|De|Van|Von|van|von|de|du|le|la|da|di|del|der|den|ter|ten)[ \\t]+){0,2}${CAP}(?:-${CAP})?)(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Words a maiden-name cue may take that are no name: months, places' prepositions, weekdays. */
const MAIDEN_NOT =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|In|Am|Im|Zu)$/u;

const PARTICLE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${CAP})[ \\t]+((?:de la|de las|de los|van der|van den|van de|von der|von und zu|in 't|in ’t|de|del|della|dos|das|do|da|di|du|van|von|zu|af|av|ter|ten|La|Le|Di|Da|De|Van|Del)[ \\t]+)(${CAP})(?![\\p{L}\\p{M}])`,
  'gu',
);

const ORG_BEFORE = /(?<![\p{L}\p{M}])(?:a|o|as|os|la|el|le|les|los|las|il|lo|the|der|die|das|de|het|den)[ \t]+$/u;
/** A capitalised word before a Romance particle name: a piece of an organisation's name ("Junta General de …"). */
const CAP_BEFORE = /\p{Lu}[\p{Ll}\p{M}]+[ \t]+$/u;
const ROMANCE = /^(?:de|del|della|do|da|dos|das|di|du|La|Le|Di|Da|De|Del)[ \t]/u;
const ORG_AFTER = /^[ \t]+(?:de|da|do|das|dos|del|della|di|du|des|of|von|van)[ \t]+\p{Lu}/u;

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’-]+";
const CAPS_PAIR = new RegExp(`(?<![\\p{L}\\p{M}])(${CAPS_WORD}),[ \\t]+(${CAPS_WORD})(?![\\p{L}\\p{M}])`, 'gu');
const ROLE_AFTER =
  /^(?:[ \t]*[,(][ \t]*(?:hereinafter|herein|en adelante|ci-après|ci-apres|nachfolgend|im folgenden|hierna|di seguito|doravante|zwany|zwana|bundan sonra|далее)|[ \t]*\r?\n|[ \t]*$)/iu;
const LABEL_BEFORE = /[:：][ \t]*$/u;

/** The word in title case, in the common and in the Turkish way ("JAVIER" -> "Javier", "DİLEK" -> "Dilek"). */
/** Kin words that announcements put before given names ("devoted father of Kyle and Kirsty", "i figli Gennaro e …"). */
const KIN =
  /(?<![\p{L}\p{M}])(?:father|mother|parents|daughter|daughters|son|sons|children|grandchildren|brother|sister|figli|figlie|figlio|figlia|nipoti|enfants|fils|filles|petits-enfants|hijos|hijas|nietos|filhos|filhas|netos|pai|mãe|kinder|söhne|töchter|enkel|kinderen|kleinkinderen|dzieci|wnuki|barn|barnbarn)(?:[ \t]+(?:of|de|di|von|van|der))?[ \t]+(?=\p{Lu})/giu;
const GIVEN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])/uy;
const LIST_SEP = /(?:,[ \t]*|[ \t]*&[ \t]*|[ \t]+(?:and|et|e|y|und|en|i|och|og|ja|ve|и|oraz)[ \t]+)/uy;

/** One to three initials and a family name: "K. Thwaites", "M.M. Vermeulen", "Г. И. Алексеев". */
const INITIALS = /(?<![\p{L}\p{M}\p{N}.])(?:\p{Lu}\.[ \t]?){1,3}(\p{Lu}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}\p{M}])/gu;
/** A Russian family name and initials after it: "Яковлев А. С.", "Зайцев В.А.". */
const CYR_INITIALS_AFTER =
  /(?<![\p{L}\p{M}])([\u0400-\u04ff]{2,}(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|ук|юк|ич))[ \t]+\p{Lu}\.[ \t]?\p{Lu}\.(?![\p{L}\p{M}])/gu;
const CYR_SURNAME = /[\u0400-\u04ff](?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|ук|юк|ич)$/u;

const titled = (w: string) => w.charAt(0) + w.slice(1).replace(/İ/gu, 'i').toLowerCase();

export function documentNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MAIDEN)) {
    const name = m[1];
    if (MAIDEN_NOT.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  for (const m of text.matchAll(PARTICLE)) {
    if (!isKnownName(m[1]) || isKnownPlace(m[3]) || isKnownPlace(`${m[2]}${m[3]}`)) continue;
    // a piece of an organisation's name: after a capitalised word or an article ("Junta General de …", "a Mesa da
    // Assembleia"), or another particle after it ("Ata da Assembleia de Condóminos")
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (ORG_BEFORE.test(before) || (ROMANCE.test(m[2]) && CAP_BEFORE.test(before))) continue;
    if (ORG_AFTER.test(text.slice(end, end + 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(KIN)) {
    // up to four given names joined by commas or "and"
    let at = m.index + m[0].length;
    for (let n = 0; n < 4; n++) {
      GIVEN.lastIndex = at;
      const g = GIVEN.exec(text);
      if (!g) break;
      // after a listed first one, a later name need not be listed when the list ends after it ("Kyle and Kirsty.")
      const end = at + g[0].length;
      const tail = n > 0 && /^(?:[.,;:!?)\n]|$)/u.test(text.slice(end, end + 1)) && !isKnownPlace(g[0]);
      if (!isKnownName(g[0]) && !tail) break;
      out.push({ start: at, end: at + g[0].length });
      LIST_SEP.lastIndex = at + g[0].length;
      const sep = LIST_SEP.exec(text);
      if (!sep) break;
      at = LIST_SEP.lastIndex;
    }
  }
  if (/\p{Lu}\./u.test(text)) {
    for (const m of text.matchAll(INITIALS)) {
      const w = m[1];
      const end = m.index + m[0].length;
      // a signature line: the initials start a line and the name ends it or a comma follows ("K. Dunmore")
      const own =
        (m.index === 0 || text[m.index - 1] === '\n') && /^(?:[ \t]*(?:,|\r?\n|$))/u.test(text.slice(end, end + 2));
      const latin = /^[A-Za-z\u00c0-\u024f]/u.test(w) && !isKnownPlace(w);
      const ok = CYR_SURNAME.test(w) || (latin && (isKnownName(w) || own));
      if (ok) out.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(CYR_INITIALS_AFTER)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (/\p{Lu}{2}, \p{Lu}{2}/u.test(text)) {
    for (const m of text.matchAll(CAPS_PAIR)) {
      const end = m.index + m[0].length;
      const cue =
        LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || ROLE_AFTER.test(text.slice(end, end + 20));
      if (m[1].length < 2 || m[2].length < 2) continue;
      // one of the two a listed name that is no place ("LONDON, UK" is an address)
      const listed = (w: string) => w.length >= 3 && isKnownName(titled(w)) && !isKnownPlace(titled(w));
      if (!cue || !(listed(m[1]) || listed(m[2]))) continue;
      out.push({ start: m.index, end });
    }
  }
  return out;
}
