/**
 * The PERSON passes of detection (detect.ts): NER spans made candidates (cleaned, checked by person.ts, carried on by
 * person-context.ts, unsure ones vouched for by the lexicons), overlapping PERSON candidates joined into one name, known
 * names joined by "and" or a list to a PERSON added, and PERSON entities carried on over an apostrophe ending.
 */
import type { NamedEntity } from '../models.ts';
import { CONTEXT_WORDS } from './context.ts';
import { isCommonWord, isKnownName, isKnownPlace } from './lexicon.ts';
import { noCapitalBefore } from './line-case.ts';
import { NOT_NAME as NOT_NAME_WORDS, openName } from './name-chat-titles.ts';
import { textValue as canon } from './normalize.ts';
import { isTechName, plausiblePerson } from './person.ts';
import { extendPerson, isPlace, LANGUAGE, NOT_NAME, personPieces, sentenceStart } from './person-context.ts';
import type { PiiEntity, PiiEntityType } from './types.ts';

const NER_TYPES: Record<NamedEntity['type'], PiiEntityType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };

/**
 * Candidates of the model's entities: punctuation trimmed, spans without letters, context keywords and implausible
 * PERSON spans dropped, PERSON spans read in parts and carried on over a cut-off family name.
 */
export function nerCandidates(text: string, entities: NamedEntity[]): PiiEntity[] {
  const out: PiiEntity[] = [];
  const perStarts = entities.filter((e) => e.type === 'PER').map((e) => e.start);
  for (const e of entities) {
    let { start, end } = e;
    while (start < end && /[\s\p{P}]/u.test(text[start])) start++;
    // a name's closing bracket stays when the span opened it ("Tom Berg ( footballer )")
    const closes = (k: number) => text[k] === ')' && text.slice(start, k).includes('(');
    while (end > start && /[\s\p{P}]/u.test(text[end - 1]) && text[end - 1] !== '.' && !closes(end - 1)) end--;
    // A span is read line by line: the model runs over a line break in tables and lists ("Vigyan\nMangalvaar",
    // "Edeka Center\nOrt"), and no name, place or organisation goes on across one. A PERSON span joined across a
    // lower-case word ("Mark the Jenkins") is read in parts (person-context.ts).
    const pieces = lineSpans(text, start, end).flatMap((l) =>
      e.type === 'PER' ? personPieces(text, l.start, l.end) : [l],
    );
    for (const piece of pieces) {
      const span = text.slice(piece.start, piece.end);
      // Plain numbers or punctuation are never persons, places or organisations.
      if (!/\p{L}/u.test(span) || span.length < 2) continue;
      // …and neither are the context keywords that introduce structured data ("IBAN DE89…", "Card 4111…").
      if (CONTEXT_WORDS.has(canon(span))) continue;
      // …and many chat words the model takes for names are not ("haiku", "Kubernetes"): see person.ts.
      if (e.type === 'PER' && !plausiblePerson(text, piece.start, piece.end, e.score)) continue;
      const type = NER_TYPES[e.type];
      // a name the model cut short is carried on over its next words ("Lorenzo Lo" + "Russo"): person-context.ts;
      // not into the next name the model tagged itself ("Anna Berg Tomas Lind": two names)
      let stop = e.type === 'PER' ? extendPerson(text, piece.start, piece.end, isTechName) : piece.end;
      for (const s of perStarts) if (s >= piece.end && s < stop) stop = Math.min(stop, s);
      while (stop > piece.end && /\s/u.test(text[stop - 1])) stop--;
      const full = text.slice(piece.start, stop);
      const score =
        e.type === 'PER' ? lowPersonScore(text, piece.start, piece.end, e.score, listed(text, e, entities)) : e.score;
      out.push({ type, start: piece.start, end: stop, score, source: 'ner', text: full, value: canon(full) });
    }
  }
  return out;
}

/**
 * A line of a record or table: a label of one to three words and its colon or dash ("Somvaar:", "Tanggal lahir -"),
 * cells ("|", ";", a tab), or a CSV row.
 */
