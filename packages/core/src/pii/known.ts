import { PLACEHOLDER_RE } from './restore.ts';
import { runSteps, runStepsSliced, type Slicer, type Steps } from './yield.ts';

const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
};

/** Positions scanned between two points where the sliced replacement may pause. */
const STEP = 16_384;

/**
 * Replaces whole-word occurrences of already pseudonymized originals, longest first, outside the placeholders
 * (so a detected word such as "IBAN" can never rewrite the inside of `<IBAN_1>`).
 */
export function replaceKnown(text: string, known: [placeholder: string, original: string][]): string {
  return knownReplacer(known)(text);
}

export interface KnownReplacer {
  (text: string): string;
  /** The same replacement cut into slices of the scheduler (a 1 MB message is tens of milliseconds in one piece). */
  sliced(text: string, slicer: Slicer): Promise<string>;
}

/**
 * Builds the replacer once for many texts (every message of a request). Originals are indexed by their first code
 * unit and length; at each word start only the lengths of originals starting with that character are looked up
 * (longest first), so the cost is the text length times a handful of lookups, never the number of originals.
 */
export function knownReplacer(known: [placeholder: string, original: string][]): KnownReplacer {
  if (known.length === 0) return Object.assign((text: string) => text, { sliced: async (text: string) => text });
  const byValue = new Map<string, string>();
  const lengths = new Map<number, number[]>();
  for (const [placeholder, original] of known) {
    if (original.length === 0 || byValue.has(original)) continue;
    byValue.set(original, placeholder);
    const first = original.charCodeAt(0);
    const list = lengths.get(first) ?? [];
    if (!list.includes(original.length)) list.push(original.length);
    lengths.set(first, list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  /** Replacement inside text[from, to), a stretch between two placeholders. */
  function* replaceIn(text: string, from: number, to: number): Steps<string> {
    let out = '';
    let copied = from;
    let i = from;
    let nextPause = from + STEP;
    while (i < to) {
      if (i >= nextPause) {
        yield;
        nextPause = i + STEP;
      }
      // The index lookup first: most positions start no original, and the word-boundary test is the costly part.
      const candidates = lengths.get(text.charCodeAt(i));
      const list = candidates && (i === from || !isWordChar(text[i - 1])) ? candidates : undefined;
      let end = -1;
      let value: string | undefined;
      for (const n of list ?? []) {
        if (i + n > to || (i + n < to && isWordChar(text[i + n]))) continue;
        value = byValue.get(text.slice(i, i + n));
        if (value !== undefined) {
          end = i + n;
          break;
        }
      }
      if (value !== undefined) {
        out += text.slice(copied, i) + value;
        copied = end;
        i = end;
      } else i++;
    }
    return out + text.slice(copied, to);
  }
  /** Every stretch outside the placeholders replaced; the placeholders kept as they are. */
  function* replaceAll(text: string): Steps<string> {
    const placeholder = new RegExp(PLACEHOLDER_RE.source, 'g');
    let out = '';
    let from = 0;
    for (;;) {
      placeholder.lastIndex = from;
      const found = placeholder.exec(text);
      const to = found ? found.index : text.length;
      out += yield* replaceIn(text, from, to);
      if (!found) return out;
      out += found[0];
      from = to + found[0].length;
    }
  }
  return Object.assign((text: string) => runSteps(replaceAll(text)), {
    sliced: (text: string, slicer: Slicer) => runStepsSliced(replaceAll(text), slicer),
  });
}
