import type { RawMatch, Recognizer } from '../types.ts';
import { match, modString, SEP_SLASH } from './util.ts';

/** IBAN: country code, per-country length, ISO 13616 mod-97 == 1. Value = compact uppercase IBAN. */
export const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 ' +
    'EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 ' +
    'KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 ' +
    'PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 ' +
    'VA22 VG24 XK20'
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
const START = /(?:(?<![\p{L}\p{N}])|(?<=iban))([a-z]{2})/giu;
const ALNUM = /[A-Za-z0-9]/;
const SEP_AT = new RegExp(`^${SEP_SLASH}`);
/** Letters written for digits ("FR57O58o88…", "621l-4249"): tried when the IBAN as written fails the checksum. */
const LEET: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };
const LOWER_LEET: Record<string, string> = { o: '0', l: '1' };

/** `raw` with look-alike letters (of `map`) as digits, only in groups that also hold a real digit (`digitGroup`). */
const leet = (raw: string, map: Record<string, string>, digitGroup: boolean[]) =>
  [...raw].map((c, k) => (digitGroup[k] ? (map[c] ?? c) : c)).join('');

/**
 * The IBAN as written, then with look-alike letters as digits where a group also holds a digit: lowercase "o"/"l" in an
 * uppercase IBAN, then also "O"/"I". The check digits (positions 3-4) are digits in every reading. The mod-97 checksum
 * rejects a wrong reading (one in 97 passes by chance), so the scan can be loose about grouping.
 */
function readings(raw: string, digitGroup: boolean[]): string[] {
  const head = raw.slice(0, 2) + leet(raw.slice(2, 4), LEET, [true, true]);
  const body = raw.slice(4);
  const inBody = digitGroup.slice(4);
  const out = [head + body];
  if (raw.slice(0, 2) === raw.slice(0, 2).toUpperCase()) out.push(head + leet(body, LOWER_LEET, inBody));
  out.push(head + leet(body, LEET, inBody));
  return [...new Set(out.map((r) => r.toUpperCase()))];
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  types: ['IBAN'],
  find(text) {
    const out: RawMatch[] = [];
    for (const m of text.matchAll(START)) {
      const length = IBAN_LENGTHS[m[1].toUpperCase()];
      if (!length) continue;
      let compact = m[0];
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
          if (compact.length === 4 && !/^(?:\d[0-9OolI]|[OolI]\d)$/.test(compact.slice(2))) break;
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
      if (compact.length !== length || (i < text.length && /[\p{L}\p{N}]/u.test(text[i]))) continue;
      // Look-alike letters only beside real digits: prose ("following terms have …") has none.
      // Few digits are fine in capitals ("QA37 GUFK JI5F I4TD …", "RO68JUWN7IPC…": mostly letters in some countries).
      const capitals = compact === compact.toUpperCase();
      const fewDigits = (compact.match(/\d/g)?.length ?? 0) < 6 && !capitals;
      if (!/^(?:\d[0-9OolI]|[OolI]\d)$/.test(compact.slice(2, 4)) || fewDigits) continue;
      const withDigit = new Set(group.filter((_, k) => /\d/.test(compact[k])));
      const valid = readings(
        compact,
        group.map((g) => withDigit.has(g)),
      ).find(isValidIban);
      const regular = () =>
        text
          .slice(m.index, i)
          .split(/[^A-Za-z0-9]+/)
          .slice(2, -1)
          .every((g) => g.length === 4);
      // Few digits in capitals: only as written (no letter read as a digit), in groups of four or in one piece.
      if (valid && (compact.match(/\d/g)?.length ?? 0) < 6 && (valid !== compact || (groups > 1 && groups < 3)))
        continue;
      if (valid && spacedLower && (valid !== compact.toUpperCase() || !regular())) continue;
      if (valid) out.push(match('IBAN', m.index, i, 0.98, valid));
    }
    return out;
  },
};
