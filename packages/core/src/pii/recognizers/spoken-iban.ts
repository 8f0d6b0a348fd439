import type { RawMatch, Recognizer } from '../types.ts';
import { IBAN_LENGTHS, isValidIban } from './iban.ts';
import { TENS } from './spelled-tens.ts';
import { match } from './util.ts';

/**
 * IBAN read aloud in a call (speech-to-text transcripts, en de fr es it pt nl pl): the country code as letters ("g b",
 * "PL44", "nl20"), then digit words, numbers 10-99 in words ("neunundvierzig", "quatre-vingt-sept"), numerals, single
 * letters and bank codes ("h b u k", "RABO", "L935"), "double" / "triple", with fillers ("äh", "euh", "yyy"), commas,
 * turn labels and a few other words between ("apuntado", "let me see"), and corrections ("0122 nein sorry 0127": the
 * group before the correction word dropped). Only a reading of exactly the country's length that passes mod 97 counts,
 * which keeps order numbers and phone numbers out. A reading that restarts the same country code just before (a
 * correction "GB61 sorry no GB68 …", an echo by the agent) is covered with it. Linear: each start reads at most
 * MAX_TOKENS tokens with at most MAX_STATES readings kept per token.
 */
export const DIGITS: Record<string, string> = {};
for (const [digit, words] of Object.entries({
  0: 'zero oh null nul zéro cero',
  1: 'one eins ein un une uno um uma een één jeden',
  2: 'two zwei zwo deux dos due dois duas twee dwa',
  3: 'three drei trois tres três tre drie trzy',
  4: 'four vier quatre cuatro quattro quatro cztery',
  5: 'five fünf funf cinq cinco cinque vijf pięć',
  6: 'six sechs seis sei zes sześć',
  7: 'seven sieben sept siete sette sete zeven siedem',
  8: 'eight acht huit ocho otto oito osiem',
  9: 'nine neun neuf nueve nove negen dziewięć',
}))
  for (const w of words.split(' ')) DIGITS[w] = digit;
export const FILLERS = new Set(
  'even kijken effe let me see mal sehen warten voyons vamos a ver vediamo vejamos deixe zaraz chwila uh um uhm er erm ah äh ähm öh öhm hm hmm mhm eh euh heu ben bah ehm ehh mmm yyy eee hum pues bueno vale allora dunque cioè ok okay so well like yes yeah ja oui sí si sim tak dat is es das ist it its c est è é'.split(
    ' ',
  ),
);
export const CORRECTIONS = new Set(
  'sorry no nein nee non pardon perdón perdon scusi scusa desculpe não nie przepraszam wait wacht espere czekaj warte moment'.split(
    ' ',
  ),
);
export const REPEAT: Record<string, number> = { double: 2, triple: 3 };
const LETTER_WORDS = new Set(['a', 'e', 'i', 'o', 'y', 'u']);
const MAX_TOKENS = 70;
const MAX_STATES = 24;
const MAX_SKIPS = 4;
const TENS_MAX = 4;

export interface Tok {
  low: string;
  /** Two capitals ("DE"): a country code said alone. */
  upper: boolean;
  start: number;
  end: number;
  /** A turn label ("SPEAKER_01:", "[00:00:13] Speaker 2:"): skipped for free. */
  label: boolean;
  /** Part of a code, a decimal or a key ("de05-4de0", "147.5", "id=41369"): no part of a value read aloud. */
  glued: boolean;
  /** A comma before it: a group of the value ends there. */
  pause: boolean;
}

