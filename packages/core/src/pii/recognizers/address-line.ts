import { isCommonWord } from '../lexicon.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { ADDRESS_CUES, ADDRESS_WORDS, CHAT_WORDS, TRAIL_LAST_ONLY, TRAIL_WORDS } from './address-line-words.ts';
import { match } from './util.ts';

/**
 * A whole address after an address label or a delivery phrase, read to the end of its clause ("address: House 36,
 * Road 2, Block C, Mirpur-10, Dhaka 1216", "entregar na Rua Augusta, 445, apto 179, Funcionários, Belo Horizonte -
 * MG, 30218-499", "ที่อยู่ 131 หมู่ 5 ตำบลบางพูด … 11120", "العنوان: عمارة 90، شقة 22، شارع 9، المعادي، القاهرة",
 * "pick up at Hse 64, Ashongman Estates, Accra (GPS: AK-988-3070)"). The local layouts (RT/RW, barangay, Moo / Tambon,
 * phường / quận, bairro / CEP, Col. / C.P., Calle # 34-56, P.O. Box) differ too much for one grammar, but after a label
 * the line is the address: what follows the cue, up to a line break, " / ", a question or exclamation mark, a sentence
 * end, an e-mail, or another "label:" with a word after it; then comma parts that read as the sentence going on
 * ("…, correct?", "…, driver is going elsewhere") and trailing chat words ("pls", "ya kak", "ค่ะ") are dropped.
 * The rest counts when it holds a digit and either an address word (house, flat, road, rua, calle, jl, purok, moo,
 * phường, mah, ถนน, شارع …) or three comma parts of which two start with a capital or an uncased letter. One pass
 * per cue; each read is bounded by its line (≤ 200 characters).
 */
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ADDRESS_CUES.join('|')}|(?:ship|send|deliver|mail|post)(?![\\p{L}])[^\\n]{0,40}?[ \\t]to(?=[ \\t]*\\r?\\n))(?![\\p{L}\\p{N}])(?:[ \\t]+(?:de|da|di|do|du|del|of|for)[ \\t]+(?:entrega|livraison|consegna|delivery|envío|envio|facturación|faturamento))?(?:[ \\t]+(?:ko|po|hai|is|es|é|est|ist|lautet|jest|adalah|là|now)(?![\\p{L}\\p{N}])){0,2}[ \\t]*[:：\\-–]?[ \\t]*`,
  'giu',
);
/** A block of address lines under a label on a line of its own ("Dirección de entrega:⏎C/ Mayor 6, 1º C⏎46058 Valencia"). */
const BLOCK_LINE = /[^\n]{2,80}/uy;
/** A line that is another field ("Tel: …", "E-mail: …"), not a line of the address. */
const FIELD_LINE = /^[ \t]*\p{L}[\p{L}\p{M} .-]{0,24}[:：]\s/u;

/** The lines after a label that stands alone on its line, up to a blank line or another field: [start, end) in `s`. */
function addressBlock(s: string): [number, number] | undefined {
  const first = /^[ \t]*\r?\n/u.exec(s);
  if (!first) return undefined;
  let at = first[0].length;
  let end = -1;
  let lines = 0;
  while (lines < 6) {
    BLOCK_LINE.lastIndex = at;
    const m = BLOCK_LINE.exec(s);
    // (nor a line with an e-mail, a phone, an IBAN or an account: nine digits or more)
    if (!m || FIELD_LINE.test(m[0]) || /[?!]\s*$/u.test(m[0]) || /@|(?:\d[\s./-]?){9,}/u.test(m[0])) break;
    // a sentence under the address ("and email me the tracking number.") ends it: four words or more, no digit,
    // a full stop at its end or a lower-case first word
    const words = m[0].trim().split(/\s+/u);
    if (
      lines > 0 &&
      words.length >= 4 &&
      !/\p{Nd}/u.test(m[0]) &&
      (/[.!?]\s*$/u.test(m[0]) || /^\p{Ll}/u.test(words[0]))
    )
      break;
    end = at + m[0].replace(/\s+$/u, '').length;
    lines++;
    at += m[0].length;
    const nl = /^\r?\n/u.exec(s.slice(at));
    if (!nl) break;
    at += nl[0].length;
  }
  if (lines < 2 || end < 0) return undefined;
  const start = first[0].length;
  const value = s.slice(start, end);
  return /\p{Nd}/u.test(value) && (value.match(/\p{L}/gu)?.length ?? 0) >= 4 ? [start, end] : undefined;
}
const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ADDRESS_WORDS})(?![\\p{L}])`, 'iu');
const MAX = 200;
/** Addresses of another kind: "IP address", "email address", "عنوان IP", "wallet address: …", a company's
 * "registered address" (no person's). */
