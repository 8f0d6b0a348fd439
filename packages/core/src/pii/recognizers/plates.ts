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
const TOKEN = /[^\s,;:.!?()"“”«»]+/gu;
const DIGIT = /\p{N}/u;
/** A plate part: letters and digits joined by '-' or '·'. */
const PART = /^[\p{L}\p{N}]+(?:[-·][\p{L}\p{N}]+){0,2}$/u;
const LETTERS = /^\p{L}{1,4}$/u;
/** Short words that stand next to numbers in prose ("at 5", "5 pm", "no 12"). */
const NOT_PART = new Set(
  'a|an|at|on|in|to|is|am|pm|by|of|no|or|it|my|me|we|he|km|kg|mm|cm|ml|min|for|the|and|was|has|had|its|his|her|not|now|nr|st|nd|rd|th|de|la|le|el|en|un|y|e|i|o|u|da|do|na|ni|ya|wa|ke|ku|ng|sa'.split(
    '|',
  ),
);
const CURRENCY = new Set(
  'eur|usd|gbp|kes|ksh|sh|tsh|ush|ngn|inr|rs|idr|rp|php|zar|chf|pln|zl|zł|try|tl|vnd|thb|brl|mxn|ars|aud|cad|sgd|myr|rm|aed|sar|egp|rub|uah|czk|kč|ron|lei|huf|sek|nok|dkk|jpy|cny|krw|usdt|btc|eth'.split(
    '|',
  ),
);
/** A time, a price, a size, an ordinal ("10am", "5kg", "300km", "2nd") is no plate. */
const UNIT = /^\d+(?:am|pm|h|hrs?|kg|km|mm|cm|gb|mb|kb|min|ml|kw|hp|ps|cc|st|nd|rd|th|k|m|x|yo|yrs?)$/iu;

/**
 * The plate among the next four words after `at`: the first word with a digit and 2+ digits in all, with a short
 * letter group before or after it ("KR 89209", "kjp 828r", "nz31 dvy"); 4-10 letters and digits, both kinds.
 */
function plateAfter(text: string, at: number): { start: number; end: number } | undefined {
  const tokens = [...text.slice(at, at + 60).matchAll(TOKEN)].slice(0, 5);
  const k = tokens.findIndex((t) => DIGIT.test(t[0]));
  if (k < 0 || k > 3 || !PART.test(tokens[k][0]) || UNIT.test(tokens[k][0])) return undefined;
  let first = k;
  let last = k;
  // a letter group beside the number: no everyday word or currency ("at 5", "BA-922-AJ est", "300 EUR")
  const part = (t: RegExpExecArray | RegExpMatchArray | undefined) =>
    t !== undefined &&
    LETTERS.test(t[0]) &&
    !NOT_PART.has(t[0].toLowerCase()) &&
    !CURRENCY.has(t[0].toLowerCase()) &&
    !isCommonWord(t[0]);
  const gap = (a: number, b: number) =>
    /^[ \t]$/.test(text.slice(at + (tokens[a].index ?? 0) + tokens[a][0].length, at + (tokens[b].index ?? 0)));
  if (k > 0 && part(tokens[k - 1]) && gap(k - 1, k)) first = k - 1;
  if (part(tokens[k + 1]) && gap(k, k + 1)) last = k + 1;
  const start = at + (tokens[first].index ?? 0);
  const end = at + (tokens[last].index ?? 0) + tokens[last][0].length;
  const plain = text.slice(start, end).replace(/[^\p{L}\p{N}]/gu, '');
  const digits = plain.replace(/\D/gu, '').length;
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
      // "vj44 did": a word after the space is prose
      if (isCommonWord(m[0].split(/[ \t]/u)[1] ?? '')) continue;
      out.push(match('ID_NUMBER', m.index, m.index + m[0].length, 0.6, m[0].toUpperCase()));
    }
    return out;
  },
};
