/** Hold-out 24 helpers: seeded PRNG, phones (checked with libphonenumber-js/max), e-mails built from a person. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Person } from './pii-holdout24-names.ts';

export type Rand = () => number;

/** mulberry32, own copy. */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** National mobile patterns: X any digit, [..] a class. */
const MOBILE: Record<string, string[]> = {
  US: ['[2-9][0-8]X[2-9]XXXXXX'],
  GB: ['7[4-9]XXXXXXXX'],
  IN: ['[6-9]XXXXXXXXX'],
  AU: ['4[0-9]XXXXXXX'],
  ZA: ['[678][0-4]XXXXXXX'],
  NG: ['[789][01]XXXXXXXX'],
  DE: ['15[1279]XXXXXXXX', '17[0-9]XXXXXXXX', '16[023]XXXXXXX'],
  FR: ['[67]XXXXXXXX'],
  ES: ['6XXXXXXXX', '7[1-4]XXXXXXX'],
  MX: ['55XXXXXXXX', '33XXXXXXXX', '81XXXXXXXX'],
  BR: ['[1-5][1-9]9[6-9]XXXXXXX'],
  PT: ['9[1236]XXXXXXX'],
  IT: ['3[2-9]XXXXXXXX'],
  NL: ['6[1-5]XXXXXXX'],
  PL: ['5[0-3]XXXXXXX', '6[0-9]XXXXXXX', '7[2-9]XXXXXXX', '88XXXXXXX'],
  TR: ['5[0-5]XXXXXXXX'],
  ID: ['8[1-5]XXXXXXXX', '8[1-5]XXXXXXXXX'],
  MY: ['1[0-9]XXXXXXX', '11XXXXXXXX'],
  PH: ['9[0-9]XXXXXXXX'],
  KE: ['7[0-2]XXXXXXX', '1[01]XXXXXXX'],
  TZ: ['7[1-8]XXXXXXX', '6[2-9]XXXXXXX'],
  VN: ['9[0-9]XXXXXXX', '3[2-9]XXXXXXX', '8[1-9]XXXXXXX'],
  EG: ['1[0125]XXXXXXXX'],
  MA: ['6[0-9]XXXXXXX'],
  LB: ['3XXXXXX', '7[01]XXXXXX'],
  RU: ['9[0-9]XXXXXXXX'],
};

export const REGIONS: Record<string, string[]> = {
  'en-us': ['US'],
  'en-gb': ['GB'],
  'en-in': ['IN'],
  'en-au': ['AU'],
  'en-za': ['ZA'],
  yo: ['NG'],
  de: ['DE'],
  fr: ['FR'],
  es: ['ES'],
  'es-mx': ['MX'],
  'pt-br': ['BR'],
  'pt-pt': ['PT'],
  it: ['IT'],
  nl: ['NL'],
  pl: ['PL'],
  tr: ['TR'],
  id: ['ID'],
  ms: ['MY'],
  tl: ['PH'],
  sw: ['KE', 'TZ'],
  hi: ['IN'],
  vi: ['VN'],
  arz: ['EG', 'MA', 'LB'],
  ru: ['RU'],
};

function expand(r: Rand, pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === 'X') out += Math.floor(r() * 10);
    else if (c === '[') {
      const close = pattern.indexOf(']', i);
      const body = pattern.slice(i + 1, close);
      const opts: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-') {
          for (let d = Number(body[k]); d <= Number(body[k + 2]); d++) opts.push(String(d));
          k += 2;
        } else opts.push(body[k]);
      }
      out += pick(r, opts);
      i = close;
    } else out += c;
  }
  return out;
}

/** A valid mobile (or fixed-or-mobile) number of the language's region, written the way people type it. */
export function phone(r: Rand, lang: string): string {
  const region = pick(r, REGIONS[lang]);
  for (let tries = 0; tries < 500; tries++) {
    const nsn = expand(r, pick(r, MOBILE[region]));
    const p = parsePhoneNumberFromString(nsn, region as never);
    if (!p?.isValid()) continue;
    const type = p.getType();
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') continue;
    const style = r();
    if (style < 0.4) return p.formatNational();
    if (style < 0.75) return p.formatInternational();
    if (style < 0.9) return p.number;
    return p.formatNational().replace(/[^\d+]/g, '');
  }
  throw new Error(`no valid phone for ${region}`);
}

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', ð: 'd', þ: 'th' };

/** Lower-case ASCII for a mailbox: Cyrillic transliterated, accents dropped, spaces and apostrophes removed. */
export function ascii(s: string): string {
  return [...s.toLowerCase()]
    .map((c) => CYR[c] ?? SPECIAL[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const DOMAINS: Record<string, string[]> = {
  '*': ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me'],
  'en-gb': ['btinternet.com', 'hotmail.co.uk'],
  'en-au': ['bigpond.com', 'optusnet.com.au'],
  'en-za': ['webmail.co.za', 'telkomsa.net'],
  de: ['web.de', 'gmx.de', 't-online.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net'],
  it: ['libero.it', 'virgilio.it'],
  nl: ['ziggo.nl', 'kpnmail.nl'],
  pl: ['wp.pl', 'onet.pl', 'o2.pl'],
  ru: ['yandex.ru', 'mail.ru'],
  'pt-br': ['uol.com.br', 'bol.com.br'],
  tr: ['hotmail.com.tr'],
  id: ['yahoo.co.id'],
  ms: ['yahoo.com.my'],
};
const WORK = ['co', 'group', 'consulting', 'logistics', 'studio', 'clinic'];

/** An e-mail address built from the person's names (private or work style). */
export function email(r: Rand, p: Person, lang: string): string {
  const first = ascii(p.first);
  const last = ascii(p.last);
  const local = pick(r, [
    `${first}.${last}`,
    `${first}${last}`,
    `${first[0]}.${last}`,
    `${first}_${last}${Math.floor(r() * 90 + 10)}`,
    `${first}${Math.floor(r() * 9000 + 1000)}`,
    `${ascii(p.nick ?? p.first)}.${last[0]}`,
  ]);
  const dom =
    r() < 0.25
      ? `${pick(r, ['acme', 'nordlicht', 'blueriver', 'sunrise', 'kora', 'meridian'])}-${pick(r, WORK)}.com`
      : pick(r, [...DOMAINS['*'], ...(DOMAINS[lang] ?? []), ...(DOMAINS[lang] ?? [])]);
  return `${local}@${dom}`;
}
