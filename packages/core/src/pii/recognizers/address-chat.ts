import type { RawMatch, Recognizer } from '../types.ts';
import { AREAS, CHAT_STOP, DOTTED_TYPES, INSIDE, MARKERS, ORDINAL, PREFIXES, TYPES } from './address-chat-words.ts';
import { Scanner, tokenize } from './address-scanner.ts';
import { addressHead, runTail } from './address-tail.ts';
import { CA_OUT, MEASURES, PARTICLES, STREET_SUFFIXES } from './address-words.ts';

/**
 * Local street addresses as written in chat, lowercase or titlecase, in the layouts of South and Southeast Asia,
 * Africa, the Middle East, Latin America, Turkey, Québec and Germany ("h no 122 sector 38 faridabad 121055",
 * "house 28 street 7 i-8/4 islamabad", "blk 6 lot 5 phase 2 lumina homes brgy sto nino …", "lot 3414 jalan kuching
 * 53430 kuala lumpur", "jl. kebon jeruk raya no. 59 rt 05/rw 09 depok", "calle hidalgo 256 col. del valle cdmx cp
 * 01685", "bahcelievler mah. papatya sok. no 43 daire 18 kadikoy/istanbul", "karl-marx-str. 86b hinterhaus 10437
 * berlin"). A run of address tokens (house / unit markers with their numbers, street and area words, names, numbers,
 * postcodes) counts when it holds at least two marks of structure: a marker with a number ("flat 305", "no:222"), an
 * area word with a number ("sector 38", "phase 2"), a street or locality type after a name ("14th cross", "nehru
 * colony"), a street word before a name ("jalan", "calle", "rue"), a postcode, a house number written "17/6" or
 * "159-c", or a house number before a street ("29 upper thomson rd"). One mark alone ("sector 5 team", "phase 2 of
 * the project", "block 3 of the course") is no address. The run ends at punctuation other than an abbreviation dot,
 * an emoji, a chat or function word ("pe", "ba", "boleh", "pero", "mais", "adresine"), or a sixth name word.
 * Linear: each walk is bounded (≤ 30 tokens).
 */

const MAX_TOKENS = 30;
const MAX_NAME_WORDS = 5;
/** Types that are everyday words too: a mark of their own, but no house-number-before-street bonus. */
/** Street words written after the house number ("12 rue …", "13 bd voltaire", "49 shar3 …"). */
const NUMBER_FIRST = new Set([
  'rue',
  'av',
  'avenue',
  'bd',
  'boulevard',
  'allée',
  'allee',
  'impasse',
  'chemin',
  'quai',
  'shar3',
  'sharia',
]);
/** Area words that name a street: a house number before them is one more mark. */
const STREET_AREAS = new Set(['street', 'st', 'rue', 'shar3', 'jalan', 'jln', 'lorong', 'road', 'rd', 'gali']);
const WEAK_TYPES = new Set(['way', 'close', 'drive', 'main', 'cross', 'town', 'tower', 'homes', 'estate', 'lane']);
/** House numbers, unit and block codes: "28", "19-b", "17/6", "33d", "i-8/4", "ss1/9", "d4", "16-288", "14th". */
const NUMBERISH =
  /^(?:\d{1,5}(?:[a-z]|st|nd|rd|th)?(?:[-/]\d{1,4}[a-z]?|-[a-z])?|[a-z]{1,3}-?\d{1,4}(?:[-/]\d{1,4})?|\d{1,4}\/[a-z]{2})$/i;
const POSTAL = /^(?:\d{5,6}|s\d{6}|[a-z]{1,2}-\d{4,5})$/i;

function numberish(sc: Scanner, k: number): boolean {
  const t = sc.at(k);
  return t !== undefined && (t.t === 'n' || t.t === 'a') && /\d/.test(t.v) && NUMBERISH.test(t.v);
}

