/**
 * Names that letters and notices put in fixed places, in Latin script (source `honorific`):
 * - after a welcome or a greeting, before its "!", "," or ":" ("Welcome aboard, Brandon!", "Bienvenue Aurore !",
 *   "Hi Hope,", "Willkommen im Team, Leonie!", "¡Bienvenido, Santiago!")
 * - after a closing at a line's end ("Thanks, Abigail", "Cordialement,\nÉlodie")
 * - after "for" and before a colon ("Reminder for Brianna:", "Checklist für Leonie:")
 * - a family's name: "the White family", "Dear Cross family", "the Baker household", "Familie Schneider", "de familie
 *   de Wit", "la famille Petit"
 * - a family name, a comma and a given name in a record ("Baker, Rose;", "Rivers, Reid has missed …")
 * A word counts when the name lexicon knows it, or it is an open name (no everyday word of any language); never a
 * place, a role or a weekday. Each pattern reads a bounded number of characters after a fixed word: linear.
 */
import { isCalendarWord, isRole } from './chat-roles.ts';
import { isKnownName } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { isPlace, NOT_NAME } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const PARTICLES = String.raw`(?:(?:van|von|de|der|den|da|das|dos|di|del|della|du|le|la|ter|ten)[ \t]+){0,3}`;
const WELCOME =
  'welcome aboard|welcome back|welcome to the team|welcome|bienvenue|bienvenu|bienvenido|bienvenida|benvenuto|' +
  'benvenuta|bem-vindo|bem-vinda|welkom|willkommen im team|willkommen im Team|willkommen an bord|willkommen|hi|hello|' +
  'hey|dear|hola|' +
  'bonjour|hallo|ciao|olá|hoi|beste|querido|querida|estimado|estimada|cher|chère|caro|cara|gentile|liebe|lieber|' +
  'congratulations|congrats|félicitations|felicidades|parabéns|gefeliciteerd|herzlichen glückwunsch';
/** Each word of an alternation also with a capital first letter (the patterns are case-sensitive: `\p{Lu}` is). */
const cased = (alternation: string) =>
  alternation
    .split('|')
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
    .join('|');
const AFTER_WELCOME = new RegExp(
  String.raw`(?:^|[\n.!?¡¿]|,)[ \t]*[¡¿]?(?:${cased(WELCOME)})[ \t]*,?[ \t]+(${CAP})(?:[ \t]+(${CAP}))?(?=[ \t]*(?:[!,:;.?]|$))`,
  'dgmu',
);
const CLOSING =
  'thanks|thank you|many thanks|regards|best regards|kind regards|best|cheers|sincerely|yours|merci|cordialement|' +
  'bien à vous|danke|viele grüße|liebe grüße|grüße|mit freundlichen grüßen|saludos|un saludo|gracias|atentamente|' +
  'grazie|saluti|cordiali saluti|obrigado|obrigada|atenciosamente|abraços|groeten|met vriendelijke groet|bedankt|' +
  'pozdrawiam|dziękuję';
const AFTER_CLOSING = new RegExp(
  String.raw`(?:^|[\n.!?])[ \t]*(?:${cased(CLOSING)})[ \t]*[,!.]?[ \t]*\n?[ \t]*(${CAP})(?:[ \t]+(${CAP}))?(?=[ \t]*[.!]?[ \t]*(?:\n|$))`,
  'dgmu',
);
const FOR_COLON = new RegExp(
  String.raw`(?<![\p{L}])(?:${cased('for|für|pour|para|per|voor')})[ \t]+(${CAP})(?:[ \t]+(${CAP}))?[ \t]*:`,
  'dgu',
);
const FAMILY_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:${cased('the|dear|a')})[ \t]+(${CAP})(?:[ \t]+(${CAP}))?[ \t]+(?:family|household|residence|kids|children)(?![\p{L}])`,
  'dgu',
);
const FAMILY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${cased('familie|famille|familia|famiglia|família|family')})[ \t]+(${PARTICLES}${CAP})(?![\p{L}])`,
  'dgu',
);
/** "Baker, Rose;" at a line start or after a colon, then a separator or a verb. */
const REVERSED = new RegExp(
  String.raw`(?:^|[:;|\t]|\n)[ \t]*(${PARTICLES}${CAP}(?:[ \t]+${CAP})?),[ \t]+(${CAP})(?=[ \t]*(?:[;,(|\n]|$)|[ \t]+(?:has|is|was|hat|ist|a|est|ha|è|heeft|tem|tiene)(?![\p{L}]))`,
  'dgmu',
);

