/**
 * Names that chat and ticket text shows by its layout or by a verb (source `honorific`, read in the name view):
 * - speaker labels of chat exports: "[10:42] Helen Fraser-Holmes: …", "10:42 - anna.berg: …", and "Name:" at line
 *   starts when two or more lines of the text start so and the label is a known name, or an open name (no everyday
 *   word: name-chat-titles.ts `openName`) in a chat where another label is a known name
 * - @mentions of capitalised words ("@Bjoern Gross", "@Саша"); not code annotations ("@Override", "@Test(…)")
 * - names in ALL-CAPS tickets: two or three known names in a row, or one after a role word ("CUSTOMER MITCH")
 * - a known given name right after a communication word ("ask Priya", "thanks to Anna", "frag Jörg", "avec Léa"), or
 *   before a possessive "'s" ("Mitch's laptop")
 * (mentions: `mentionSpans`, on the original text; the rest on the name view.)
 * Every pattern is anchored on a fixed shape and reads a bounded number of characters: linear in the text length.
 */
import { isCalendarWord, isRole, isServiceAccount } from './chat-roles.ts';
import { isCommonWord, isKnownName, isKnownPlace } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { isTechName } from './person.ts';
import { isPlace, LANGUAGE, NOT_NAME } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
  /** A speaker's label after a timestamp: a name even where it is a weekday too ("[13:49] Marti: …"). */
  speaker?: boolean;
}

/**
 * "[10:42] Name:" / "(10:42) Name:" / "10:42 Name:" / "[2024-03-01 10:42] Name:" / WhatsApp's "[18/05/24, 18:50] Name:" and "18/05/24
 * 18:50 - Name:" at a line start: the label up to the colon. Digits of any script ("[۱۰:۱۵] نیلوفر:", "[١٠:١٥]").
 */
const TIMED_LABEL =
  /^[ \t]*[[(]?(?:(?:\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}|\p{Nd}{1,2}[./-]\p{Nd}{1,2}[./-]\p{Nd}{2,4})[ T,]+)?\p{Nd}{1,2}:\p{Nd}{2}(?::\p{Nd}{2})?(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?[\])]?[ \t]*(?:[-–][ \t]*)?([^\n:：[\]<>@\p{Nd}]{1,48}?)[ \t]*[:：]/gmu;