/** A postcode at k: index after it, else -1 ("560028", "s695968", "h4a 3k9"). */
function postal(sc: Scanner, k: number): number {
  const t = sc.at(k);
  if (!t) return -1;
  // not inside a run of digit groups ("3782 822463 10005" is a card, "0740 352533" a phone)
  const digitsAt = (i: number) => /^\d+$/.test(sc.at(i)?.v ?? '');
  if (POSTAL.test(t.v) && !sc.glued(k - 1, k) && !digitsAt(k - 1) && !digitsAt(k + 1)) return k + 1;
  if (CA_OUT.test(t.v) && /^\d[a-z]\d$/i.test(sc.at(k + 1)?.v ?? '')) return k + 2;
  return -1;
}

/** A marker and its number ("flat 305", "h no 122", "plot no. 250", "no:222", "# 3b"): index after it, else -1. */
function markerNumber(sc: Scanner, k: number): number {
  const t = sc.at(k);
  if (!t) return -1;
  let j = k + 1;
  if (t.t === 'p') {
    if (t.v !== '#') return -1;
  } else {
    if (!MARKERS.has(t.l)) return -1;
    if (t.l === 'h' && sc.at(j)?.l !== 'no') return -1;
    if ((t.l === 'h' || t.l === 'house' || t.l === 'plot') && /^(?:no|nr)$/.test(sc.at(j)?.l ?? '')) j++;
    if (sc.punct(j, '.:#')) j++;
    if (t.l === 'd' && !sc.punct(j - 1, ':')) return -1;
  }
  if (!numberish(sc, j) || POSTAL.test(sc.at(j)?.v ?? '')) return -1;
  return j + 1;
}

/** Punctuation that may sit inside an address: an abbreviation dot ("mah.", "jl.", "str."), ", ", "#", ":". */
function innerPunct(sc: Scanner, k: number, start: number): boolean {
  const t = sc.at(k);
  const prev = sc.at(k - 1);
  if (!t || !prev || k === start) return false;
  const next = sc.at(k + 1);
  if (!next || (next.t === 'p' && next.v !== '#')) return false;
  if (t.v === '.')
    return (
      (prev.e === t.s && prev.t === 'w' && (prev.v.length <= 4 || prev.l.endsWith('str'))) ||
      // a Turkish numbered street ("485. Sokak", "12. Cadde")
      (prev.e === t.s && /^\d{1,4}$/.test(prev.v) && TYPES.has(next.l))
    );
  if (t.v === ',') return next.t !== 'p' && !CHAT_STOP.has(next.l);
  // a line break before the postcode ("impasse barras\nf-30777 amiens")
  if (t.v === '\n') return postal(sc, k + 1) > 0;
  if (t.v === '#') return numberish(sc, k + 1);
  if (t.v === ':') return MARKERS.has(prev.l) && numberish(sc, k + 1);
  return false;
}

/** A one-word street ("kastanienallee", "karl-marx-str"): only with its house number right after it. */
const oneWordStreet = (l: string) =>
  STREET_SUFFIXES.some((x) => x.length >= 3 && l.length >= x.length + 3 && l.endsWith(x));

/** A word written with one digit for a letter: at least three letters, no unit or ordinal ending. */
const ARABIZI = /^(?=(?:[^\d]*\d){1}[^\d]*$)(?=(?:.*[a-z]){3})(?!.*(?:am|pm|st|nd|rd|th|k|gb|mb|kg|km|x)$)[a-z\d]+$/;

/** A mark of structure starts at k: a marker with its number, an area word with its number, a type, a postcode. */
function markAt(sc: Scanner, k: number): boolean {
  const l = sc.at(k)?.l ?? '';
  return (
    markerNumber(sc, k) > 0 ||
    ((AREAS.has(l) || PREFIXES.has(l)) && numberish(sc, k + 1)) ||
    (TYPES.has(l) && !WEAK_TYPES.has(l))
  );
}

interface Run {
  from: number;
  to: number;
}

