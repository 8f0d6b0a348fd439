import { isCommonWord } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Vehicle registration plates, reported as ID_NUMBER (source `plate`), in any case:
 * - after a plate word ("plate", "reg", "Kennzeichen", "kenteken", "immatriculée", "matrícula", "placa", "targa",
 *   "o numerach", "plaka", "nopol", "biển số", "номер" …) or within a few words after a vehicle word ("car", "the
 *   white probox", "Auto", "voiture", "gari", "xe"): a token of 4-10 letters and digits with both in it, in up to three
 *   groups joined by a space, '-' or '·' ("KR 89209", "BA-922-AJ", "VE-671-P", "kjp 828r", "SZD6160J");
 * - with no word around, only the shapes no other text takes: UK "AB12 CDE", French "AB-123-CD", Singapore
 *   "SBA1234K", Kenyan "KDA 123A".
 * Bounded patterns, one pass each (linear time).
 */
const PLATE_WORDS = [
  'plate',
  'plates',
  'number plate',
  'license plate',
  'licence plate',
  'reg',
  'reg no',
  'registration',
  'registration number',
  'rego',
  'kennzeichen',
  'nummernschild',
  'kenteken',
  'nummerplaat',
  'immatriculée',
  'immatriculé',
  'immatriculation',
  'plaque',
  'matrícula',
  'matricula',
  'placa',
  'placas',
  'targa',
  'targata',
  'numerach',
  'numer rejestracyjny',
  'rejestracja',
  'tablice',
  'spz',
  'plaka',
  'plakalı',
  'nopol',
  'plat nomor',
  'nomor polisi',
  'biển số',
  'bien so',
  'număr de înmatriculare',
  'numărul',
  'înmatriculare',
  'πινακίδα',
  'πινακίδες',
  'номер',
  'номери',
  'номерной знак',
  'держномер',
  'namba ya gari',
  'plate no',
  'номерний знак',
  'номерний',
  'αρ. κυκλοφορίας',
  'κυκλοφορίας',
  'nr rejestracyjny',
  'nr rej',
  'targato',
  'targata',
  'biển kiểm soát',
  'госномер',
  'гос номер',
  'гос. номер',
  'номерной',
  'nombor plat',
  'no plat',
  'plat',
  'thabian rot',
  'thabian',
  'ทะเบียน',
  'ทะเบียนรถ',
];
const VEHICLE_WORDS = [
  'car',
  'vehicle',
  'van',
  'truck',
  'lorry',
  'taxi',
  'cab',
  'motorbike',
  'motorcycle',
  'scooter',
  'suv',
  'auto',
  'wagen',
  'pkw',
  'lkw',
  'voiture',
  'camion',
  'coche',
  'carro',
  'moto',
  'macchina',
  'samochód',
  'samochod',
  'araba',
  'aracı',
  'mobil',
  'motor',
  'gari',
  'xe',
  'mașina',
  'masina',
  'mașină',
  'αυτοκίνητο',
  'машина',
  'автомобіль',
  'автомобиль',
  'авто',
  'ute',
  'kotse',
  'sasakyan',
  'truk',
  'veicolo',
  'fahrzeug',
  'veículo',
  'vehículo',
  'pojazd',
  'vozidlo',
  'όχημα',
  'автівка',
  'bike',
  'gaadi',
  'gadi',
  'gaari',
  'गाड़ी',
  'รถ',
];
const words = (list: string[]) =>
  list
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '[ \\t]+'))
    .join('|');
