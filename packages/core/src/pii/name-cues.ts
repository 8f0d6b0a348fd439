/**
 * Person names next to a title, an honorific suffix or a self-introduction in scripts without capitals (or whose
 * titles are lower case): "السيد منصور", "श्री वर्मा", "господин Смирнов", "吉田さん", "徐经理", "박지훈님", "Ahmet Bey",
 * "chị Hà", "اسمي …", "меня зовут …", "我叫…", "제 이름은 …", "tên tôi là …", "jina langu ni …". The span is the name
 * only (the title or suffix stays readable). Honorific Latin titles before capitalised names are in honorific.ts.
 * Every pattern is anchored on a fixed word and reads a bounded number of characters: linear in the text length.
 * Latin-script cues are read in name-cues-latin.ts, Chinese, Japanese and Korean ones in name-cues-cjk.ts; this file
 * reads introductions, initials, Cyrillic, Arabic, Ethiopic and Devanagari titles, and name handles.
 */
import { isCommonWord, isKnownName, isKnownPlace } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { cjkNameSpans } from './name-cues-cjk.ts';
import { latinNameSpans } from './name-cues-latin.ts';
import { lastWordsBefore, push, type Span, wordsAfter } from './name-cues-words.ts';
import { isTechName } from './person.ts';

export type { Span };

/** Hindi words that end a name's run (postpositions, copula, common verbs). */
const HI_STOP = new Set('का की के को से ने में पर है हैं था थी थे और तक भी यह वह जी ही तो कि एक आज कल अभी जो'.split(' '));

/** Arabic words after a title that continue the name ("بن", "عبد"): the next word joins. */
const AR_JOIN = new Set(['بن', 'بنت', 'ابن', 'أبو', 'ابو', 'عبد', 'أم', 'ام']);

// Titles before the name: the title, then blanks, then the name's words (of the title's script).
const CYRILLIC_TITLE =
  /(?<![\p{L}\p{M}])(?:господин|госпожа|господину|госпоже|г-н|г-жа|г-ну|г-же|д-р|доктор|профессор|проф\.)\s+/giu;
const CYRILLIC_WORD = /\p{Lu}[\p{L}\p{M}'-]*\.?/uy;
const ARABIC_TITLE =
  /(?<![\p{L}\p{M}])(?:[وفبل]?(?:السيدة|السيد|الدكتورة|الدكتور|الأستاذة|الأستاذ|الاستاذة|الاستاذ|المهندسة|المهندس|الشيخة|الشيخ|السادة|د\.)|اسمي)\s+/gu;
const ARABIC_WORD = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff][\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]*/uy;
const HINDI_TITLE = /(?<![\p{L}\p{M}])(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.?|मेरा नाम)\s+/gu;
/** A Devanagari word (without the danda "।"). */
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097f]+/uy;
const ETHIOPIC_TITLE = /(?<![\u1200-\u137f])[በለከየ]?(?:ዶ\/ር|ዶክተር|አቶ|ወ\/ሮ|ወ\/ሪት|ወይዘሮ|ወይዘሪት|ፕሮፌሰር|ፕ\/ር|ኢንጂነር)[ \t]+/gu;
/** An Ethiopic word (not the word space ፡ nor the full stop ።, comma ፣ and colon ፦). */
const ETHIOPIC_WORD = /[\u1200-\u135a\u135d-\u135f]+/uy;
/** Words that end the name after a title: "and", and words with a preposition prefix ("ለተጨማሪ" "for further"). */
const ETHIOPIC_STOP = /^(?:እና|ና|ወይም|ጋር|[ለበከ][\u1200-\u135a]{3,})$/u;
/** One or two Ethiopic words from `at`; the second not when it ends the sentence (Amharic puts the verb last). */
function ethiopicName(text: string, at: number): number {
  const end = wordsAfter(text, at, ETHIOPIC_WORD, 2, (w) => ETHIOPIC_STOP.test(w));
  if (text[end] !== '።' && text[end] !== '?') return end;
  return wordsAfter(text, at, ETHIOPIC_WORD, 1);
}
/** A word, a blank, one letter and its dot, then a comma, a lower-case word or the line's end. */
const INITIAL_AFTER =
  /(?<![\p{L}\p{M}.'’-])(\p{L}[\p{Ll}\p{M}'’-]{2,24})[ \t](\p{L})\.(?=[ \t]*[,;)]|[ \t]+\p{Ll}|[ \t]*$)/gmu;
/** Capitalised words before a letter that name a variant, not a person ("Plan B.", "Vitamin C.", "Model T."). */
const INITIAL_NOT =
  /^(?:Plan|Vitamin|Model|Typ|Type|Section|Part|Appendix|Anlage|Annex|Grade|Class|Group|Team|Option|Level|Phase|Step|Stufe|Punkt|Teil|Abschnitt|Kapitel|Chapter|Figure|Fig|Table|Tabelle|Block|Gate|Terminal|Row|Halle|Hall|Building|Zone|Sektor|Paragraph|Article|Artikel|Variante|Version|Kategorie|Category|Klasse|Serie|Series|Schedule|Exhibit|Volume|Band)$/iu;
