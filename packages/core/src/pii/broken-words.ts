/**
 * A value broken inside a word by a line break, as pasted text wraps it ("Dirk Brandstä\r\ntter", "al\nvaro@…",
 * "8033\n1 MÜNCHEN", "070-8083\n-6186"): an entity that ends (or starts) at a line break with a word glued to the
 * other side takes that piece of word too, so no part of the value stays visible. The piece must continue the value's last (first)
 * character: letters after letters in lower case, and no everyday word of any language (a new line that starts
 * "thanks" or "ok" is the next sentence); digits after digits, at most four, for numbers and addresses only.
 * Bounded reads at each entity's ends: linear in the number of entities.
 */

import { isCommonWord } from './lexicon.ts';
import { textValue as canon } from './normalize.ts';
import type { PiiEntity } from './types.ts';

/** One or two line breaks with no blank before them, then the piece of word on the next line. */
const AFTER =
  /^(?:\r?\n){1,2}(\p{Ll}[\p{Ll}\p{M}]{0,14}|\p{N}{1,4})(?![\p{L}\p{M}\p{N}])|^[-./]?(?:\r?\n){1,2}[-./]?(\p{N}{1,4})(?![\p{L}\p{M}\p{N}])/u;
const BEFORE = /(?:^|[\s:,;(<"'“«])([\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,15})(?:\r?\n){1,2}$/u;
/**
 * Types whose values hold runs of digits a line break may cut, with the digits below which a value may still go on
 * ("+49 170 1234567\n2 apples": twelve digits are a whole phone number, the "2" is the next line's).
 */
const DIGITS_BELOW: Record<string, number> = { PHONE: 10, CREDIT_CARD: 16, IBAN: 20, IP_ADDRESS: 12, ADDRESS: 99 };
/** One-letter words that start a line on their own ("a", "y", "e", "o", "i", "u"). */
const LETTER_WORD = /^[aeiouyà]$/u;

const isDigit = (c: string) => /\p{N}/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);

/** Whether `piece` may continue a value whose character on that side is `edge`. */
function continues(piece: string, edge: string, e: PiiEntity): boolean {
  if (isDigit(piece[0]) || isDigit(piece.at(-1) ?? ''))
    return isDigit(edge) && (e.text.match(/\p{N}/gu)?.length ?? 0) < (DIGITS_BELOW[e.type] ?? 0);
  if (!isLetter(edge) || LETTER_WORD.test(piece)) return false;
  const word = piece.replace(/[._-]+/gu, '');
  return word.length > 0 && (word.length < 3 || !isCommonWord(word));
}

export function withBrokenWords(entities: PiiEntity[], text: string): PiiEntity[] {
  if (!text.includes('\n')) return entities;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const next = entities[i + 1];
    const prev = entities[i - 1];
    let { start, end } = e;
    const after = AFTER.exec(text.slice(end, end + 24));
    const piece = after?.[1] ?? after?.[2] ?? '';
    if (after && continues(piece, text[end - 1] ?? '', e) && (!next || next.start >= end + after[0].length))
      end += after[0].length;
    // backwards: the value itself starts in lower case or with a digit, as the rest of a cut word does
    if (/[\p{Ll}\p{N}]/u.test(text[start] ?? '')) {
      const from = Math.max(0, start - 20);
      const before = BEFORE.exec(text.slice(from, start));
      const at = before ? from + before.index + before[0].indexOf(before[1]) : start;
      if (before && continues(before[1], text[start], e) && (!prev || prev.end <= at)) start = at;
    }
    if (start === e.start && end === e.end) continue;
    e.start = start;
    e.end = end;
    e.text = text.slice(start, end);
    e.value = canon(e.text);
  }
  return entities;
}
