import { isCommonWord, isKnownPlace } from '../lexicon.ts';

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
const UNIT = new RegExp(
  [
    String.raw`\d{1,2}(?:e|er|ème|ος|η|st|nd|rd|th)?[ \t]?[.°ºª]?[ \t]?(?:og|eg|dg|stock|etage|étage|piso|piano|patro|poschodí|floor|andar|kat|sat|verdieping|piętro|pietro|όροφος|όροφο|поверх|этаж)(?![\p{L}])(?:[ \t]+(?:links|rechts|mitte|li|re|izq|izda|dcha|der|esq|dto)\.?)?`,
    String.raw`(?:bajo|entresuelo|fundos|sobreloja|térreo|terreo|rdc|hs|huis|bg)\b`,
    String.raw`(?:esc|escalera|puerta|pta|ap|apt|apto|depto|dpto|bloco|bl|sc|et|int|interno|scala|unit|flat|suite|ste|kv|кв|квартира|під'їзд|підʼїзд|подъезд|daire|d|kat|lok|m|whg|wohnung|casa|lote|lt|blk|block|rt|rw)\.?:?[ \t]?(?=\p{L}{0,3}\p{N})[\p{L}\p{N}]{1,4}(?:/(?:rw\.?[ \t]?)?\d{1,3})?(?![\p{L}\p{N}])`,
    String.raw`\d{1,2}[ºª°][ \t]?(?:\d{1,2}[ºª°]|[a-h]\b|izq\w*|izda|dcha|der\w*|esq\w*|dto)?`,
    String.raw`(?:ghorofa|mlango|nyumba)[ \t]+(?:ya[ \t]+|na\.?[ \t]*|no\.?[ \t]*)?\d{1,4}`,
  ].join('|'),
  'iuy',
);
const PLACE_WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
/**
 * A postcode right after a place, without a comma: a state and its code ("Glenelg SA 5045", "evanston il 60201"), a
 * UK code ("Bristol BS7 8NJ") or digits ("Bandung 40132", "makati city 1203").
 */
