import { isAddressPlace, isCommonWord } from '../lexicon.ts';

/**
 * What follows a street and house number in an address, after a comma or a line break, read as part of it: a floor,
 * door or unit ("3. OG links", "bajo", "esc. 2, 1º 2ª", "kat: 7 daire: 23", "Ghorofa ya 3, Mlango 12", "кв. 14"), a
 * postcode with its place ("5611 EM Eindhoven", "105 63 Αθήνα", "34710 Kadıköy/İstanbul", "london se15 4ql", "Glenelg SA
 * 5045", "il 60201"), an administrative area ("Phường 9, Quận 5, TP. Hồ Chí Minh", "Brgy. Kapitolyo"), and a known
 * place ("Kilimani, Kisumu", "hà nội" when the lexicon holds it). At most six parts, each a bounded pattern read once
 * from where the last one ended (linear time). Used by the address recognizers (address.ts, address-layouts.ts,
 * address-local.ts).
 */
const SEP = /[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)/y;
const UNIT_SRC = [
  String.raw`\d{1,2}(?:e|er|ème|[οo]ς|η|st|nd|rd|th|o|a)?[ \t]?[.°ºª]?[ \t]?(?:og|eg|dg|stock|etage|étage|piso|piano|patro|poschodí|floor|andar|kat|sat|verdieping|piętro|pietro|όροφος|όροφο|поверх|этаж)(?![\p{L}])(?:[ \t]+(?:links|rechts|mitte|li|re|izq|izda|dcha|der|esq|dto)\.?)?`,
  String.raw`(?:bajo|entresuelo|fundos|sobreloja|térreo|terreo|rdc|r/c|hs|huis|bg)\b`,
  String.raw`(?:esc|escalera|puerta|pta|ap|apt|apto|depto|dpto|bloco|bl|sc|et|int|interno|scala|unit|flat|suite|ste|byt[ \t]č|byt|διαμ|διαμέρισμα|kv|кв|квартира|під'їзд|підʼїзд|подъезд|daire|d|kat|lok|m|whg|wohnung|casa|lote|lt|blk|block|rt|rw)\.?:?[ \t]?(?=\p{L}{0,3}\p{N})[\p{L}\p{N}]{1,4}(?:/(?:rw\.?[ \t]?)?\d{1,3})?(?![\p{L}\p{N}])`,
  String.raw`\d{1,2}\.?[ºª°oa][ \t]?(?:\d{1,2}\.?[ºª°oa](?![\p{L}\p{N}])|[a-h]\b|izq\w*|izda|dcha|der\w*|esq\w*|dto)?`,
  String.raw`(?:ghorofa|mlango|nyumba)[ \t]+(?:ya[ \t]+|na\.?[ \t]*|no\.?[ \t]*)?\d{1,4}`,
  // a staircase or block named by a letter ("scala B", "bloco b", "block c", "esc. A")
  String.raw`(?:scala|sc|esc|escalera|bloco|bl|block|blk|torre|entrada|portal|stiege|stg)\.?[ \t]?[a-h](?![\p{L}\p{N}])`,
].join('|');
const UNIT = new RegExp(UNIT_SRC, 'iuy');
/** A floor or flat in brackets after the house number or another part ("Kastanienallee 45 (2. Stock links)"). */
const BRACKET_UNIT = new RegExp(String.raw`[ \t]*\((?:${UNIT_SRC})\)`, 'iuy');
/** A flat or door word right after the house number, without a comma ("Calle Morelos 1340 Depto. 302"). */
const INLINE_UNIT =
  /[ \t]+(?:depto|dpto|apto|apt|int|interno|piso|daire|kat|кв|flat|unit|suite|ste|whg|bloco|pta|puerta)\.?:?[ \t]?(?=\p{L}{0,3}\p{N})[\p{L}\p{N}]{1,4}(?![\p{L}\p{N}])/iuy;
/** A Dutch floor or house letter right after the house number ("278 III", "46-III", "193-hs"). */
const NUMBER_SUFFIX = /(?<=\d)[ \t-](?:i{1,3}|iv|hs|bis)(?![\p{L}\p{N}])/iuy;
const PLACE_WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
/**
 * A postcode right after a place, without a comma: a state and its code ("Glenelg SA 5045", "evanston il 60201"), a
 * UK code ("Bristol BS7 8NJ") or digits ("Bandung 40132", "makati city 1203", "Belo Horizonte/MG 30140-071").
 */
