import { hasContext, hasPhoneWord } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { phoneValue } from './fragments.ts';
import { preferredRegions } from './phone.ts';
import { TENS } from './spelled-tens.ts';
import { CORRECTIONS, DIGITS, FILLERS, REPEAT, type Tok, tokens } from './spoken-iban.ts';
import { match } from './util.ts';

/**
 * Phone number read aloud in a call (speech-to-text transcripts): after a phone word, digit words, numbers 10-99 in
 * words, numerals and "double" / "triple", with fillers ("äh", "euh", "ehm aspetti"), a few other words ("hab ich",
 * "okay and then") and turn labels between; the agent's echo of what was said ("+351 nove um zero hum hum") is covered
 * and not counted; a correction word drops the group said before it ("nove três zero 540 desculpe não 546 560"). Only a
 * reading that libphonenumber holds valid counts. Linear: each start reads at most MAX_TOKENS tokens with at most
 * MAX_STATES readings per token, and the number of parses is bounded by the text's length.
 */
const MAX_TOKENS = 48;
const MAX_STATES = 16;
const MAX_SKIPS = 4;
const TENS_MAX = 4;
const PLUS = new Set(['plus', 'más', 'mas', 'più', 'mais']);
/** Words that only pause a number: "wait a moment" in the 8 languages, beyond the IBAN reader's fillers. */
const PAUSES = new Set(
  'aspetti aspetta chwileczkę chwileczke momento momentje moment momentito attendez instant sekunde'.split(' '),
);
/** Words that ask for a phone number in the 8 languages, beyond the shared context words. */
const PHONE_CUE =
  /(?<![\p{L}])(?:telefon\p{L}*|phone|handy\p{L}*|mobil\p{L}*|móvil|movil|cellulare|cell|telemóvel|telemovel|portable|komórk\p{L}*|recapito|joindre|erreichen|terugbel\p{L}*|llamamos|contacto|contact)(?![\p{L}])/iu;
/** A turn label at a line's start ("Kunde:", "SPEAKER_01:", "[00:00:13] Speaker 2:"). */
export const LABEL = /^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?[\p{L}_ ]{1,25}(?:[ _]?\d{1,2})?:[ \t]/u;

interface State {
  chars: string;
  skips: number;
  group: number;
  /** Where the digits of the current turn began, and of the turn before. */
  turn: number;
  prev: number;
  /** Position in chars an echo must match next; -1 when none. */
  echo: number;
  /** Where the last reading began: what a correction drops when no group is open. */
  piece: number;
}

function readingsAt(toks: Tok[], i: number): [number, string][] {
  const t = toks[i];
  const out: [number, string][] = [];
  if (t.glued) return out;
  const w = t.low;
  let phrase = '';
  let tens: [number, string] | undefined;
  for (let k = 0; k < TENS_MAX && i + k < toks.length; k++) {
    phrase = k === 0 ? w : `${phrase} ${toks[i + k].low}`;
    const v = TENS.get(phrase);
    if (v) tens = [k + 1, v];
  }
  if (tens) out.push(tens);
  const single = TENS.get(w) ?? DIGITS[w];
  if (single !== undefined && tens?.[0] !== 1) out.push([1, single]);
  if (REPEAT[w] && toks[i + 1] && DIGITS[toks[i + 1].low] !== undefined)
    out.push([2, DIGITS[toks[i + 1].low].repeat(REPEAT[w])]);
  if (/^\d{1,6}$/.test(w)) out.push([1, w]);
  return out;
}

/** What a reading must hold: its length and a check that gives the value. */
export interface Spec {
  min: number;
  max: number;
  check: (digits: string) => string | undefined;
}