/** Russian and Ukrainian family name endings (the word in lower case in chat: "фёдоров р."). */
const CYRILLIC_SURNAME = /^[\u0400-\u04ff]{2,}(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|ук|юк|ич)$/iu;
/** Self-introductions after which the name may be written in lower case ("jina langu ni juma"). */
const INTRO =
  /(?<![\p{L}\p{M}])(?:tên tôi là|tên mình là|tên em là|jina langu ni|naitwa|ninaitwa|orúkọ mi ni|oruko mi ni|orukọ mi ni|benim adım|меня зовут|моё имя|мое имя)[\s:]+/giu;
const ANY_WORD = /\p{L}[\p{L}\p{M}'’-]+/uy;
/** Words after an introduction that are no name ("my name is not …", "меня зовут не …"). */
const INTRO_STOP = new Set(
  'not no a an the and und et y e i и не а но và là na ni ya wa ve bir da de ki ist est es is was'.split(' '),
);

/**
 * A handle of name parts ("@tobias_bauer", "t_hoffmann", "ines_lopez_gonzalez"): two to four parts joined by `_` (or
 * `.` after an `@`), not part of an address. With the `@` the first name part must be a known name; without it every
 * part longer than an initial, the last one too.
 */
const HANDLE =
  /(?<![\p{L}\p{N}@._])@?(\p{L}+(?:_\p{L}+){1,3}|(?<=@)\p{L}+(?:\.\p{L}+){1,3})(?![\p{L}\p{N}@_]|\.\p{L})/gu;
const HANDLE_PARTICLE = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'di', 'da', 'dos', 'el', 'al', 'bin', 'le']);
/** Handle parts that name a group or a role, not a person ("@dev_team", "@sales_bot"). */
const HANDLE_ROLE =
  /^(?:team|dev|devs|ops|admin|admins|support|bot|sales|info|help|qa|hr|it|news|official|staff|channel|group|all|here|everyone)$/iu;

/**
 * A first and a last name joined without a blank: by a dot in lower case ("siobhan.delgado", "emre.aydın") or in
 * camel case ("HarrietPritchard"): a known given name that is no everyday word and a known or open name, or an open
 * name and a known one; not a file, a domain or a product ("readme.md", "JavaScript", "PowerPoint").
 */
const DOTTED = /(?<![\p{L}\p{N}@._/\\-])(\p{Ll}{3,20})\.(\p{Ll}{3,24})(?![\p{L}\p{N}@_/\\-]|\.\p{L})/gu;
const CAMEL = /(?<![\p{L}\p{N}@._/\\-])(\p{Lu}\p{Ll}{2,19})(\p{Lu}\p{Ll}{2,24})(?![\p{L}\p{N}@_])/gu;
const joinedName = (first: string, last: string) =>
  ((isKnownName(first) && !isCommonWord(first.toLowerCase()) && !isKnownPlace(first)) ||
    (openName(first) && isKnownName(last))) &&
  (isKnownName(last) || openName(last)) &&
  !isTechName(`${first}${last}`) &&
  !isTechName(first);

/** A name in a link's query ("?q=Lorenzo+Colombo&", "contact=Anke%20Brandt"): the value read decoded. */
const QUERY =
  /[?&](?:name|full_?name|fullname|first_?name|last_?name|contact|customer|user|q|query|ref|data|nome|nom|nombre|naam|person|recipient)=([^&#\s"'<>]{3,80})/giu;

function decoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value.replace(/\+|%20/gi, ' ');
  }
}