const STATE_POSTCODE =
  /[ \t]+(?:[a-z]{2,3}[ \t]\d{4,5}(?:-\d{4})?|[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|\d{4,6}(?:-\d{3,4})?)(?![\p{L}\p{N}]|[ \t]?\d)/iuy;
/** A postcode, led by its mark where there is one ("C.P. 72000", "PLZ 10115", "Τ.Κ. 546 22"). */
const POSTCODE =
  /(?:(?:c\.?[ \t]?p|plz|t\.?[ \t]?k|τ\.?[ \t]?κ|тк|zip|pin)\.?[ \t]*:?[ \t]*)?(?:[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|[a-z]{2,3}[ \t]\d{4,5}(?:-\d{4})?|\d{3}[ \t]\d{2}(?![ \t]?\d)|\d{4}[ \t]?[a-z]{2}|\d{4,6}(?:-\d{3,4})?(?![ \t]?\d)|\d{2}-\d{3})(?![\p{L}\p{N}])/iuy;
/** A post-office box with its number ("P.O. Box 1234", "S.L.P. 4521-00100", "Postfach 12 34", "Apartado 55"). */
const PO_BOX =
  /(?:p\.?[ \t]?o\.?[ \t]?box|s\.?[ \t]?l\.?[ \t]?p|postfach|apartado(?:[ \t]+postal)?|caixa[ \t]+postal|b\.?[ \t]?p|boîte[ \t]+postale|а\/я)\.?[ \t]*\d{1,6}(?:[- ]\d{2,5})?(?![\p{L}\p{N}])/iuy;
/** A place after a postcode or box: up to four words ("10969 Berlin", "4521-00100 Nairobi", "35220 Konak/İzmir"). */
const PLACE_AFTER = new RegExp(String.raw`[ \t]+(${PLACE_WORD}(?:[ \t/-]+${PLACE_WORD}){0,3})`, 'uy');
/**
 * What may follow a place: a district number ("Praha 2"), a province in brackets ("Milano (MI)"), a Brazilian state
 * ("Belo Horizonte/MG", "Curitiba - PR").
 */
const PLACE_SUFFIX =
  /(?:[ \t]+\d{1,2}(?=[ \t]*(?:[,;)\n]|[.!?](?:\s|$)|$))|[ \t]*\([a-z]{2}\)|(?:[ \t]*\/[ \t]*|[ \t]+-[ \t]+)(?:ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to)(?![\p{L}\p{N}]))/iuy;
/** A second place after a slash ("Çankaya/Ankara", "Konak/İzmir"). */
const SLASH_PLACE = new RegExp(
  String.raw`[ \t]*/[ \t]*(${PLACE_WORD}(?:[ \t]+${PLACE_WORD})?)(?![\p{L}\p{M}\p{N}])`,
  'uy',
);
/** A state written as initials ("N.L.", "D.F.", "b.c.s."), not a Latin or German abbreviation ("e.g.", "z.B."). */
const STATE_INITIALS = /(?:\p{L}\.){2,3}(?![\p{L}\p{N}])/uy;
const NOT_STATE = /^(?:e\.g\.|i\.e\.|z\.b\.|d\.h\.|u\.a\.|p\.s\.|o\.k\.|a\.m\.|p\.m\.|n\.b\.)$/iu;
const ADMIN = new RegExp(
  String.raw`(phường|phuong|quận|quan|tp\.|thành phố|thanh pho|м\.|г\.|смт|huyện|huyen|xã|brgy\.?|barangay|kelurahan|kecamatan|kec\.|kota|kabupaten|kab\.|district|sector|sektor|col\.|colonia|fracc\.|fraccionamiento|bairro|barrio|корп\.|корпус|стр\.|int\.|kata[ \t]+ya|tarafa[ \t]+ya|wilaya[ \t]+ya|kaunti[ \t]+ya|с\.|село)[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*(?:[ \t]+${PLACE_WORD}){0,3}`,
  'iuy',
);
const PLACE = new RegExp(
  String.raw`${PLACE_WORD}(?![\p{L}\p{M}\p{N}])(?:[ \t]+${PLACE_WORD}(?![\p{L}\p{M}\p{N}])){0,2}`,
  'uy',
);
/** Where a place part may end: a comma, a line break, a sentence end, a bracket or the end of the text. */
const PLACE_END = /^(?:[ \t]*(?:[,;)\n]|[.!?](?:\s|$))|[ \t]*$)/u;
/** Words that start a clause, not a place ("…, and the boiler", "…, please call"). */
const CLAUSE =
  /^(?:and|or|but|please|pls|the|my|call|email|phone|tel|iban|card|account|name|und|aber|et|mais|y|pero|e|ma|i|en|maar|a|ale|na|ya|dan|ve|ama|và|și|si|και|и|і|та)$/iu;
