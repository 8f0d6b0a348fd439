import { escapeRegExp, hasContext } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import {
  isValidAadhaar,
  isValidCnpj,
  isValidCnResidentId,
  isValidCodiceFiscale,
  isValidCpf,
  isValidCurp,
  isValidNhs,
  isValidPan,
  isValidPersonnummer,
  isValidPesel,
  isValidRut,
  isValidSin,
  isValidTfn,
} from './id-checks.ts';
import {
  isValidCnic,
  isValidEmiratesId,
  isValidMyKad,
  isValidNik,
  isValidTckn,
  isValidZaId,
} from './id-checks-local.ts';
import { ID_ACRONYMS, ID_UNSPACED, ID_WORDS } from './id-labels.ts';
import { CURRENCY_BEFORE, UNIT_AFTER } from './phone-shape.ts';
import { luhn, match } from './util.ts';

/**
 * ID_NUMBER: personal identifiers without a type of their own.
 * 1. Checked layouts, found without a label: CN resident ID, IT codice fiscale, MX CURP, CL RUT (dots and dash), BR
 *    CPF / CNPJ (dots, dash, slash), PL PESEL, SE personnummer (with its dash), IN Aadhaar (4-4-4), UK NHS (3-3-4),
 *    CA SIN / AU TFN (3-3-3), IN PAN (capitals, the fourth letter a holder kind), TR TC kimlik no (with PESEL's 11
 *    digits), PK CNIC (5-7-1), AE Emirates ID (784-YYYY-…, Luhn), MY MyKad (YYMMDD-PB-NNNN), ZA ID (13 digits, date,
 *    Luhn), ID NIK (16 digits, province and date, failing Luhn: a card otherwise); id-checks-local.ts. The all-digit ones, which a phone,
 *    an amount or another national number could also be, score 0.5 (Aadhaar 0.6; SIN / TFN with blanks 0.4, the
 *    layout of an amount: only with an ID word) and are dropped next to a currency or unit, or near a phone word
 *    without an ID word; the phone recognizer keeps what it validated in a phone layout (0.55 and up), the safety net
 *    (ranked below, detect.ts) gives them up.
 * 2. Any value of 6-20 letters and digits, at least 4 of them digits (groups joined by '-', '.', '/' or a blank), right
 *    after a label (id-labels.ts: "passport no.", "Reisepass", "CPF", "身份证号" …), with at most three filler words
 *    between ("number", "Nr.", "is", "№" …). Without a label these generic shapes are left alone.
 * Every pattern is a single pass without nested unbounded quantifiers (linear time).
 */