function read(
  toks: Tok[],
  from: number,
  spec: Spec,
  budget: { left: number; parses: number },
): { last: number; chars: string } | undefined {
  const stop = Math.min(toks.length, from + MAX_TOKENS);
  const states = new Map<number, State[]>();
  const seen = new Set<string>();
  const push = (at: number, s: State) => {
    const list = states.get(at) ?? [];
    const key = `${s.chars} ${s.echo} ${s.group} ${s.turn}`;
    if (list.length >= MAX_STATES || seen.has(`${at} ${key}`)) return;
    seen.add(`${at} ${key}`);
    list.push(s);
    states.set(at, list);
  };
  let best: { last: number; skips: number; chars: string } | undefined;
  push(from, { chars: '', skips: 0, group: 0, turn: 0, prev: 0, echo: -1, piece: 0 });
  for (let i = from; i < stop; i++) {
    const list = states.get(i);
    if (!list) continue;
    states.delete(i);
    const t = toks[i];
    budget.left -= list.length;
    if (budget.left < 0) break;
    const newTurn = i > from && t.label && !toks[i - 1].label;
    for (const s0 of list) {
      const s = t.pause ? { ...s0, group: s0.chars.length } : s0;
      if (t.label) {
        if (newTurn) {
          // A new turn: the digits go on, or the turn echoes the digits of the turn before.
          const n = s.chars.length;
          push(i + 1, { ...s, group: n, prev: s.echo >= 0 ? s.prev : s.turn, turn: n, echo: -1 });
          if (n > 0 && s.echo < 0) push(i + 1, { ...s, group: n, echo: s.turn });
          if (n > 0 && s.echo < 0 && s.prev < s.turn) push(i + 1, { ...s, group: n, echo: s.prev });
        } else push(i + 1, s);
        continue;
      }
      const readings = readingsAt(toks, i);
      for (const [n, chars] of readings) {
        if (s.echo >= 0) {
          if (s.chars.slice(s.echo, s.echo + chars.length) !== chars) continue;
          const echo = s.echo + chars.length >= s.chars.length ? -1 : s.echo + chars.length;
          push(i + n, { ...s, echo });
          continue;
        }
        const next = s.chars + chars;
        if (next.length > spec.max) continue;
        const numeral = /^\d{2,}$/.test(t.low);
        const st = { ...s, chars: next, group: numeral ? s.chars.length : s.group, piece: s.chars.length };
        if (next.length >= spec.min && budget.parses > 0) {
          budget.parses--;
          const value = spec.check(next);
          if (value) {
            const last = i + n - 1;
            if (!best || last > best.last || (last === best.last && st.skips < best.skips))
              best = { last, skips: st.skips, chars: value };
          }
        }
        push(i + n, numeral ? { ...st, group: next.length } : st);
      }
      if (readings.length > 0) continue;
      if (CORRECTIONS.has(t.low) && s.echo < 0) {
        push(i + 1, { ...s, group: s.chars.length });
        const back = s.group < s.chars.length ? s.group : s.piece;
        if (back < s.chars.length)
          push(i + 1, {
            ...s,
            chars: s.chars.slice(0, back),
            group: back,
            skips: s.skips + 1,
            turn: Math.min(s.turn, back),
          });
      } else if (FILLERS.has(t.low) || PAUSES.has(t.low)) push(i + 1, { ...s, group: s.chars.length });
      else if (s.skips < MAX_SKIPS) push(i + 1, { ...s, skips: s.skips + 1, group: s.chars.length });
    }
  }
  return best;
}

/**
 * Numbers read aloud after a cue: `specAt` gives, for the first digit token of a run (its text position, the line
 * break before it, whether a "+" or "plus" leads), what the reading must hold, or undefined when no cue is near.
 */
