/**
 * Names typed in lower case in chat, where nothing but the words themselves shows them:
 * - two known names in a row in a line typed without capitals ("tolong inform arif ahmad", "abeg bisi adewale call
 *   me"): both in the name lexicon (lexicon.ts), three ASCII letters or more, no function word or name particle, or
 *   in any Latin letters when neither is an everyday word of some language (isCommonWord: "katharina müller");
 * - a known name or an open name (name-chat-titles.ts: no everyday word of any language) right after a greeting at
 *   the start of a line or sentence ("salut yannick", "niaje wanjiru", "hi priya", "how far kelechi"), with a second
 *   such word when one follows.
 * In 3,000 WikiANN sentences each of en, de, es, nl, pl, two pairs of known lower-case words in en, one in es, six in
 * nl and none in pl once the particles are left out (and none of them in a line typed without capitals). Linear: each
 * word is looked up once, each line start searched from the words of that line.
 */
import { isCommonWord } from './lexicon.ts';
import { noCapitalBefore } from './line-case.ts';
import { knownLower, openName, unstretch } from './name-chat-titles.ts';
import { firstCased } from './name-cues-words.ts';
import { isPlace, LANGUAGE } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

/** Name particles and short function words the lexicon holds as parts of names. */
const PARTICLE = new Set(
  'von|der|den|dem|des|van|ten|ter|het|dan|del|della|dos|das|los|las|les|bin|binti|ibn|abu|bint|zum|zur|auf|per|meer|anders|beiden'.split(
    '|',
  ),
);
const GREETING =
  'hi|hii|hello|helo|hey|heyy|hola|oye|salut|coucou|hallo|servus|moin|ciao|ola|olá|salam|salaam|marhaba|ahlan|' +
  'merhaba|selam|niaje|mambo|habari|oi|yo|dear|kumusta|musta|halo|hai|namaste|sup|wassup|ya|eh|bro|yaar|arre|oy|' +
  'how far|sannu|bawo|kedu|sawubona|assalamualaikum|salamat|hiya|chao|xin chao|jambo|hujambo';

const GREETING_WORDS = new Set(GREETING.split('|'));
/** Each greeting with its last letter stretched as often as typed ("heyyy", "coucouuu", "hellooo"). */
const STRETCHED_GREETING = GREETING.split('|')
  .map((g) => `${g}${g.at(-1)}*`)
  .join('|');