const RECORD_LINE = /^[ \t]*[^\s:]+(?:[ \t]+[^\s:]+){0,2}(?:[ \t]*:|[ \t]+[-–][ \t])|[|;\t]|,\S[^\n]*,\S/u;

function lineAt(text: string, k: number): string {
  const a = text.lastIndexOf('\n', k - 1) + 1;
  const b = text.indexOf('\n', k);
  return text.slice(a, b < 0 ? Math.min(text.length, a + 400) : Math.min(b, a + 400));
}

/**
 * A break inside a span that ends a name: a line of a record or table on either side ("Somvaar: Vigyan\nMangalvaar:
 * Khel", "Kacper\n\nAdres zamieszkania:"); not a name wrapped in running text ("aluno Beatriz\nAlbuquerque, data de
 * …"). The line after is the next one that is not blank.
 */
function hardBreak(text: string, k: number): boolean {
  const next = /^\n[ \t\r\n]*/u.exec(text.slice(k, k + 40));
  return RECORD_LINE.test(lineAt(text, k)) || RECORD_LINE.test(lineAt(text, k + (next?.[0].length ?? 1)));
}

/** The lines of a span split at hard breaks, each without the blanks and punctuation around it. */
function lineSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && (text[k] !== '\n' || !hardBreak(text, k))) continue;
    let a = from;
    let b = k;
    while (a < b && /[\s\p{P}]/u.test(text[a])) a++;
    while (b > a && /[\s,;:]/u.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    from = k + 1;
  }
  return out;
}

/**
 * A PERSON span the model is unsure of (0.3-0.5) still counts when it has two or more capitalised words that are all
 * known names or places, the first a name and no place ("Sam Lowe", "Eva Brandt", "Sam Houston"): the lexicons vouch for what the model half saw.
 */
function lowPersonScore(text: string, start: number, end: number, score: number, inList: boolean): number {
  if (score >= 0.5 || score < 0.3) return score;
  // one of a list of names the model is sure of ("Ana Ruiz, Tom Berg and Emil Sand")
  if (inList && /^\p{Lu}/u.test(text.slice(start, end))) return 0.5;
  const words = text.slice(start, end).split(/\s+/u);
  // one capitalised known name inside a sentence ("… told Greta no"), no place, not a verb before an article
  // ("… and Mark the keys")
  if (words.length === 1 && score >= 0.35 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !sentenceStart(text, start)) {
    const verb = /^[ \t]+(?:the|a|an|this|that|my|your|all)[ \t]/iu.test(text.slice(end, end + 8));
    const ok = isKnownName(words[0]) && !isPlace(words[0]) && !NOT_NAME.test(words[0]) && !LANGUAGE.test(words[0]);
    return !verb && ok ? 0.5 : score;
  }
  if (words.length < 2 || words.length > 4) return score;
  // the first word a known name and no place; the others capitalised (family names are often places: "Lincoln")
  const ok =
    isKnownName(words[0]) &&
    !isKnownPlace(words[0]) &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && (isKnownName(w) || isKnownPlace(w)));
  return ok ? 0.5 : score;
}

/** Words that join the names of a list: and / or in the languages of the NER model. */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or|und|oder|et|ou|y|o|e|en|of|i|oraz|lub))\s*$/iu;

/** True when a PER entity of score 0.5 or more is next to `e` in a list ("X, Y and Z"). */
function listed(text: string, e: NamedEntity, entities: NamedEntity[]): boolean {
  return entities.some(
    (o) =>
      o !== e &&
      o.type === 'PER' &&
      o.score >= 0.5 &&
      ((o.end <= e.start && e.start - o.end <= 12 && LIST_JOIN.test(text.slice(o.end, e.start))) ||
        (o.start >= e.end && o.start - e.end <= 12 && LIST_JOIN.test(text.slice(e.end, o.start)))),
  );
}

/**
 * Which characters of `text` the spans cover, built on first use: `covers` asks whether any character of [start, end)
 * is covered (a word's length of work), `mark` adds a span. The PERSON passes ask it per word instead of scanning every
 * candidate, which was quadratic on a long list of names.
 */