export function spokenNumbers(
  text: string,
  type: 'PHONE' | 'CREDIT_CARD',
  specAt: (start: number, nl: number, plus: boolean) => Spec | undefined,
): RawMatch[] {
  const out: RawMatch[] = [];
  if (!/\p{L}/u.test(text)) return out;
  const toks = tokens(text);
  // Turn labels with timestamps are labels too.
  let lineStart = -1;
  let labelEnd = -1;
  for (const t of toks) {
    const ls = text.lastIndexOf('\n', t.start) + 1;
    if (ls !== lineStart) {
      lineStart = ls;
      const m = LABEL.exec(text.slice(ls, ls + 48));
      labelEnd = m ? ls + m[0].length : -1;
    }
    if (t.start < labelEnd) t.label = true;
  }
  const budget = { left: 4000 + 4 * toks.length, parses: 64 + Math.floor(text.length / 40) };
  let covered = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start < covered || t.label) continue;
    const plusWord = PLUS.has(t.low);
    const plus = plusWord || text[t.start - 1] === '+';
    const from = plusWord ? i + 1 : i;
    if (from >= toks.length || readingsAt(toks, from).length === 0) continue;
    // The first digits of a run only.
    if (!plusWord && i > 0 && !toks[i - 1].label && readingsAt(toks, i - 1).length > 0) continue;
    const nl = text.lastIndexOf('\n', t.start - 1);
    const spec = specAt(t.start, nl, plus);
    if (!spec) continue;
    const r = read(toks, from, spec, budget);
    if (!r) continue;
    // Said aloud: a number word, a filler or a new turn in it; written numbers are phone.ts's.
    let spoken = false;
    // In a turn of a transcript (a label at the line's start).
    const ls = text.lastIndexOf('\n', toks[from].start) + 1;
    const turn = LABEL.test(text.slice(ls, ls + 48));
    let commas = false;
    let words = false;
    for (let k = from; k <= r.last; k++) {
      const w = toks[k].low;
      const digits = readingsAt(toks, k).length > 0;
      if (toks[k].label || FILLERS.has(w) || PAUSES.has(w) || CORRECTIONS.has(w)) spoken = true;
      else if (!/^\d+$/.test(w) && digits) spoken = true;
      else if (!digits) words = true;
      if (k > from && toks[k].pause) commas = true;
    }
    // Numeral groups with only commas between, as speech-to-text writes pauses ("934, 249, 647"), in a turn.
    if (!spoken && !(commas && turn && !words)) continue;
    // One entity per line, from its first digit to its last.
    let start = -1;
    let end = -1;
    for (let k = i; k <= r.last + 1; k++) {
      const tk = toks[k];
      const lineBreak = !tk || k > r.last || (end >= 0 && text.slice(end, tk.start).includes('\n'));
      if (lineBreak && start >= 0) {
        out.push(match(type, start, end, 0.8, r.chars));
        start = -1;
        end = -1;
      }
      if (!tk || k > r.last || tk.label) continue;
      // Words between the pieces that are no filler stay outside ("(no spaces)", "hab ich").
      const w = tk.low;
      const quiet = FILLERS.has(w) || PAUSES.has(w) || CORRECTIONS.has(w);
      if (start >= 0 && !quiet && readingsAt(toks, k).length === 0 && !REPEAT[w]) {
        out.push(match(type, start, end, 0.8, r.chars));
        start = -1;
        end = -1;
        continue;
      }
      if (k === i && plusWord) {
        start = tk.start;
        end = tk.end;
        continue;
      }
      if (readingsAt(toks, k).length > 0 || (REPEAT[tk.low] && DIGITS[toks[k + 1]?.low] !== undefined)) {
        if (start < 0) start = text[tk.start - 1] === '+' ? tk.start - 1 : tk.start;
        end = tk.end;
      }
    }
    covered = toks[r.last].end;
  }
  return out;
}

export const spokenPhoneRecognizer: Recognizer = {
  name: 'spoken-phone',
  types: ['PHONE'],
  find(text, ctx) {
    const regions = preferredRegions(ctx);
    return spokenNumbers(text, 'PHONE', (start, nl, plus) => {
      const near = (kind: 'word' | 'any') => {
        const test = kind === 'word' ? hasPhoneWord : (f: string, a: number, b: number) => hasContext(f, 'PHONE', a, b);
        return test(text, start, start) || (nl > 0 && test(text, nl, nl));
      };
      const cue = (at: number) => at > 0 && PHONE_CUE.test(text.slice(Math.max(0, at - 60), at));
      const phoneWord = near('word') || cue(start) || cue(nl);
      if (!phoneWord && !plus && !near('any')) return undefined;
      return { min: 8, max: 15, check: (d) => phoneValue(d, plus, regions, !phoneWord) };
    });
  },
};
