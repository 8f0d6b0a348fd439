import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Parts of an address written apart from the street, as forms and notices do:
 * - a postcode after its label ("postcode 3513 EG", "the ZIP code is 27697", "código postal 08071", "CEP 20922-236",
 *   "il CAP indicato è 20154", "code postal 33100", "PLZ 10115", "kod pocztowy 00-950", "PIN code 560001"): the
 *   recognizer `addressPartsRecognizer`;
 * - a flat, floor, suite or door near an address found already ("… Oak St but could not access Suite 210", "Rua
 *   Augusta 99. Pode confirmar o complemento (apto 45)", "Via del Lupo, 48, piano 3", "(2e verdieping)", "(4º B)"):
 *   `unitsNearAddresses`, a pass over the entities of one text.
 * Both read a bounded number of characters after a fixed word: linear in the text length.
 */

const POSTCODE_LABEL =
  'post ?code|postal code|zip ?code|zip|zipcode|código postal|codigo postal|cód\\. postal|c\\.p\\.|cep|cap|code postal|' +
  'postleitzahl|plz|postnummer|kod pocztowy|psč|irányítószám|posta kodu|kode pos|poskod|pin ?code|pincode|' +
  'почтовый индекс|индекс|ταχυδρομικός κώδικας|τ\\.κ\\.';
/** Words between the label and the code ("is", "indicato è", "informado", ":"). */
const FILLER = String.raw`(?:[ \t]*(?:[:=#]|is|es|est|ist|è|é|era|was|indicato è|indicado é|informado|do destinatário|van|de)){0,3}`;
/** Postcodes of many countries; the label vouches for them. */
const CODE =
  String.raw`(?:\d{5}(?:-\d{3,4})?|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{4}|\d{6}|` +
  String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)`;
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${POSTCODE_LABEL})${FILLER}[ \t]*(${CODE})(?![\p{L}\p{N}]|[-/]\d)`,
  'giu',
);

/** A lone "cap" / "zip" is an everyday word: in lower case it needs a code shape of its own, not four digits. */
const WEAK_LABEL = /^(?:cap|zip|pin|индекс)/iu;

/**
 * A Japanese address in romaji: chōme-banchi-gō, the district, then a ward or city and maybe the prefecture and the
 * postcode ("3-9-5 Imaike, Chikusa-ku, Nagoya, Aichi 464-0811"); a "-ku" / "-shi" / "-cho" word or the postcode must
 * be there.
 */
const JP_ROMAJI =
  /(?<![\p{L}\p{N}-])\d{1,2}-\d{1,3}(?:-\d{1,3})?[ \t]+\p{Lu}\p{Ll}+(?:(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)\p{Lu}\p{Ll}+(?:-(?:ku|shi|cho|machi|gun|ken))?){0,4}(?:[ \t,]+\d{3}-\d{4})?/gu;

export const addressPartsRecognizer: Recognizer = {
  name: 'address-parts',
  types: ['ADDRESS'],
  find(text) {
    const out: RawMatch[] = [];
    if (!/\d/.test(text)) return out;
    for (const m of text.matchAll(JP_ROMAJI)) {
      if (!/-(?:ku|shi|cho|machi|gun)(?![\p{L}])|\d{3}-\d{4}$/u.test(m[0])) continue;
      out.push(match('ADDRESS', m.index, m.index + m[0].length, 0.8, m[0].toLowerCase()));
    }
    for (const m of text.matchAll(LABELLED)) {
      const code = m[1];
      const label = m[0].slice(0, m[0].length - code.length);
      if (WEAK_LABEL.test(label) && label.slice(0, 3) === label.slice(0, 3).toLowerCase() && /^\d{4}$/.test(code))
        continue;
      // a PIN code of India has six digits; "PIN 1234" is a secret, not a postcode
      if (/^pin/iu.test(label) && !/^[1-8]\d{5}$/.test(code)) continue;
      const start = m.index + m[0].length - code.length;
      out.push(match('ADDRESS', start, start + code.length, 0.8, code));
    }
    return out;
  },
};

const UNIT_WORDS =
  'apt|apartment|apto|apartamento|app|appt|appartement|suite|ste|unit|flat|floor|fl|room|rm|bus|sala|conjunto|conj|' +
  'casa|bloco|bloque|bl|andar|piso|planta|puerta|pta|escalera|esc|scala|piano|interno|int|porte|étage|etage|' +
  'escalier|bâtiment|batiment|bât|verdieping|huisnummer|wohnung|whg|stock|og|zimmer|lokal|mieszkanie|lok|кв|' +
  'квартира|этаж|подъезд|корпус';
/** A unit: its word and a number or letter ("Suite 210", "apto 45", "scala A, piano 2"), "4º B", "2e verdieping", "bajo A". */
const UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${UNIT_WORDS})\.?[ \t]*(?:n[º°o]\.?[ \t]*)?#?[ \t]*(?:\d[\p{L}\d-]{0,4}|[A-Z](?![\p{L}]))` +
    String.raw`(?:[ \t]*,[ \t]*(?:${UNIT_WORDS})\.?[ \t]*(?:\d[\p{L}\d-]{0,4}|[A-Z](?![\p{L}])))*` +
    String.raw`|\d{1,2}[ºª°][ \t]*(?:[A-Z](?![\p{L}])|izquierda|derecha|izda|dcha)?|\d{1,2}(?:e|de|ste|ème|eme|er)[ \t]+(?:verdieping|étage|etage)` +
    String.raw`|bajo[ \t]+[A-Z](?![\p{L}])|#[ \t]?\d{1,5}(?![\p{N}]))(?![\p{L}\p{N}])`,
  'giu',
);
/** How far from an address a unit may stand. */
const REACH = 80;