const STATE_POSTCODE =
  /[ \t]+(?:[a-z]{2,3}[ \t]\d{4,5}(?:-\d{4})?|[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|\d{4,6})(?![\p{L}\p{N}]|[ \t]?\d)/iuy;
const POSTCODE = new RegExp(
  String.raw`(?:[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|[a-z]{2,3}[ \t]\d{4,5}(?:-\d{4})?|\d{3}[ \t]\d{2}(?![ \t]?\d)|\d{4}[ \t]?[a-z]{2}|\d{4,6}(?:-\d{3,4})?(?![ \t]?\d)|\d{2}-\d{3})(?![\p{L}\p{N}])(?:[ \t]+(${PLACE_WORD}(?:[ \t/-]+${PLACE_WORD}){0,3}))?`,
  'iuy',
);
const ADMIN = new RegExp(
  String.raw`(?:phường|phuong|quận|quan|tp\.|thành phố|thanh pho|huyện|huyen|xã|brgy\.?|barangay|kelurahan|kecamatan|kec\.|kota|kabupaten|kab\.|district|sector|sektor|col\.|colonia|fracc\.|fraccionamiento|bairro|barrio|корп\.|корпус|стр\.|int\.)[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*(?:[ \t]+${PLACE_WORD}){0,3}`,
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

/** Currencies and units after a number: a price or a size, no postcode and place. */
const NOT_PLACE =
  /^(?:euro|euros|eur|usd|dollars?|zł|zl|kč|kc|lei|ron|грн|baht|rm|rp|ksh|kes|jt|juta|triệu|trieu|tr|k|km|m2|m²|sqm|sqft|pln|czk|try|tl|mad|dh)$/iu;

/** The end of an address that ends at `end`, with what follows it read in (see the file comment). */
export function addressTail(text: string, end: number): number {
  let at = end;
  STATE_POSTCODE.lastIndex = at;
  if (STATE_POSTCODE.exec(text)) at = STATE_POSTCODE.lastIndex;
  for (let parts = 0; parts < 6; parts++) {
    SEP.lastIndex = at;
    if (!SEP.exec(text)) break;
    const from = SEP.lastIndex;
    let next = part(text, from);
    if (next <= from) next = placesBeforePostcode(text, from);
    if (next <= from) break;
    at = next;
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
    STATE_POSTCODE.lastIndex = PLACE.lastIndex;
    if (STATE_POSTCODE.exec(text)) return STATE_POSTCODE.lastIndex;
    SEP.lastIndex = PLACE.lastIndex;
    const dash = /[ \t]+-[ \t]+[a-z]{2}(?![\p{L}])/iuy;
    dash.lastIndex = PLACE.lastIndex;
    const afterPlace = dash.exec(text) ? dash.lastIndex : PLACE.lastIndex;
    SEP.lastIndex = afterPlace;
    if (!SEP.exec(text)) return from;
    POSTCODE.lastIndex = SEP.lastIndex;
    if (POSTCODE.exec(text) && /^\d/u.test(text.slice(SEP.lastIndex, SEP.lastIndex + 1))) return POSTCODE.lastIndex;
    at = SEP.lastIndex;
  }
  return from;
}

function part(text: string, from: number): number {
  UNIT.lastIndex = from;
  if (UNIT.exec(text) && PLACE_END.test(text.slice(UNIT.lastIndex, UNIT.lastIndex + 3))) return UNIT.lastIndex;
  ADMIN.lastIndex = from;
  const admin = ADMIN.exec(text);
  if (admin) {
    // the area's name keeps the case of its first word ("TP. Hồ Chí Minh bị …" ends before "bị")
    const words = admin[0].split(/([ \t]+)/u);
    let end = words[0].length + (words[1]?.length ?? 0) + (words[2]?.length ?? 0);
    const cap = /^\p{Lu}/u.test(words[2] ?? '');
    for (let k = 4; k < words.length; k += 2) {
      if (/^\p{Lu}/u.test(words[k]) !== cap) break;
      end += words[k - 1].length + words[k].length;
    }
    // a sentence's full stop after the area's last word is not part of it ("… Quan 3. Lich su")
    if (end > words[0].length + 1 && text[from + end - 1] === '.') end--;
    return from + end;
  }
  POSTCODE.lastIndex = from;
  const pc = POSTCODE.exec(text);
  if (pc) {
    // the place after the postcode stops before a clause word ("10969 Berlin. Schreib …" keeps "Berlin")
    const words = pc[1] ? pc[1].split(/([ \t/-]+)/u) : [];
    // "1200 euro", "420 zł": a price, no postcode
    if (NOT_PLACE.test(words[0] ?? '')) return from;
    // the place: capitalised words and the particles between them ("Rio de Janeiro", "Frankfurt am Main"), or up to
    // two words in lower case; it stops before a clause word ("10969 Berlin. Schreib …", "702 00 Ostrava a …")
    const cap = /^\p{Lu}/u.test(words[0] ?? '');
    let place = '';
    for (let k = 0, n = 0; k < words.length; k += 2, n++) {
      const w = words[k];
      if (CLAUSE.test(w) || (cap ? !/^\p{Lu}/u.test(w) && !PARTICLE.test(w) : n >= 2)) break;
      place += (k > 0 ? words[k - 1] : '') + w;
    }
    place = place.replace(/[ \t/-]+\S*$/u, (tail) => (PARTICLE.test(tail.trim()) ? '' : tail));
    return from + pc[0].length - (pc[1]?.length ?? 0) + place.length;
  }
  PLACE.lastIndex = from;
  const m = PLACE.exec(text);
  if (!m) return from;
  STATE_POSTCODE.lastIndex = PLACE.lastIndex;
  if ((/^\p{Lu}/u.test(m[0]) || (isKnownPlace(m[0]) && !isCommonWord(m[0]))) && STATE_POSTCODE.exec(text))
    return STATE_POSTCODE.lastIndex;
  if (!PLACE_END.test(text.slice(PLACE.lastIndex, PLACE.lastIndex + 3))) return from;
  const words = m[0].split(/[ \t]+/u);
  if (words.some((w) => CLAUSE.test(w))) return from;
  // a known place ("Kisumu", "hà nội"), or capitalised words before a postcode or another part
  // (a word in lower case that is an everyday word too is no place: "…, danke", "…, nice")
  const place = (w: string) => isKnownPlace(w) && (/^\p{Lu}/u.test(w) || !isCommonWord(w));
  if ((isKnownPlace(m[0]) && place(words[0])) || words.every(place)) return PLACE.lastIndex;
  if (/^\p{Lu}/u.test(m[0])) {
    SEP.lastIndex = PLACE.lastIndex;
    if (SEP.exec(text)) {
      POSTCODE.lastIndex = SEP.lastIndex;
      if (POSTCODE.exec(text)) return PLACE.lastIndex;
    }
  }
  return from;
}