const LOWER_WORD = /(?<![\p{L}\p{N}@#_'’.-])\p{Ll}[\p{Ll}\p{M}'’-]{2,24}(?![\p{L}\p{N}@_-])/gu;
const AFTER_GREETING = new RegExp(
  `(?:^|[\\n.!?]\\s*)(${STRETCHED_GREETING})[ \\t,]+(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,24})(?:[ \\t]+(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,24}))?(?![\\p{L}\\p{N}@_-])`,
  'dgiu',
);

/**
 * Words after which a lower-case name follows in the middle of a line: thanks, a staff role, "call" / "ask for", and
 * introductions ("Gracias ximena cifuentes y …", "Medewerker daan van …", "Call kayla at …", "je suis clémence,").
 */
const THANKS_CUE =
  'thanks|thank you|thx|gracias|grazie|danke|merci|obrigado|obrigada|dank je|dankjewel|bedankt|dziękuję|dzięki|' +
  'teşekkürler|teşekkür ederim|sağol|shokran|shukran|terima kasih|makasih|call|text|ping|dm|encomenda de|pedido de|' +
  'paket für|colis pour|người nhận|mostalem';
/** Cues that stand right before a person's name: a staff role, a form of address, "ask for", "thanks to". */
const TITLE_CUE =
  'thanks to|gracias a|grazie a|merci à|danke an|shoutout to|shout out to|ask for|atendente|o atendente|a atendente|' +
  'medewerker|attendant|cashier|waiter|waitress|kurir|kurirnya|driver|pani|mas|mbak|bang|abang|didi|kanka|abla';
const INTRO_CUE = "i'm|i am|je suis|ich bin|sono|soy|sou|ben|saya|aku|ik ben|jestem|me llamo|mi chiamo";
const AFTER_CUE = new RegExp(
  `(?<![\\p{L}])(?:(${firstCased(TITLE_CUE)})|(${firstCased(THANKS_CUE)}|${firstCased(INTRO_CUE)}))[ \\t,:]+(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,24})(?:[ \\t]+(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,24}))?(?![\\p{L}\\p{N}@_-])`,
  'dgu',
);
/**
 * A lower-case word that names someone after such a cue: a known name that is no everyday word; an open name after a
 * role or form of address ("pani zuzanna wiśniewska", "ask for brianna"), or as the given name before a known family
 * name ("gracias ximena cifuentes"), not alone after thanks or "call" ("merci bzaf", "call karega").
 */
const cued = (w: string, titled: boolean, next?: string) =>
  !PARTICLE.has(w) &&
  !GREETING_WORDS.has(w) &&
  !isCommonWord(w) &&
  (knownLower(w) ||
    (titled && openName(w)) ||
    (next !== undefined && openName(w) && knownLower(next) && !isCommonWord(next)));

const ASCII = /^[a-z'’-]+$/;
const nameWord = (w: string) => !PARTICLE.has(w) && knownLower(w);
/**
 * Greetings that are other words too ("ya", "eh", "hai", "bro") or mostly followed by a word the corpora lack (Turkish
 * "merhaba siparişim"): they take only known names after them; the other greetings take open names too.
 */
const NOT_PURE = new Set('ola|merhaba|selam|oi|yo|halo|hai|sup|wassup|ya|eh|bro|yaar|oy|salamat'.split('|'));
const PURE_GREETING = new Set([...GREETING_WORDS].filter((g) => !NOT_PURE.has(g)));
/** A name after a greeting: a known name, or an open name (lower case or capitalised) after a pure greeting. */
const greeted = (w: string, greeting: string) =>
  nameWord(w.toLowerCase()) ||
  (PURE_GREETING.has(unstretch(greeting).replace(/\s+/gu, ' ')) &&
    (w === w.toLowerCase() || /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    openName(w));

/**
 * Whether the line around `at` is typed without capitals at its start ("tolong inform arif ahmad"): in a line that
 * starts with a capital, a lower-case pair is prose ("the autumn rain", "pesto alla genovese", "uma carta").
 */
function lowerLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const first = /\p{L}/u.exec(text.slice(lineStart, Math.min(at + 1, lineStart + 200)));
  return first !== null && !/\p{Lu}/u.test(first[0]);
}

/** Determiners before a noun, not a name (en de fr es pt it nl): "the bins", "ma mamie", "deinen bruder". */
const DETERMINER = new RegExp(
  `(?<![\\p{L}])(?:${[
    'the|a|an|my|your|his|her|our|their|this|that|its',
    'der|die|das|den|dem|des|ein|eine|einen|einem|mein|meine|meinen|meinem|dein|deine|deinen|deinem|sein|seine|ihr|ihre|unser|unsere',
    'le|la|les|un|une|du|ma|mon|ta|ton|sa|son|nos|vos|leur',
    'el|los|las|una|mi|mis|tu|tus|su|sus|o|os|as|um|uma|meu|minha|teu|tua|seu|sua|il|lo|gli|mio|mia|het|een|mijn|jouw|zijn|haar',
  ].join('|')})[ \\t]+$`,
  'iu',
);
/**
 * A known name that is no everyday word stands alone as a name in a line typed without capitals: ASCII letters, no
 * name particle, greeting or chat word, no product or place, not after a determiner or a number, not before a model
 * code ("dyson v11"), not beside a word it names a place with ("são paulo").
 */
function single(text: string, start: number, word: string): boolean {
  if (PARTICLE.has(word) || GREETING_WORDS.has(word) || !openName(word)) return false;
  if (LANGUAGE.test(word[0].toUpperCase() + word.slice(1))) return false; // "german": a language, typed lower case
  // before a model code: a product ("dyson v11", "galaxy a54"; not a romanized word with a digit: "khaled 2alli")
  const code = /^[ \t]+([\p{L}\p{N}]{1,8})(?![\p{L}\p{N}])/u.exec(
    text.slice(start + word.length, start + word.length + 12),
  );
  if (code && /^\p{L}{0,4}\p{N}+\p{L}{0,2}$/u.test(code[1])) return false;
  // after a determiner: a noun; after a number: a unit or currency ("3 alf", "270 bob")
  if (DETERMINER.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (/\p{N}[ \t]*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  // a quoted key ("ward": 4)
  if (/^["'][ \t]*:/u.test(text.slice(start + word.length, start + word.length + 3))) return false;
  const before = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const after = /^[ \t]+([\p{L}]+)/u.exec(text.slice(start + word.length, start + word.length + 20))?.[1];
  return !(before && isPlace(`${before} ${word}`)) && !(after && isPlace(`${word} ${after}`));
}

export function lowerNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\p{Ll}{3}/u.test(text)) return out;
  let previous: { start: number; end: number; name: boolean; rare: boolean } | undefined;
  for (const m of text.matchAll(LOWER_WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // ASCII letters only: in Czech, Slovak or Vietnamese many everyday words are surnames too ("šťastný nový rok",
    // "tiểu thuyết" came out as names)
    const word = m[0];
    const known = nameWord(word);
    // a greeting that is a name too does not start a pair ("chao minh anh": "chao" greets)
    const name = ASCII.test(word) && known && !GREETING_WORDS.has(word);
    // a known name that is no everyday word too, in any Latin letters ("müller"); a known name beside an open one was
    // tried and dropped: romanized Bengali, Arabic and Urdu words pair up with a name ("thora intezar", "wesel ghalat")
    const rare = known && !isCommonWord(word);
    // two known names that are both everyday words are prose ("the autumn rain")
    const pair = (name && previous?.name && (rare || previous.rare)) || (rare && previous?.rare);
    // adjacent: only spaces or tabs between the two words
    if (pair && previous && /^[ \t]+$/.test(text.slice(previous.end, start)) && lowerLine(text, start)) {
      out.push({ start: previous.start, end });
    }
    // a known name that is no everyday word, alone ("kindly inform karan that", "arjun is not picking up")
    if (rare && ASCII.test(word) && single(text, start, word) && noCapitalBefore(text, start)) out.push({ start, end });
    previous = { start, end, name, rare };
  }
  for (const m of text.matchAll(AFTER_CUE)) {
    const [, title, , first, second] = m;
    if (!cued(first, !!title, second)) continue;
    const [start, firstEnd] = m.indices?.[3] ?? [0, 0];
    const end = second && cued(second, !!title) ? (m.indices?.[4]?.[1] ?? firstEnd) : firstEnd;
    out.push({ start, end });
  }
  for (const m of text.matchAll(AFTER_GREETING)) {
    const [, greeting, first, second] = m;
    if (!greeted(first, greeting)) continue;
    const [start, firstEnd] = m.indices?.[2] ?? [0, 0];
    const end = second && greeted(second, greeting) ? (m.indices?.[3]?.[1] ?? firstEnd) : firstEnd;
    out.push({ start, end });
  }
  return outermost(out);
}

/** The spans not inside another one (a name read by two rules, a single name inside a pair), in text order. */
function outermost(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return spans.filter((s) => {
    if (s.end <= reach) return false;
    reach = s.end;
    return true;
  });
}
