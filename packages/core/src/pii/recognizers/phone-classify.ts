/**
 * Which region a digit string is a phone number of (libphonenumber-js `max` metadata), for phone.ts: international
 * forms, the preferred regions, then (when the caller's budget allows) every region; results in a bounded cache.
 */
import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Every region, the most populous / most written-about first (the first valid one gives the E.164 value). */
const FIRST = 'US GB DE FR ES IT NL BE CH AT IN CN JP BR MX CA AU PL SE NO DK FI IE PT IL TR RU UA KR ID PH'.split(' ');
export const ALL_REGIONS = [...new Set([...FIRST, ...getCountries()])] as CountryCode[];

export type Kind = 'intl-valid' | 'intl-possible' | 'valid' | 'valid-foreign' | 'possible' | 'none';
export interface Verdict {
  kind: Kind;
  value: string;
  /** A mobile number of a preferred region (libphonenumber's type). */
  mobile?: boolean;
}

/** Bounded cache: classifying a national number against every region costs milliseconds. */
const cache = new Map<string, Verdict>();
const CACHE_SIZE = 4096;
function remember(key: string, v: Verdict): Verdict {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, v);
  return v;
}

export function parse(s: string, region?: CountryCode) {
  try {
    return parsePhoneNumberFromString(s, region);
  } catch {
    return undefined;
  }
}

/** A number of 11-15 digits read with a "+" before it: its E.164 form when valid and a mobile number there. */
export function bareInternational(digits: string): string | undefined {
  const key = `bare|${digits}`;
  let v = cache.get(key);
  if (!v) {
    const p = parse(`+${digits}`);
    const ok = !!p?.isValid() && MOBILE.has(p.getType() ?? '');
    v = remember(key, { kind: ok ? 'intl-valid' : 'none', value: p?.number ?? digits });
  }
  return v.kind === 'intl-valid' ? v.value : undefined;
}
const MOBILE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);
/** `digits` may start with '+'. `scan`: also try every region libphonenumber knows (costly; budgeted by the caller). */
export function classify(digits: string, preferred: readonly CountryCode[], scan: boolean): Verdict {
  const key = `${preferred.join(',')}|${scan ? 1 : 0}|${digits}`;
  const known = cache.get(key);
  if (known) return known;
  if (digits.startsWith('+')) {
    const p = parse(digits);
    if (p?.isValid()) return remember(key, { kind: 'intl-valid', value: p.number });
    // A "(0)" trunk written after a country code that dials none ("+45 (0)32 15 46 78"): the number without it.
    const trunk = p?.countryCallingCode ? 1 + p.countryCallingCode.length : -1;
    if (trunk > 0 && digits[trunk] === '0') {
      const q = parse(digits.slice(0, trunk) + digits.slice(trunk + 1));
      if (q?.isValid()) return remember(key, { kind: 'intl-valid', value: q.number });
    }
    if (p?.isPossible()) return remember(key, { kind: 'intl-possible', value: p.number });
    return remember(key, { kind: 'none', value: digits });
  }
  let possible: string | undefined;
  for (const r of preferred) {
    const p = parse(digits, r);
    if (p?.isValid()) return remember(key, { kind: 'valid', value: p.number, mobile: p.getType() === 'MOBILE' });
    if (!possible && p?.isPossible()) possible = p.number;
  }
  if (scan) {
    for (const r of ALL_REGIONS) {
      if (preferred.includes(r)) continue;
      const p = parse(digits, r);
      if (p?.isValid()) return remember(key, { kind: 'valid-foreign', value: p.number });
    }
  }
  return remember(key, { kind: 'possible', value: possible ?? digits });
}