function coverage(text: string, spans: () => Iterable<{ start: number; end: number }>) {
  let covered: Uint8Array | undefined;
  const array = () => {
    if (!covered) {
      covered = new Uint8Array(text.length);
      for (const s of spans()) covered.fill(1, s.start, s.end);
    }
    return covered;
  };
  return {
    covers: (start: number, end: number) => array().subarray(start, end).includes(1),
    mark: (start: number, end: number) => covered?.fill(1, start, end),
  };
}

/** Particles between a given name and the father's name (Malay, Arabic, Indian Malaysian / Singaporean). */
const PATRONYM = /^[ \t]+(?:bin|binti|binte|bt\.?|b\.|ibn|bint|a\/l|a\/p|s\/o|d\/o)[ \t]+$/iu;

/**
 * PERSON candidates that overlap (a NER span and a title or initial read by a rule: "M. R. Jones", "Ann S. Berg , Jr .")
 * or stand on both sides of a patronymic particle ("binti", "a/l") are one name: each is widened to their union, so no
 * part of the name stays out.
 */
export function joinPersons(candidates: PiiEntity[], text: string): void {
  const persons = candidates.filter((c) => c.type === 'PERSON').sort((a, b) => a.start - b.start);
  let group: PiiEntity[] = [];
  let end = -1;
  const flush = () => {
    if (group.length < 2) return;
    let start = group[0].start;
    for (const c of group) start = Math.min(start, c.start);
    // the union's text and value once for the whole group (a long chain of names would cost its length per member)
    const joined = text.slice(start, end);
    // a member that spans the union keeps its value (read in the name view: "J o h n" -> "john")
    const value = group.find((c) => c.start === start && c.end === end)?.value ?? canon(joined);
    for (const c of group) {
      c.start = start;
      c.end = end;
      c.text = joined;
      c.value = value;
    }
  };
  for (const c of persons) {
    // overlapping, or joined by a patronymic particle ("Ahmad Faiz binti Abdullah", "Kumar a/l Muthu") to a name of
    // at most 60 characters so far (one name, not a chain of them)
    const short = group.length > 0 && end - group[0].start <= 60;
    if (c.start < end || (short && c.start - end <= 9 && PATRONYM.test(text.slice(end, c.start)))) {
      group.push(c);
      end = Math.max(end, c.end);
    } else {
      flush();
      group = [c];
      end = c.end;
    }
  }
  flush();
}

/** "and" between two names, in the languages of the name rules ("Nadine and Kyla", "Marta, Paweł i Kasia"). */
/** Words for "and" that are no other word; "e", "i", "en", "a" … are prepositions or articles too. */
const PLAIN_AND = 'and|und|et|y|dan|aur|va|và|ve|och|og|și|és';
/** Words for "or" between two names ("tina or Derek", "Jola czy grzegorz"); "o", "ou" are no other word either. */
const PLAIN_OR = 'or|oder|ou|czy|sau|veya|atau|eller|nebo|vagy';
const AND_WORD = `(?:${PLAIN_AND}|${PLAIN_OR}|e|i|en|oraz|és|și|и|a|og|och|ja|o|of|lub)`;
/** A comma or "&" right after the word, or a word for "and" after a blank ("Invite Maria" is no "Invit e Maria"). */
const AND = `(?:[ \\t]*[,&]|[ \\t]+${AND_WORD})`;
// (not "or": "green or navy", "prune ou abricot" are choices between things as often as between people)
const STRICT_AND = new RegExp(`^[ \\t]*,?[ \\t]*(?:${PLAIN_AND})[ \\t]*$`, 'iu');
/** A list goes on after a word: a comma or a word for "and" / "or" follows it ("Pari, KARAN, aditya and me"). */
const LIST_GOES_ON = new RegExp(
  `^['’\\p{L}\\p{M}-]*[ \\t]*(?:,|[ \\t](?:${PLAIN_AND}|${PLAIN_OR}|e|i|en|o)[ \\t])`,
  'iu',
);
const PARTNER_AFTER = new RegExp(`^${AND}[ \\t]+(\\p{L}[\\p{L}\\p{M}'’-]+)(?![\\p{L}\\p{N}])`, 'u');
const PARTNER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{M}'’-]+)${AND}[ \\t]+$`, 'u');

