/**
 * Names in chat slots that show a person without a title or a cue word (source `honorific`, Latin script):
 * - a roster: a line with two or more "weekday + name" items ("Mondays Freya, Tuesdays niamh, Wednesdays me", "lunes
 *   ainhoa, martes Luz Navarro, miércoles yo", "pazartesi Mustafa, salı Hüseyin");
 * - a couple before or after a word for a wedding ("a toast for sipho and Nomsa's wedding", "o casamento de fernanda e
 *   Cristal", "Yağmur ve Deniz evleniyor");
 * - a vocative that opens a quoted message ("« océane, ça fait trois fois …", "\"Zosia, mówiłam ci …");
 * - the writer introduced: "vikram iyer here.", "it's Innocent from next door", "det är Micke på …";
 * - a lower-case known name after a preposition ("le debo 40 euros con jorge", "a pic of me and charlotte"), and a
 *   known name in capitals that stands alone in its line ("hang out with SUNITA tmrw", "den mir MORITZ empfohlen");
 * - initials in lower case and a known or open family name ("j. moreno garcía", "a. e. joshi").
 * A word counts when it is a known name (lexicon.ts) or an open name (name-chat-titles.ts: no everyday word of any
 * language); in a roster or a couple a capitalised known name that is an everyday word too ("Stella", "Blessing")
 * when another item of the line is a name by the first test, or the couple's cue is there. Never a weekday, a role, a
 * pronoun, a place or a function word. Each pattern reads a bounded number of words after a fixed word or mark:
 * linear in the text length.
 */
import { isCalendarWord, isPronoun, isRole } from './chat-roles.ts';
import { isCommonWord, isKnownName } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { isPlace, NOT_NAME } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const W = "\\p{L}[\\p{L}\\p{M}'’-]{1,19}";
const isCap = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
/** First-person words that close a roster ("Wednesdays me", "miércoles yo", "środa ja"). */
const SELF = new Set(
  'me|myself|i|ich|mich|yo|moi|io|eu|ja|jag|mig|ik|mij|ben|saya|aku|tôi|eu mesmo|noi|nous|wir'.split('|'),
);

/** No name in any of these slots. */
const never = (w: string) =>
  SELF.has(w.toLowerCase()) || isCalendarWord(w) || isRole(w) || isPronoun(w) || NOT_NAME.test(w) || isPlace(w);
/** A name by the lexicons alone: an open name, or a known name that is no everyday word. */
const strong = (w: string) => !never(w) && (openName(w) || (isKnownName(w) && !isCommonWord(w)));
/** A capitalised known name that is an everyday word too ("Stella", "Blessing", "Vitória"). */
const weak = (w: string) => !never(w) && isCap(w) && isKnownName(w);

/** After a weekday: maybe a colon, then one to three words up to a comma, stop or line end (sticky). */
const ROSTER_NAME = new RegExp(`[ \\t]*:?[ \\t]+(${W}(?:[ \\t]+${W}){0,2})(?=[ \\t]*(?:[,;.!\\n]|$))`, 'uy');
const WORD_RUN = /(?<![\p{L}\p{M}])\p{L}[\p{L}\p{M}]+(?:-feira)?/gu;

function rosterSpans(text: string, out: Span[]): void {
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const items: { at: number; words: RegExpMatchArray[] }[] = [];
    for (const d of line[0].matchAll(WORD_RUN)) {
      if (!isCalendarWord(d[0])) continue;
      ROSTER_NAME.lastIndex = d.index + d[0].length;
      const m = ROSTER_NAME.exec(line[0]);
      if (!m) continue;
      items.push({ at: line.index + m.index + m[0].length - m[1].length, words: [...m[1].matchAll(/[^ \t]+/gu)] });
    }
    if (items.length < 2) continue;
    const sure = items.some((i) => strong(i.words[0][0]));
    for (const { at, words } of items) {
      const first = words[0][0];
      if (!(strong(first) || (sure && weak(first)))) continue;
      // the words after the first join when each is a name word of the same case ("Luz Navarro", "paweł kamińska")
      let end = at + first.length;
      for (const w of words.slice(1)) {
        if (isCap(w[0]) !== isCap(first) || !(strong(w[0]) || weak(w[0]) || (isCap(w[0]) && !isCommonWord(w[0]))))
          break;
        end = at + (w.index ?? 0) + w[0].length;
      }
      out.push({ start: at, end });
    }
  }
}