function walk(sc: Scanner, i: number): Run | undefined {
  let j = i;
  let marks = 0;
  let end = -1;
  let names = 0;
  let anchor = -1;
  let typeFirst = false;
  let digits = false;
  /** Index of a house number that starts the run, still waiting for its street word. */
  let houseFirst = -1;
  let postcodes = 0;
  /** Capitalised and lowercase name words since the anchor. */
  let caps = 0;
  let lowers = 0;
  /** Marks other than an area word with its number: "block 2 sector 5" alone is no address. */
  let strong = 0;
  const mark = (k: number, type = false, area = false) => {
    marks++;
    if (!area) strong++;
    if (anchor < 0) {
      anchor = k;
      typeFirst = type;
    }
  };
  while (j < sc.k.length && j - i < MAX_TOKENS) {
    const t = sc.at(j);
    if (!t || t.t === 'x') break;
    if (t.t === 'p') {
      if (t.v === '#' && markerNumber(sc, j) > 0) {
        mark(j);
        j = markerNumber(sc, j);
        end = j;
        digits = true;
        continue;
      }
      if (!innerPunct(sc, j, i)) break;
      j++;
      continue;
    }
    const l = t.l;
    // a short function word inside an address ("ang mo kio ave 3") when a mark follows right after it;
    // a direction after the house number ("4224 w 26th st")
    const direction = houseFirst === j - 1 && /^[nsew]$/.test(l);
    const inside = marks > 0 && l.length <= 2 && (markAt(sc, j + 1) || markAt(sc, j + 2));
    if (CHAT_STOP.has(l) && markerNumber(sc, j) < 0 && !direction && !inside) break;
    const mn = markerNumber(sc, j);
    if (mn > 0) {
      mark(j);
      j = mn;
      end = j;
      names = 0;
      digits = true;
      continue;
    }
    const pc = postal(sc, j);
    if (pc > 0 && j > i) {
      // one postcode is a mark, a second is none ("ids 12345, 67890")
      if (postcodes++ === 0) mark(j);
      else if (anchor < 0) anchor = j;
      j = pc;
      end = j;
      names = 0;
      digits = true;
      continue;
    }
    if (AREAS.has(l) && numberish(sc, j + 1) && !POSTAL.test(sc.at(j + 1)?.v ?? '')) {
      mark(j, false, true);
      // "97 shar3 9": a house number before a street's number (not "top 5 phase 2")
      if (houseFirst >= 0 && j > houseFirst && STREET_AREAS.has(l)) mark(j);
      houseFirst = -1;
      j += 2;
      end = j;
      names = 0;
      digits = true;
      continue;
    }
    // a type needs a name before it: "4575 mAh", "3 st" are no streets
    const named =
      j > i &&
      (sc.at(j - 1)?.t === 'w' ||
        sc.at(j - 1)?.t === 'a' ||
        sc.punct(j - 1, '.') ||
        ORDINAL.test(sc.at(j - 1)?.l ?? ''));
    const dotted =
      !DOTTED_TYPES.has(l) ||
      (sc.punct(j + 1, '.') && sc.at(j + 1)?.s === t.e) ||
      numberish(sc, j + 1) ||
      sc.at(j + 1)?.l === 'no';
    if (named && dotted && TYPES.has(l)) {
      mark(j, true);
      if (houseFirst >= 0 && j > houseFirst + 1 && !WEAK_TYPES.has(l)) marks++;
      houseFirst = -1;
      j++;
      if (sc.punct(j, '.') && sc.at(j)?.s === t.e) j++;
      // the house number after the type ("umeåer straße 39-43", "ngong road 12")
      if (!WEAK_TYPES.has(l) && sc.house(j) > 0 && numberish(sc, j)) marks++;
      end = j;
      names = 0;
      continue;
    }
    if (oneWordStreet(l) && numberish(sc, sc.punct(j + 1, '.') ? j + 2 : j + 1)) {
      // a one-word street ("kastanienallee 195", "karl-marx-str. 86b")
      mark(j, true);
      j += sc.punct(j + 1, '.') ? 2 : 1;
      continue;
    }
    const nextWord = sc.word(j + 1) || ARABIZI.test(sc.at(j + 1)?.l ?? '');
    if (PREFIXES.has(l) && (nextWord || sc.punct(j + 1, '.') || numberish(sc, j + 1))) {
      mark(j);
      // "12 rue …", "1, impasse …"
      const gap = sc.punct(houseFirst + 1, ',') ? 2 : 1;
      if (houseFirst >= 0 && j === houseFirst + gap && NUMBER_FIRST.has(l)) marks++;
      houseFirst = -1;
      j++;
      if (sc.punct(j, '.')) j++;
      continue;
    }
    if (INSIDE.has(l) && end === j) {
      j++;
      end = j;
      continue;
    }
    if (numberish(sc, j)) {
      // "70 kg", "20 cm", "5 min": a measure
      if (MEASURES.has(sc.at(j + 1)?.l ?? '') || sc.punct(j + 1, '%')) return undefined;
      // "£3.99", "1,5": a decimal or a price
      if (sc.glued(j - 1, j)) return undefined;
      // three digit groups in a row are a card, phone or account number, not a house
      if (/^\d+$/.test(t.v) && /^\d+$/.test(sc.at(j + 1)?.v ?? '') && /^\d+$/.test(sc.at(j + 2)?.v ?? ''))
        return undefined;
      if (anchor < 0) {
        anchor = j;
        // a year is no house number ("2014 via …")
        houseFirst = /^(?:19|20)\d\d$/.test(t.v) ? -1 : j;
        // "17/6 nehru colony", "159-c dha phase 5": a house number with its block or letter
        if (/^\d{1,4}(?:\/\d{1,3}|-[a-z])$/i.test(t.v)) {
          marks++;
          strong++;
        }
      }
      if (!ORDINAL.test(l)) digits = true;
      names = 0;
      j++;
      end = j;
      continue;
    }
    if (t.t !== 'w' && t.t !== 'a') break;
    // Arabizi words carry a digit ("gam3et", "5oury", "tagamo3"); other letter-digit words end the run ("7pm")
    if (/\d/.test(l) && !ARABIZI.test(l)) break;
    // a lowercase word after a titlecase address is the sentence again ("… No: 9 olarak güncellendi")
    if (sc.cap(j)) caps++;
    else if (!PARTICLES.has(l) && anchor >= 0 && caps >= 2 && lowers === 0) break;
    else if (!PARTICLES.has(l) && anchor >= 0) lowers++;
    // (a sixth name word right before the postcode stays: "… Duren Sawit, Jakarta Timur 13430")
    if (!PARTICLES.has(l) && ++names > MAX_NAME_WORDS && postal(sc, j + 1) < 0) break;
    // a later start reads the address; a run is trimmed to two words before its first mark anyway
    if (anchor < 0 && names > 2) return undefined;
    j++;
    if (anchor >= 0) end = j;
  }
  if (marks < 2 || strong < 1 || !digits || anchor < 0 || end <= anchor) return undefined;
  // the name of a street whose type comes after it: up to two words before ("hamra main street", "papatya sok.")
  let from = anchor;
  // (in titlecase only capitalised words: "adresim Lale Sokak")
  const cased = (k: number) => !sc.cap(anchor) || sc.cap(k);
  if (typeFirst) while (from > i && anchor - from < 2 && sc.word(from - 1) && cased(from - 1)) from--;
  return { from, to: end };
}

export const chatAddressRecognizer: Recognizer = {
  name: 'address-chat',
  types: ['ADDRESS'],
  find(folded) {
    const out: RawMatch[] = [];
    if (!/\d/.test(folded)) return out;
    const sc = new Scanner(folded, tokenize(folded));
    for (let i = 0; i < sc.k.length; i++) {
      const t = sc.k[i];
      if (t.t === 'p' || t.t === 'x' || (CHAT_STOP.has(t.l) && markerNumber(sc, i) < 0)) continue;
      // the number of "block 5" is no house number of its own
      const before = sc.at(i - 1)?.l ?? '';
      if (numberish(sc, i) && (AREAS.has(before) || MARKERS.has(before))) continue;
      const run = walk(sc, i);
      if (!run) continue;
      const start = addressHead(folded, sc.k[run.from].s);
      const end = runTail(folded, sc.k, run.from, run.to);
      let to = run.to;
      while (to < sc.k.length && sc.k[to].s < end) to++;
      const value = folded.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
      out.push({ type: 'ADDRESS', start, end, score: 0.7, value });
      i = to - 1;
    }
    return out;
  },
};