/**
 * The last item of a list of names: ", and" (or "and" of more languages: Indonesian "dan", Hausa "da", Swahili "na",
 * Tagalog "at", Greek "και") and a capitalised word after two PERSONs joined by a comma ("hadir Pak Hendra, Bu Rina,
 * dan Tini", "Tiina, Ville ja Masa"); the word need not be a known name. Not after English "and", where brands and
 * teams end lists ("Anna, Paul and Google"): there the known-name rule below decides.
 */
const LIST_AND = '(?:und|et|y|e|i|en|oraz|és|ve|și|и|a|og|och|ja|dan|da|na|at|και)';
const LIST_TAIL = new RegExp(`^,?[ \\t]+${LIST_AND}[ \\t]+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)(?![\\p{L}\\p{N}])`, 'u');

/**
 * A known name, or an open name (name-chat-titles.ts: no everyday word of any language), joined by "and" or a comma
 * to a PERSON is a person too ("Nadine and Kyla", "Nadine and Wanjiku", "Amirah dan FARID"): added as a
 * candidate.
 */
export function withPartners(candidates: PiiEntity[], text: string): void {
  const persons = candidates.filter((c) => c.type === 'PERSON').sort((a, b) => a.start - b.start);
  // what the PERSON candidates (as they were) and all candidates (with the partners added) cover
  const personCover = coverage(text, () => persons);
  const allCover = coverage(text, () => candidates);
  const add = (start: number, word: string, listed = false, joint = '') => {
    const bare = word.replace(/['’].*$/u, '');
    // a word in the middle of a list, joined by a comma and followed by another join, is an item of the list
    if (
      !listed &&
      /^[ \t]*,[ \t]*$/u.test(joint) &&
      isKnownName(bare) &&
      LIST_GOES_ON.test(text.slice(start + bare.length, start + bare.length + 12))
    )
      joint = ' and ';
    // a partner in lower case or capitals ("rafa and juliana", "Amirah dan FARID"): joined by a word for "and" that
    // is no other word (a comma ends a vocative: "Kak Wulan, pesanan …"; "a", "e" are prepositions too), and no
    // everyday word
    const title = /^\p{Lu}\p{Ll}/u.test(bare);
    if (!listed && !title && (!STRICT_AND.test(joint) || isCommonWord(bare) || NOT_NAME_WORDS.has(bare.toLowerCase())))
      return;
    const named = listed || isKnownName(bare) || openName(bare);
    if (!named || isPlace(bare) || isTechName(bare) || NOT_NAME.test(bare)) return;
    const end = start + bare.length;
    // a word some PERSON candidate already covers stays with it (a NER span "Huey, Dewey and Louie" is one name)
    // a list's last word the model read as a place or an organisation ("Anna, Paul and Google") stays so
    if ((listed ? allCover : personCover).covers(start, end)) return;
    candidates.push({ type: 'PERSON', start, end, score: 0.6, source: 'honorific', text: bare, value: canon(bare) });
    allCover.mark(start, end);
  };
  for (let n = 0; n < persons.length; n++) {
    const p = persons[n];
    const q = persons[n - 1];
    // the two persons before joined by a comma, maybe with a short title between ("Rehema, Bw. Otieno")
    if (q && q.end <= p.start && /^[ \t]*,[ \t]*(?:\p{Lu}\p{Ll}{0,5}\.?[ \t]+)?$/u.test(text.slice(q.end, p.start))) {
      const tail = LIST_TAIL.exec(text.slice(p.end, p.end + 40));
      if (tail) add(p.end + tail[0].length - tail[1].length, tail[1], true);
    }
    const after = PARTNER_AFTER.exec(text.slice(p.end, p.end + 40));
    if (after) add(p.end + after[0].length - after[1].length, after[1], false, after[0].slice(0, -after[1].length));
    const from = Math.max(0, p.start - 40);
    const before = PARTNER_BEFORE.exec(text.slice(from, p.start));
    if (before) add(from + before.index, before[1], false, before[0].slice(before[1].length));
  }
}

/** An apostrophe ending right after a name: possessive or case ending ("Anna's", "Chris'", "Ayşe'nin", "Jussi'lle"). */
const ENDING = /^['’](?:\p{Ll}{1,5})?(?![\p{L}\p{N}'’])/u;

/** PERSON entities are carried on over an apostrophe ending, so "'s" / "'nin" never show which name stood there. */
export function withEndings(entities: PiiEntity[], text: string): PiiEntity[] {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.type !== 'PERSON') continue;
    const m = ENDING.exec(text.slice(e.end, e.end + 8));
    const next = entities[i + 1];
    if (!m || (next && next.start < e.end + m[0].length)) continue;
    e.end += m[0].length;
    e.text = text.slice(e.start, e.end);
  }
  return entities;
}