/** Units near the addresses found in `text` (spans), not inside one. */
export function unitsNearAddresses(
  text: string,
  addresses: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (addresses.length === 0) return out;
  // sorted ends and starts answer "an address ends or starts within REACH" by binary search; addresses sorted by start
  // with the running maximum of their ends answer "an address holds the unit"
  const ends = addresses.map((a) => a.end).sort((x, y) => x - y);
  const byStart = [...addresses].sort((x, y) => x.start - y.start);
  const starts = byStart.map((a) => a.start);
  const reach: number[] = [];
  for (const a of byStart) reach.push(Math.max(a.end, reach.at(-1) ?? a.end));
  const from = Math.max(0, starts[0] - REACH);
  const to = Math.min(text.length, ends[ends.length - 1] + REACH);
  for (const m of text.slice(from, to).matchAll(UNIT)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const after = firstAtLeast(ends, start - REACH);
    const before = firstAtLeast(starts, end);
    const near =
      (after < ends.length && ends[after] <= start) || (before < starts.length && starts[before] - end <= REACH);
    // (a unit that reaches into an address counts: "Appartement 6, 18, chemin …" where the address starts at "6")
    const held = firstAtLeast(starts, start + 1) - 1;
    const inside = held >= 0 && reach[held] >= end;
    if (near && !inside) out.push({ start, end });
  }
  return out;
}

/** The index of the first value of `sorted` (ascending) that is `x` or more; its length when there is none. */
function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** States and provinces written on the last line of an address (lower case). */
const REGIONS = new Set(
  (
    'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|' +
    'karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|' +
    'tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|delhi|new delhi|new south wales|victoria|' +
    'queensland|western australia|south australia|tasmania|australian capital territory|northern territory|ontario|' +
    'quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|' +
    'newfoundland and labrador|prince edward island|gauteng|western cape|eastern cape|northern cape|kwazulu-natal|' +
    'free state|limpopo|mpumalanga|north west|england|scotland|wales|northern ireland|california|texas|new york|' +
    'florida|illinois|pennsylvania|ohio|georgia|north carolina|michigan|new jersey|virginia|washington|arizona|' +
    'massachusetts|tennessee|indiana|missouri|maryland|wisconsin|colorado|minnesota|south carolina|alabama|louisiana|' +
    'kentucky|oregon|oklahoma|connecticut|utah|iowa|nevada|arkansas|mississippi|kansas|new mexico|nebraska|idaho|' +
    'hawaii|maine|montana|delaware|alaska|vermont|wyoming|united kingdom|united states|usa|india|south africa|' +
    'canada|australia|ireland|new zealand|singapore|germany|deutschland|france|españa|spain|italia|italy|' +
    'nederland|netherlands|portugal|sverige|sweden|belgique|belgië|schweiz|suisse|österreich'
  ).split('|'),
);
/** A Canadian province code and postcode after the place ("Montréal, QC H2X 4R9"). */
const CA_TAIL =
  /^,?[ \t]*((?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\p{L}\p{N}])/u;
/** The next line of an address: a state or country, maybe with a postcode ("Maharashtra", "Gauteng 0181"). */
const NEXT_LINE =
  /^[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3})(?:[ \t,]+\d{4,6})?[ \t]*(?=\r?\n|$)/u;
/**
 * The next line of an address that ends with a postcode: a place, a province in brackets or after a comma, then the
 * code ("Québec (Québec) G5H 7V5", "Aichi 464-0847", "Kolkata, West Bengal 700000", "CEP 70097-028").
 */
const POSTCODE_LINE = new RegExp(
  String.raw`^[ \t]*\r?\n[ \t]*((?:\p{L}[\p{L}\p{M}'’.-]*[ \t,()]*){1,5}(?:${CODE}|\d{3}-\d{4}))[ \t.,]*(?=\r?\n|$)`,
  'u',
);

/** The rest of an address the recognizers stopped short of: a province and postcode, a state or country line. */
export function addressTails(
  text: string,
  addresses: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const a of addresses) {
    const rest = text.slice(a.end, a.end + 60);
    const ca = CA_TAIL.exec(rest);
    if (ca) {
      out.push({ start: a.end + ca[0].length - ca[1].length, end: a.end + ca[0].length });
      continue;
    }
    const next = NEXT_LINE.exec(rest);
    if (next && REGIONS.has(next[1].toLowerCase())) {
      const start = a.end + next[0].indexOf(next[1]);
      out.push({ start, end: a.end + next[0].length });
      continue;
    }
    const coded = POSTCODE_LINE.exec(text.slice(a.end, a.end + 100));
    if (coded) {
      const start = a.end + coded[0].indexOf(coded[1]);
      out.push({ start, end: start + coded[1].length });
    }
  }
  return out;
}