/** Values of a link's query that read as a person's name: one to four words of letters, one a known name. */
function queryNames(text: string, out: Span[]): void {
  if (!text.includes('=')) return;
  for (const m of text.matchAll(QUERY)) {
    const words = decoded(m[1]).trim().split(/\s+/u);
    if (words.length > 4 || !words.every((w) => /^\p{L}[\p{L}\p{M}'’-]*$/u.test(w))) continue;
    if (!words.some((w) => /^\p{Lu}/u.test(w) && isKnownName(w) && !isTechName(w))) continue;
    const at = m.index + m[0].length - m[1].length;
    push(out, at, at + m[1].length);
  }
}

/** Handles of name parts in `text` (read in the original text: the name view turns them into words). */
export function handleSpans(text: string): Span[] {
  const out: Span[] = [];
  queryNames(text, out);
  for (const re of [DOTTED, CAMEL]) {
    for (const m of text.matchAll(re)) {
      if (joinedName(m[1].charAt(0).toUpperCase() + m[1].slice(1), m[2])) push(out, m.index, m.index + m[0].length);
    }
  }
  if (!text.includes('_') && !text.includes('@')) return out;
  for (const m of text.matchAll(HANDLE)) {
    const parts = m[1].split(/[_.]/u);
    const named = parts.filter((p) => p.length > 1 && !HANDLE_PARTICLE.has(p.toLowerCase()));
    if (parts.some((p) => HANDLE_ROLE.test(p))) continue;
    // with an `@` the first part known is enough ("@sabine_oberhuber"); without, every part must be
    const at = m[0].startsWith('@');
    const ok = at
      ? named.length > 0 && isKnownName(named[0])
      : named.length > 0 && named.every((p) => isKnownName(p)) && isKnownName(parts[parts.length - 1]);
    if (ok) {
      push(out, m.index, m.index + m[0].length);
    }
  }
  return out;
}

/** Spans of names next to a title, honorific suffix or self-introduction (see the file comment). */
export function scriptNameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(INTRO)) {
    const at = m.index + m[0].length;
    // one or two words of letters (any script), not a function word; a name in CJK / Arabic scripts is handled below
    const end = wordsAfter(text, at, ANY_WORD, 2, (w) => INTRO_STOP.has(w.toLowerCase()) || w.length > 20);
    if (end - at >= 2) push(out, at, end);
  }
  // a family name, then the initial of the given name ("Wendt B.,", "jansen n., teamleider", "фёдоров р.,")
  if (text.includes('.')) {
    for (const m of text.matchAll(INITIAL_AFTER)) {
      const [, w, initial] = m;
      const capital = /^\p{Lu}/u.test(w);
      if (capital !== /\p{Lu}/u.test(initial) || INITIAL_NOT.test(w) || isTechName(w)) continue;
      const known = isKnownName(w) && !(isKnownPlace(w) && !capital);
      const comma = /^[ \t]*[,;]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (known || CYRILLIC_SURNAME.test(w) || (capital && comma)) push(out, m.index, m.index + m[0].length);
    }
  }
  if (/[\u0400-\u04ff]/u.test(text)) {
    for (const m of text.matchAll(CYRILLIC_TITLE)) {
      const at = m.index + m[0].length;
      push(out, at, wordsAfter(text, at, CYRILLIC_WORD, 3));
    }
  }
  if (/[\u0600-\u06ff]/u.test(text)) {
    for (const m of text.matchAll(ARABIC_TITLE)) {
      const at = m.index + m[0].length;
      const intro = /^اسمي/u.test(m[0]);
      // a title after the introduction ("اسمي الدكتور …") is skipped by the title pattern itself
      if (intro && ARABIC_TITLE_START.test(text.slice(at, at + 12))) continue;
      let end = wordsAfter(text, at, ARABIC_WORD, 1);
      if (end === at) continue;
      for (let n = 0; n < 2; n++) {
        const next = /^\s+([\u0621-\u064a]+)/u.exec(text.slice(end, end + 30));
        if (!next) break;
        if (AR_JOIN.has(next[1])) {
          end = wordsAfter(text, end + next[0].length, ARABIC_WORD, 1);
          continue;
        }
        if (next[1].startsWith('ال') && next[1].length > 3) end += next[0].length;
        break;
      }
      push(out, at, end);
    }
  }
  if (/[\u1200-\u137f]/u.test(text)) {
    // Amharic titles, maybe after a one-letter preposition ("በዶ/ር", "ለአቶ"): the name and the father's name after it
    for (const m of text.matchAll(ETHIOPIC_TITLE)) {
      const at = m.index + m[0].length;
      const end = ethiopicName(text, at);
      push(out, at, end);
      // "… እና X": a name joined by "and" to a titled one
      const and = end > at ? /^[ \t]*እና[ \t]+/u.exec(text.slice(end, end + 8)) : null;
      if (and) push(out, end + and[0].length, ethiopicName(text, end + and[0].length));
    }
  }
  if (/[\u0900-\u097f]/u.test(text)) {
    for (const m of text.matchAll(HINDI_TITLE)) {
      const at = m.index + m[0].length;
      const stop = (w: string) => HI_STOP.has(w) || /^(?:श्री|श्रीमती|सुश्री|डॉ)$/u.test(w);
      // "मेरा नाम श्री गुप्ता है": the title after the introduction is skipped
      const title = /^(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.?)\s+/u.exec(text.slice(at, at + 12));
      const from = title ? at + title[0].length : at;
      push(out, from, wordsAfter(text, from, DEVANAGARI_WORD, 2, stop));
    }
    // "शर्मा जी ने": the word before जी when a postposition or a punctuation mark follows (not "जी नहीं", to live)
    for (const m of text.matchAll(
      /(?<=[\u0900-\u097f])\s+जी(?=\s*[,।!?]|\s+(?:ने|को|से|का|की|के|है|हैं|आप)(?![\u0900-\u097f]))/gu,
    )) {
      const end = m.index;
      const start = lastWordsBefore(text, end, /[\u0900-\u0963\u0966-\u097f]/u, 1, (w) => HI_STOP.has(w));
      push(out, start, end);
    }
  }
  latinNameSpans(text, out);
  cjkNameSpans(text, out);
  return out;
}

const ARABIC_TITLE_START =
  /^(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|المهندس|المهندسة|الشيخ)/u;
