import { isKnownName } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import {
  ADDRESS_CUE_RE,
  CA_OUT,
  DE_PREPOSITIONS,
  DIRECTIONS,
  MEASURES,
  NUMBER_FIRST_PREFIXES,
  PARTICLES,
  PO_BOX_WORDS,
  POSTCODE_PREFIXES,
  ROAD_CLASS,
  ROAD_NUMBER_TYPES,
  ROAD_PREFIX,
  STOP,
  STREET_NUMBER_WORDS,
  STREET_PREFIX,
  STREET_SUFFIXES,
  STREET_TYPE_AFTER,
  UNIT_WORDS,
  US_STATES,
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

interface Tok {
  s: number;
  e: number;
  /** w = letters, n = house-number-like (digits, ≤ 2 letters, one - or /), a = other letters+digits, p = punctuation, x = too long */
  t: 'w' | 'n' | 'a' | 'p' | 'x';
  v: string;
  l: string;
}

const ALNUM = /[\p{L}\p{M}\p{N}]/u;
const isAlnumAt = (text: string, i: number) => {
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return ALNUM.test(text[i]);
};
const NUMBERISH = /^\d{1,5}(?:[a-zA-Z]{0,2}|bis|ter)$|^\d{1,5}[a-zA-Z]?[-/](?:\d{1,5}[a-zA-Z]?|[a-zA-Z])$/;
const LETTERS = /^[\p{L}\p{M}'’-]+$/u;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (!isAlnumAt(text, i)) {
      out.push({ s: i, e: i + 1, t: 'p', v: text[i], l: text[i] });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      if (isAlnumAt(text, j)) j++;
      else if (JOINERS.includes(text[j]) && j + 1 < n && isAlnumAt(text, j + 1)) j += 2;
      else break;
    }
    if (j - i > 40) out.push({ s: i, e: j, t: 'x', v: '', l: '' });
    else {
      const v = text.slice(i, j);
      out.push({ s: i, e: j, t: NUMBERISH.test(v) ? 'n' : LETTERS.test(v) ? 'w' : 'a', v, l: v.toLowerCase() });
    }
    i = j;
  }
  return out;
}
const JOINERS = "'’-/";

const ADJECTIVE_TYPES = new Set(['platz', 'ring', 'markt', 'tor', 'berg', 'feld', 'hof']);
const IT_ABBR = new Map([
  ['p.zza', { dot: false, ambiguous: false }],
  ['v.le', { dot: false, ambiguous: false }],
  ['c.so', { dot: false, ambiguous: false }],
  ['p.le', { dot: false, ambiguous: false }],
  ['v.lo', { dot: false, ambiguous: false }],
]);
const NL_FLOOR = new Set(['hs', 'huis', 'bg', 'boven', 'beneden']);
const FLOOR_WORDS = new Set(['andar', 'piso', 'planta', 'piano', 'étage', 'etage']);
const SIDES = new Set([
  'esq',
  'dto',
  'dta',
  'esquerdo',
  'direito',
  'frente',
  'izq',
  'izda',
  'dcha',
  'der',
  'drcha',
  'int',
  'ext',
]);
const NL_PARTICLES = new Set(['van', 'de', 'ter', 'te', 'het']);
const HOUSE = /^[1-9]\d{0,3}(?:[a-zA-Z]?(?:[-/](?:[1-9]\d{0,3}[a-zA-Z]?|[a-zA-Z]))?|bis|ter)$/;
const HOUSE_EN = /^[1-9]\d{0,4}[a-zA-Z]?(?:-[1-9]\d{0,3})?$/;