interface State {
  chars: string;
  skips: number;
  /** Where the last group of chars began (dropped by a correction word). */
  group: number;
  /** Index of the last token that gave chars. */
  last: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

const JOINS = /[_/=@"{}\\]/;
/** Whether the token at start..end is joined to other text by a code character, or by "-" / "." when it holds a digit. */
function glued(text: string, start: number, end: number): boolean {
  const b = text[start - 1] ?? ' ';
  const a = text[end] ?? ' ';
  if (JOINS.test(b) || JOINS.test(a)) return true;
  if (!/\d/.test(text.slice(start, end))) return false;
  const bb = text[start - 2] ?? ' ';
  const aa = text[end + 1] ?? ' ';
  return (/[-.:]/.test(b) && /[\p{L}\p{N}]/u.test(bb)) || (/[-.:]/.test(a) && /[\p{L}\p{N}]/u.test(aa));
}

export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let labelEnd = -1;
  let nextNl = -1;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > nextNl) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const nl = text.indexOf('\n', m.index);
      nextNl = nl < 0 ? text.length : nl;
      const head = /^[^\n:]{0,40}:[ \t]/.exec(text.slice(lineStart, lineStart + 44));
      labelEnd = head ? lineStart + head[0].length : -1;
    }
    out.push({
      low: m[0].toLowerCase(),
      upper: /^[A-Z]{2}$/.test(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      label: m.index < labelEnd,
      glued: glued(text, m.index, m.index + m[0].length),
      pause: out.length > 0 && /[,;]/.test(text.slice(out[out.length - 1].end, m.index)),
    });
  }
  return out;
}

/** Country code at token i: "gb94" / "GB" / "g b": the code and the tokens it took. */
function countryAt(toks: Tok[], i: number): { code: string; chars: string; next: number } | undefined {
  const t = toks[i];
  if (t.glued) return undefined;
  const glued = /^([a-z]{2})(\d{0,2})$/.exec(t.low);
  if (glued) {
    const code = glued[1].toUpperCase();
    if (!IBAN_LENGTHS[code] || (glued[2].length !== 2 && !t.upper)) return undefined;
    return { code, chars: code + glued[2], next: i + 1 };
  }
  if (t.low.length === 1 && /[a-z]/.test(t.low) && toks[i + 1]?.low.length === 1 && /[a-z]/.test(toks[i + 1].low)) {
    const code = (t.low + toks[i + 1].low).toUpperCase();
    if (IBAN_LENGTHS[code] && toks[i + 1].start - t.end <= 2) return { code, chars: code, next: i + 2 };
  }
  return undefined;
}

/** Readings of the token(s) at i: [tokens taken, chars, whether a group ends there]. */
function readingsAt(toks: Tok[], i: number): [number, string, number][] {
  const t = toks[i];
  const out: [number, string, number][] = [];
  if (t.glued) return out;
  const w = t.low;
  // Numbers in words are read greedily ("quatre vingt sept" is 87); the first word alone is a costlier reading
  // ("cinquante cinq" said as 50, 5).
  let phrase = '';
  let tens: [number, string, number] | undefined;
  for (let k = 0; k < TENS_MAX && i + k < toks.length; k++) {
    phrase = k === 0 ? w : `${phrase} ${toks[i + k].low}`;
    const v = TENS.get(phrase);
    if (v) tens = [k + 1, v, 0];
  }
  const single = TENS.get(w) ?? DIGITS[w];
  if (tens) out.push(tens);
  if (single !== undefined && tens?.[0] !== 1) out.push([1, single, tens ? 1 : 0]);
  if (REPEAT[w] && toks[i + 1] && DIGITS[toks[i + 1].low] !== undefined)
    out.push([2, DIGITS[toks[i + 1].low].repeat(REPEAT[w]), 0]);
  if (/^\d+$/.test(w) && w.length <= 8) out.push([1, w, 0]);
  else if (/^[a-z\d]+$/.test(w) && /\d/.test(w) && w.length <= 6) out.push([1, w.toUpperCase(), 0]);
  else if (/^[a-z]$/.test(w)) out.push([1, w.toUpperCase(), 0]);
  else if (/^[a-z]{4}$/.test(w) && out.length === 0 && !FILLERS.has(w)) out.push([1, w.toUpperCase(), 0]);
  return out;
}

