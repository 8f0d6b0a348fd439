/**
 * Hold-out 30 words per language: digits and two-digit numbers written out, "plus", the "at"/"dot" words people
 * use to dodge e-mail filters, and the hints of the split / reversed layouts.
 */
export const lang2 = (loc: string) => loc.slice(0, 2);

export const DIGITS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
};
const TEENS: Record<string, string[]> = {
  en: ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  de: ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
  fr: ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
  es: ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'],
  it: [
    'dieci',
    'undici',
    'dodici',
    'tredici',
    'quattordici',
    'quindici',
    'sedici',
    'diciassette',
    'diciotto',
    'diciannove',
  ],
  pt: ['dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove'],
  nl: ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
  pl: [
    'dziesięć',
    'jedenaście',
    'dwanaście',
    'trzynaście',
    'czternaście',
    'piętnaście',
    'szesnaście',
    'siedemnaście',
    'osiemnaście',
    'dziewiętnaście',
  ],
  tr: ['on', 'on bir', 'on iki', 'on üç', 'on dört', 'on beş', 'on altı', 'on yedi', 'on sekiz', 'on dokuz'],
  ru: [
    'десять',
    'одиннадцать',
    'двенадцать',
    'тринадцать',
    'четырнадцать',
    'пятнадцать',
    'шестнадцать',
    'семнадцать',
    'восемнадцать',
    'девятнадцать',
  ],
  id: [
    'sepuluh',
    'sebelas',
    'dua belas',
    'tiga belas',
    'empat belas',
    'lima belas',
    'enam belas',
    'tujuh belas',
    'delapan belas',
    'sembilan belas',
  ],
};
const TENS: Record<string, string[]> = {
  en: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  de: ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
  fr: ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', '', 'quatre-vingt', ''],
  es: ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
  it: ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'],
  pt: ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'],
  nl: ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
  pl: [
    '',
    '',
    'dwadzieścia',
    'trzydzieści',
    'czterdzieści',
    'pięćdziesiąt',
    'sześćdziesiąt',
    'siedemdziesiąt',
    'osiemdziesiąt',
    'dziewięćdziesiąt',
  ],
  tr: ['', '', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'],
  ru: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
  id: [
    '',
    '',
    'dua puluh',
    'tiga puluh',
    'empat puluh',
    'lima puluh',
    'enam puluh',
    'tujuh puluh',
    'delapan puluh',
    'sembilan puluh',
  ],
};
const ES20 = [
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];

/** A number 0..99 in words ("34" -> "thirty-four"); a leading zero is said as a digit ("07" -> "zero seven"). */
export function pairWords(lang: string, pair: string): string {
  const d = DIGITS[lang];
  if (pair.length === 1) return d[Number(pair)];
  if (pair[0] === '0') return `${d[0]} ${d[Number(pair[1])]}`;
  const n = Number(pair);
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 1) return TEENS[lang][u];
  const tens = TENS[lang][t];
  switch (lang) {
    case 'en':
      return u ? `${tens}-${d[u]}` : tens;
    case 'de':
      return u ? `${u === 1 ? 'ein' : d[u]}und${tens}` : tens;
    case 'fr': {
      if (t === 7 || t === 9) {
        const base = t === 7 ? 'soixante' : 'quatre-vingt';
        return `${base}${t === 7 && u === 1 ? ' et ' : '-'}${TEENS.fr[u]}`;
      }
      if (t === 8) return u ? `quatre-vingt-${d[u]}` : 'quatre-vingts';
      return u === 1 ? `${tens} et un` : u ? `${tens}-${d[u]}` : tens;
    }
    case 'es':
      return t === 2 ? ES20[u] : u ? `${tens} y ${d[u]}` : tens;
    case 'it': {
      if (!u) return tens;
      const stem = u === 1 || u === 8 ? tens.slice(0, -1) : tens;
      return stem + (u === 3 ? 'tré' : d[u]);
    }
    case 'pt':
      return u ? `${tens} e ${d[u]}` : tens;
    case 'nl':
      return u ? `${d[u]}${u === 2 || u === 3 ? 'ën' : 'en'}${tens}` : tens;
    default:
      return u ? `${tens} ${d[u]}` : tens;
  }
}

/** "plus" as said before a country code. */
export const PLUS: Record<string, string> = {
  en: 'plus',
  de: 'plus',
  fr: 'plus',
  es: 'más',
  it: 'più',
  pt: 'mais',
  nl: 'plus',
  pl: 'plus',
  tr: 'artı',
  ru: 'плюс',
  id: 'plus',
};

/** [at, dot] spellings per language; the bracketed forms are shared. */
export const AT_DOT: Record<string, [string, string][]> = {
  en: [
    [' at ', ' dot '],
    [' (at) ', ' (dot) '],
    [' [at] ', ' [dot] '],
    ['[at]', '[dot]'],
    [' AT ', ' DOT '],
  ],
  de: [
    [' at ', ' punkt '],
    [' (at) ', ' (punkt) '],
    [' ät ', ' Punkt '],
    [' [at] ', ' [punkt] '],
    [' Klammeraffe ', ' Punkt '],
  ],
  fr: [
    [' arobase ', ' point '],
    [' chez ', ' point '],
    [' (at) ', ' (point) '],
    [' [arobase] ', ' [point] '],
  ],
  es: [
    [' arroba ', ' punto '],
    [' (arroba) ', ' (punto) '],
    [' [at] ', ' [punto] '],
  ],
  it: [
    [' chiocciola ', ' punto '],
    [' (at) ', ' (punto) '],
    [' [chiocciola] ', ' [punto] '],
  ],
  pt: [
    [' arroba ', ' ponto '],
    [' (arroba) ', ' (ponto) '],
    [' [at] ', ' [ponto] '],
  ],
  nl: [
    [' apenstaartje ', ' punt '],
    [' (at) ', ' (punt) '],
    [' at ', ' punt '],
  ],
  pl: [
    [' małpa ', ' kropka '],
    [' (at) ', ' (kropka) '],
    [' [małpa] ', ' [kropka] '],
  ],
  tr: [
    [' et ', ' nokta '],
    [' (at) ', ' (nokta) '],
    [' [et] ', ' [nokta] '],
  ],
  ru: [
    [' собака ', ' точка '],
    [' (собака) ', ' (точка) '],
    [' [at] ', ' [dot] '],
  ],
  id: [
    [' at ', ' titik '],
    [' (at) ', ' (titik) '],
    [' [et] ', ' [titik] '],
  ],
};

/** Hints: [before the reversed value, before part one, before part two]. */
export const HINTS: Record<string, [string, string, string]> = {
  en: ['read it backwards:', 'first part', 'rest:'],
  de: ['rückwärts lesen:', 'erster Teil', 'Rest:'],
  fr: ['à lire à l’envers :', 'première partie', 'la suite :'],
  es: ['léelo al revés:', 'primera parte', 'el resto:'],
  it: ['leggilo al contrario:', 'prima parte', 'il resto:'],
  pt: ['lê ao contrário:', 'primeira parte', 'o resto:'],
  nl: ['achterstevoren lezen:', 'eerste deel', 'de rest:'],
  pl: ['czytaj od tyłu:', 'pierwsza część', 'reszta:'],
  tr: ['tersten oku:', 'ilk kısım', 'devamı:'],
  ru: ['читай задом наперёд:', 'первая часть', 'остальное:'],
  id: ['baca dari belakang:', 'bagian pertama', 'sisanya:'],
};