class Scanner {
  readonly text: string;
  readonly k: Tok[];
  constructor(text: string, k: Tok[]) {
    this.text = text;
    this.k = k;
  }
  at(i: number): Tok | undefined {
    return this.k[i];
  }
  word(i: number): boolean {
    return this.k[i]?.t === 'w';
  }
  cap(i: number): boolean {
    const t = this.k[i];
    return t !== undefined && t.t === 'w' && UPPER.test(t.v);
  }
  punct(i: number, chars: string): boolean {
    const t = this.k[i];
    return t !== undefined && t.t === 'p' && chars.includes(t.v);
  }
  /** Token a is punctuation written right against token b ("1,5", "4.12", "$5"): a number, not a house number. */
  glued(a: number, b: number): boolean {
    const t = this.k[a];
    return t !== undefined && t.t === 'p' && '.,:$€£'.includes(t.v) && t.e === this.k[b]?.s;
  }
  /** End of text, or punctuation that ends an address (not a hyphen or slash). */
  boundary(i: number): boolean {
    const t = this.k[i];
    return t === undefined || (t.t === 'p' && !'-/&'.includes(t.v));
  }
  /** An address word within 40 characters before token i ("address", "wohne", "j'habite", "PLZ" …). */
  cue(i: number): boolean {
    const t = this.k[i];
    if (!t) return false;
    return ADDRESS_CUE_RE.test(this.text.slice(Math.max(0, t.s - 40), t.s));
  }
  /** Optional "Nr." / "n°" / "no." before a house number: index after it. */
  skipNumberWord(i: number): number {
    if (STREET_NUMBER_WORDS.has(this.k[i]?.l ?? '') && this.k[i + 1]) {
      let j = i + 1;
      if (this.punct(j, '.°º')) j++;
      return j;
    }
    if (this.punct(i, '#')) return i + 1;
    return i;
  }
  /** A house number at token i (not a year such as 2024 unless `years`): index after it, or -1. */
  house(i: number, re = HOUSE, years = false): number {
    const t = this.k[i];
    if (t?.t !== 'n' || !re.test(t.v)) return -1;
    if (!years && /^(?:19|20)\d\d$/.test(t.v)) return -1;
    // "10 km", "5 min" are measures; "22 m. 6" is a Polish flat number
    const unit = this.k[i + 1]?.l ?? '';
    if (
      (MEASURES.has(unit) && !(unit === 'm' && this.punct(i + 2, '.') && this.k[i + 3]?.t === 'n')) ||
      this.punct(i + 1, '%')
    )
      return -1;
    if (
      this.glued(i - 1, i) ||
      (this.punct(i + 1, '.,') && this.k[i + 2]?.t === 'n' && this.k[i + 1].e === this.k[i + 2].s)
    )
      return -1;
    let j = i + 1;
    // "12 bis", "12 b", "5 A"
    const next = this.k[j];
    if (next && next.t === 'w' && next.s === t.e + 1 && /^(?:bis|ter|[a-hA-H])$/.test(next.v)) j++;
    return j;
  }
  /** Capitalised words with particles between them ("Frankfurt am Main", "Vila Real de Santo António"): end or -1. */
  place(i: number): number {
    if (!this.cap(i)) return -1;
    let j = i + 1;
    while (j - i < 7 && j < this.k.length) {
      if (this.cap(j)) j++;
      else if (PARTICLES.has(this.k[j].l) && this.cap(j + 1)) j += 2;
      else if (PARTICLES.has(this.k[j].l) && PARTICLES.has(this.k[j + 1]?.l ?? '') && this.cap(j + 2)) j += 3;
      else if (this.punct(j, '(') && this.cap(j + 1) && this.punct(j + 2, ')'))
        j += 3; // "Halle (Saale)", "(MI)"
      else break;
    }
    return j;
  }
  /** A postcode starting at token i: its end or -1; `strong` for formats that are rarely anything else. */
  postcode(i: number, inAddress: boolean): { end: number; strong: boolean; fiveDigit?: boolean } | undefined {
    const t = this.k[i];
    if (!t) return undefined;
    const u = this.k[i + 1];
    // prefixed: D-10115, F-75008, CH-8001
    if (t.t === 'w' && POSTCODE_PREFIXES.has(t.v) && this.punct(i + 1, '-') && this.k[i + 2]?.s === t.e + 1) {
      const d = this.k[i + 2];
      if (d && d.t === 'n' && /^\d{4,5}$/.test(d.v)) return { end: i + 3, strong: true };
    }
    if (t.t === 'a' && /^(?:D|F|I|E|A|B|L|CH|NL|PL|DK)-\d{4,5}$/.test(t.v)) return { end: i + 1, strong: true };
    // UK: NW1 6XE, SW1A 2AA; Canada: K1A 0B1
    if ((t.t === 'a' || t.t === 'w') && u && u.t === 'n') {
      if (/^[A-Z]{1,2}\d[A-Z\d]?$/i.test(t.v) && /^\d[A-Z]{2}$/i.test(u.v) && !/[CIKMOV]/i.test(u.v.slice(1)))
        return { end: i + 2, strong: true };
      if (CA_OUT.test(t.v) && /^\d[A-Z]\d$/i.test(u.v)) return { end: i + 2, strong: true };
    }
    if (t.t !== 'n') {
      // US: IL 62704, NY 10001-1234
      if (t.t === 'w' && US_STATES.has(t.v) && u && u.t === 'n' && /^\d{5}(?:-\d{4})?$/.test(u.v))
        return { end: i + 2, strong: true };
      return undefined;
    }
    if (/^\d{2}-\d{3}$/.test(t.v) || /^\d{4}-\d{3}$/.test(t.v) || /^\d{5}-\d{4}$/.test(t.v))
      return { end: i + 1, strong: true }; // PL, PT, US ZIP+4
    if (/^\d{4}[A-Z]{2}$/.test(t.v) || (inAddress && /^\d{4}[a-z]{2}$/.test(t.v))) return { end: i + 1, strong: true }; // NL 1012AB
    if (/^\d{4}$/.test(t.v) && u && u.t === 'w' && /^[A-Z]{2}$/.test(u.v) && !/^S[ADS]$/.test(u.v))
      return { end: i + 2, strong: false }; // NL 1012 AB
    if (/^\d{5}$/.test(t.v)) return { end: i + 1, strong: false, fiveDigit: true };
    if (inAddress && /^\d{4}$/.test(t.v)) return { end: i + 1, strong: false }; // AT CH BE DK NO LU HU after a street
    return undefined;
  }
  /** Start of a Dutch particle before token i ("van Wijkdijk", "van der Laan…"); "der"/"den" only after "van". */
  nlParticles(i: number, floor: number): number {
    let from = i;
    const v = (k: number) => this.k[k]?.v ?? '';
    if ((v(from - 1) === 'der' || v(from - 1) === 'den') && v(from - 2) === 'van' && from - 2 >= floor) return from - 2;
    if (from - 1 >= floor && NL_PARTICLES.has(v(from - 1))) from--;
    return from;
  }
  /** "Flat 6, " / "Apt 20B, " right before token b: index of the unit word, else b. */
  unitBefore(b: number, floor: number): number {
    const c = this.punct(b - 1, ',') ? b - 2 : b - 1;
    const v = this.k[c];
    if (c - 1 < floor || !v || !(v.t === 'n' || v.t === 'a')) return b;
    let u = c - 1;
    if (this.punct(u, '.')) u--;
    return u >= floor && UNIT_WORDS.has(this.k[u]?.l ?? '') ? u : b;
  }
  /** In lowercase chat, the place after a postcode: 1-3 words that end the address ("10115 berlin", "(rm)"). */
  lowerPlace(i: number): number {
    let j = i;
    while (j - i < 3 && this.word(j) && !STOP.has(this.k[j].l) && !ADDRESS_CUE_RE.test(this.k[j].l)) j++;
    if (j === i) return -1;
    if (this.punct(j, '(') && this.word(j + 1) && this.k[j + 1].v.length <= 3 && this.punct(j + 2, ')')) j += 3;
    return this.boundary(j) ? j : -1;
  }
  /** Spanish / Portuguese floor and door after the number: ", 3º B", ", 1.º Esq.", " 2ª dcha". */
  floorDoor(i: number): number {
    // Dutch "164 hs", "12 huis", "3 bg" right after the number
    if (NL_FLOOR.has(this.k[i]?.l ?? '') && this.k[i]?.t === 'w') return i + 1;
    let j = this.punct(i, ',-') ? i + 1 : i;
    const t = this.k[j];
    if (!t) return i;
    // NFKC folds º and ª to o and a
    if (/^\d{1,2}[º°ªoa]$/.test(t.v)) j++;
    else if (
      t.t === 'n' &&
      /^\d{1,2}$/.test(t.v) &&
      this.punct(j + 1, '.°') &&
      /^[º°ªoa]$/.test(this.k[j + 2]?.v ?? '')
    )
      j += 3;
    else return i;
    if (FLOOR_WORDS.has(this.k[j]?.l ?? '')) j++; // "7º andar", "3º piso"
    const side = this.k[j];
    if (side && side.t === 'w' && (/^[A-H]$/.test(side.v) || SIDES.has(side.l))) {
      j++;
      if (this.punct(j, '.')) j++;
    }
    return j;
  }
  /** What may follow a street or PO box: direction, unit, then postcode and/or place. */
  extend(i: number): number {
    let j = i;
    if (DIRECTIONS.has(this.k[j]?.v ?? '')) j++;
    j = this.floorDoor(j);
    if (UNIT_WORDS.has(this.k[j]?.l ?? '')) {
      let u = j + 1;
      if (this.punct(u, '.')) u++;
      const t = this.k[u];
      if (t && (t.t === 'n' || t.t === 'a' || (t.t === 'w' && t.v.length <= 2))) j = u + 1;
    }
    let k = j;
    if (this.punct(k, ',\n-')) k++;
    const pc = this.postcode(k, true);
    if (pc) {
      const p = this.place(pc.end);
      if (p > 0) return p;
      const lower = this.lowerPlace(pc.end);
      return lower > 0 ? lower : pc.end;
    }
    const p = this.place(k);
    if (p > 0) {
      let q = p;
      if (this.punct(q, ',')) q++;
      const after = this.postcode(q, true);
      if (after?.strong) return after.end;
      if (this.boundary(p)) return p;
    }
    return j;
  }
}

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
      let k = nameEnd;
      if (sc.punct(k, ',')) k++;
      k = sc.skipNumberWord(k);
      const h = sc.house(k, HOUSE, cue);
      const sn = sc.at(k)?.l === 's/n';
      if (!skip && (h > 0 || sn)) {
        const end = sn ? k + 1 : h;
        const ends = sc.boundary(end) || sc.extend(end) > end;
        if ((!lowerAmbiguous && !onlyLower) || ends)
          return { from: i, to: sc.extend(end), score: prefix.ambiguous || onlyLower ? 0.6 : 0.7 };
      }
      // number before: "12 rue de la Paix", "12, rue …", "12 bis rue …" (French)
      let b = NUMBER_FIRST_PREFIXES.has(t.l) ? i - 1 : -1;
      if (sc.punct(b, ',')) b--;
      if (/^(?:bis|ter)$/.test(sc.at(b)?.l ?? '')) b--;
      if (!onlyLower && b >= floor && sc.at(b)?.t === 'n' && HOUSE.test(sc.at(b)?.v ?? '') && !sc.glued(b - 1, b)) {
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
    const h = sc.house(sc.skipNumberWord(i + 1));
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
  if (type !== undefined && !type.ambiguous && !sc.cap(i) && !cue) {
    let a = i;
    while (a - 1 >= floor && i - a < 2 && sc.word(a - 1) && !STOP.has(sc.at(a - 1)?.l ?? '') && !sc.cap(a - 1)) a--;
    let typeEnd = i + 1;
    if (sc.punct(typeEnd, '.') && type.dot) typeEnd++;
    const b = a - 1;
    const ends = sc.boundary(typeEnd) || sc.punct(typeEnd - 1, '.');
    if (a < i && ends && b >= floor && sc.at(b)?.t === 'n' && HOUSE_EN.test(sc.at(b)?.v ?? '') && !sc.glued(b - 1, b))
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
      if (!money && (!type.ambiguous || sc.boundary(typeEnd) || cue || named))
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
  const lineStart = i === floor || prev === undefined || (prev.t === 'p' && '\n,;(:'.includes(prev.v));
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
      const start = sc.k[f.from].s;
      const end = sc.k[to - 1].e;
      const value = folded.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
      out.push({ type: 'ADDRESS', start, end, score: f.score, value });
      floor = to;
      i = to - 1;
    }
    return out;
  },
};
