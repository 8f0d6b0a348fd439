import { isKnownName } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { HOUSE, HOUSE_EN, Scanner, type Tok, tokenize } from './address-scanner.ts';
import { addressHead, runTail } from './address-tail.ts';
import {
  ADDRESS_CUE_RE,
  ADJECTIVE_TYPES,
  DE_PREPOSITIONS,
  DIRECTIONS,
  IT_ABBR,
  NUMBER_FIRST_PREFIXES,
  PARTICLES,
  PO_BOX_WORDS,
  ROAD_CLASS,
  ROAD_NUMBER_TYPES,
  ROAD_PREFIX,
  STOP,
  STREET_PREFIX,
  STREET_SUFFIXES,
  STREET_TYPE_AFTER,
  WEAK_SUFFIXES,
} from './address-words.ts';

/**
 * Postal addresses (ADDRESS) in en de fr es it nl pl pt: a street with a house number ("Baker Street 221b",
 * "221B Baker Street", "Hauptstraße 5", "12 rue de la Paix", "Calle Mayor, 5", "Via Roma 10", "ul. Długa 5/7",
 * "Rua Augusta 100"), a PO box ("P.O. Box 123", "Postfach 10 20 30", "BP 45", "Postbus 12"), and a postcode next to a
 * place ("10115 Berlin", "00-950 Warszawa", "1000-205 Lisboa", "London NW1 6XE", "Springfield, IL 62704"); what follows
 * a street (postcode, place) is part of the span. A bare five-digit postcode needs the start of a line, a comma or an
 * address word before it ("in 50000 Jahren" is no address).
 * Linear: one tokenizing pass, then a bounded look-around (≤ 12 tokens) at each token.
 */

/** Prepositions of place before a house number ("at 46 Oak Drive"). */
const LOCATIVE = new Set(['at', 'on', 'to', 'from', 'near', 'opposite', 'behind', 'outside']);

/** A match: token range and base score. */
interface Found {
  from: number;
  to: number;
  score: number;
}

function poBox(sc: Scanner, i: number): Found | undefined {
  const t = sc.at(i);
  if (t?.t !== 'w') return undefined;
  let j = -1;
  const l = t.l;
  // "P.O. Box", "P. O. Box", "PO Box", "Post Office Box", "B.P.", "C.P.", "Apdo."
  if ((l === 'p' || l === 'b' || l === 'c') && sc.punct(i + 1, '.')) {
    let k = i + 2;
    const second = sc.at(k);
    if (second && ((l === 'p' && second.l === 'o') || (l !== 'p' && second.l === 'p'))) {
      k++;
      if (sc.punct(k, '.')) k++;
      if (l === 'p') {
        if (sc.at(k)?.l === 'box') j = k + 1;
      } else j = k;
    }
  } else if (l === 'po' && sc.at(i + 1)?.l === 'box') j = i + 2;
  else if (l === 'post' && sc.at(i + 1)?.l === 'office' && sc.at(i + 2)?.l === 'box') j = i + 3;
  else if (PO_BOX_WORDS.has(l)) {
    j = i + 1;
    const two = `${l} ${sc.at(i + 1)?.l ?? ''}`;
    if (PO_BOX_WORDS.has(two)) j = i + 2;
    else if (sc.at(i + 1)?.l === 'de' && sc.at(i + 2)?.l === 'correos') j = i + 3;
    if (sc.punct(j, '.')) j++;
    if (l === 'apartado' || l === 'caixa' || l === 'casella' || l === 'boîte' || l === 'skrytka' || l === 'skr') {
      if (!PO_BOX_WORDS.has(two) && l !== 'apartado') return undefined;
    }
  } else return undefined;
  if (j < 0) return undefined;
  if (sc.punct(j, ':')) j++;
  // "Postfach 10 20 30": up to three digit groups
  let k = j;
  let groups = 0;
  while (groups < 3 && /^\d{1,6}$/.test(sc.at(k)?.v ?? '')) {
    k++;
    groups++;
  }
  if (groups === 0) return undefined;
  // "BP 500 stations", "apartado 3 del contrato": the short and everyday forms need an end, a postcode or an address word
  const phrase = j >= i + 2 && sc.at(i + 1)?.t === 'w';
  const plain = phrase || l === 'p' || l === 'po' || l === 'post' || l === 'postfach' || l === 'postbus' || l === 'pob';
  if (!plain && !sc.boundary(k) && !sc.postcode(sc.punct(k, ',') ? k + 1 : k, true) && !sc.cue(i)) return undefined;
  return { from: i, to: sc.extend(k), score: 0.85 };
}