const LATIN_WORD = "[a-z\\u00df-\\u00ff\\u0100-\\u024f][a-z\\u00df-\\u00ff\\u0100-\\u024f'’-]{2,19}";
const NEXT_WORD = new RegExp(`^[ \\t](${LATIN_WORD})(?![\\p{L}\\p{M}\\p{N}@_])`, 'u');
const PREVIOUS_WORD = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}@#_'’-])(${LATIN_WORD})[ \\t]$`, 'u');

/**
 * A one-word PERSON typed in lower case joins the word beside it in a line typed without capitals so far (Latin letters
 * only): the word after a known given name when it is an open name, the family name the lexicon does not know
 * ("priya raghunathan", "nerea etxeberria", "amani mollel"; name-chat-titles.ts `openName`: no everyday word of any
 * language, chat word, place or product), and the word before when it is a known name that is no everyday word
 * ("tigist bekele", "harpreet sandhu"). An open word before a name is as often a verb or a role ("volejte", "zákazník").
 * A capitalised known given name takes a lower-case known family name after it that is no everyday word or place
 * ("Brian martinez").
 */
export function withOpenNeighbours(entities: PiiEntity[], text: string): void {
  // a neighbour word already taken stays with its entity
  const taken = coverage(text, () => entities);
  for (const e of entities) {
    // a capitalised given name with its family name typed in lower case ("Brian martinez", "Fredrik eriksson"): the
    // family name a known name that is no everyday word
    if (e.type === 'PERSON' && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(e.text) && isKnownName(e.text)) {
      const next = NEXT_WORD.exec(text.slice(e.end, e.end + 22));
      const w = next?.[1] ?? '';
      if (next && isKnownName(w) && !isCommonWord(w) && !isPlace(w) && !taken.covers(e.end + 1, e.end + 1 + w.length)) {
        taken.mark(e.end, e.end + 1 + w.length);
        e.end += 1 + w.length;
        e.text = text.slice(e.start, e.end);
        e.value = canon(e.text);
      }
      continue;
    }
    if (e.type !== 'PERSON' || !/^[a-z\u00df-\u00ff\u0100-\u024f'’-]+$/u.test(e.text)) continue;
    if (!noCapitalBefore(text, e.start)) continue;
    const next = isKnownName(e.text) ? NEXT_WORD.exec(text.slice(e.end, e.end + 22)) : null;
    if (next && openName(next[1]) && !taken.covers(e.end + 1, e.end + 1 + next[1].length)) {
      taken.mark(e.end, e.end + 1 + next[1].length);
      e.end += 1 + next[1].length;
    }
    // (the word before is joined by blanks only, so it never reaches back over a line break)
    const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, e.start - 22), e.start));
    const known = before && isKnownName(before[1]) && !isCommonWord(before[1]) && openName(before[1]);
    if (before && known && !taken.covers(e.start - 1 - before[1].length, e.start - 1)) {
      taken.mark(e.start - 1 - before[1].length, e.start);
      e.start -= 1 + before[1].length;
    }
    e.text = text.slice(e.start, e.end);
    e.value = canon(e.text);
  }
}
