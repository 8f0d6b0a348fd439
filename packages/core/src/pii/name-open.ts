/**
 * Names the lexicon does not know ("kelechi", "haziq", "Wanjiku"), in slots that show a person (source `honorific`,
 * read in the name view). The word must be an open name (name-chat-titles.ts `openName`: no everyday word of any
 * language by the corpus-derived isCommonWord, no function or chat word, product or place) or a known name:
 * - after a verb or noun that takes a person ("tell kelechi the …", "hubungi ujang di …", "my friend Chinedu"):
 *   capitalised anywhere, lower-case only in a line typed without capitals; a second such word joins; after a word for
 *   someone who serves the writer ("the driver Kofi", "el repartidor Carmen") a known name only;
 * - after a Tagalog personal article ("si jomar", "kay marites", "sina …") in a line with a Tagalog function word;
 * - after a self-introduction in romanized Hindi / Urdu, Malay / Indonesian, Tagalog and Arabic ("mera naam pappu
 *   hai", "nama saya dewi", "ako si rodel", "ismi karim");
 * - at a line start before a verb of saying or wanting ("Minjun wants to know", "budi bilang"; a capitalised unknown
 *   word before "said" is an agency: "Reuters said"), and before a Hindi / Urdu possessive and a kin or home word
 *   ("iqra ka bhai");
 * - a sign-off line at the end of a message ("- Cici", "— NONIK", "~ kelechi"): a dash or tilde and one to three
 *   words, each an open or known name, the last non-empty line, not the end of a dashed list, not several lower-case
 *   words unless each is a known name.
 * Every pattern is anchored on a fixed word or a line start and reads at most two words after it (the sign-off: the
 * last 400 characters): linear in the text length.
 */
import { isCommonWord, isKnownName } from './lexicon.ts';
import { noCapitalBefore } from './line-case.ts';
import { isAddressWord, knownLower, NOT_NAME, openName } from './name-chat-titles.ts';
import { MESSAGE, PERSON_CUE, RELATION, ROLE_CUE } from './name-open-words.ts';
import { isPlace } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

/** Alternatives longest first, so "merci beaucoup" is read before "merci". */
const longestFirst = (alternatives: string) =>
  alternatives
    .split('|')
    .sort((a, b) => b.length - a.length)
    .join('|');
const WORD = "\\p{L}[\\p{L}\\p{M}'’-]{2,19}";
const AFTER_CUE = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?:${longestFirst(`${PERSON_CUE}|${RELATION}`)})[ \\t]+(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}@_])`,
  'dgiu',
);
/** Words for "for" (to whom a text is written), then maybe "my": open names follow these; "to" also takes firms. */
const FOR = 'for|pour|para|pra|für|fuer|per|voor|dla|için|icin|kwa|untuk|buat|cho|para kay|kay';
const TO = 'to|an|à|a|aan|do|gửi|ng';
/** A name as the addressee of something written ("condolence message for yohanes", "Nachricht an Lukas"). */
const ADDRESSEE = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?:${longestFirst(MESSAGE)})(?:[ \\t]+[\\p{L}'’-]+){0,3}?[ \\t]+(${FOR}|${TO})[ \\t]+((?:my|mi|mon|ma|mein|meine|meinen|meiner|mijn|moja|mój|meu|minha|mia|mio)[ \\t]+)?(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}@_])`,
  'dgiu',
);
const FOR_RE = new RegExp(`^(?:${FOR})$`, 'iu');
/** The one-word relations and roles: a word for a person, not a name ("kwa jirani"). */
const PEOPLE_WORDS = new Set(`${RELATION}|${ROLE_CUE}`.split(/[| ]/u));
const AFTER_ROLE = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?:${longestFirst(ROLE_CUE)})[ \\t]+(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}@_])`,
  'dgiu',
);
/** Tagalog personal articles (singular and plural) before a name. */
const TL_ARTICLE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:si|ni|kay|sina|nina|kina)[ \\t]+(${WORD})(?![\\p{L}\\p{N}@_])`,
  'dgiu',
);
/** Tagalog function words of no other language we read: a line with one is Tagalog ("si" is Spanish and Italian too,
 * "ni" and "ba" Hausa). */
