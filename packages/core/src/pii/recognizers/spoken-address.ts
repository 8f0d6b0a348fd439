import { hasContext } from '../context.ts';
import type { PiiEntityType, RawMatch, Recognizer } from '../types.ts';
import { ADDRESS_CUE_RE, STREET_PREFIX, STREET_SUFFIXES, STREET_TYPE_AFTER } from './address-words.ts';
import { TENS } from './spelled-tens.ts';
import { DIGITS, FILLERS } from './spoken-iban.ts';
import { LABEL } from './spoken-phone.ts';
import { match } from './util.ts';

/**
 * Postal address said in a call (speech-to-text transcripts): after a turn that asks for the address ("wie ist Ihre
 * Anschrift", "code postal et ville"), the next turns that hold a street ("Gartenstraße", "via", "rue", "Elm Grove") or
 * a postcode (digits, digit words "drie een acht drie", "54-114", "s15 6bw") and a number: the turn is the address, from
 * its first word that is no filler ("oui alors c'est …") to its end. House numbers and postcodes in words, fillers and
 * corrections in it stay inside. Turns after a question of another kind are not read. Linear: each line is read once,
 * at most MAX_TURNS lines after a cue, lines of at most MAX_LINE characters.
 */
const MAX_TURNS = 3;
const MAX_LINE = 140;
const OTHER_CUE = /e-?mail|correo|courriel|ip\b/iu;
const OTHER_TYPES: PiiEntityType[] = ['PHONE', 'EMAIL', 'IBAN', 'CREDIT_CARD', 'DATE_OF_BIRTH'];
const LEAD = new Set([
  ...FILLERS,
  'alors',
  'sure',
  'to',
  'jest',
  's',
  'is',
  'het',
  'dat',
  'the',
  'de',
  'moja',
  'mijn',
  'my',
]);
const WORD = /[\p{L}\p{N}]+/gu;
const SUFFIXES = STREET_SUFFIXES.filter((s) => s.length >= 3 && s !== 'str' && s !== 'kai');

function streetWord(w: string): boolean {
  const pre = STREET_PREFIX.get(w);
  if (pre && !pre.dot && w.length >= 3) return true;
  const after = STREET_TYPE_AFTER.get(w);
  if (after && !after.dot && w.length >= 4) return true;
  return SUFFIXES.some((s) => w.length > s.length + 2 && w.endsWith(s));
}

const numberWord = (w: string) => DIGITS[w] !== undefined || TENS.has(w) || /^\d+$/.test(w);
const POSTCODE = /(?<![\p{L}\p{N}])(?:\d{4,5}|\d{2}-\d{3}|[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2})(?![\p{L}\p{N}])/iu;

/** The address part of an answer line: [start, end] or undefined. */
function answer(text: string, from: number, to: number): [number, number] | undefined {
  let street = false;
  let numbers = 0;
  let run = 0;
  let postcode = POSTCODE.test(text.slice(from, to));
  let first = -1;
  let last = -1;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (first < 0 && LEAD.has(w)) continue;
    if (first < 0) first = from + m.index;
    last = from + m.index + m[0].length;
    if (streetWord(w)) street = true;
    if (numberWord(w)) {
      numbers++;
      run++;
      if (run >= 4) postcode = true;
    } else if (!FILLERS.has(w)) run = 0;
  }
  if (first < 0 || numbers === 0 || !(street || postcode)) return undefined;
  return [first, last];
}

export const spokenAddressRecognizer: Recognizer = {
  name: 'spoken-address',
  types: ['ADDRESS'],
  find(text) {
    const out: RawMatch[] = [];
    if (!text.includes('\n') || !/\p{L}/u.test(text)) return out;
    let left = 0;
    let cueAt = -1;
    for (let start = 0, n = 0; start < text.length; n++) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const label = LABEL.exec(text.slice(start, start + 48));
      if (label && end - start <= MAX_LINE) {
        const body = start + label[0].length;
        const line = text.slice(body, end);
        const cue =
          (ADDRESS_CUE_RE.test(line) || hasContext(line, 'ADDRESS', line.length, line.length)) && !OTHER_CUE.test(line);
        // A question of another kind on this line (its own words only).
        const other = !cue && OTHER_TYPES.some((t) => hasContext(line, t, line.length, line.length));
        if (cue) {
          left = MAX_TURNS;
          cueAt = n;
        } else if (other || /\?\s*$/.test(line)) left = 0;
        else if (left > 0 && n > cueAt) {
          left--;
          const a = answer(text, body, end);
          if (a) {
            let e = a[1];
            while (e > a[0] && /[.,;!?\s]/.test(text[e - 1])) e--;
            out.push(match('ADDRESS', a[0], e, 0.8, text.slice(a[0], e)));
          }
        }
      } else left = 0;
      if (nl < 0) break;
      start = nl + 1;
    }
    return out;
  },
};