const WEDDING =
  'wedding|wedding anniversary|engagement|engagement party|marriage|baby shower|casamento|noivado|boda|bodas|' +
  'compromiso|matrimonio|mariage|fiançailles|hochzeit|verlobung|bröllop|förlovning|bruiloft|verloving|ślub|ślubu|' +
  'wesele|nikah|düğün|düğünü|nişan|đám cưới|pernikahan|resepsi|shaadi|nuntă|nunta|svatba|svatbu';
const AND = '(?:and|&|e|y|et|und|och|en|i|ve|và|dan|aur|și|a)';
/** "wedding of A and B", "casamento de A e B", "Hochzeit von A und B", "đám cưới cho A và B". */
const AFTER_WEDDING = new RegExp(
  `(?<![\\p{L}])(?:${WEDDING})(?:[ \\t]+(?:of|de|da|do|di|del|von|van|för|till|cho|dla|for|pour|para|für|voor|için))?[ \\t]+(${W}(?:[ \\t]+${W})?)[ \\t]+${AND}[ \\t]+(${W}(?:[ \\t]+${W})?)(?![\\p{L}\\p{N}])`,
  'dgiu',
);
/** "A and B's wedding", "A ve B evleniyor", "A y B se casan", "A und B heiraten", "Bittu aur Ritu ki shaadi". */
const BEFORE_WEDDING = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(${W}(?:[ \\t]+${W})?)[ \\t]+${AND}[ \\t]+(${W}(?:[ \\t]+${W})?)(?:['’]s|['’])?(?:[ \\t]+\\p{Ll}+)?[ \\t]+(?:(?:ki|ke|ka)[ \\t]+)?(?:${WEDDING}|evleniyor|evleniyorlar|se casan|se casam|se marient|si sposano|heiraten|trouwen|gifter sig|biorą ślub|menikah|kết hôn|are getting married|got engaged|are engaged)(?![\\p{L}])`,
  'dgiu',
);

/** The last one or two words of a name group, each a name word (capitalised or known / open), or undefined. */
function coupleName(at: number, group: string, last: boolean): Span | undefined {
  const words = group.replace(/['’]s?$/u, '').split(/[ \t]+/u);
  const ok = (w: string) => !never(w) && (strong(w) || isKnownName(w) || (isCap(w) && !isCommonWord(w)));
  // the word next to "and" must be a name; the other joins when it is one too
  const near = last ? words[0] : words[words.length - 1];
  if (!ok(near)) return undefined;
  if (words.length === 1) return { start: at, end: at + near.length };
  const other = last ? words[1] : words[0];
  const both = ok(other) && isCap(other) === isCap(near);
  if (last) return { start: at, end: at + (both ? group.replace(/['’]s?$/u, '').length : near.length) };
  return { start: both ? at : at + group.length - near.length, end: at + group.length };
}

function coupleSpans(text: string, out: Span[]): void {
  for (const re of [AFTER_WEDDING, BEFORE_WEDDING]) {
    for (const m of text.matchAll(re)) {
      const a = m.indices?.[1];
      const b = m.indices?.[2];
      if (!a || !b) continue;
      const one = coupleName(a[0], m[1], false);
      const two = coupleName(b[0], m[2], true);
      // both sides must read as names: "bread and butter wedding cake" has neither
      if (!one || !two) continue;
      out.push(one, two);
    }
  }
}

/** An opening quote, a word and a comma, then the message ("„Hansi, ich habe …", "« océane, ça fait …"). */
const QUOTE_VOCATIVE = new RegExp(`["“„«‘「][ \\t]*(${W}(?:[ \\t]+${W})?)[ \\t]*,[ \\t]+\\p{L}`, 'dgu');
/** Adverbs and sentence words that open a quote before a comma ("Honestly, …", "Évidemment, …", "Natürlich, …"). */
const ADVERB = /(?:ly|mente|ment|weise|lich|ción|ção|ness)$/u;

/** Words that open a quoted reply before a comma and are no name: answers, interjections, greetings, forms of address. */
const OPENER = new Set(
  (
    'sure|okay|ok|yes|yeah|yep|no|nope|well|hi|hey|hello|sorry|please|thanks|look|listen|dear|sir|madam|maam|guys|' +
    'honey|babe|baby|darling|sweetie|dude|bro|mate|mom|mum|dad|boss|folks|everyone|wait|oh|ah|so|also|but|and|' +
    'oui|non|bon|bref|alors|bueno|vale|sí|si|claro|mira|oye|hola|ja|nein|na|nun|hallo|genau|sì|beh|allora|ecco|' +
    'ciao|sim|não|olha|oi|tak|nie|dobra|evet|hayır|tamam|peki|iya|ya|nah|oke|hej|nej|jo|okej|nou|oké|dus|hoi|' +
    'sayang|abang|kak|mas|mbak|pak|bu|señor|señora|madame|monsieur|herr|frau|liebling|schatz|chérie|chéri|amor|cariño'
  ).split('|'),
);

/** A second-person word in the quoted message after a vocative ("ich habe dir", "te recuerdo", "I have told you"). */
const SECOND =
  /(?<![\p{L}])(?:you|your|u|du|dir|dich|dein|deine|tu|te|ti|toi|vous|votre|ton|ta|je|jij|jou|jullie|ci|vi|voi|sen|seni|sana|kamu|anda|você|vc|usted|ty|ci|tobie|dig|du|din|ditt)(?![\p{L}])/iu;

function quoteVocatives(text: string, out: Span[]): void {
  for (const m of text.matchAll(QUOTE_VOCATIVE)) {
    const s = m.indices?.[1];
    if (!s) continue;
    const words = [...m[1].matchAll(/[^ \t]+/gu)].map((w) => w[0]);
    const w = words[0];
    if (
      ADVERB.test(w.toLowerCase()) ||
      never(w) ||
      OPENER.has(w.toLowerCase()) ||
      words.some((x) => isCap(x) !== isCap(w))
    )
      continue;
    // by the lexicons alone; a capitalised everyday word ("Floor", "Merel", "Memo") when the message speaks to someone
    const you = isCap(w) && words.every((x) => !never(x)) && SECOND.test(text.slice(s[1], s[1] + 80));
    if (!(words.every(strong) || you)) continue;
    // a lower-case word only when the lexicon knows it as a name
    if (!isCap(w) && !isKnownName(w)) continue;
    out.push({ start: s[0], end: s[1] });
  }
}

/** "Hope Campbell here.", "vikram iyer here," at a line start: the writer's name. */
const NAME_HERE = new RegExp(`(?:^|\\n)[ \\t]*(${W}(?:[ \\t]+${W})?)[ \\t]+here(?=[ \\t]*[.,!:;—–-])`, 'dgiu');
/** "it's Innocent from next door", "c'est Mimi du 2e", "det är Micke på", "saya putri pratama dari", "ben üst kattan X". */
const INTRO_FROM = new RegExp(
  `(?<![\\p{L}])(?:it's|it’s|it is|this is|c'est|c’est|ici|hier ist|hier spricht|ich bin|sono|soy|sou|aquí|det är|här är|ik ben|met|jestem|saya|aku|chị là|em là|anh là)[ \\t]+(${W}(?:[ \\t]+${W})?)[ \\t]+(?:from|du|de|da|aus|von|van|från|på|z|ze|dari|ở|del|do)(?![\\p{L}])`,
  'dgiu',
);

/** The one or two words of group 1 when each is a name word (capitalised: no everyday word unless known). */
function introName(m: RegExpMatchArray): Span | undefined {
  const s = m.indices?.[1];
  if (!s) return undefined;
  const words = m[1].split(/[ \t]+/u);
  const cap = isCap(words[0]);
  const ok = (w: string) =>
    !never(w) && isCap(w) === cap && (strong(w) || (cap ? isKnownName(w) || !isCommonWord(w) : isKnownName(w)));
  if (!words.every(ok)) return undefined;
  return { start: s[0], end: s[1] };
}

/**
 * Words that take a person after them in chat: "with", "me and", and the prepositions of other
 * languages ("con itziar", "a jorge", "lui gabi", "pe fane", "till Fredrik", "mit lena").
 */
const PREPOSITION =
  /(?<![\p{L}\p{M}])(?:with|me and|con|com|avec|à|pour|mit|für|zu|met|voor|aan|z|ze|dla|ile|dengan|sama|untuk|lui|pe|cu|till|med|för|kay|kina|para)[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,19})(?:[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,19}))?(?![\p{L}\p{N}@_])/dgu;