/** Particles inside place names ("Rio de Janeiro", "Frankfurt am Main", "Stratford upon Avon"). */
const PARTICLE = /^(?:de|da|do|dos|das|del|la|los|las|le|les|am|an|der|im|sur|sous|upon|on|di|van|aan|den)$/iu;

/** A region named before its word ("Київська обл.", "Московская область", "Пустомитівський р-н"). */
const REGION = /\p{L}[\p{L}'’-]*[ \t]+(?:обл\.|область|р-н|район)/iuy;
/** One to three capitalised words and a blank after them. */
const CAPITALISED = /(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})[ \t]+(?=\p{Ll})/uy;
/** Words for a town in place names ("Pasig City", "Ciudad de México"). */
const CITY = /^(?:city|town|ciudad|cidade|città|ville|kota|thành|phố)$/iu;

/** Currencies and units after a number: a price or a size, no postcode and place. */
const NOT_PLACE =
  /^(?:euro|euros|eur|usd|dollars?|zł|zl|kč|kc|lei|ron|грн|baht|rm|rp|ksh|kes|jt|juta|triệu|trieu|tr|k|km|m2|m²|sqm|sqft|pln|czk|try|tl|mad|dh)$/iu;

/** The end of an address that ends at `end`, with what follows it read in (see the file comment). */
export function addressTail(text: string, end: number): number {
  let at = end;
  STATE_POSTCODE.lastIndex = at;
  if (STATE_POSTCODE.exec(text)) at = STATE_POSTCODE.lastIndex;
  NUMBER_SUFFIX.lastIndex = at;
  if (NUMBER_SUFFIX.exec(text)) at = NUMBER_SUFFIX.lastIndex;
  INLINE_UNIT.lastIndex = at;
  if (INLINE_UNIT.exec(text)) at = INLINE_UNIT.lastIndex;
  let chain = false;
  for (let parts = 0; parts < 6; parts++) {
    BRACKET_UNIT.lastIndex = at;
    if (BRACKET_UNIT.exec(text)) at = BRACKET_UNIT.lastIndex;
    SEP.lastIndex = at;
    if (!SEP.exec(text)) break;
    const from = SEP.lastIndex;
    let next = part(text, from, chain);
    chain = next.chain;
    if (next.end <= from) next = { end: placesBeforePostcode(text, from), chain: false };
    if (next.end <= from) break;
    at = next.end;
  }
  return at;
}

/**
 * The end of an address read as tokens [from, to) by a scanner: its tail (addressTail) read from the last token and
 * from each comma inside the run, the longest kept — a scanner may stop inside what follows a comma ("…, 1.º 3.ª",
 * "…, S.L.P. 4521-00100 Nairobi", "…, Lungsod ng Quezon 1105"). The runs are bounded, so is this.
 */
export function runTail(
  text: string,
  tokens: readonly { t: string; v: string; e: number }[],
  from: number,
  to: number,
): number {
  let end = addressTail(text, tokens[to - 1].e);
  for (let k = from + 1; k < to; k++)
    if (tokens[k].t === 'p' && tokens[k].v === ',') end = Math.max(end, addressTail(text, tokens[k - 1].e));
  return end;
}