/** Greetings to a group or to no one ("Hi Team", "Liebe Nachbarn", "Chers collègues", "Hello World"). */
const GROUP =
  /^(?:Team|All|Everyone|Everybody|There|Sir|Madam|Madame|Monsieur|World|Friends|Folks|Guys|Students|Parents|Colleagues|Neighbours|Neighbors|Members|Customers|Nachbarn|Nachbarinnen|Eltern|Kollegen|Kolleginnen|Freunde|Mitglieder|Kunden|Zusammen|Voisins|Collègues|Parents|Amis|Vecinos|Colegas|Amigos|Padres|Familias|Vizinhos|Amigos|Pais|Genitori|Colleghi|Amici|Vicini|Buren|Collega's|Ouders|Vrienden|Allemaal|Iedereen)$/u;

/**
 * A word of a name in these slots: a known or open name, no role, weekday or function word (a place only in a
 * record's "Family, Given": "Hope", "Austin" are places too).
 */
const nameWord = (w: string, open = true) =>
  !isRole(w) && !isCalendarWord(w) && !NOT_NAME.test(w) && !GROUP.test(w) && (isKnownName(w) || (open && openName(w)));

/** The span of one or two name words from groups 1 and 2 of `m` (the last word of group 1 must be a name). */
function words(m: RegExpExecArray | RegExpMatchArray, open: boolean): Span | undefined {
  const one = m.indices?.[1];
  if (!one) return undefined;
  const first = m[1].split(/[ \t]+/u).at(-1) ?? '';
  if (!nameWord(first, open)) return undefined;
  const two = m.indices?.[2];
  return { start: one[0], end: two && nameWord(m[2], open) ? two[1] : one[1] };
}

/** Capitalised words before "family" that are no family's name ("the Royal family", "the whole Host family"). */
const NOT_FAMILY =
  /^(?:Royal|Whole|Entire|Host|Extended|Happy|Same|Other|New|Old|Your|My|Our|Their|His|Her|Dear|Lovely|Wonderful|Blended|Nuclear|Modern|Addams)$/u;

/** A family's name: any capitalised word in that slot but a few adjectives, a role or a weekday. */
function familySpan(m: RegExpExecArray | RegExpMatchArray): Span | undefined {
  const one = m.indices?.[1];
  const last = m[1].split(/[ \t]+/u).at(-1) ?? '';
  if (!one || NOT_FAMILY.test(last) || isRole(last) || isCalendarWord(last) || NOT_NAME.test(last)) return undefined;
  const two = m.indices?.[2];
  return { start: one[0], end: two && !NOT_FAMILY.test(m[2]) ? two[1] : one[1] };
}

export function greetingNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\p{Lu}/u.test(text)) return out;
  for (const re of [AFTER_WELCOME, AFTER_CLOSING, FOR_COLON, FAMILY_AFTER, FAMILY_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const family = re === FAMILY_AFTER || re === FAMILY_BEFORE;
      // "for X:" takes a known name only ("Rezept für Käsespätzle:", "Instructions for Windows:")
      const s = family ? familySpan(m) : words(m, re !== FOR_COLON);
      if (s) out.push(s);
    }
  }
  for (const m of text.matchAll(REVERSED)) {
    const family = m[1].split(/[ \t]+/u).at(-1) ?? '';
    // the given name known, the family name no place ("Dallas, Austin;" lists places)
    if (!isKnownName(m[2]) || isPlace(family) || isRole(family) || NOT_NAME.test(family)) continue;
    const one = m.indices?.[1];
    const two = m.indices?.[2];
    if (one && two) out.push({ start: one[0], end: two[1] });
  }
  return out;
}
