import type { RawMatch, Recognizer } from '../types.ts';
import { match, modString, SEP_SLASH } from './util.ts';

/**
 * IBAN: country code, per-country length, ISO 13616 mod-97 == 1. Value = compact uppercase IBAN.
 * Lengths: the SWIFT IBAN registry (with HN and YE, added 2024-2025), and the countries that use IBANs outside it:
 * Iran (IR, "شبا"), Algeria, Morocco, Angola, Mozambique, Cape Verde, Madagascar, Comoros, the West African (UEMOA:
 * BJ BF CI GW ML NE SN TG) and Central African (CEMAC: CM CF TD CG GQ GA) banks.
 */
export const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 ' +
    'EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 ' +
    'KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 ' +
    'PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 ' +
    'UA29 VA22 VG24 XK20 YE30 ' +
    'IR26 DZ26 MA28 AO25 MZ25 CV25 MG27 KM27 BJ28 BF28 CI28 GW25 ML28 NE28 SN28 TG28 CM27 CF27 TD27 CG27 GQ27 GA27'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number.parseInt(e.slice(2), 10)]),
);

export function isValidIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let numeric = '';
  for (const ch of rearranged) numeric += /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
  return modString(numeric, 97) === 1;
}

// Not inside a word, except right after the label ("IBANDE89…"). The check digits may follow a space ("IE 07S WBC…").
// OCR may split the country code ("C H1658 …"): two capitals with a blank between, a digit right after. Glued to a
// word of another script ("คือDE48…ค่ะ" in Thai, written without spaces) it stands alone all the same.
const START = /(?:(?<![\p{Script=Latin}\p{N}])|(?<=iban))([a-z]{2}|[A-Z] [A-Z](?=\d))/giu;
/** What may not follow the last character: a Latin letter or a digit (the IBAN would go on). */
const GOES_ON = /[\p{Script=Latin}\p{N}]/u;
const ALNUM = /[A-Za-z0-9]/;
const SEP_AT = new RegExp(`^${SEP_SLASH}`);
/** Letters written for digits ("FR57O58o88…", "621l-4249"): tried when the IBAN as written fails the checksum. */
const LEET: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };
const LOWER_LEET: Record<string, string> = { o: '0', l: '1' };
/** Check digits: two digits, or a digit and a look-alike letter. */
const checkDigits = (two: string) => CHECK_DIGITS.test(two) && (isDigit(two[0]) || isDigit(two[1]));

/** `raw` with look-alike letters (of `map`) as digits, only in groups that also hold a real digit (`digitGroup`). */
const leet = (raw: string, map: Record<string, string>, digitGroup: boolean[]) =>
  [...raw].map((c, k) => (digitGroup[k] ? (map[c] ?? c) : c)).join('');

/** More letters read as digits ("EE76 SS7Z…", "46s9", "9596395g29"): "S"/"s" 5, "Z" 2, "B" 8, "b"/"G" 6, "g" 9, "D" 0. */
const BROAD: Record<string, string> = { ...LEET, S: '5', s: '5', Z: '2', B: '8', b: '6', G: '6', g: '9', D: '0' };
const CHECK_DIGITS = /^[0-9OolISsZBbGgD]{2}$/;
const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * The IBAN as written, then with look-alike letters as digits where a group also holds a digit: lowercase "o"/"l" in an
 * uppercase IBAN, then also "O"/"I"; then with the broader look-alikes (BROAD) in each group that is all digits and
 * look-alikes that also holds a real digit, and in each stretch of digits and look-alikes that holds more digits than letters
 * ("NL8bJWZV9596395g29": "JWZV" stays, "9596395g29" is read). The check digits (positions 3-4) are digits in every
 * reading. The mod-97 checksum rejects a wrong reading (one in 97 passes by chance), so the scan can be loose about grouping.
 */
