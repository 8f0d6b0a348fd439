import { NEGATIVE, POSITIVE } from './context-words.ts';
import { NEGATIVE_FILLER, NEGATIVE_UNSPACED, ORDER_WORDS } from './order-words.ts';
import type { PiiEntityType } from './types.ts';

/** Order, invoice, shipment and booking labels (order-words.ts ORDER_WORDS) lower phones and identifiers only. */
const ORDER_TYPES: ReadonlySet<PiiEntityType> = new Set(['PHONE', 'ID_NUMBER']);

/** Types whose look-alikes are ordinary numbers, so negative context applies. */
const NUMERIC: ReadonlySet<PiiEntityType> = new Set([
  'PHONE',
  'US_SSN',
  'NL_BSN',
  'DE_TAX_ID',
  'IP_ADDRESS',
  'CREDIT_CARD',
  'ID_NUMBER',
]);

/** Scripts written without spaces: context words there are matched without word boundaries. */
const UNSPACED: Partial<Record<PiiEntityType, string[]>> = {
  PHONE: ['电话', '電話', '手机', '手機', '联系', '携帯', 'でんわ', 'ケータイ', '전화', '휴대폰', 'โทร'],
};

/** The context keywords themselves ("IBAN", "card", "email" …): never a person, place or organisation. */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(Object.values(POSITIVE).flat());

/** Escapes a literal for use inside a RegExp. */
export const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRe = (words: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

const POSITIVE_RE = new Map(
  Object.entries(POSITIVE).map(([t, w]) => {
    const bare = UNSPACED[t as PiiEntityType];
    const re = wordsRe(w);
    return [
      t as PiiEntityType,
      bare ? new RegExp(`${re.source}|${bare.map(escapeRegExp).join('|')}`, 'iu') : re,
    ] as const;
  }),
);
// Negative words only count right before the number ("order #123", "version 1.2.3.4", "Commande n° 2024-…",
// "ご注文番号 250314-…"), with at most two fillers between.
const NEGATIVE_GAP = `(?:[\\s:#.\\-]*(?:${NEGATIVE_FILLER.map(escapeRegExp).join('|')})){0,2}[\\s:#.\\-]*$`;
const NEGATIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NEGATIVE.map(escapeRegExp).join('|')})${NEGATIVE_GAP}`, 'iu');
// An Arabic conjunction or preposition is written glued to the word ("والطلب رقم …": "and the order number").
const ORDER_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:[وفبلك](?=\\p{Script=Arabic}))?(?:${ORDER_WORDS.map(escapeRegExp).join('|')})|${NEGATIVE_UNSPACED.join('|')})${NEGATIVE_GAP}`.normalize(
    'NFKC',
  ),
  'iu',
);

/**
 * A number that starts with a year, or a full date, then a separator and a counter ("2024-118734", "20250314-8812"):
 * an order, case or file number far more often than a phone, so without a phone word before it it counts as a
 * negative context.
 */