const HEAD_WORDS = String.raw`(?:rm|room|(?:(?:ground|first|second|third|top|basement|upper|lower)[ \t]+floor[ \t]+)?flat|unit|apt|apartment|suite|ste|blk|block|lot|house[ \t]no|nyumba[ \t]na|bldg|shop)`;
/** A flat, room or block before the street ("Rm 304, 1965 Rizal Avenue", "Blk 4 Lot 19, 426 …", "Flat 4B, 29 …"). */
const UNIT_HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HEAD_WORDS}\.?[ \t]*(?:[\p{L}\p{N}]{0,3}\p{N}[\p{L}\p{N}]{0,2}|[a-h](?![\p{L}\p{N}]))?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?$`,
  'iu',
);
/** A house number and a street without a street word before a place and postcode ("29 Kingsway, Manchester M14 5RP"). */
const STREET_HEAD =
  /(?<![\p{L}\p{N}])\d{1,5}[a-z]?[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})[ \t]*(?:,[ \t]*|\r?\n[ \t]*)$/iu;

/** A postcode and a town before a street ("79008, м. львів, ", "630099, г. Новосибирск, ", "с. Вишневе, "). */
const TOWN_HEAD =
  /(?<![\p{L}\p{N}])(?:\d{5,6},?[ \t]*)?(?:м|г|с|смт|пгт|пос)\.[ \t]*\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*)?,[ \t]*$/iu;
/** One or two place words right before a postcode. */
const PLACE_HEAD = /(?<![\p{L}\p{N}])(\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*)?)[ \t]+$/u;
/** A Dutch street's particles ("Van Goghlaan", "van der Waalsstraat") after a line start, colon or comma. */
const DUTCH_HEAD = /(?:^|[\n:,][ \t]*)((?:van|von|de|den|der|ter|ten)(?:[ \t]+(?:der|den|de))?[ \t]+)$/iu;

/**
 * The start of an address that starts at `start`, with a flat or block before it read in, and for an address that
 * starts with its place (a postcode address: "Manchester M14 5RP") the house number and street before a comma, when
 * they are written in the same case. Reads at most 60 characters back (bounded).
 */
export function addressHead(text: string, start: number): number {
  let at = start;
  const lower = !/\p{Lu}/u.test(text.slice(start, start + 40));
  // a postcode first ("bs7 8nu", "10115 …"): the known place right before it ("bristol bs7 8nu")
  if (/^(?:[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|\d{4,6})(?![\p{L}\p{N}])/iu.test(text.slice(start, start + 9))) {
    const m = PLACE_HEAD.exec(text.slice(Math.max(0, at - 40), at));
    if (m && isAddressPlace(m[1]) && !isCommonWord(m[1])) at -= m[0].length;
  }
  // "Van Goghlaan 114", "van der Waalsstraat 3" after a line start, a colon or a comma
  const particle = DUTCH_HEAD.exec(text.slice(Math.max(0, at - 20), at));
  if (particle) at -= particle[1].length;
  if (/^\p{L}/u.test(text.slice(at, at + 1))) {
    const m = STREET_HEAD.exec(text.slice(Math.max(0, at - 60), at));
    const words = m?.[1].split(/[ \t]+/u) ?? [];
    if (m && !words.some((w) => CLAUSE.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) !== lower)) at -= m[0].length;
  }
  const town = TOWN_HEAD.exec(text.slice(Math.max(0, at - 50), at));
  if (town) at -= town[0].length;
  for (let k = 0; k < 3; k++) {
    const m = UNIT_HEAD.exec(text.slice(Math.max(0, at - 30), at));
    if (!m || m[0].length === 0) break;
    at -= m[0].length;
  }
  return at;
}

/**
 * Up to three areas the place lexicon does not know, in any case, when a postcode ends them ("civil lines, new delhi
 * 110024", "Green Park Society, Baner Road, Pune 411045", "Savassi⏎São Paulo - SP, 04010-000"): the end of the
 * postcode part, else `from`.
 */
function placesBeforePostcode(text: string, from: number): number {
  let at = from;
  for (let k = 0; k < 3; k++) {
    PLACE.lastIndex = at;
    const m = PLACE.exec(text);
    if (!m || m[0].split(/[ \t]+/u).some((w) => CLAUSE.test(w))) return from;
    // the place and its postcode on one line ("Pune 411045", "São Paulo - SP, 04010-000" is two parts)
    const afterPlace = suffix(text, PLACE.lastIndex);
    STATE_POSTCODE.lastIndex = afterPlace;
    if (STATE_POSTCODE.exec(text)) return STATE_POSTCODE.lastIndex;
    SEP.lastIndex = afterPlace;
    if (!SEP.exec(text)) return from;
    POSTCODE.lastIndex = SEP.lastIndex;
    if (POSTCODE.exec(text) && /^\d/u.test(text.slice(SEP.lastIndex, SEP.lastIndex + 1))) return POSTCODE.lastIndex;
    at = SEP.lastIndex;
  }
  return from;
}

/** A place's suffixes (district number, province, state; see PLACE_SUFFIX) and a postcode after them: the end. */
function suffix(text: string, at: number): number {
  for (let k = 0; k < 2; k++) {
    PLACE_SUFFIX.lastIndex = at;
    if (!PLACE_SUFFIX.exec(text)) break;
    at = PLACE_SUFFIX.lastIndex;
  }
  return at;
}

/**
 * The place after a postcode or a box (capitalised words and the particles between them, "Rio de Janeiro", or up to
 * two words in lower case; it stops before a clause word: "10969 Berlin. Schreib …", "702 00 Ostrava a …"), with its
 * suffixes: the end; `at` when there is none; -1 when the number is a price ("1200 euro", "420 zł").
 */
function placeAfter(text: string, at: number): number {
  PLACE_AFTER.lastIndex = at;
  const m = PLACE_AFTER.exec(text);
  if (!m) return at;
  const words = m[1].split(/([ \t/-]+)/u);
  if (NOT_PLACE.test(words[0])) return -1;
  const cap = /^\p{Lu}/u.test(words[0]);
  let place = '';
  for (let k = 0, n = 0; k < words.length; k += 2, n++) {
    const w = words[k];
    if (CLAUSE.test(w) || (cap ? !/^\p{Lu}/u.test(w) && !PARTICLE.test(w) : n >= 2)) break;
    place += (k > 0 ? words[k - 1] : '') + w;
  }
  place = place.replace(/[ \t/-]+\S*$/u, (tail) => (PARTICLE.test(tail.trim()) ? '' : tail));
  return place ? suffix(text, at + m[0].length - m[1].length + place.length) : at;
}

/** The end of one part at `from` (see the file comment); `chain`: the part before was an area (then `chain` again). */
function part(text: string, from: number, chain: boolean): { end: number; chain: boolean } {
  const none = { end: from, chain: false };
  UNIT.lastIndex = from;
  if (UNIT.exec(text) && PLACE_END.test(text.slice(UNIT.lastIndex, UNIT.lastIndex + 3)))
    return { end: UNIT.lastIndex, chain: false };
  PO_BOX.lastIndex = from;
  if (PO_BOX.exec(text)) {
    const end = placeAfter(text, PO_BOX.lastIndex);
    return { end: end < 0 ? PO_BOX.lastIndex : end, chain: false };
  }
  STATE_INITIALS.lastIndex = from;
  const initials = STATE_INITIALS.exec(text);
  const afterInitials = STATE_INITIALS.lastIndex;
  if (initials && !NOT_STATE.test(initials[0]) && PLACE_END.test(text.slice(afterInitials, afterInitials + 3)))
    return { end: afterInitials, chain: false };
  REGION.lastIndex = from;
  if (REGION.exec(text)) return { end: REGION.lastIndex, chain: true };
  ADMIN.lastIndex = from;
  const admin = ADMIN.exec(text);
  if (admin) {
    // the area's name keeps the case of its first word ("TP. Hồ Chí Minh bị …" ends before "bị")
    // (the area word may be two words: "Kata ya Ngenda")
    const head = admin[1].length;
    const words = admin[0].slice(head).split(/([ \t]+)/u);
    let end = head + (words[1]?.length ?? 0) + (words[2]?.length ?? 0);
    const cap = /^\p{Lu}/u.test(words[2] ?? '');
    for (let k = 4; k < words.length; k += 2) {
      if (/^\p{Lu}/u.test(words[k]) !== cap) break;
      end += words[k - 1].length + words[k].length;
    }
    // a sentence's full stop after the area's last word is not part of it ("… Quan 3. Lich su")
    if (end > head + 1 && text[from + end - 1] === '.') end--;
    return { end: suffix(text, from + end), chain: true };
  }
  POSTCODE.lastIndex = from;
  if (POSTCODE.exec(text)) {
    const end = placeAfter(text, POSTCODE.lastIndex);
    return end < 0 ? none : { end, chain: false };
  }
  PLACE.lastIndex = from;
  const m = PLACE.exec(text);
  if (!m) return none;
  const words = m[0].split(/[ \t]+/u);
  if (words.some((w) => CLAUSE.test(w))) return none;
  // a district and its city after a slash
  const placeEnd = slashCity(text, PLACE.lastIndex);
  const slashed = placeEnd > PLACE.lastIndex;
  const afterSuffix = suffix(text, placeEnd);
  STATE_POSTCODE.lastIndex = afterSuffix;
  if ((/^\p{Lu}/u.test(m[0]) || (isAddressPlace(m[0]) && !isCommonWord(m[0]))) && STATE_POSTCODE.exec(text))
    return { end: STATE_POSTCODE.lastIndex, chain: false };
  const ok = { end: afterSuffix, chain: false };
  // "Çankaya/Ankara adresinde": a district and its known city need no end after them
  if (slashed) return ok;
  // "…, Hà Nội bị thất lạc", "…, Kisumu leo": a capitalised known place before the sentence goes on
  const known = knownCapitalised(text, from);
  if (known > from) return { end: known, chain: false };
  if (!PLACE_END.test(text.slice(afterSuffix, afterSuffix + 3))) return none;
  // a known place with its district or province ("Praha 2", "Milano (MI)"), not a word and a number ("rent 15")
  if (afterSuffix > placeEnd && isAddressPlace(m[0]) && !isCommonWord(m[0])) return ok;
  // a known place ("Kisumu", "hà nội"), or capitalised words before a postcode or another part
  // (a word in lower case that is an everyday word too is no place: "…, danke", "…, nice")
  const place = (w: string) => isAddressPlace(w) && (/^\p{Lu}/u.test(w) || !isCommonWord(w));
  if ((isAddressPlace(m[0]) && place(words[0])) || words.every(place)) return ok;
  const capital = words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w));
  // capitalised words after an area ("Quan Hai Ba Trung, Ha Noi"), also in lower case when they name a place ("quan
  // thanh xuan, ha noi") or no word of it is an everyday word but "city" ("brgy. poblacion, pasig city");
  // capitalised words before a known place ("Nyali, Mombasa") or a post-office box
  if (chain && (capital || isAddressPlace(m[0]) || words.every((w) => !isCommonWord(w) || CITY.test(w)))) return ok;
  if (capital) {
    SEP.lastIndex = afterSuffix;
    if (SEP.exec(text)) {
      const next = SEP.lastIndex;
      POSTCODE.lastIndex = next;
      if (POSTCODE.exec(text)) return ok;
      PO_BOX.lastIndex = next;
      if (PO_BOX.exec(text)) return ok;
      PLACE.lastIndex = next;
      const after = PLACE.exec(text);
      if (after && isAddressPlace(after[0]) && PLACE_END.test(text.slice(PLACE.lastIndex, PLACE.lastIndex + 3)))
        return ok;
      if (knownCapitalised(text, next) > next) return ok;
    }
  }
  return none;
}

/**
 * A district's city after a slash at `at` ("Çankaya/Ankara", "konak/izmir"): two words when they name a place, else
 * the first ("İzmir adresinde" → "İzmir"); the end of the city, else `at`.
 */
function slashCity(text: string, at: number): number {
  SLASH_PLACE.lastIndex = at;
  const slash = SLASH_PLACE.exec(text);
  if (!slash) return at;
  const city = isAddressPlace(slash[1]) ? slash[1] : slash[1].split(/[ \t]+/u)[0];
  if (!isAddressPlace(city) || isCommonWord(city)) return at;
  return SLASH_PLACE.lastIndex - slash[1].length + city.length;
}

/**
 * The end of a known place in capitals at `from` that a word in lower case follows ("Hà Nội bị …", "Kisumu leo"),
 * else `from`.
 */
function knownCapitalised(text: string, from: number): number {
  CAPITALISED.lastIndex = from;
  const m = CAPITALISED.exec(text);
  return m && isAddressPlace(m[1]) && !isCommonWord(m[1]) ? from + m[1].length : from;
}