/** Street anchored at a street word: "… Street 5", "Hauptstraße 5", "Rue de la Paix 5", "5 rue …", "221B Baker Street". */
function street(sc: Scanner, i: number, floor: number): Found | undefined {
  const t = sc.at(i);
  if (t?.t !== 'w') return undefined;
  const l = t.l;
  const candidate =
    ((l === 'p' || l === 'v' || l === 'c') && sc.punct(i + 1, '.')) ||
    STREET_PREFIX.has(l) ||
    STREET_TYPE_AFTER.has(l) ||
    ADJECTIVE_TYPES.has(l) ||
    DE_PREPOSITIONS.has(l) ||
    STREET_SUFFIXES.some((s) => l.endsWith(s)) ||
    WEAK_SUFFIXES.some((s) => l.endsWith(s));
  if (!candidate) return undefined;
  const cue = sc.cue(i);
  const strongCap = sc.cap(i) || cue;
  // 1. Prefix types (fr es it pt pl): "rue de la Paix", "Calle Mayor", "ul. Długa"
  // Italian abbreviations written with a dot inside: "P.zza", "V.le", "C.so", "P.le"
  const italian =
    sc.punct(i + 1, '.') && sc.at(i + 2)?.s === sc.at(i + 1)?.e ? IT_ABBR.get(`${l}.${sc.at(i + 2)?.l}`) : undefined;
  const prefix = italian ?? STREET_PREFIX.get(t.l);
  if (prefix !== undefined) {
    let j = italian ? i + 3 : i + 1;
    const dotted = sc.punct(j, '.') && prefix.dot;
    // short abbreviations only with their dot: "ul." / "os." / "al.", not the Portuguese article "os"
    if (prefix.dot && !dotted && t.l.length <= 2 && t.l !== 'bd' && !(t.l === 'c' && sc.punct(j, '/')))
      return undefined;
    if (dotted) j++;
    if (sc.punct(j, '/') && t.l === 'c') j++;
    const nameStart = j;
    // "via email", "place 3 orders": an everyday word in lowercase needs a capitalised name right after it and an
    // address end after the number ("via DHL 2 packages" is no address)
    const lowerAmbiguous = prefix.ambiguous && !sc.cap(i) && !cue && !(dotted && t.l !== 'c');
    const skip = lowerAmbiguous && !sc.cap(nameStart) && !/^[dl]['’]\p{Lu}/u.test(sc.at(nameStart)?.v ?? '');
    let caps = 0;
    let words = 0;
    let lower = 0;
    // lowercase chat ("rua do albuquerque 24", "ulica rybak 79"): plain street words only, and only before a number
    const lowerOk = !lowerAmbiguous;
    while (words < 6 && j < sc.k.length) {
      const w = sc.at(j) as Tok;
      if (sc.cap(j)) caps++;
      else if (lowerOk && lower < 3 && w.t === 'w' && !PARTICLES.has(w.l) && !STOP.has(w.l) && !/['’]/.test(w.v))
        lower++;
      else if (w.t === 'w' && (PARTICLES.has(w.l) || /^[dl]['’]/.test(w.l))) {
        if (/^[dl]['’]\p{Lu}/u.test(w.v)) caps++;
      } else if (w.t === 'n' && /^\d{1,2}$/.test(w.v) && (sc.cap(j + 1) || PARTICLES.has(sc.at(j + 1)?.l ?? ''))) {
        // "Rua 25 de Abril", "Via XX Settembre"
      } else break;
      j++;
      words++;
    }
    const nameEnd = j;
    if (nameEnd > nameStart && (caps > 0 || cue || lower > 0) && !PARTICLES.has(sc.at(nameEnd - 1)?.l ?? '')) {
      const onlyLower = caps === 0 && !cue;
      // number after: "Calle Mayor, 5", "Via Roma 10", "ul. Długa 5/7", "Calle Mayor s/n"
      // the number on the next line ("Calle Mayor\n86\n28039 Madrid") only where the address ends after it
      let k = nameEnd;
      const newline = sc.punct(k, '\n');
      if (sc.punct(k, ',\n')) k++;
      k = sc.skipNumberWord(k);
      const h = sc.house(k, HOUSE, cue);
      const sn = sc.at(k)?.l === 's/n';
      if (!skip && (h > 0 || sn)) {
        const end = sn ? k + 1 : h;
        const ends = sc.boundary(end) || sc.extend(end) > end;
        if ((!lowerAmbiguous && !onlyLower && !newline) || ends)
          return { from: i, to: sc.extend(end), score: prefix.ambiguous || onlyLower ? 0.6 : 0.7 };
      }
      // number before: "12 rue de la Paix", "12, rue …", "12 bis rue …" (French)
      let b = NUMBER_FIRST_PREFIXES.has(t.l) ? i - 1 : -1;
      if (sc.punct(b, ',')) b--;
      if (/^(?:bis|ter)$/.test(sc.at(b)?.l ?? '')) b--;
      // in lowercase only a plain French street word ("12 rue de la paix"), and only where the address ends
      const numberBeforeOk =
        !onlyLower || (!prefix.ambiguous && (sc.boundary(nameEnd) || sc.extend(nameEnd) > nameEnd));
      if (numberBeforeOk && b >= floor && sc.at(b)?.t === 'n' && HOUSE.test(sc.at(b)?.v ?? '') && !sc.glued(b - 1, b)) {
        if (
          !prefix.ambiguous ||
          sc.boundary(nameEnd) ||
          cue ||
          sc.postcode(sc.punct(nameEnd, ',') ? nameEnd + 1 : nameEnd, true)
        )
          return { from: b, to: sc.extend(nameEnd), score: prefix.ambiguous ? 0.6 : 0.7 };
      }
    }
  }
  // 2. One-word streets with a street suffix (de nl nordic): "Hauptstraße 5", "Keizersgracht 123"
  if (
    strongCap &&
    !ROAD_PREFIX.test(t.l) &&
    STREET_SUFFIXES.some((s) => t.l.length >= s.length + 2 && t.l.endsWith(s))
  ) {
    let k = i + 1;
    if (sc.punct(k, '.') && t.l.endsWith('str')) k++;
    k = sc.skipNumberWord(k);
    const h = sc.house(k, HOUSE, cue);
    // Dutch names with a lowercase particle: "van Wijkdijk", "van der Laanplantsoen"
    const from = sc.nlParticles(i, floor);
    if (h > 0) return { from, to: sc.extend(h), score: 0.7 };
  }
  // 2a. The same in lowercase chat ("baarckweg 37b"), when the number ends the address or a postcode follows
  if (
    !strongCap &&
    t.t === 'w' &&
    STREET_SUFFIXES.some((s) => s.length >= 3 && t.l.length >= s.length + 3 && t.l.endsWith(s))
  ) {
    const k = sc.punct(i + 1, '.') && t.l.endsWith('str') ? i + 2 : i + 1;
    const h = sc.house(sc.skipNumberWord(k));
    if (h > 0 && (sc.boundary(h) || sc.postcode(sc.punct(h, ',\n') ? h + 1 : h, true))) {
      const from = sc.nlParticles(i, floor);
      return { from, to: sc.extend(h), score: 0.6 };
    }
  }
  // 2b. Weaker endings ("Pastorskamp", "Lindenhof", "Corstenpark") and German names with a preposition ("Am Borsberg",
  // "An der Kirche", "Im Grunde"): only with an address word before or a postcode after
  const weak = sc.cap(i) && WEAK_SUFFIXES.some((s) => t.l.length >= s.length + 3 && t.l.endsWith(s));
  const preposition = sc.cap(i) ? DE_PREPOSITIONS.get(t.l) : undefined;
  if (weak || preposition !== undefined) {
    let j = i + 1;
    if (preposition !== undefined) {
      if (preposition && sc.at(j)?.l === preposition) j++;
      let words = 0;
      while (words < 3 && sc.cap(j)) {
        j++;
        words++;
      }
      if (words === 0) j = -1;
    }
    if (j > 0) {
      const h = sc.house(sc.skipNumberWord(j), HOUSE, cue);
      if (h > 0) {
        const end = sc.extend(h);
        if (cue || end > h) return { from: i, to: end, score: 0.6 };
      }
    }
  }
  // 3. Street type after the name (en, and "Berliner Straße"): "Baker Street 221b", "221B Baker Street"
  // "Opladener Platz 109", "Berliner Ring 5": a place-name adjective before Platz / Ring / Markt (not "Album Platz 36")
  const adjectival = ADJECTIVE_TYPES.has(t.l) && sc.cap(i) && /er$/.test(sc.at(i - 1)?.v ?? '') && sc.cap(i - 1);
  const type = STREET_TYPE_AFTER.get(t.l) ?? (adjectival ? { dot: false, ambiguous: false } : undefined);
  // lowercase chat: "178 hessel street", "214 watson rd", with a plain type word, the number before and an end after
  // "at 35 oak drive before 9": after a locative preposition an ambiguous type ("drive", "grove") is a street too
  const locative = (b: number) => LOCATIVE.has(sc.at(b - 1)?.l ?? '');
  if (type !== undefined && !sc.cap(i) && !cue) {
    let a = i;
    while (a - 1 >= floor && i - a < 2 && sc.word(a - 1) && !STOP.has(sc.at(a - 1)?.l ?? '') && !sc.cap(a - 1)) a--;
    let typeEnd = i + 1;
    if (sc.punct(typeEnd, '.') && type.dot) typeEnd++;
    const b = a - 1;
    const ends = sc.boundary(typeEnd) || sc.punct(typeEnd - 1, '.');
    const numbered =
      a < i && b >= floor && sc.at(b)?.t === 'n' && HOUSE_EN.test(sc.at(b)?.v ?? '') && !sc.glued(b - 1, b);
    if (numbered && ((ends && !type.ambiguous) || locative(b)))
      return { from: sc.unitBefore(b, floor), to: sc.extend(typeEnd), score: 0.6 };
  }
  if (type !== undefined && (sc.cap(i) || cue)) {
    let a = i;
    const nameWord = (k: number) => {
      const w = sc.at(k);
      if (!w) return false;
      if (/^\d{1,3}(?:st|nd|rd|th)$/i.test(w.v) || DIRECTIONS.has(w.v) || w.v === 'The') return true;
      if (w.t !== 'w' || STOP.has(w.l) || ADDRESS_CUE_RE.test(w.l)) return false;
      return sc.cap(k) || cue;
    };
    while (a - 1 >= floor && i - a < 3 && nameWord(a - 1)) a--;
    if (a === i) return undefined;
    let typeEnd = i + 1;
    if (sc.punct(typeEnd, '.') && type.dot) typeEnd++;
    // number after (continental style); a road's number is no house number ("Highway 1", "Indiana State Road 117")
    let road = ROAD_NUMBER_TYPES.has(t.l);
    for (let r = a; r < i; r++) if (ROAD_CLASS.has(sc.at(r)?.l ?? '')) road = true;
    let k = road ? -1 : sc.skipNumberWord(typeEnd);
    if (sc.punct(k, ',')) k = sc.skipNumberWord(k + 1);
    const h = sc.house(k, HOUSE, cue);
    if (h > 0 && (!type.ambiguous || sc.boundary(h) || cue))
      return { from: a, to: sc.extend(h), score: type.ambiguous ? 0.6 : 0.7 };
    // number before (en style)
    const b = a - 1;
    if (b >= floor && sc.at(b)?.t === 'n' && HOUSE_EN.test(sc.at(b)?.v ?? '') && !sc.glued(b - 1, b)) {
      const prev = sc.at(b - 1);
      const money = prev && prev.t === 'p' && '$€£'.includes(prev.v);
      // a capitalised type after a known name ("887 Hansen Drive") is a street wherever the sentence goes on
      const named = sc.cap(i) && t.l !== 'way' && isKnownName(sc.at(i - 1)?.v ?? '');
      if (!money && (!type.ambiguous || sc.boundary(typeEnd) || cue || named || locative(b)))
        return { from: sc.unitBefore(b, floor), to: sc.extend(typeEnd), score: type.ambiguous ? 0.6 : 0.7 };
    }
  }
  return undefined;
}

/** A postcode with a place and no street: "10115 Berlin", "00-950 Warszawa", "London NW1 6XE". */
function postcodeWithPlace(sc: Scanner, i: number, floor: number): Found | undefined {
  const pc = sc.postcode(i, false);
  if (!pc) return undefined;
  const prev = sc.at(i - 1);
  const lineStart = i === floor || prev === undefined || (prev.t === 'p' && '\n,;('.includes(prev.v));
  // UK / Canada style: place before the postcode ("London NW1 6XE")
  if (pc.strong && pc.end === i + 2 && !/^\d/.test(sc.at(i)?.v ?? '')) {
    let from = i;
    // "London NW1 6XE", "Springfield, IL 62704": the place before it (not a capitalised word that starts a sentence)
    let c = sc.punct(i - 1, ',') ? i - 2 : i - 1;
    while (c > floor && i - c < 5 && sc.cap(c) && !sc.punct(c - 1, '.!?\n')) from = c--;
    return { from, to: pc.end, score: 0.65 };
  }
  if (
    sc.glued(i - 1, i) ||
    (sc.punct(pc.end, '.,') && sc.at(pc.end + 1)?.t === 'n' && sc.at(pc.end)?.e === sc.at(pc.end + 1)?.s)
  )
    return undefined; // "9,80665 N": a decimal
  const place = sc.place(pc.end);
  if (place < 0 || (place === pc.end + 1 && (sc.at(pc.end)?.v.length ?? 0) < 2)) return undefined;
  if (!pc.strong && !(lineStart || sc.cue(i))) return undefined;
  return { from: i, to: place, score: 0.6 };
}

export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['ADDRESS'],
  find(folded) {
    const out: RawMatch[] = [];
    if (!/\d|s\/n/i.test(folded)) return out;
    const sc = new Scanner(folded, tokenize(folded));
    let floor = 0;
    for (let i = 0; i < sc.k.length; i++) {
      const t = sc.k[i];
      if (t.t === 'x') continue;
      const f = poBox(sc, i) ?? street(sc, i, floor) ?? postcodeWithPlace(sc, i, floor);
      if (!f) continue;
      let to = f.to;
      while (to > f.from + 1 && sc.k[to - 1].t === 'p' && !'.)'.includes(sc.k[to - 1].v)) to--;
      if (
        sc.k[to - 1].t === 'p' &&
        sc.k[to - 1].v === '.' &&
        !/^(?:str|st|rd|ave|av|blvd|bd)$/.test(sc.k[to - 2]?.l ?? '')
      )
        to--;
      const start = addressHead(folded, sc.k[f.from].s);
      // a floor, postcode, area or place after a comma or line break belongs to it (address-tail.ts)
      const end = runTail(folded, sc.k, f.from, to);
      while (to < sc.k.length && sc.k[to].s < end) to++;
      const value = folded.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
      out.push({ type: 'ADDRESS', start, end, score: f.score, value });
      floor = to;
      i = to - 1;
    }
    return out;
  },
};
