import { type CountryCode, findNumbers } from 'libphonenumber-js/max';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Phone numbers via libphonenumber-js (full metadata, leniency VALID): international numbers anywhere,
 * national numbers for `defaultRegion`. Unformatted national digit strings get a low base score so that
 * plain numbers only count as phones with supporting context ("call", "tel", ...).
 * Value = E.164.
 */
const PHONE_CHARS = /^[\d\s\-.()/+]+/;

export const phoneRecognizer: Recognizer = {
  name: 'phone',
  types: ['PHONE'],
  find(text, ctx) {
    const out: RawMatch[] = [];
    if (!/\d{2}/.test(text) && !/\d[\s\-.]\d/.test(text)) return out;
    const region = ctx.defaultRegion as CountryCode | undefined;
    // Length-preserving rewrites so offsets stay valid: "0049 30…" -> " +49 30…", digits split by a line break.
    const prepared = text
      .replace(/(?<![\d+.\-()][ \t]?)(?<![\d+])00(?=[1-9])/g, ' +')
      .replace(/(?<=[\d)])[ \t]?\r?\n[ \t]?(?=[\d(])/g, (m) => ' '.repeat(m.length));
    for (const found of findNumbers(prepared, { defaultCountry: region, v2: true })) {
      const raw = prepared.slice(found.startsAt, found.endsAt);
      // libphonenumber may report an end past trailing punctuation; trim to phone characters.
      const trimmed = (PHONE_CHARS.exec(raw)?.[0] ?? raw).replace(/[\s\-.(/]+$/, '');
      if (!found.number.isValid()) continue;
      const viaZeroZero = text.startsWith('00', found.startsAt - 1) && prepared[found.startsAt - 1] === ' ';
      const start = viaZeroZero ? found.startsAt - 1 : found.startsAt;
      const end = found.startsAt + trimmed.length;
      const international = trimmed.startsWith('+');
      const formatted = /[\s\-.()/]/.test(trimmed);
      const score = international ? 0.9 : formatted ? 0.7 : 0.45;
      out.push(match('PHONE', start, end, score, found.number.number));
    }
    return out;
  },
};
