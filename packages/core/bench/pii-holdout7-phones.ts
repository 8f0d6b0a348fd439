/**
 * Phones of hold-out 7: valid numbers (libphonenumber-js/max) of many regions, mobile and fixed-line, made from the
 * library's example number (fixed-line: a valid fixed number found once per region) with the trailing digits
 * randomized until valid, then written the way people of that region write them, or internationally.
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  type CountryCode,
  getExampleNumber,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { choose, digits, type Made, type Rand, split } from './pii-holdout7-values.ts';

/** region, local languages (carrier sentences), national habits (see `national`). */
const REGIONS: [string, string[], string[]][] = [
  ['US', ['en', 'es'], ['lib', 'dash', 'dot', 'nsn', 'one']],
  ['CA', ['en', 'fr'], ['lib', 'dash', 'dot']],
  ['MX', ['es'], ['lib', 'paren', 'dash', 'compact']],
  ['BR', ['pt'], ['lib', 'nopar', 'compact']],
  ['AR', ['es'], ['lib', 'compact']],
  ['CO', ['es'], ['lib', 'compact', 'dash']],
  ['CL', ['es'], ['lib', 'compact']],
  ['PE', ['es'], ['lib', 'compact']],
  ['VE', ['es'], ['lib', 'dash', 'compact']],
  ['EC', ['es'], ['lib', 'compact']],
  ['UY', ['es'], ['lib', 'compact']],
  ['GT', ['es'], ['lib', 'dash']],
  ['CR', ['es'], ['lib', 'dash']],
  ['DO', ['es'], ['lib', 'dash']],
  ['GB', ['en'], ['lib', 'compact', 'g56']],
  ['IE', ['en'], ['lib', 'compact']],
  ['FR', ['fr'], ['lib', 'dot', 'compact']],
  ['BE', ['nl', 'fr'], ['lib', 'dot', 'slash']],
  ['LU', ['fr', 'de'], ['lib', 'compact']],
  ['DE', ['de'], ['lib', 'area', 'slash', 'paren', 'dash']],
  ['AT', ['de'], ['lib', 'slash', 'area']],
  ['CH', ['de', 'fr', 'it'], ['lib', 'compact']],
  ['IT', ['it'], ['lib', 'compact', 'dash']],
  ['ES', ['es'], ['lib', 'g333', 'compact']],
  ['PT', ['pt'], ['lib', 'compact']],
  ['NL', ['nl'], ['lib', 'dash', 'compact']],
  ['DK', ['en'], ['lib', 'compact']],
  ['SE', ['sv'], ['lib', 'compact', 'dash']],
  ['NO', ['en'], ['lib', 'compact']],
  ['FI', ['en', 'sv'], ['lib', 'compact']],
  ['PL', ['pl'], ['lib', 'dash', 'compact']],
  ['CZ', ['en'], ['lib', 'compact']],
  ['SK', ['en'], ['lib', 'compact']],
  ['HU', ['en'], ['lib', 'compact', 'slash']],
  ['RO', ['en'], ['lib', 'compact']],
  ['BG', ['en'], ['lib', 'compact']],
  ['GR', ['en'], ['lib', 'compact']],
  ['HR', ['en'], ['lib', 'compact']],
  ['RS', ['en'], ['lib', 'compact']],
  ['UA', ['ru'], ['lib', 'compact']],
  ['RU', ['ru'], ['lib', 'compact']],
  ['TR', ['tr'], ['lib', 'compact', 'paren']],
  ['IL', ['en'], ['lib', 'compact']],
  ['EG', ['ar'], ['lib', 'compact']],
  ['SA', ['ar'], ['lib', 'compact']],
  ['AE', ['ar', 'en'], ['lib', 'compact', 'dash']],
  ['JO', ['ar'], ['lib', 'compact']],
  ['QA', ['ar'], ['lib', 'compact']],
  ['MA', ['fr', 'ar'], ['lib', 'compact', 'dot']],
  ['DZ', ['fr', 'ar'], ['lib', 'compact']],
  ['TN', ['fr', 'ar'], ['lib', 'compact']],
  ['SN', ['fr'], ['lib', 'compact']],
  ['CI', ['fr'], ['lib', 'compact']],
  ['NG', ['en'], ['lib', 'compact', 'dash']],
  ['GH', ['en'], ['lib', 'compact']],
  ['KE', ['en'], ['lib', 'compact', 'g433']],
  ['TZ', ['en'], ['lib', 'compact']],
  ['UG', ['en'], ['lib', 'compact']],
  ['ET', ['en'], ['lib', 'compact']],
  ['ZA', ['en'], ['lib', 'compact', 'dash']],
  ['IN', ['hi', 'en'], ['nsn', 'notrunk', 'lib', 'compact']],
  ['PK', ['en'], ['lib', 'compact', 'dash']],
  ['BD', ['en'], ['lib', 'compact']],
  ['LK', ['en'], ['lib', 'compact']],
  ['CN', ['zh'], ['lib', 'compact', 'dash']],
  ['HK', ['zh', 'en'], ['lib', 'compact']],
  ['TW', ['zh'], ['lib', 'compact', 'dash']],
  ['JP', ['ja'], ['lib', 'compact', 'sp']],
  ['KR', ['ko'], ['lib', 'compact', 'dot']],
  ['ID', ['id'], ['lib', 'compact', 'sp']],
  ['VN', ['vi'], ['lib', 'compact', 'dot']],
  ['PH', ['en'], ['lib', 'compact', 'dash']],
  ['TH', ['th'], ['lib', 'compact', 'dash']],
  ['MY', ['en'], ['lib', 'compact']],
  ['SG', ['en'], ['lib', 'compact']],
  ['KZ', ['ru'], ['lib', 'compact']],
  ['AU', ['en'], ['lib', 'compact', 'paren']],
  ['NZ', ['en'], ['lib', 'compact']],
  ['FJ', ['en'], ['lib']],
];
/** Regions where "+CC (0) …" is a habit. */
const PLUS_ZERO = new Set(['GB', 'DE', 'AT', 'CH', 'NL', 'BE', 'IE']);
export const PHONE_REGIONS = REGIONS.map(([c]) => c);

