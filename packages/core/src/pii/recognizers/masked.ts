import type { PiiEntityType, RawMatch, Recognizer } from '../types.ts';
import { IBAN_LENGTHS } from './iban.ts';
import { match } from './util.ts';

/**
 * A number partly masked ("4528 ••39 5151 3620", "+917055xx1440", "DE64 50** *160 5910 5589 62", "***-**-6789"):
 * the visible digits still leak, so the whole number is covered when its digits and mask characters ("*", "x", "X",
 * "•", "#") together have the shape of one — an IBAN (country, check digits, the country's length), a phone number
 * ("+" or "00", 9-15 places), a card (13-19 places) or an SSN (3-2-4). The mask is one block (separators inside it
 * allowed) of at least two characters, with at least three digits visible: "1000x1000x1000" or "4xx" are no number.
 * Nothing validates a masked number, so the score is that of the safety net (0.5).
 */
const MASKS = '*xX•#';
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}${MASKS}+])(?:(\+|00)[ \-]?)?([0-9${MASKS}](?:[ \-./]?[0-9${MASKS}]){7,18})(?![\p{L}\p{N}${MASKS}])`,
  'gu',
);
const IBAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}${MASKS}])([A-Z]{2})(\d{2})((?:[ \-]?[0-9A-Z${MASKS}]){11,30})(?![\p{L}\p{N}${MASKS}])`,
  'gu',
);
const SEPS = /[ \-./]/g;
/** Digits, then one block of mask characters, then digits. */
const ONE_BLOCK = /^\d*[*xX•#]{2,}\d*$/;
const IBAN_MASK = /[*x•#]|XX/;
const SCORE = 0.5;

function numberType(prefix: string | undefined, body: string): PiiEntityType | undefined {
  const cells = body.replace(SEPS, '');
  if (!ONE_BLOCK.test(cells) || cells.replace(/\D/g, '').length < 3) return undefined;
  if (prefix) return cells.length >= 9 && cells.length <= 15 ? 'PHONE' : undefined;
  if (cells.length >= 13 && cells.length <= 19) return 'CREDIT_CARD';
  if (/^[0-9*xX•#]{3}[ -][0-9*xX•#]{2}[ -][0-9*xX•#]{4}$/.test(body)) return 'US_SSN';
  return undefined;
}

export const maskedRecognizer: Recognizer = {
  name: 'masked',
  types: ['PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN'],
  find(text) {
    const out: RawMatch[] = [];
    if (!/[*xX•#]/.test(text) || !/\d/.test(text)) return out;
    for (const m of text.matchAll(NUMBER)) {
      const type = numberType(m[1], m[2]);
      if (type) out.push(match(type, m.index, m.index + m[0].length, SCORE, m[0].replace(SEPS, '')));
    }
    for (const m of text.matchAll(IBAN)) {
      const rest = m[3].replace(SEPS, '');
      const digits = (m[2] + rest).replace(/\D/g, '').length;
      if (IBAN_LENGTHS[m[1]] !== 4 + rest.length || !IBAN_MASK.test(rest) || digits < 5) continue;
      out.push(match('IBAN', m.index, m.index + m[0].length, SCORE, (m[1] + m[2] + rest).toUpperCase()));
    }
    return out;
  },
};
