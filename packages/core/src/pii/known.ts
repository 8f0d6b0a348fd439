import { PLACEHOLDER_RE } from './restore.ts';

const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
};

/**
 * Replaces whole-word occurrences of already pseudonymized originals, longest first, outside the placeholders
 * (so a detected word such as "IBAN" can never rewrite the inside of `<IBAN_1>`).
 */
export function replaceKnown(text: string, known: [placeholder: string, original: string][]): string {
  return knownReplacer(known)(text);
}

/**
 * Builds the replacer once for many texts (every message of a request). Originals are indexed by their first code
 * unit and length; at each word start only the lengths of originals starting with that character are looked up
 * (longest first), so the cost is the text length times a handful of lookups, never the number of originals.
 */
export function knownReplacer(known: [placeholder: string, original: string][]): (text: string) => string {
  if (known.length === 0) return (text) => text;
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
  const replaceIn = (text: string): string => {
    let out = '';
    let copied = 0;
    let i = 0;
    while (i < text.length) {
      // The index lookup first: most positions start no original, and the word-boundary test is the costly part.
      const candidates = lengths.get(text.charCodeAt(i));
      const list = candidates && (i === 0 || !isWordChar(text[i - 1])) ? candidates : undefined;
      let end = -1;
      let value: string | undefined;
      for (const n of list ?? []) {
        if (i + n > text.length || (i + n < text.length && isWordChar(text[i + n]))) continue;
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
    return out + text.slice(copied);
  };
  const split = new RegExp(`(${PLACEHOLDER_RE.source})`);
  return (text) =>
    text
      .split(split)
      .map((part, k) => (k % 2 === 1 ? part : replaceIn(part)))
      .join('');
}