const isMobile = (t: string | undefined) => t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
const isFixed = (t: string | undefined) => t === 'FIXED_LINE' || t === 'FIXED_LINE_OR_MOBILE';
const fixedSeed = new Map<string, string | null>();

/** A valid fixed-line national number of `region`, searched once (then reused as that region's example). */
function fixedExample(r: Rand, region: string, mobile: string): string | null {
  if (fixedSeed.has(region)) return fixedSeed.get(region) ?? null;
  let found: string | null = null;
  for (let i = 0; i < 6000 && !found; i++) {
    const len = mobile.length + ((i % 3) - 1);
    const n = parsePhoneNumberFromString(`${1 + Math.floor(r() * 9)}${digits(r, len - 1)}`, region as CountryCode);
    if (n?.isValid() && n.country === region && n.getType() === 'FIXED_LINE') found = n.nationalNumber;
  }
  fixedSeed.set(region, found);
  return found;
}

/** Randomizes the trailing digits of national number `base` until valid with the wanted kind. */
function randomized(r: Rand, region: string, base: string, fixed: boolean): PhoneNumber | undefined {
  for (let i = 0; i < 400; i++) {
    const keep = Math.max(1, Math.min(base.length - 3, i < 200 ? 3 : base.length - 4));
    const n = parsePhoneNumberFromString(base.slice(0, keep) + digits(r, base.length - keep), region as CountryCode);
    if (n?.isValid() && n.country === region && (fixed ? isFixed(n.getType()) : isMobile(n.getType()))) return n;
  }
  return undefined;
}

const groupsOf = (s: string): string[] => [...(s.match(/\d+/g) ?? [])];

/** National writing `habit` of number `n`, or undefined when the habit does not fit it. */
function national(n: PhoneNumber, habit: string): string | undefined {
  const lib = n.formatNational();
  const g = groupsOf(lib);
  const all = g.join('');
  const nsnGroups = groupsOf(n.formatInternational()).slice(1);
  if (habit === 'lib') return lib;
  if (habit === 'compact') return all;
  if (habit === 'sp' || habit === 'dash' || habit === 'dot') return g.join({ sp: ' ', dash: '-', dot: '.' }[habit]);
  if (habit === 'nopar') return lib.startsWith('(') ? lib.replace(/^\((\d+)\)/, '$1') : undefined;
  if (g.length < 2) return undefined;
  if (habit === 'slash') return `${g[0]}/${g.slice(1).join('')}`;
  if (habit === 'area') return `${g[0]} ${g.slice(1).join('')}`;
  if (habit === 'paren') return lib.startsWith('(') ? undefined : `(${g[0]})${lib.slice(g[0].length)}`;
  if (habit === 'nsn') return n.nationalNumber;
  if (habit === 'notrunk') return nsnGroups.join(' ');
  if (habit === 'one') return `1-${g.join('-')}`;
  if (habit.startsWith('g')) {
    const sizes = [...habit.slice(1)].map(Number);
    if (sizes.reduce((a, b) => a + b, 0) !== all.length) return undefined;
    return split(all, sizes).join(' ');
  }
  return undefined;
}

/** One phone: region, kind (mobile/fixed), written nationally (60%) or internationally (40%). */
export function phone(r: Rand): Made {
  for (;;) {
    const [region, langs, habits] = choose(r, REGIONS);
    const example = getExampleNumber(region as CountryCode, examples);
    if (!example) continue;
    const wantFixed = r() < 0.35;
    const base = wantFixed ? fixedExample(r, region, example.nationalNumber) : example.nationalNumber;
    if (!base) continue;
    const n = randomized(r, region, base, wantFixed);
    if (!n) continue;
    const kind = wantFixed ? 'fixed' : 'mobile';
    const lang = r() < 0.6 ? choose(r, langs) : 'en';
    const cc = n.countryCallingCode;
    const nsnGroups = groupsOf(n.formatInternational()).slice(1);
    if (r() < 0.6) {
      const habit = choose(r, habits);
      const v = national(n, habit);
      if (v) return { v, fmt: `national-${habit}`, tag: `${region}-${kind}`, lang };
      continue;
    }
    const intl = choose(r, ['intl', 'intl', 'e164', 'e164', '00', 'dash', 'tel', 'plus0']);
    if (intl === 'plus0' && !PLUS_ZERO.has(region)) continue;
    const v =
      intl === 'intl'
        ? n.formatInternational()
        : intl === 'e164'
          ? n.number
          : intl === '00'
            ? `00${cc}${r() < 0.5 ? ` ${nsnGroups.join(' ')}` : n.nationalNumber}`
            : intl === 'dash'
              ? `+${cc}-${nsnGroups.join('-')}`
              : intl === 'tel'
                ? r() < 0.5
                  ? n.number
                  : `+${cc}-${nsnGroups.join('-')}`
                : `+${cc} (0) ${nsnGroups.join(' ')}`;
    if (intl !== 'tel') return { v, fmt: `intl-${intl}`, tag: `${region}-${kind}`, lang };
    const [pre, post] = choose(r, [
      ['tel:', ''],
      ['[call me](tel:', ')'],
      ['<a href="tel:', '">call</a>'],
    ]);
    return { v, pre, post, fmt: 'intl-tel', tag: `${region}-${kind}`, lang, own: true };
  }
}