/** "Name:" at a line start (no time): one to three words, capitalised, or one or two in lower case ("gurpreet: prima"). */
const PLAIN_LABEL =
  /^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,24}){0,2}|\p{Ll}[\p{Ll}\p{M}'’-]{2,24}(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]{2,24})?)[ \t]*[:：]/gmu;

/** Label words that are fields, not speakers. */
const FIELD_LABEL =
  /^(?:subject|date|from|to|cc|bcc|re|fwd|note|notes|status|priority|summary|title|topic|agenda|action|answer|question|q|a|user|assistant|system|bot|admin|moderator|objet|betreff|asunto|oggetto|onderwerp|temat|assunto|de|à|para|an|von|da|van|od|do)$/iu;

const LETTERS = /\p{L}/u;

/** A label with a dot inside a word or at its end: an abbreviation. */
const ABBREVIATED = /\p{L}\.(?:[\p{L}-]|$)/u;

/**
 * A label that makes the other labels speakers: a known name that is no everyday word ("Priya:") or starts a full
 * name ("Sanjay Iyer:"), or one that is ("Will:", "Hora:", "Ville:") before a message of three words or more, not a
 * field's value ("Hora: 8:30-9:25").
 */
function seed(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const first = m[1].split(/[ \t.]/u)[0];
  // a full name ("Sanjay Iyer:") or a name that is no everyday word
  if (!isCommonWord(first.toLowerCase()) || /^\p{Lu}\S*[ \t]+\p{Lu}/u.test(m[1])) return true;
  const from = (m.index ?? 0) + m[0].length;
  const eol = text.indexOf('\n', from);
  const words = text
    .slice(from, eol < 0 ? Math.min(text.length, from + 200) : Math.min(eol, from + 200))
    .match(/\p{L}+/gu);
  return (words?.length ?? 0) >= 3;
}

/** A message's first word and the word after it ("Fede si è addormentato", "ale si è …", "Тёма опять уснул"). */
const FIRST_WORD = /[ \t]*([\p{L}][\p{L}\p{M}'’-]{1,24})[ \t]+\p{Ll}/uy;

/**
 * A known given name that is no everyday word and opens a message of a timed chat export, before a lower-case word
 * ("[08:44] Jadwiga S.: Przemek znowu zasnął"): no place, weekday, role or pronoun ("Will you …", "Paris is …"). An
 * open name there is as often the message's first word ("grigliata sabato", "nitachelewa kidogo").
 */
function messageStart(text: string, at: number, out: Span[]): void {
  FIRST_WORD.lastIndex = at;
  const m = FIRST_WORD.exec(text);
  if (!m) return;
  const w = m[1];
  const bare = w.toLowerCase();
  // capitalised, three letters or more ("el pedido …", "my account …" start messages in lower case)
  const named = /^\p{Lu}\p{Ll}{2,}/u.test(w) && isKnownName(w) && !isCommonWord(bare);
  if (!named || isPlace(w) || isRole(w) || isCalendarWord(w) || NOT_NAME.test(w)) return;
  if (LANGUAGE.test(w) || isTechName(w)) return;
  const start = m.index + m[0].indexOf(w);
  out.push({ start, end: start + w.length });
}

function labelSpans(text: string, out: Span[]): void {
  if (!text.includes(':') && !text.includes('：')) return;
  let timed = 0;
  for (const m of text.matchAll(TIMED_LABEL)) {
    messageStart(text, m.index + m[0].length, out);
    const label = m[1].trim();
    const words = label.split(/[ \t]+/u);
    if (!LETTERS.test(label) || words.length > 4 || FIELD_LABEL.test(label)) continue;
    // a speaker role ("8:41 PM - Customer:", "[13:20] Atendente:") or a brand's support account ("Robi Care:")
    if (isRole(label) || words.every(isRole) || isServiceAccount(words)) continue;
    const at = m.index + m[0].indexOf(m[1]);
    out.push({ start: at, end: at + m[1].trimEnd().length, speaker: true });
    timed++;
  }
  const plain = [...text.matchAll(PLAIN_LABEL)];
  if (plain.length < 2 && timed === 0) return;
  const speaker = (m: RegExpExecArray | RegExpMatchArray, open: boolean) => {
    const first = m[1].split(/[ \t.]/u)[0];
    if (FIELD_LABEL.test(m[1]) || isPlace(first) || NOT_NAME.test(first) || isRole(first) || isCalendarWord(first))
      return false;
    // an abbreviated field ("Art.-Nr.:", "Tel.:", "Art.nr.:") is no speaker
    if (ABBREVIATED.test(m[1])) return false;
    // a lower-case label: a known name that is no everyday word ("daniela: ok" yes, "note: …" no) or an open name;
    // once a label is a name, any known one ("mike" is an everyday word too)
    if (first === first.toLowerCase())
      return (isKnownName(first) && (open || !isCommonWord(first))) || (open && openName(first));
    return isKnownName(first) || (open && openName(first));
  };
  // once a label is a known name (or the chat is timed), open names are speakers too; two open labels alone may be
  // the fields of minutes ("Teilnehmende:", "Beschlüsse:")
  const open = timed > 0 || plain.some((m) => speaker(m, false) && seed(text, m));
  if (!open) return;
  for (const m of plain) {
    if (!speaker(m, open)) continue;
    const at = m.index + m[0].indexOf(m[1]);
    out.push({ start: at, end: at + m[1].length });
  }
}

/** "@Name" (capitalised, any script), then up to two capitalised known names ("@Bjoern Gross"). */
const MENTION =
  /(?<![\p{L}\p{N}_.])@(\p{Lu}[\p{Ll}\p{M}'’-]{1,24}|\p{Lo}[\p{Lo}\p{M}\u200c]{1,24})((?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{1,24}){0,2})(?![\p{L}\p{N}(_.@])/gu;

/**
 * A user handle after "@" at a line start or after a blank, a bracket or a speaker's colon ("@ananya.q can you …",
 * "Neha: @harpreet saturday …", "@Wambui_M", "@DorotaJablonska"): letters and digits, inner dots, dashes and
 * underscores; not an e-mail domain or a path ("@gmail.com", "@types/node"), not a decorator call ("@Test(").
 */
const AT_HANDLE =
  /(?<=^|[\s([:,>])@([\p{L}\p{N}](?:[\p{L}\p{N}_]|[.-](?=[\p{L}\p{N}])){1,39})(?![\p{L}\p{N}@(/\\]|\.\p{L})/gmu;
/** Handles that are no person: everyone-mentions, CSS at-rules, doc tags and decorators, mail providers. */
const NOT_HANDLE = new Set(
  (
    'everyone|here|channel|all|team|admin|admins|mods|moderators|support|help|bot|media|import|keyframes|font-face|' +
    'supports|page|charset|namespace|layer|container|property|apply|tailwind|use|forward|include|mixin|extend|if|' +
    'else|each|for|while|function|return|returns|param|params|arg|argument|throws|throw|type|typedef|template|see|' +
    'link|since|deprecated|author|version|example|override|test|before|after|beforeeach|aftereach|beforeall|' +
    'afterall|component|injectable|input|output|ngmodule|directive|pipe|entity|column|table|get|post|put|delete|' +
    'patch|controller|module|service|interface|class|staticmethod|classmethod|dataclass|app|route|abstractmethod|' +
    'fixture|mock|cache|setter|getter|async|await|latest|next|canary|beta|alpha|rc|gmail|yahoo|hotmail|outlook|' +
    'icloud|proton|protonmail|gmx|mail|email|web|live|msn|aol|ymail|rediffmail|naver|qq'
  ).split('|'),
);

/** @mentions (read in the original text: the name view drops a handle's `@`). */
export function mentionSpans(text: string, out: Span[] = []): Span[] {
  if (!text.includes('@')) return out;
  for (const m of text.matchAll(MENTION)) {
    // an annotation on a line of its own ("@Override⏎") or a known technology is no person
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^[ \t]*\n/u.test(after) && !isKnownName(m[1])) continue;
    if (isTechName(m[1]) || (/^[A-Za-z]/u.test(m[1]) && !isKnownName(m[1]) && !m[2])) continue;
    let end = m.index + 1 + m[1].length;
    for (const w of m[2].matchAll(/[ \t]+(\S+)/gu)) {
      if (!isKnownName(w[1]) || isPlace(w[1]) || NOT_NAME.test(w[1])) break;
      end = m.index + 1 + m[1].length + (w.index ?? 0) + w[0].length;
    }
    out.push({ start: m.index + 1, end });
  }
  for (const m of text.matchAll(AT_HANDLE)) {
    const handle = m[1].toLowerCase();
    const parts = handle.split(/[._-]/u);
    if ((handle.match(/\p{L}/gu) ?? []).length < 3 || NOT_HANDLE.has(handle) || NOT_HANDLE.has(parts[0])) continue;
    if (isTechName(parts[0]) || out.some((s) => s.start <= m.index + 1 && s.end > m.index + 1)) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  }
  return out;
}

/** Role words of tickets before a name in capitals. */
const CAPS_ROLE =
  /(?<![\p{L}])(?:CUSTOMER|CLIENT|USER|CALLER|PATIENT|EMPLOYEE|TENANT|KUNDE|KUNDIN|ANRUFER|MITARBEITER|CLIENTE|USUARIO|UTENTE|PACIENTE|KLANT|KLIENT|KLIENTKA|ASIAKAS|MÜŞTERİ|PELANGGAN)[ \t]*[:#-]?[ \t]+/gu;
const CAPS_WORD = /\p{Lu}[\p{Lu}'’-]+/uy;
/** Capital words that are also names but mostly mean something else in tickets. */
const CAPS_STOP =
  /^(?:WILL|MAY|MARCH|APRIL|JUNE|AUGUST|MARK|BILL|CHASE|GRANT|LONG|YOUNG|KING|RICH|NEW|SAID|SEE|AND|OR|TO|ON|IN|AT|THE|OF|FOR|DE|LA|LE|DA|DO|DER|DIE|DAS|VON|UND|IST|SEIT|MIT|BEI|NO|NOT|ALL|HAS|HAD|WAS|IS|ARE|CAN|PLEASE|URGENT|TICKET|ISSUE|ERROR|REPORTS|REPORT)$/u;

const capsName = (w: string) =>
  w.length >= 2 &&
  isKnownName(w) &&
  !CAPS_STOP.test(w) &&
  !isKnownPlace(w) &&
  !NOT_NAME.test(w.charAt(0) + w.slice(1).toLowerCase());

/** Up to three capital-letter names from `at`; returns the end or `at`. */
function capsRun(text: string, at: number, max: number): number {
  let end = at;
  let i = at;
  for (let n = 0; n < max; n++) {
    let j = i;
    if (n > 0) {
      while (j < text.length && text[j] === ' ' && j - i < 2) j++;
      if (j === i) break;
    }
    CAPS_WORD.lastIndex = j;
    const m = CAPS_WORD.exec(text);
    if (!m || !capsName(m[0]) || /\p{Ll}/u.test(text[j + m[0].length] ?? '')) break;
    end = j + m[0].length;
    i = end;
  }
  return end;
}

function capsSpans(text: string, out: Span[]): void {
  if (!/\p{Lu}{2,}[ \t]+\p{Lu}{2,}/u.test(text)) return;
  for (const m of text.matchAll(CAPS_ROLE)) {
    const at = m.index + m[0].length;
    const end = capsRun(text, at, 3);
    if (end > at) out.push({ start: at, end });
  }
  // two or three known names in a row, in a run of capitals ("FRANK LITTLE", "JUERGEN MUELLER")
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}[ \t]+\p{Lu}{2,}(?![\p{L}])/gu)) {
    const end = capsRun(text, m.index, 3);
    if (end >= m.index + m[0].length) out.push({ start: m.index, end });
  }
}

/**
 * Words after which a capitalised known name is a person: communication verbs and prepositions, greetings ("Hello
 * Jennifer,") and words for the people around one ("my friend Leigh", "mon collègue Hugo"), several languages.
 */
const TALK_CUE =
  /(?<![\p{L}\p{M}])(?:ask|asked|tell|told|call|called|email|e-mail|emailed|ping|pinged|message|text|texted|cc|cc'd|thanks|thank|thanked|with|from|to|by|frag|fragt|sag|sagt|ruf|rief|schreib|schreibt|mit|von|für|demande à|dis à|appelle|écris à|avec|de la part de|merci à|pour|pregunta a|dile a|llama a|escribe a|con|de parte de|gracias a|para|chiedi a|di' a|chiama|scrivi a|grazie a|vraag|bel|mail|met|namens|bedank|zapytaj|powiedz|zadzwoń do|napisz do|pełni|dziękuję|pergunta|diz|liga|escreve|com|obrigado|obrigada|hello|hi|hey|dear|hallo|liebe|lieber|bonjour|salut|cher|chère|hola|querido|querida|ciao|caro|cara|hej|hoi|beste|cześć|olá|oi|friend|colleague|boss|manager|brother|sister|mother|father|wife|husband|son|daughter|freund|freundin|kollege|kollegin|ami|amie|collègue|amigo|amiga|compañero|compañera|amico|amica|collega|vriend|vriendin|przyjaciel|przyjaciółka|colega)[ \t]+$/iu;
/**
 * A possessive or case ending after an apostrophe: English "'s", Turkish and Finnish endings ("Zeynep'in", "Burak'a",
 * "Laura'lle"); not the contractions "'ll", "'re", "'ve", "'d", "'m", "'t".
 */
const POSSESSIVE = /^['’](?:s|(?!(?:ll|re|ve|d|m|t)(?![\p{L}]))\p{Ll}{1,5})(?![\p{L}\p{N}])/u;
/** Words before "'s" that is "is" or "has" ("He's", "That's"), not a possessive. */
const CONTRACTED = /^(?:He|She|It|That|What|There|Here|Who|Where|How|Let|This|Everyone|Nobody|Someone)$/u;
const NAME_WORD = /\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?/gu;

function cueSpans(text: string, out: Span[]): void {
  for (const m of text.matchAll(NAME_WORD)) {
    const w = m[0];
    if (!isKnownName(w) || isPlace(w) || NOT_NAME.test(w) || LANGUAGE.test(w) || isTechName(w)) continue;
    // a possessive of a known name ("Mitch's laptop") or a talk word before it
    const possessive = POSSESSIVE.test(text.slice(m.index + w.length, m.index + w.length + 7)) && !CONTRACTED.test(w);
    if (!possessive && !TALK_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // not a capitalised noun of a sentence start ("With Grant…": the cue must not start the sentence itself)
    out.push({ start: m.index, end: m.index + w.length });
  }
}

/** Spans of names shown by chat layout, mentions, ticket capitals and communication words (see the file comment). */
export function chatNameSpans(text: string): Span[] {
  const out: Span[] = [];
  labelSpans(text, out);
  capsSpans(text, out);
  cueSpans(text, out);
  return out;
}