/** Word edges; a value joined by '-', '_', '/', '.' or '\\' to more letters or digits is part of an identifier (UUID). */
const B = String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][-_/.\\])`;
const E = String.raw`(?![\p{L}\p{N}]|[-_/.\\][\p{L}\p{N}])`;

interface Layout {
  /** Pattern of the value; named groups inside must be unique across the table (it is compiled as one RegExp). */
  source: string;
  valid: (v: string) => boolean;
  score: number;
  /** Digits only, in a layout phones use too: left to the phone when a phone word stands near and no ID word. */
  phoneLike?: boolean;
  /** Capitals only (IN PAN: a lower-case word of that shape is a word). */
  caps?: boolean;
  /**
   * Found without an ID word only in a text of this region's language: a date and a counter ("20260314-4821", an
   * order number) pass the Swedish Luhn check one time in ten.
   */
  region?: string;
}

const LAYOUTS: readonly Layout[] = [
  { source: String.raw`\d{6}[ -]?\d{8}[ -]?\d{3}[\dX]`, valid: isValidCnResidentId, score: 0.85 },
  {
    source: String.raw`[A-Z]{6}[\dLMNP-V]{2}[A-Z][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]`,
    valid: isValidCodiceFiscale,
    score: 0.9,
  },
  { source: String.raw`[A-Z]{4}\d{6}[HMX][A-Z]{5}[\dA-Z]\d`, valid: isValidCurp, score: 0.9 },
  { source: String.raw`\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}`, valid: isValidCnpj, score: 0.9 },
  { source: String.raw`\d{1,2}\.\d{3}\.\d{3}-[\dK]`, valid: isValidRut, score: 0.85 },
  { source: String.raw`\d{3}\.\d{3}\.\d{3}-\d{2}`, valid: isValidCpf, score: 0.9 },
  { source: String.raw`\d{11}`, valid: (v) => isValidPesel(v) || isValidTckn(v), score: 0.5, phoneLike: true },
  { source: String.raw`[1-7]\d{4}-\d{7}-\d`, valid: isValidCnic, score: 0.85 },
  {
    source: String.raw`784(?<emirates>[ -]?)\d{4}\k<emirates>\d{7}\k<emirates>\d`,
    valid: isValidEmiratesId,
    score: 0.9,
  },
  { source: String.raw`\d{6}-\d{2}-\d{4}`, valid: isValidMyKad, score: 0.85 },
  { source: String.raw`\d{13}`, valid: isValidZaId, score: 0.6, phoneLike: true },
  { source: String.raw`\d{16}`, valid: (v) => isValidNik(v) && !luhn(v), score: 0.6 },
  { source: String.raw`(?:19|20)?\d{6}[-+]\d{4}`, valid: isValidPersonnummer, score: 0.85, region: 'SE' },
  {
    source: String.raw`[2-9]\d{3}(?<aadhaar>[ -])\d{4}\k<aadhaar>\d{4}`,
    valid: isValidAadhaar,
    score: 0.6,
    phoneLike: true,
  },
  { source: String.raw`\d{3}(?<nhs>[ -])\d{3}\k<nhs>\d{4}`, valid: isValidNhs, score: 0.5, phoneLike: true },
  { source: String.raw`\d{3}-\d{3}-\d{3}`, valid: (v) => isValidSin(v) || isValidTfn(v), score: 0.5, phoneLike: true },
  // Blanks between groups of three are how amounts are written too ("331 449 281"): an ID word must lift it (0.75).
  { source: String.raw`\d{3} \d{3} \d{3}`, valid: (v) => isValidSin(v) || isValidTfn(v), score: 0.4, phoneLike: true },
  { source: String.raw`[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]`, valid: isValidPan, score: 0.6, caps: true },
];
/** All layouts in one pass (one RegExp to compile: a Unicode class costs V8 about a millisecond each time). */
const LAYOUT_RE = new RegExp(`${B}(?:${LAYOUTS.map((l, i) => `(?<k${i}>${l.source})`).join('|')})${E}`, 'giu');

/** Longest first: "documento de identidad" before "documento". */
const labelsRe = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`\s+`).replace(/'/g, "['’]?"))
    .join('|');
/** A label, then up to three filler words or marks, up to the first character of the value. */
const FILLER = String.raw`(?:[\s:#.=№-]{0,4}(?:no|nr|n(?=\.)|num|number|nummer|numer|numéro|numero|número|nº|n°|nomor|numarası|номер|серия|серии|is|ist|est|es|è|é|är|er|jest|lautet|was|de|del|di|do|da|saya|ku|mera|meri|hai|card)\.?(?![\p{L}\p{N}])){0,3}[\s:#.=№-]{0,4}`;
/**
 * Labels without the 'u' flag: a long case-insensitive Unicode alternation costs V8 tens of milliseconds to compile
 * (twice, on its first runs); the word edges are checked by hand (`labelEdges`).
 */
const LABEL_WORDS = new RegExp(labelsRe(ID_WORDS), 'gi');
const LABEL_ACRONYMS = new RegExp(labelsRe(ID_ACRONYMS), 'g');
const LABEL_UNSPACED = new RegExp(`(?:${labelsRe(ID_UNSPACED)})(?:号码|號碼|号|號|番号|번호)?`, 'g');
const AFTER_LABEL = new RegExp(FILLER, 'iuy');
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** A label is a whole word: no letter or digit before it, no letter after it. */
const labelEdges = (text: string, start: number, end: number) =>
  !(start > 0 && ALNUM.test(text[start - 1])) && !(end < text.length && LETTER.test(text[end]));
/**
 * The value: groups of Latin letters and digits; a group after a blank holds a digit ("X1234567 valid" stops) or is one
 * letter between digits (German Sozialversicherungsnummer "65 170839 J 003").
 */
const VALUE = /[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+|[ ](?=[A-Za-z]*\d|[A-Za-z] \d)[A-Za-z0-9]+)*/y;
/** A date or a span of years is no identifier ("Passport: 12.03.2031", "PAN 2019-2023"). */
const DATE = /^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d\d[-/](?:19|20)?\d\d)$/;
const GENERIC_SCORE = 0.75;
/** A Russian passport: series (2+2 digits) and number (6 digits) after "паспорт", with "серия" / "номер" / "№". */
const RU_PASSPORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])паспорт[а-я]*[\s:]{1,3}(?:рф[\s:]{1,3})?(?:сери[яи][\s:]{1,3})?(\d{2} ?\d{2}[\s:]{1,3}(?:(?:номер|no|n)\.?[\s:]{0,3})?\d{6})${E}`,
  'giu',
);

/** The value right after a label ending at `index`, trimmed to at most 20 letters and digits; undefined when none. */
function valueAt(text: string, index: number): { start: number; end: number; value: string } | undefined {
  // 20 letters and digits with a separator between each fit in 40 characters: the rest is never read (linear time).
  const near = text.slice(index, index + 48);
  VALUE.lastIndex = 0;
  const m = VALUE.exec(near);
  if (!m) return undefined;
  let raw = m[0];
  // Groups after blanks beyond 20 letters and digits are the text going on ("12345678 2024 …"), not the value.
  while (raw.replace(/[^A-Za-z0-9]/g, '').length > 20) {
    const cut = raw.lastIndexOf(' ');
    if (cut <= 0) return undefined;
    raw = raw.slice(0, cut);
  }
  const value = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  if (value.length < 6 || (value.match(/\d/g)?.length ?? 0) < 4 || DATE.test(raw)) return undefined;
  if (raw.length === near.length && index + near.length < text.length) return undefined;
  return { start: index, end: index + raw.length, value };
}

/** A currency before or a unit after: an amount ("€ 4918 3726 5103", "331 449 281 km"). */
const amount = (text: string, start: number, end: number) =>
  CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || UNIT_AFTER.test(text.slice(end, end + 8));
/** A phone word near and no ID word: a number in a phone layout is the phone. */
const phoneWord = (text: string, start: number, end: number) =>
  hasContext(text, 'PHONE', start, end) && !hasContext(text, 'ID_NUMBER', start, end);

export const idNumberRecognizer: Recognizer = {
  name: 'id-number',
  types: ['ID_NUMBER'],
  find(folded, ctx) {
    const out: RawMatch[] = [];
    if (!/\d/.test(folded)) return out;
    for (const m of folded.matchAll(LAYOUT_RE)) {
      const layout = LAYOUTS.find((_, i) => m.groups?.[`k${i}`] !== undefined);
      if (!layout || (layout.caps && m[0] !== m[0].toUpperCase())) continue;
      const v = m[0].replace(/[^\dA-Za-z]/g, '').toUpperCase();
      if (!layout.valid(v)) continue;
      const end = m.index + m[0].length;
      if (layout.phoneLike && (amount(folded, m.index, end) || phoneWord(folded, m.index, end))) continue;
      if (layout.region && !ctx.regions?.includes(layout.region) && !hasContext(folded, 'ID_NUMBER', m.index, end))
        continue;
      out.push(match('ID_NUMBER', m.index, end, layout.score, v));
    }
    for (const m of folded.matchAll(RU_PASSPORT)) {
      const end = m.index + m[0].length;
      out.push(match('ID_NUMBER', end - m[1].length, end, GENERIC_SCORE, m[1].replace(/\D/g, '')));
    }
    for (const re of [LABEL_WORDS, LABEL_ACRONYMS, LABEL_UNSPACED]) {
      for (const m of folded.matchAll(re)) {
        const end = m.index + m[0].length;
        if (re !== LABEL_UNSPACED && !labelEdges(folded, m.index, end)) continue;
        AFTER_LABEL.lastIndex = end;
        const v = valueAt(folded, AFTER_LABEL.exec(folded) ? AFTER_LABEL.lastIndex : end);
        if (v) out.push(match('ID_NUMBER', v.start, v.end, GENERIC_SCORE, v.value));
      }
    }
    return out;
  },
};