/** A lower-case known name that is no everyday word or place, after a preposition; a known family name joins. */
function prepositionNames(text: string, out: Span[]): void {
  for (const m of text.matchAll(PREPOSITION)) {
    const [, first, second] = m;
    const a = m.indices?.[1];
    if (!a || never(first) || !isKnownName(first) || isCommonWord(first)) continue;
    const b = second && isKnownName(second) && !isCommonWord(second) && !never(second) ? m.indices?.[2] : undefined;
    out.push({ start: a[0], end: b ? b[1] : a[1] });
  }
}

/** A known name in capitals in a line otherwise typed in lower case ("hang out with SUNITA tmrw", "lui ROXANA"). */
const CAPS_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{3,15}(?![\p{L}\p{M}\p{N}])/gu;

/** A word of two or more capitals (an acronym, a shouted word or a name in capitals). */
const CAPS_ANY = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,}(?![\p{L}\p{M}\p{N}])/gu;

function capitalNames(text: string, out: Span[]): void {
  for (const m of text.matchAll(CAPS_WORD)) {
    const w = m[0];
    if (!isKnownName(w) || isCommonWord(w) || never(w)) continue;
    // the line around the word, read at most 120 characters each way (a search to the line's ends would be
    // quadratic on one long line)
    const from = Math.max(0, m.index - 120);
    const left = text.slice(from, m.index);
    const right = text.slice(m.index, m.index + w.length + 120);
    const line = left.slice(left.lastIndexOf('\n') + 1) + right.split('\n', 1)[0];
    // a shout or a heading has more words in capitals than this one (and maybe one acronym: "IBAN", "WA")
    if ((line.match(CAPS_ANY)?.length ?? 0) > 2) continue;
    // nor is a word in capitals next to another one a name of its own ("NEW YORK", "DEAR SIR")
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + w.length, m.index + w.length + 20);
    if (/\p{Lu}{2,}[ \t]+$/u.test(before) || /^[ \t]+\p{Lu}{2,}/u.test(after)) continue;
    out.push({ start: m.index, end: m.index + w.length });
  }
}

