import {
  ADDRESS_CUE_RE,
  CA_OUT,
  DIRECTIONS,
  FLOOR_WORDS,
  MEASURES,
  NL_FLOOR,
  NL_PARTICLES,
  PARTICLES,
  POSTCODE_PREFIXES,
  SIDES,
  STOP,
  STREET_NUMBER_WORDS,
  UNIT_WORDS,
  US_STATES,
} from './address-words.ts';

/** Words that end a chat sentence after an address ("… 24 please", "… 26 grazie"): they end the address too. */
const CLOSING = new Set(
  'please pls plz thanks thx asap bitte danke merci svp stp gracias porfa grazie prego graag aub bedankt dzięki proszę obrigado obrigada'.split(
    ' ',
  ),
);

/** Tokens of the ADDRESS recognizer and the bounded look-around on them (address.ts uses it). */
export interface Tok {
  s: number;
  e: number;
  /** w = letters, n = house-number-like (digits, ≤ 2 letters, one - or / and up to two more /), a = other letters+digits, p = punctuation, x = too long */
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
const NUMBERISH =
  /^\d{1,5}(?:[a-zA-Z]{0,2}|bis|ter)$|^\d{1,5}[a-zA-Z]?[-/](?:\d{1,5}[a-zA-Z]?|[a-zA-Z])(?:\/\d{1,3}[a-zA-Z]?){0,2}$/;
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

/** A house number: "12", "12a", "12-14", "12/3", and the Austrian house / stair / door "49/8/17". */
export const HOUSE =
  /^[1-9]\d{0,3}(?:[a-zA-Z]?(?:[-/](?:[1-9]\d{0,3}[a-zA-Z]?|[a-zA-Z])(?:\/[1-9]\d{0,2}[a-zA-Z]?){0,2})?|bis|ter)$/;
export const HOUSE_EN = /^[1-9]\d{0,4}[a-zA-Z]?(?:-[1-9]\d{0,3})?$/;

export class Scanner {
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
    return t === undefined || (t.t === 'p' && !'-/&'.includes(t.v)) || (t.t === 'w' && CLOSING.has(t.l));
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
  /** A postcode starting at token i: its end, `strong` for formats that are rarely anything else; undefined if none. */
  postcode(i: number, inAddress: boolean): { end: number; strong: boolean } | undefined {
    const t = this.k[i];
    if (!t) return undefined;
    const u = this.k[i + 1];
    // prefixed: D-10115, F-75008, CH-8001
    if (t.t === 'w' && POSTCODE_PREFIXES.has(t.v) && this.punct(i + 1, '-') && this.k[i + 2]?.s === t.e + 1) {
      const d = this.k[i + 2];
      if (d && d.t === 'n' && /^\d{4,5}$/.test(d.v)) return { end: i + 3, strong: true };
    }
    if (t.t === 'a' && /^(?:D|F|I|E|A|B|L|CH|NL|PL|DK)-\d{4,5}$/.test(t.v)) return { end: i + 1, strong: true };
    // Ireland's Eircode: a routing key and a unique identifier ("D22 NHH6", "V92 NP2E", "D6W 1234")
    if (
      t.t === 'a' &&
      /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)$/i.test(t.v) &&
      u &&
      u.s === t.e + 1 &&
      /^[0-9AC-FHKNPRTV-Y]{4}$/i.test(u.v) &&
      // written in one case, the identifier with a digit unless both are capitals ("D22 NHH6", "V92 NWDH"; not "D22 area")
      (u.v === u.v.toUpperCase() ? t.v === t.v.toUpperCase() : t.v === t.v.toLowerCase() && /\d/.test(u.v))
    )
      return { end: i + 2, strong: true };
    // Argentina's CPA: a province letter, four digits, three letters ("C1225BHB")
    if (t.t === 'a' && /^[A-HJ-NP-Z]\d{4}[A-Z]{3}$/.test(t.v)) return { end: i + 1, strong: true };
    // in lowercase chat after a street or PO box: "postfach 250390, d-09597 lippstadt"
    if (inAddress && t.t === 'a' && /^(?:d|f|i|e|a|b|l|ch|nl|pl|dk)-\d{4,5}$/.test(t.v))
      return { end: i + 1, strong: true };
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
    if (/^\d{5}$/.test(t.v)) return { end: i + 1, strong: false };
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
    let words = 0;
    const plain = (k: number) => this.word(k) && !STOP.has(this.k[k].l) && !ADDRESS_CUE_RE.test(this.k[k].l);
    while (words < 3 && plain(j)) {
      j++;
      words++;
      // particles inside a place name: "landau in der pfalz", "kronberg im taunus", "san josé del cabo"
      let p = j;
      while (p - j < 2 && (PARTICLES.has(this.k[p]?.l ?? '') || this.k[p]?.l === 'in')) p++;
      if (p > j && words < 3 && plain(p)) j = p;
    }
    if (j === i) return -1;
    if (this.punct(j, '(') && this.word(j + 1) && this.k[j + 1].v.length <= 3 && this.punct(j + 2, ')')) j += 3;
    return this.boundary(j) ? j : -1;
  }
  /** Spanish / Portuguese floor and door after the number: ", 3º B", ", 1.º Esq.", " 2ª dcha". */
  floorDoor(i: number): number {
    // Dutch "164 hs", "12 huis", "3 bg" right after the number
    if (NL_FLOOR.has(this.k[i]?.l ?? '') && this.k[i]?.t === 'w') return i + 1;
    let j = this.punct(i, ',-\n') ? i + 1 : i;
    const t = this.k[j];
    if (!t) return i;
    // NFKC folds º and ª to o and a; "6ºizda" is one token
    if (/^\d{1,2}[º°ªoa]$/.test(t.v)) j++;
    else if (/^\d{1,2}[º°ªoa](?:izda|izq|dcha|drcha|der|dto|dta|esq|[a-h])$/i.test(t.v)) return j + 1;
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
    if (side && side.t === 'w' && (/^[A-Ha-h]$/.test(side.v) || SIDES.has(side.l))) {
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
    // ", casa 2", ", ap. 14": a unit after a comma too
    if (this.punct(j, ',') && UNIT_WORDS.has(this.k[j + 1]?.l ?? '')) j++;
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
    // a place is a word of two letters or more ("…, casa 2, R$ 1.200": no place)
    const p = (this.k[k]?.v.length ?? 0) >= 2 ? this.place(k) : -1;
    if (p > 0) {
      let q = p;
      if (this.punct(q, ',')) q++;
      const after = this.postcode(q, true);
      if (after?.strong) return after.end;
      if (this.boundary(p)) return p;
    }
    // lowercase chat: "…street\nsarapul\nec4 9aa", "…, lisala, ny 84454": a place line only before a strong postcode
    let q = k;
    while (q - k < 3 && this.word(q) && !STOP.has(this.k[q].l)) q++;
    if (q > k) {
      if (this.punct(q, ',\n')) q++;
      const after = this.postcode(q, true) ?? this.lowerState(q);
      if (after?.strong) return after.end;
    }
    return j;
  }
  /** A US state code written in lowercase before a ZIP ("ny 84454"), inside an address only. */
  lowerState(i: number): { end: number; strong: boolean } | undefined {
    const t = this.k[i];
    const u = this.k[i + 1];
    if (t?.t === 'w' && US_STATES.has(t.v.toUpperCase()) && u?.t === 'n' && /^\d{5}(?:-\d{4})?$/.test(u.v))
      return { end: i + 2, strong: true };
    return undefined;
  }
}