const TAGALOG =
  /(?<![\p{L}])(?:ang|ng|mga|po|yung|naman|lang|kasi|siya|daw|raw|kanina|talaga|sana|pala|kayo|tayo|namin|natin)(?![\p{L}])/iu;
const INTRO = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:mera naam|mera nam|meraa naam|mujhe .{0,12}?kehte|nama saya|nama aku|namaku|ako si|ako po si|pangalan ko ay|pangalan ko|ismi|esmi|ana ismi|ana esmi)[ \\t:]+(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}@_])`,
  'dgiu',
);

/**
 * A name that starts a line and reports what someone said or wants ("nandi says …", "Minjun wants to know …", "iqra ne
 * bola …", "budi bilang …"): one or two words, then one of these verbs.
 */
const REPORTER = new RegExp(
  `(?:^|\\n)[ \\t]*(${WORD})(?:[ \\t]+(${WORD}))?[ \\t]+(says|said|wants|asked|told|texted|called|messaged|thinks|replied|dice|dijo|dit|sagt|zegt|zei|diz|disse|bilang|sabi|alisema|anasema|amesema|ne bola|ne kaha|kata|kate|dedi|diyor|is coming|is coming over|meint|hat mir|hat das|hat den|hat die|a dit|a déplacé|m'a dit|mi ha detto|mi ha scritto|me dijo|me escribió|me disse|zei dat|appte|texted me|told me|mi-a scris|mi-a zis|bana)(?![\\p{L}])`,
  'dgiu',
);
const NEWS_VERB = new Set(['said', 'thinks', 'dijo', 'dit', 'zei', 'disse']);
/** A name before a Hindi / Urdu possessive and a word for kin or home ("iqra ka bhai", "rohan ki shaadi"). */
const HI_POSSESSIVE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${WORD})[ \\t]+(?:ka|ki|ke)[ \\t]+(?:bhai|behen|bahen|didi|papa|mummy|ammi|abbu|beta|beti|ghar|number|shaadi|shadi|husband|wife|biwi|dost|phone|bday|birthday)(?![\\p{L}])`,
  'dgiu',
);
const isCap = (w: string) => /^\p{Lu}/u.test(w);
/** Latin letters only (the script of the common-word list). */
const LATIN = /^[a-z\u00c0-\u024f\u1e00-\u1eff'’-]+$/iu;
/** A name word: an open name, or a known name that (in lower case) is no everyday word too ("mir", "will"). */
const nameLike = (w: string) => openName(w) || (knownLower(w) && (isCap(w) || !isCommonWord(w)));

/** A known name that is no everyday word in lower case, nor a place ("Carmen", "oksana"; not "Paris", "will"). */
const knownName = (w: string) => knownLower(w) && !isPlace(w) && (isCap(w) || !isCommonWord(w));

/** The span of one or two name words matched at groups 1 and 2 of `m`; the second when it is a name word too. */
function span(m: RegExpExecArray | RegExpMatchArray, second: (w: string) => boolean): Span | undefined {
  const a = m.indices?.[1];
  if (!a) return undefined;
  const b = m[2] && second(m[2]) ? m.indices?.[2] : undefined;
  return { start: a[0], end: b ? b[1] : a[1] };
}

const SIGN_OFF = /(?:^|\n)([ \t]*[-–—~][ \t]*)(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2})[ \t]*\s*$/u;

/** A dash sign-off on the last line (see the file comment). */
function signOff(text: string, out: Span[]): void {
  const offset = Math.max(0, text.length - 400);
  const m = SIGN_OFF.exec(text.slice(offset));
  if (!m) return;
  const at = offset + m.index + m[0].indexOf(m[1]) + m[1].length;
  // a dashed list ends with its last item, not a signature
  const before = text.slice(Math.max(0, at - m[1].length - 200), at - m[1].length).trimEnd();
  if (/^[ \t]*[-–—~*•]/u.test(before.slice(before.lastIndexOf('\n') + 1))) return;
  const words = m[2].split(/[ \t]+/u);
  if (!words.every((w) => openName(w) || (isKnownName(w) && !isCommonWord(w)))) return;
  // several lower-case words sign for a group ("- budak-budak surau") unless each is a known name
  if (words.length > 1 && m[2] === m[2].toLowerCase() && !words.every((w) => isKnownName(w))) return;
  out.push({ start: at, end: at + m[2].length });
}

export function openNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (/[-–—~]/u.test(text)) signOff(text, out);
  for (const m of text.matchAll(AFTER_CUE)) {
    const first = m[1];
    const cap = isCap(first);
    // a lower-case word in a line with capitals only when the lexicon knows it as a name ("a cashier called callum")
    const lowerOk = cap || noCapitalBefore(text, m.indices?.[1]?.[0] ?? m.index) || knownName(first);
    if (!nameLike(first) || !lowerOk) continue;
    // a word in lower case of a script the common-word list does not cover (Cyrillic, Greek) only when known
    if (!cap && !LATIN.test(first) && !knownLower(first)) continue;
    // a capitalised name takes a capitalised second word, a lower-case one a lower-case one
    const s = span(m, (w) => isCap(w) === cap && nameLike(w));
    if (s) out.push(s);
  }
  for (const m of text.matchAll(ADDRESSEE)) {
    const [, prep, mine, first, second] = m;
    const cap = isCap(first);
    const at = m.indices?.[3]?.[0] ?? m.index;
    // a known name; an open one in lower case, for whom something is written ("for yohanes"), not after "my" ("pour
    // mon abonnement", "para mi comadre") — after "to" a firm is as likely, and a capitalised unknown word after "für"
    // a German noun ("für Kollegen")
    const open = !cap && !mine && FOR_RE.test(prep) && openName(first);
    if (!(knownName(first) || open) || isAddressWord(first) || PEOPLE_WORDS.has(first.toLowerCase())) continue;
    if (!cap && ((!noCapitalBefore(text, at) && !knownName(first)) || !LATIN.test(first))) continue;
    const a = m.indices?.[3];
    const b = second && isCap(second) === cap && nameLike(second) ? m.indices?.[4] : undefined;
    if (a) out.push({ start: a[0], end: b ? b[1] : a[1] });
  }
  for (const m of text.matchAll(AFTER_ROLE)) {
    const first = m[1];
    const cap = isCap(first);
    if (!knownName(first) || (!cap && !noCapitalBefore(text, m.indices?.[1]?.[0] ?? m.index))) continue;
    const s = span(m, (w) => isCap(w) === cap && nameLike(w));
    if (s) out.push(s);
  }
  if (TAGALOG.test(text)) {
    for (const m of text.matchAll(TL_ARTICLE)) {
      const lineEnd = text.indexOf('\n', m.index);
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, lineEnd < 0 ? text.length : lineEnd);
      if (!nameLike(m[1]) || !TAGALOG.test(line)) continue;
      const s = span(m, () => false);
      if (s) out.push(s);
    }
  }
  for (const m of text.matchAll(REPORTER)) {
    // a lower-case name in a line typed without capitals, a capitalised one anywhere; a second word of the same case
    const cap = isCap(m[1]);
    const lowerOk = cap || noCapitalBefore(text, m.indices?.[1]?.[0] ?? m.index) || knownName(m[1]);
    if (!nameLike(m[1]) || isAddressWord(m[1]) || !lowerOk) continue;
    // "Reuters said": a capitalised word the lexicon does not know before a verb of news prose is an agency or firm
    if (cap && NEWS_VERB.has(m[3].toLowerCase()) && !isKnownName(m[1])) continue;
    const s = span(m, (w) => isCap(w) === cap && nameLike(w));
    if (s) out.push(s);
  }
  for (const m of text.matchAll(HI_POSSESSIVE)) {
    const s = nameLike(m[1]) ? span(m, () => false) : undefined;
    if (s) out.push(s);
  }
  for (const m of text.matchAll(INTRO)) {
    if (!nameLike(m[1]) && !(isCap(m[1]) && !NOT_NAME.has(m[1].toLowerCase()))) continue;
    const s = span(m, nameLike);
    // "ako si rodel": the Tagalog article may have found it already
    if (s && !out.some((o) => o.start === s.start)) out.push(s);
  }
  return out;
}