/** Initials in lower case and a known family name ("j. moreno garcía", "a. e. joshi", "d. vos"). */
const LOWER_INITIALS =
  /(?<![\p{L}\p{N}.@_-])((?:\p{Ll}\.[ \t]?){1,2})[ \t]?(\p{Ll}[\p{Ll}\p{M}'’-]{2,19})(?:[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,19}))?(?![\p{L}\p{N}@_.-])/dgu;

/** A family name after initials: a known or open name, no everyday word (a place too: "moreno", "garcía"). */
const familyWord = (w: string) => (isKnownName(w) || openName(w)) && !isCommonWord(w) && !SELF.has(w) && !isRole(w);

function lowerInitials(text: string, out: Span[]): void {
  for (const m of text.matchAll(LOWER_INITIALS)) {
    const [, , family, second] = m;
    // "e.g.", "i.e.", "p. ex." and other abbreviations are followed by everyday words
    if (!familyWord(family)) continue;
    const b = second && familyWord(second) ? m.indices?.[3] : m.indices?.[2];
    if (b) out.push({ start: m.index, end: b[1] });
  }
}

export function slotNameSpans(text: string): Span[] {
  const out: Span[] = [];
  rosterSpans(text, out);
  if (
    /wedding|engage|marri|shower|casa|noiv|boda|compromiso|matrimonio|mariage|fian|hochzeit|verlob|bröllop|förlov|bruiloft|verlov|ślub|wesele|nikah|düğün|nişan|cưới|nikah|pernikahan|resepsi|shaadi|nunt|svatb|evleni|heirat|trouw|gifter|menikah|kết hôn/iu.test(
      text,
    )
  )
    coupleSpans(text, out);
  if (/["“„«‘「]/u.test(text)) quoteVocatives(text, out);
  prepositionNames(text, out);
  if (/\p{Lu}{3}/u.test(text)) capitalNames(text, out);
  if (/\p{Ll}\.[ \t]?\p{Ll}/u.test(text)) lowerInitials(text, out);
  for (const re of [NAME_HERE, INTRO_FROM]) {
    for (const m of text.matchAll(re)) {
      const span = introName(m);
      if (span) out.push(span);
    }
  }
  return out;
}