function read(
  toks: Tok[],
  from: number,
  budget: { left: number },
  cache: [number, string, number][][],
): { end: number; iban: string } | undefined {
  const c = countryAt(toks, from);
  if (!c) return undefined;
  const length = IBAN_LENGTHS[c.code];
  const stop = Math.min(toks.length, from + MAX_TOKENS);
  const states = new Map<number, State[]>();
  const seen = new Set<string>();
  const push = (at: number, s: State) => {
    const list = states.get(at) ?? [];
    const key = `${at} ${s.chars}`;
    if (list.length >= MAX_STATES || seen.has(key)) return;
    seen.add(key);
    list.push(s);
    states.set(at, list);
  };
  let best: { end: number; iban: string; skips: number } | undefined;
  push(c.next, { chars: c.chars, skips: 0, group: c.chars.length, last: c.next - 1 });
  for (let i = c.next; i < stop; i++) {
    const list = states.get(i);
    if (!list) continue;
    states.delete(i);
    const t = toks[i];
    budget.left -= list.length;
    if (budget.left < 0) break;
    for (const s0 of list) {
      const s = t.pause ? { ...s0, group: s0.chars.length } : s0;
      if (t.label) {
        push(i + 1, { ...s, group: s.chars.length });
        continue;
      }
      cache[i] ??= readingsAt(toks, i);
      const readings = cache[i];
      for (const [n, chars, cost] of readings) {
        const next = s.chars + chars;
        if (next.length > length) continue;
        const numeral = /^\d{2,}$/.test(t.low);
        const st = { chars: next, skips: s.skips + cost, group: numeral ? s.chars.length : s.group, last: i + n - 1 };
        if (next.length === length) {
          if (isValidIban(next) && (!best || st.skips < best.skips))
            best = { end: toks[i + n - 1].end, iban: next, skips: st.skips };
          continue;
        }
        push(i + n, numeral ? { ...st, group: next.length } : st);
      }
      const free = FILLERS.has(t.low) || (LETTER_WORDS.has(t.low) && readings.length > 0);
      if (CORRECTIONS.has(t.low)) {
        push(i + 1, { ...s, group: s.chars.length });
        // The group said before the correction word is dropped.
        if (s.group < s.chars.length && s.group >= 4)
          push(i + 1, { ...s, chars: s.chars.slice(0, s.group), skips: s.skips + 1 });
        if (s.chars.length > 4) {
          const back = Math.max(s.chars.length - 4, 4);
          push(i + 1, { ...s, chars: s.chars.slice(0, back), group: back, skips: s.skips + 1 });
        }
      } else if (free || readings.length === 0) {
        if (free) push(i + 1, { ...s, group: s.chars.length });
        else if (s.skips < MAX_SKIPS) push(i + 1, { ...s, skips: s.skips + 1, group: s.chars.length });
      }
    }
  }
  return best;
}

export const spokenIbanRecognizer: Recognizer = {
  name: 'spoken-iban',
  types: ['IBAN'],
  find(text) {
    const out: RawMatch[] = [];
    if (!/\p{L}/u.test(text)) return out;
    const toks = tokens(text);
    // Work bounded by the number of tokens (linear), whatever the text.
    const budget = { left: 5000 + 6 * toks.length };
    const cache: [number, string, number][][] = [];
    let covered = -1;
    /** Starts of readings of each country code, for a correction or an echo right before a valid one. */
    const starts = new Map<string, number>();
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].start < covered) continue;
      const c = countryAt(toks, i);
      if (!c) continue;
      const r = read(toks, i, budget, cache);
      if (!r) {
        starts.set(c.code, toks[i].start);
        continue;
      }
      // Said aloud (a number word in it), on at most four lines: the written forms are iban.ts's.
      let spoken = false;
      let lines = 0;
      for (let k = c.next; k < toks.length && toks[k].start < r.end; k++) {
        if (DIGITS[toks[k].low] !== undefined || TENS.has(toks[k].low) || FILLERS.has(toks[k].low)) spoken = true;
        if (/\n/.test(text.slice(toks[k - 1].end, toks[k].start))) lines++;
      }
      if (!spoken || lines > 3) continue;
      const prior = starts.get(c.code);
      const start = prior !== undefined && toks[i].start - prior <= 160 ? prior : toks[i].start;
      out.push(match('IBAN', start, r.end, 0.85, r.iban));
      covered = r.end;
      starts.delete(c.code);
    }
    return out;
  },
};