const DATED_ID = /^(?:19|20)\d\d(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?[-/]\d{3,8}$/;

export interface ContextSettings {
  window: number;
  boost: number;
  penalty: number;
}

const LABEL_END = new Map(
  Object.entries(POSITIVE).map(([t, w]) => {
    const words = w.filter((x) => /^\p{L}+$/u.test(x)).map(escapeRegExp);
    return [t as PiiEntityType, new RegExp(`(?:${words.join('|')})$`, 'iu')] as const;
  }),
);

/** Every context word of a type (phrases too), right before the end of a string: "social security ", "my IP ". */
const LABEL_PHRASE = new Map(
  Object.entries(POSITIVE).map(([t, w]) => {
    const words = w.map((x) => escapeRegExp(x).replace(/ /g, '\\s+'));
    return [t as PiiEntityType, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[.:#]?\\s+$`, 'iu')] as const;
  }),
);

/** A context word of a type as a field label, right before the end of a string: "phone: ", "Tel.:", "tel=". */
const FIELD_LABEL = new Map(
  Object.entries(POSITIVE).map(([t, w]) => {
    const words = w.map((x) => escapeRegExp(x).replace(/ /g, '\\s+'));
    return [
      t as PiiEntityType,
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})\\.?\\s?[:=]\\s*$`, 'iu'),
    ] as const;
  }),
);

/** True when `index` follows a field label of `type` ("phone: ", "Tel.: ") with nothing else between. */
export function fieldLabelBefore(folded: string, type: PiiEntityType, index: number): boolean {
  return FIELD_LABEL.get(type)?.test(folded.slice(Math.max(0, index - 40), index)) ?? false;
}

/** Words between a label and the value glued to them: "social security number181-…", "my IP is2a02:…". */
const FILLER = /^(?:number|no|nr|num|nummer|numéro|numero|número|numer|is|ist|est|es|è|é|är|jest|lautet|was)$/iu;

/**
 * True when the letters right before `index` end with a context word of `type`: a value glued to its label
 * ("Kreditkarte4111…", "IBANDE89…", "SSN123-45-…", "WhatsApp+49…"), or are one filler word ("number", "is") that
 * follows such a word or phrase ("social security number181-…", "my IP is2a02:…").
 */
export function labelBefore(folded: string, type: PiiEntityType, index: number): boolean {
  const re = LABEL_END.get(type);
  const phrase = LABEL_PHRASE.get(type);
  if (!re || !phrase) return false;
  // The letters right before `index` (at most 40): one step per character, no regex scan.
  let from = index;
  while (from > 0 && index - from < 40 && LETTER.test(folded[from - 1])) from--;
  if (from === index) return false;
  const letters = folded.slice(from, index);
  if (re.test(letters)) return true;
  return FILLER.test(letters) && phrase.test(folded.slice(Math.max(0, from - 60), from));
}

const LETTER = /\p{L}/u;

/** Words that say "number" and nothing more ("رقم الطلب", "номер заказа"): no phone word for a short number alone. */
const GENERIC_NUMBER = new Set(['numéro', 'número', 'numero', 'numara', 'nomor', 'номер', 'מספר', 'رقم', 'नंबर']);
const SPECIFIC_PHONE_RE = new RegExp(
  `${wordsRe((POSITIVE.PHONE ?? []).filter((w) => !GENERIC_NUMBER.has(w))).source}|${(UNSPACED.PHONE ?? []).map(escapeRegExp).join('|')}`,
  'iu',
);

/** hasContext for PHONE without the words that only say "number" (for numbers of five or six digits). */
export function hasPhoneWord(folded: string, start: number, end: number): boolean {
  return (
    SPECIFIC_PHONE_RE.test(folded.slice(Math.max(0, start - 40), start)) ||
    SPECIFIC_PHONE_RE.test(folded.slice(end, end + 20))
  );
}

/** True when a positive context word of `type` is within 40 characters before or 20 after [start, end). */
export function hasContext(folded: string, type: PiiEntityType, start: number, end: number): boolean {
  const positive = POSITIVE_RE.get(type);
  if (!positive) return false;
  return positive.test(folded.slice(Math.max(0, start - 40), start)) || positive.test(folded.slice(end, end + 20));
}

export function contextScore(
  folded: string,
  type: PiiEntityType,
  start: number,
  end: number,
  base: number,
  settings: ContextSettings,
): number {
  if (settings.window === 0) return base;
  const before = folded.slice(Math.max(0, start - settings.window), start);
  const after = folded.slice(end, end + Math.ceil(settings.window / 2));
  let score = base;
  const positive = POSITIVE_RE.get(type);
  // A checksum-valid card or an SSN in its 3-2-4 layout stays whatever label stands before it ("Ref: 597-74-6543").
  // An IPv6 address (two colons or more between hex groups) is no reference or version number either ("ref: [2a02:…]").
  const strong =
    ((type === 'US_SSN' || type === 'CREDIT_CARD') && base >= 0.85) ||
    (type === 'IP_ADDRESS' && (folded.slice(start, end).match(/:/g)?.length ?? 0) >= 2);
  const positiveNear = !!positive && (positive.test(before) || positive.test(after));
  const negative =
    NUMERIC.has(type) &&
    !strong &&
    (NEGATIVE_RE.test(before.slice(-40)) || (ORDER_TYPES.has(type) && ORDER_RE.test(before.slice(-40))));
  if (negative) score -= settings.penalty;
  else if (positiveNear) score += settings.boost;
  else if (type === 'PHONE' && DATED_ID.test(folded.slice(start, end))) score -= settings.penalty;
  return Math.max(0, Math.min(1, score));
}