const CUE = new RegExp(`(?<![\\p{L}])(?:(${words(PLATE_WORDS)})|${words(VEHICLE_WORDS)})(?![\\p{L}])`, 'giu');
/** Shapes no other text takes: UK, French, Singapore, Kenyan plates. */
const STRICT =
  /(?<![\p{L}\p{N}@#_-])(?:[A-Z]{2}\d{2}[ \t][A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|S[A-Z]{2}\d{1,4}[A-Z]|K[A-Z]{2}[ \t]\d{3}[A-Z])(?![\p{L}\p{N}-])/giu;
const TOKEN = /[^\s,;:!?()"“”«»]+/gu;
const DIGIT = /\p{N}/u;
/** A plate part: letters and digits joined by '-', '·' or '.' ("30A-286.21"). */
const PART = /^[\p{L}\p{N}]+(?:[-·.][\p{L}\p{N}]+){0,2}$/u;
/** A letter group of a plate, maybe hyphenated ("KR", "f-tb", "xb"). */
const LETTERS = /^\p{L}{1,3}(?:-\p{L}{1,3})?$/u;
/** Short words that stand next to numbers in prose ("at 5", "5 pm", "no 12"). */
const NOT_PART = new Set(
  'a|an|at|on|in|to|is|am|pm|em|um|ao|às|số|so|nº|č|br|nro|núm|num|nomor|namba|by|of|no|or|it|my|me|we|he|km|kg|mm|cm|ml|min|for|the|and|was|has|had|its|his|her|not|now|nr|st|nd|rd|th|de|la|le|el|en|un|y|e|i|o|u|da|do|na|ni|ya|wa|ke|ku|ng|sa'.split(
    '|',
  ),
);
const CURRENCY = new Set(
  'đ|vnd|dong|eur|usd|gbp|kes|ksh|sh|tsh|ush|ngn|inr|rs|idr|rp|php|zar|chf|pln|zl|zł|try|tl|vnd|thb|brl|mxn|ars|aud|cad|sgd|myr|rm|aed|sar|egp|rub|uah|czk|kč|ron|lei|huf|sek|nok|dkk|jpy|cny|krw|usdt|btc|eth'.split(
    '|',
  ),
);
/** A date ("09.07.2025", "14/03/85") is no plate. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;
/** A time, a price, a size, an ordinal ("10am", "5kg", "300km", "2nd") is no plate. */
const UNIT = /^\d+(?:am|pm|h|hrs?|kg|km|mm|cm|gb|mb|kb|min|ml|kw|hp|ps|cc|st|nd|rd|th|k|m|x|yo|yrs?)$/iu;

/**
 * The plate among the next four words after `at`: the first word with a digit and 2+ digits in all, with a short
 * letter group before or after it ("KR 89209", "kjp 828r", "nz31 dvy"); 4-10 letters and digits, both kinds.
 */
function plateAfter(text: string, at: number): { start: number; end: number } | undefined {
  const tokens = [...text.slice(at, at + 60).matchAll(TOKEN)].slice(0, 10).map((t) => ({
    start: at + (t.index ?? 0),
    end: at + (t.index ?? 0) + t[0].replace(/\.+$/u, '').length,
    v: t[0].replace(/\.+$/u, ''),
  }));
  const gap = (a: number, b: number) => /^[ \t]$/.test(text.slice(tokens[a].end, tokens[b].start));
  // spaced out one character at a time ("v v k 4 8 3 9", "L U 7 9 D L")
  const one = tokens.findIndex((t) => t.v.length === 1 && /[\p{L}\p{N}]/u.test(t.v));
  if (one >= 0 && one <= 3) {
    let last = one;
    while (last + 1 < tokens.length && tokens[last + 1].v.length === 1 && gap(last, last + 1)) last++;
    // (not a phone spelled out after it: "plaka SRN 3671, numero 0 9 2 7 …" is too long, the plate is read below)
    const spaced = last - one >= 3 ? valid(text, tokens[one].start, tokens[last].end) : undefined;
    if (spaced) return spaced;
  }
  const k = tokens.findIndex((t) => DIGIT.test(t.v));
  if (k < 0 || k > 3 || !PART.test(tokens[k].v) || UNIT.test(tokens[k].v) || DATE.test(tokens[k].v)) return undefined;
  // a letter group beside the number: no everyday word or currency ("at 5", "BA-922-AJ est", "300 EUR"); after it
  // up to two more groups of letters or digits ("06 RXV 114", "up 11 xb 4435", "АА 5419 АК")
  const letters = (t: { v: string } | undefined) =>
    t !== undefined &&
    LETTERS.test(t.v) &&
    !NOT_PART.has(t.v.toLowerCase()) &&
    !CURRENCY.has(t.v.toLowerCase()) &&
    // an everyday word is prose, but not a group in capitals ("ETT 1514", "ST21 PRE", "MME 8614")
    (t.v === t.v.toUpperCase() || !isCommonWord(t.v));
  const digits = (t: { v: string } | undefined) => t !== undefined && /^\p{N}{2,4}$/u.test(t.v);
  const mixed = (v: string) => DIGIT.test(v) && /\p{L}/u.test(v);
  let last = k;
  // a number joined by '-' or '.' is a whole plate ("30A-286.21", "BA-922-AJ"): nothing is added after it
  const whole = (v: string) => DIGIT.test(v) && /[-·.]/u.test(v);
  while (last + 1 < tokens.length && last - k < 3 && gap(last, last + 1) && !whole(tokens[last].v)) {
    const next = tokens[last + 1];
    // after a number, letters; after letters or a mixed group ("4T6 7425"), letters or digits
    // a single letter between two numbers ("06 U 438") is a group even where it is a word elsewhere
    const single = /^\p{L}$/u.test(next.v) && digits(tokens[last + 2]) && gap(last + 1, last + 2);
    const kind =
      DIGIT.test(tokens[last].v) && !mixed(tokens[last].v) ? letters(next) || single : digits(next) || letters(next);
    if (!kind) break;
    last++;
  }
  // the letter group before the number; a short word in capitals too when the plate holds letters and digits in
  // one group or ends in capitals ("WE 7P616", "wa 7w488", "IS 87 DUK": not prose "is", "we", "wa")
  const capitals = (v: string) => /^\p{Lu}{1,3}$/u.test(v);
  const strong =
    (mixed(tokens[k].v) && alnum(tokens[k].v) >= 4) ||
    (last > k && capitals(tokens[last].v) && capitals(tokens[k - 1]?.v ?? ''));
  let first = k;
  const before = tokens[k - 1];
  // (in the plate's own case: "số 51F-123.45" is a word before a plate)
  const sameCase = (a: string, b: string) => a === a.toUpperCase() || (a === a.toLowerCase() && b === b.toLowerCase());
  if (
    k > 0 &&
    gap(k - 1, k) &&
    (letters(before) ||
      (strong && LETTERS.test(before.v) && sameCase(before.v, tokens[k].v) && !CURRENCY.has(before.v.toLowerCase())))
  )
    first = k - 1;
  // take groups back from the end while the whole is too long
  while (last > k && alnum(text.slice(tokens[first].start, tokens[last].end)) > 10) last--;
  return valid(text, tokens[first].start, tokens[last].end);
}

const alnum = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

/** 4-10 letters and digits, two digits or more, not digits alone. */
function valid(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const plain = text.slice(start, end).replace(/[^\p{L}\p{N}]/gu, '');
  const digits = plain.replace(/\P{N}/gu, '').length;
  if (plain.length < 4 || plain.length > 10 || digits < 2 || digits === plain.length) return undefined;
  return { start, end };
}

export const plateRecognizer: Recognizer = {
  name: 'plate',
  types: ['ID_NUMBER'],
  find(text) {
    const out: RawMatch[] = [];
    if (!DIGIT.test(text)) return out;
    for (const m of text.matchAll(CUE)) {
      const p = plateAfter(text, m.index + m[0].length);
      if (!p) continue;
      const value = text.slice(p.start, p.end);
      out.push(
        match('ID_NUMBER', p.start, p.end, m[1] ? 0.8 : 0.7, value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase()),
      );
    }
    for (const m of text.matchAll(STRICT)) {
      // one case throughout ("KDA 123A", "kda 123a"), not "Ab12 cde"
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      // a Singapore shape in lower case is a romanized word with a digit ("sho3l"); it needs capitals and two digits
      if (/^s[a-z]{2}\d/iu.test(m[0]) && (m[0] !== m[0].toUpperCase() || !/\d{2}/u.test(m[0]))) continue;
      // "vj44 did": a word after the space is prose (in capitals a plate: "ST21 PRE")
      const after = m[0].split(/[ \t]/u)[1] ?? '';
      if (after !== after.toUpperCase() && isCommonWord(after)) continue;
      out.push(match('ID_NUMBER', m.index, m.index + m[0].length, 0.6, m[0].toUpperCase()));
    }
    return out;
  },
};