const OTHER_KIND =
  /(?:^|[^\p{L}])(?:ip|ipv[46]|mac|e-?mail|mail|url|web|wallet|btc|eth|bitcoin|crypto|server|registered|principal|business|corporate|البريد|الإيميل)[\s:-]*$/iu;
const OTHER_AFTER = /^(?:ip|ipv[46]|mac|e-?mail|mail|url|web|wallet|btc|eth|البريد|الإيميل)(?![\p{L}])/iu;
/** An IPv4 address or a MAC / IPv6 run of hex groups inside is no street address. */
const MACHINE =
  /\d{1,3}[.\u200e\u200f]{1,3}\d{1,3}[.\u200e\u200f]{1,3}\d{1,3}[.\u200e\u200f]{1,3}\d{1,3}|[\da-f]{1,4}(?::[\da-f]{0,4}){3,}/iu;
/** Where the clause ends: a line break, " / ", " | ", "?", "¿", "!", ";", an e-mail or a link. */
const HARD_END = /\n|\s[/|]\s|[?¿!;]|\S+@\S+|https?:\/\//u;
/** Another label ("… Dhaka 1216, email: a@b.c", "Name: …", "Fax : 86 …"). */
const LABEL = /[\s,](\p{L}[\p{L}\p{M}]+)\s?:/gu;
/** How an address starts: a number, "#", a capital or a letter of a script without case, or an address word. */
const START = /^(?:[\p{Nd}#]|\p{Lu}|(?![\p{Ll}])\p{L})/u;
const FIRST_WORD = new RegExp(`^(?:${ADDRESS_WORDS})(?![\\p{L}])`, 'iu');

/** A postcode inside an address read after a label: five digits, "31-359", "4700-363", or four digits after a number. */
const POSTCODE_IN =
  /(?<![\p{L}\p{N}-])(?:\d{5}|\d{2}-\d{3}|\d{4}-\d{3})(?![\p{L}\p{N}-])|\d[\p{L}]?[ \t,]+\d{4}(?![\p{L}\p{N}])/u;
/** A landmark given with an address ("near the barangay hall", "ao lado da igreja", "tapat ng basketball court"). */
const LANDMARK =
  /^\s*(?:near|beside|opp\.?|opposite|behind|next to|across(?: from)?|in front of|close to|off|cerca de|frente a|enfrente de|junto a|a un lado del?|perto d[oa]|ao lado d[oa]|em frente a[o]?|à côté de|près de|en face de|neben|gegenüber|hinter|tapat ng|malapit sa|dekat|samping)(?![\p{L}])[^,]{2,40}$/iu;
/** A comma part that holds another kind of value or its label (an IBAN, an e-mail, a phone, an account holder). */
const OTHER_VALUE =
  /(?<![\p{L}])(?:iban|e-?mail|tel|phone|mobile|handy|account|konto|contact|whatsapp|cell|telefon|téléphone|teléfono)(?![\p{L}])|@|(?:\d[\s./-]?){9,}/iu;

/**
 * The sentence end in `s`: a dot and a blank after a word with a digit or of six letters or more ("Mumbai-400046. Is",
 * "London NW1 6XE. Mail …").
 */
function sentenceEnd(s: string): number {
  for (const m of s.matchAll(/\.(?=\s)/g)) {
    const before = s.slice(0, m.index);
    const word = /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? '';
    if (/\d/.test(word) || word.length >= 6) return m.index;
  }
  return -1;
}

/** The address in the text after a cue, as [start, end) within `s`; undefined when it reads as no address. */
export function addressAfterCue(s: string): [number, number] | undefined {
  let end = s.length;
  const hard = HARD_END.exec(s);
  if (hard) end = hard.index;
  // another label ends it, unless it is an address word ("Kat: 11", "No: 9", "GPS: AK-…")
  for (const m of s.slice(0, end).matchAll(LABEL)) {
    if (!FIRST_WORD.test(m[1])) {
      end = m.index;
      break;
    }
  }
  const dot = sentenceEnd(s.slice(0, end));
  if (dot >= 0) end = dot;
  // comma parts: stop at the first (after the first) that holds a chat word
  const parts: [number, number][] = [];
  for (const m of s.slice(0, end).matchAll(/[^,،]+/gu)) parts.push([m.index, m.index + m[0].length]);
  let kept = 0;
  /** A part cut short: it holds a chat word, but a postcode or number before it ("…, Massachusetts 02139 provides the"). */
  let cut = -1;
  for (const [a, b] of parts) {
    // a landmark is part of the address ("123 Narra Road, near the barangay hall, Brgy. Poblacion, …")
    if (kept > 0 && LANDMARK.test(s.slice(a, b))) {
      kept++;
      continue;
    }
    const chat = /[\p{L}\p{M}]+/gu;
    let first = -1;
    for (const w of s.slice(a, b).matchAll(chat)) {
      if (CHAT_WORDS.has(w[0].toLowerCase())) {
        first = a + w.index;
        break;
      }
    }
    // a part that holds another value ends the address: "…, 50667 Köln, IBAN DE74 …", "…, email w.saputra@…"
    if (kept > 0 && OTHER_VALUE.test(s.slice(a, b))) break;
    if (kept > 0 && first >= 0) {
      const number = /^.*\p{Nd}[\p{L}\p{N}-]*/su.exec(s.slice(a, first));
      if (number) cut = a + number[0].length;
      break;
    }
    kept++;
  }
  if (kept === 0) return undefined;
  end = cut >= 0 ? cut : parts[kept - 1][1];
  // the sentence going on after the address: the first chat word after its first digit ("… No: 9 olarak güncellendi")
  const digit = s.slice(0, end).search(/\p{Nd}/u);
  if (digit >= 0) {
    for (const w of s.slice(digit, end).matchAll(/[\p{L}\p{M}]+/gu)) {
      const at = digit + w.index;
      const l = w[0].toLowerCase();
      if (TRAIL_WORDS.has(l) && !TRAIL_LAST_ONLY.has(l) && !/[\p{L}\p{N}]/u.test(s[at - 1] ?? '')) {
        end = at;
        break;
      }
    }
  }
  // trailing chat words and punctuation
  for (;;) {
    const tail = /[\s,.)(\-–]*([\p{L}\p{M}]+)?[\s,.\-–]*$/u.exec(s.slice(0, end));
    if (!tail) break;
    if (tail[1] && TRAIL_WORDS.has(tail[1].toLowerCase())) {
      end = tail.index;
      continue;
    }
    end = s.slice(0, end).replace(/[\s,\-–]+$/u, '').length;
    // a closing dot after a word or a number, not after an abbreviation ("Dubai." but "D.C.", "N.L.")
    if (s[end - 1] === '.' && /(?:\p{L}{4,}|\d)\.$/u.test(s.slice(0, end))) end--;
    break;
  }
  let start = s.length - s.trimStart().length;
  // a recipient before the address ("send it to Maria Schneider, Baker Street 221b"): a first part without a digit
  // or an address word
  const first = /^[^,،]*[,،]\s*/u.exec(s.slice(start, end));
  if (first && !/\p{Nd}/u.test(first[0]) && !WORD.test(first[0])) start += first[0].length;
  const value = s.slice(start, end);
  if (value.length < 6 || !/\p{Nd}/u.test(value) || (value.match(/\p{L}/gu)?.length ?? 0) < 4) return undefined;
  // after a label, a house number and a postcode make an address however it is abbreviated ("178 r victor hugo
  // 33007 Bordeaux", "ul florianska 121 m. 5 31-359 kraków", "v. vittorio emanuele ii 94 40158 bologna")
  const numbers = value.match(/(?<![\p{L}\p{N}])\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu) ?? [];
  if (POSTCODE_IN.test(value) && numbers.length >= 1 && value.split(/\s+/u).length >= 4) return [start, end];
  if (!START.test(value) && !FIRST_WORD.test(value)) return undefined;
  const segments = value.split(/[,،]/u).map((p) => p.trim());
  const words = value.split(/\s+/u).length;
  if (WORD.test(value) && (segments.length >= 2 || words >= 3)) return [start, end];
  const named = segments.filter((p) => /^[\p{Nd}\s/-]*(?:\p{Lu}|[^\p{L}\p{N}\s]*[\p{Lo}])/u.test(p)).length;
  if (segments.length >= 3 && named >= 2 && /\p{Nd}/u.test(segments[0])) return [start, end];
  // a street named without a street type and its house number ("Belgrano 828, Rosario", "Gorriti 4580, CABA",
  // "humahuaca 2685"): the name capitalised or no everyday word
  const street = /^((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){1,3})\d{1,5}[a-z]?$/u.exec(segments[0]);
  const names = street?.[1].trim().split(/[ \t]+/u) ?? [];
  if (street && names.every((w) => /^\p{Lu}/u.test(w) || !isCommonWord(w))) return [start, end];
  return undefined;
}

export const lineAddressRecognizer: Recognizer = {
  name: 'address-line',
  types: ['ADDRESS'],
  find(folded) {
    const out: RawMatch[] = [];
    if (!/\p{Nd}/u.test(folded)) return out;
    let last = 0;
    for (const m of folded.matchAll(CUE)) {
      const from = m.index + m[0].length;
      if (from < last || OTHER_KIND.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
      const line = folded.slice(from, from + MAX);
      if (OTHER_AFTER.test(line) || MACHINE.test(line.split('\n')[0])) continue;
      const span = addressBlock(line) ?? addressAfterCue(line);
      if (!span) continue;
      const start = from + span[0];
      const end = from + span[1];
      out.push(match('ADDRESS', start, end, 0.8, folded.slice(start, end).replace(/\s+/g, ' ').toLowerCase()));
      last = end;
    }
    return out;
  },
};
