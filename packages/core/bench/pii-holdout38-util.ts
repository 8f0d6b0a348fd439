/** Hold-out 38 helpers: seeded PRNG, locales, digit/word tables shared by the value, obfuscation and text files. */

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  pick: { <T>(a: readonly T[]): T; (a: string): string };
  chance(p: number): boolean;
  digits(n: number, first?: string): string;
  shuffle<T>(a: T[]): T[];
};

/** mulberry32, wrapped in the few helpers the generator needs (hi inclusive). */
export function makeRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = ((a: readonly unknown[] | string) => a[Math.floor(next() * a.length)]) as Rng['pick'];
  const digits = (n: number, first = '0123456789') => {
    let out = n > 0 ? pick([...first]) : '';
    for (let i = 1; i < n; i++) out += String(int(0, 9));
    return out;
  };
  const shuffle = <T>(a: T[]) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = int(0, i);
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  };
  return { next, int, pick, chance: (p) => next() < p, digits, shuffle };
}

export const LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'en-AU',
  'de',
  'fr',
  'es-ES',
  'es-MX',
  'it',
  'pt-BR',
  'pt-PT',
  'nl',
  'pl',
  'tr',
  'sv',
  'ja',
  'id',
] as const;
export type Locale = (typeof LOCALES)[number];

/** Share of texts per locale (English split over four regions). */
export const LOCALE_WEIGHT: Record<Locale, number> = {
  'en-US': 9,
  'en-GB': 7,
  'en-IN': 6,
  'en-AU': 5,
  de: 7,
  fr: 6,
  'es-ES': 4,
  'es-MX': 4,
  it: 5,
  'pt-BR': 4,
  'pt-PT': 3,
  nl: 5,
  pl: 5,
  tr: 5,
  sv: 5,
  ja: 5,
  id: 5,
};

export const lang2 = (loc: Locale) => loc.slice(0, 2);

export const LANG3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  sv: 'swe',
  ja: 'jpn',
  id: 'ind',
};

/** Digit words 0..9 per language (Japanese in romaji; `kanji` below for the other Japanese spelling). */
export const DIGIT_WORDS: Record<string, string[]> = {
  en: 'zero one two three four five six seven eight nine'.split(' '),
  de: 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' '),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf'.split(' '),
  es: 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' '),
  it: 'zero uno due tre quattro cinque sei sette otto nove'.split(' '),
  pt: 'zero um dois três quatro cinco seis sete oito nove'.split(' '),
  nl: 'nul een twee drie vier vijf zes zeven acht negen'.split(' '),
  pl: 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(' '),
  tr: 'sıfır bir iki üç dört beş altı yedi sekiz dokuz'.split(' '),
  sv: 'noll ett två tre fyra fem sex sju åtta nio'.split(' '),
  ja: 'zero ichi ni san yon go roku nana hachi kyuu'.split(' '),
  id: 'nol satu dua tiga empat lima enam tujuh delapan sembilan'.split(' '),
};
export const KANJI_DIGITS = '〇一二三四五六七八九';

export const PLUS_WORD: Record<string, string[]> = {
  en: ['plus', 'PLUS'],
  de: ['plus'],
  fr: ['plus'],
  es: ['más', 'mas'],
  it: ['più', 'piu'],
  pt: ['mais'],
  nl: ['plus'],
  pl: ['plus'],
  tr: ['artı'],
  sv: ['plus'],
  ja: ['purasu', 'プラス'],
  id: ['plus'],
};

/** Local words for "@" and "." in e-mail addresses (the English ones are used everywhere too). */
export const AT_WORD: Record<string, string[]> = {
  en: ['at'],
  de: ['Klammeraffe', 'klammeraffe', 'ät'],
  fr: ['arobase', 'arrobe'],
  es: ['arroba'],
  it: ['chiocciola'],
  pt: ['arroba'],
  nl: ['apenstaartje', 'apestaart'],
  pl: ['małpa', 'malpa'],
  tr: ['et'],
  sv: ['snabel-a'],
  ja: ['atto', 'アットマーク'],
  id: ['et'],
};
export const DOT_WORD: Record<string, string[]> = {
  en: ['dot'],
  de: ['punkt', 'Punkt'],
  fr: ['point'],
  es: ['punto'],
  it: ['punto'],
  pt: ['ponto'],
  nl: ['punt'],
  pl: ['kropka'],
  tr: ['nokta'],
  sv: ['punkt'],
  ja: ['dotto', 'ドット'],
  id: ['titik'],
};

export const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** Latin letter -> look-alike Cyrillic or Greek letters. */
export const HOMOGLYPH: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  e: ['е'],
  i: ['і', 'ι'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х'],
};

export const stripAccents = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss');

export const chunk = (s: string, sizes: readonly number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const n of sizes) {
    out.push(s.slice(k, k + n));
    k += n;
  }
  if (k < s.length) out.push(s.slice(k));
  return out.filter((g) => g.length > 0);
};