function readings(raw: string, digitGroup: boolean[], group: number[]): string[] {
  const head = raw.slice(0, 2) + leet(raw.slice(2, 4), BROAD, [true, true]);
  const body = raw.slice(4);
  const inBody = digitGroup.slice(4);
  const out = [head + body];
  if (raw.slice(0, 2) === raw.slice(0, 2).toUpperCase()) out.push(head + leet(body, LOWER_LEET, inBody));
  out.push(head + leet(body, LEET, inBody));
  if (/[OolISsZBbGgD]/.test(body)) {
    // whole groups of digits and look-alikes
    const mixed = new Set(group.filter((_, k) => k >= 4 && !isDigit(raw[k]) && !BROAD[raw[k]]));
    out.push(head + [...body].map((c, k) => (inBody[k] && !mixed.has(group[k + 4]) ? (BROAD[c] ?? c) : c)).join(''));
    // stretches of a group with more digits than look-alikes
    const parts: string[] = [];
    for (let k = 0; k < body.length; k++) {
      if (k === 0 || group[k + 4] !== group[k + 3]) parts.push('');
      parts[parts.length - 1] += body[k];
    }
    out.push(
      head +
        parts
          .map((part) =>
            part.replace(/[0-9OolISsZBbGgD]+/g, (run) => {
              const digits = [...run].filter(isDigit).length;
              return digits > run.length - digits ? [...run].map((c) => BROAD[c] ?? c).join('') : run;
            }),
          )
          .join(''),
    );
  }
  return [...new Set(out.map((r) => r.toUpperCase()))];
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  types: ['IBAN'],
  find(text) {
    const out: RawMatch[] = [];
    for (const m of text.matchAll(START)) {
      if (m[1].length === 3 && m[1] !== m[1].toUpperCase()) continue;
      const length = IBAN_LENGTHS[m[1].replace(' ', '').toUpperCase()];
      if (!length) continue;
      let compact = m[0].replace(' ', '');
      let i = m.index + m[0].length;
      // group[k] = index of the group (between separators) of compact[k]
      const group = [0, 0];
      let groups = 0;
      let spacedLower = false;
      while (compact.length < length && i < text.length) {
        if (ALNUM.test(text[i])) {
          compact += text[i++];
          group.push(groups);
          // Check digits (or look-alikes) right after the country code, else this is a word.
          if (compact.length === 4 && !checkDigits(compact.slice(2))) break;
          continue;
        }
        const sep = SEP_AT.exec(text.slice(i, i + 4))?.[0];
        // A space between the country code and the check digits after lower case only when the whole reads as
        // written, in groups of four ("lu 63 3530 ijyj …", "de 07 8720 0645 …"; not "at 10 am on …"): see below.
        if (compact.length === 2 && m[1] !== m[1].toUpperCase()) spacedLower = true;
        if (sep && ALNUM.test(text[i + sep.length] ?? '') && ALNUM.test(text[i - 1])) {
          i += sep.length;
          groups++;
        } else break;
      }
      if (compact.length !== length || (i < text.length && GOES_ON.test(text[i]))) continue;
      // Look-alike letters only beside real digits: prose ("following terms have …") has none.
      // Few digits are fine in capitals ("QA37 GUFK JI5F I4TD …", "RO68JUWN7IPC…": mostly letters in some countries).
      const capitals = compact === compact.toUpperCase();
      const digitCount = compact.match(/\d/g)?.length ?? 0;
      const fewDigits = digitCount < 6 && !capitals;
      if (!checkDigits(compact.slice(2, 4)) || fewDigits) continue;
      const withDigit = new Set(group.filter((_, k) => /\d/.test(compact[k])));
      const valid = readings(
        compact,
        group.map((g) => withDigit.has(g)),
        group,
      ).find(isValidIban);
      const regular = () =>
        text
          .slice(m.index, i)
          .split(/[^A-Za-z0-9]+/)
          .slice(2, -1)
          .every((g) => g.length === 4);
      // Few digits in capitals: only as written (no letter read as a digit), in groups of four or in one piece.
      if (valid && digitCount < 6 && (valid !== compact || (groups > 1 && groups < 3))) continue;
      // Read with look-alikes, the spaced lower-case form needs ten real digits ("si 4S 1S56 6577 oZo9 3OO").
      const asWritten = valid === compact.toUpperCase();
      if (valid && spacedLower && (asWritten ? !regular() : digitCount < 10)) continue;
      if (valid) out.push(match('IBAN', m.index, i, 0.98, valid));
    }
    return out;
  },
};
