/**
 * Words for hold-out 4: digits written out in many languages and scripts, numbers 0–99 read in pairs (the way phone
 * numbers are read aloud in French, German, Spanish, Italian, English), spoken "@" and "." in many languages, and
 * alternative digit forms (other scripts, full-width, mathematical, keycaps).
 */
/** "k=v k=v" as a record. */
export const table = (s: string): Record<string, string> =>
  Object.fromEntries(s.split(' ').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

export const DIGIT_WORDS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  enOh: ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  deZwo: ['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  el: ['μηδέν', 'ένα', 'δύο', 'τρία', 'τέσσερα', 'πέντε', 'έξι', 'επτά', 'οκτώ', 'εννέα'],
  zh: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  zhFormal: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
  ja: ['ゼロ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  hi: ['शून्य', 'एक', 'दो', 'तीन', 'चार', 'पांच', 'छह', 'सात', 'आठ', 'नौ'],
  nato: ['Zero', 'One', 'Two', 'Tree', 'Fower', 'Fife', 'Six', 'Seven', 'Eight', 'Niner'],
};

/** Ten digits of other scripts / forms, as strings (some are two code units). */
export const DIGIT_FORMS: Record<string, string[]> = {
  fullwidth: [...'０１２３４５６７８９'],
  arabicIndic: [...'٠١٢٣٤٥٦٧٨٩'],
  persian: [...'۰۱۲۳۴۵۶۷۸۹'],
  devanagari: [...'०१२३४५६७८९'],
  bengali: [...'০১২৩৪৫৬৭৮৯'],
  thai: [...'๐๑๒๓๔๕๖๗๘๙'],
  mathBold: [...'𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'],
  doubleStruck: [...'𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡'],
  monospace: [...'𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿'],
  circled: [...'⓪①②③④⑤⑥⑦⑧⑨'],
  keycap: [...'0123456789'].map((d) => `${d}\uFE0F\u20E3`),
  superscript: [...'⁰¹²³⁴⁵⁶⁷⁸⁹'],
};

const EN_TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DE_TEENS = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ');
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const ES_0_29 =
  'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(
    ' ',
  );
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const IT_0_19 =
  'zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove'.split(
    ' ',
  );
const IT_TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];

/** A number 0–99 in words. */
export const PAIR_WORDS: Record<string, (n: number) => string> = {
  en: (n) => {
    if (n < 10) return DIGIT_WORDS.en[n];
    if (n < 20) return EN_TEENS[n - 10];
    return EN_TENS[Math.floor(n / 10)] + (n % 10 ? `-${DIGIT_WORDS.en[n % 10]}` : '');
  },
  de: (n) => {
    if (n < 10) return DIGIT_WORDS.de[n];
    if (n < 20) return DE_TEENS[n - 10];
    const u = n % 10;
    return (u ? `${u === 1 ? 'ein' : DIGIT_WORDS.de[u]}und` : '') + DE_TENS[Math.floor(n / 10)];
  },
  fr: (n) => {
    if (n < 10) return DIGIT_WORDS.fr[n];
    if (n < 20) return FR_TEENS[n - 10];
    const t = Math.floor(n / 10);
    const u = n % 10;
    if (t === 7) return `soixante${u === 1 ? '-et-' : '-'}${FR_TEENS[u]}`;
    if (t >= 8) return `quatre-vingt${t === 9 ? `-${FR_TEENS[u]}` : u ? `-${DIGIT_WORDS.fr[u]}` : 's'}`;
    return FR_TENS[t] + (u === 1 ? '-et-un' : u ? `-${DIGIT_WORDS.fr[u]}` : '');
  },
  es: (n) => (n < 30 ? ES_0_29[n] : ES_TENS[Math.floor(n / 10)] + (n % 10 ? ` y ${ES_0_29[n % 10]}` : '')),
  it: (n) => {
    if (n < 20) return IT_0_19[n];
    const u = n % 10;
    let t = IT_TENS[Math.floor(n / 10)];
    if (u === 1 || u === 8) t = t.slice(0, -1);
    return t + (u ? (u === 3 ? 'tré' : IT_0_19[u]) : '');
  },
};

/** Spoken "@" and "." as people write them to dodge e-mail filters. */
export const AT_WORDS =
  ' at | [at] | (at) | {at} | AT |[at]| ät | arroba | chez | Klammeraffe | собака | chiocciola | małpa | snabel-a | apenstaartje | kukac | at sign | -at- |(a)| ＠ '.split(
    '|',
  );
export const DOT_WORDS =
  ' dot | [dot] | (dot) | {dot} | DOT |[.]| punto | point | Punkt | точка | kropka | punt | pont | nokta | ponto | piste |(.)| dt '.split(
    '|',
  );
