/**
 * Hold-out 16 spoken forms, written BLIND (from the author's own knowledge of how speech-to-text output reads; no
 * recognizer, lexicon, doc, test or other corpus was read): digit words, two-digit words, fillers, self-corrections,
 * spelling alphabets, e-mail words, months, days and years as said aloud, per language.
 */
import type { Lang } from './pii-holdout16-values.ts';

export const DIGIT: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
};

export const FILLER: Record<Lang, string[]> = {
  en: ['uh', 'um', 'erm', 'uh let me see'],
  de: ['ähm', 'äh', 'öhm', 'ähm Moment'],
  fr: ['euh', 'heu', 'euh attendez'],
  es: ['eh', 'em', 'este', 'eh a ver'],
  it: ['ehm', 'eh', 'allora', 'ehm aspetti'],
  pt: ['hum', 'é', 'ah', 'deixa ver'],
  nl: ['eh', 'uhm', 'eh even kijken'],
  pl: ['yyy', 'eee', 'yyy chwileczkę'],
};

export const CORRECTION: Record<Lang, string[]> = {
  en: ['no sorry', 'no wait', 'sorry no'],
  de: ['nein sorry', 'nee warten Sie', 'äh nein'],
  fr: ['non pardon', 'non attendez', 'pardon non'],
  es: ['no perdón', 'no espere', 'perdón no'],
  it: ['no scusi', 'no aspetti', 'scusi no'],
  pt: ['não desculpe', 'não espere', 'desculpe não'],
  nl: ['nee sorry', 'nee wacht', 'sorry nee'],
  pl: ['nie przepraszam', 'nie czekaj', 'przepraszam nie'],
};

export const DOT: Record<Lang, string[]> = {
  en: ['dot'],
  de: ['punkt'],
  fr: ['point'],
  es: ['punto'],
  it: ['punto'],
  pt: ['ponto'],
  nl: ['punt'],
  pl: ['kropka'],
};
export const AT: Record<Lang, string[]> = {
  en: ['at'],
  de: ['at', 'ät'],
  fr: ['arobase', 'at'],
  es: ['arroba'],
  it: ['chiocciola', 'at'],
  pt: ['arroba'],
  nl: ['apenstaartje', 'at'],
  pl: ['małpa', 'at'],
};
export const UNDERSCORE: Record<Lang, string> = {
  en: 'underscore',
  de: 'unterstrich',
  fr: 'tiret bas',
  es: 'guion bajo',
  it: 'trattino basso',
  pt: 'underscore',
  nl: 'underscore',
  pl: 'podkreślnik',
};
export const PLUS: Record<Lang, string> = {
  en: 'plus',
  de: 'plus',
  fr: 'plus',
  es: 'más',
  it: 'più',
  pt: 'mais',
  nl: 'plus',
  pl: 'plus',
};

/** Spelling alphabets: connector word and one word per letter A..Z. */
export const ALPHABET: Record<Lang, [string, string[]]> = {
  en: [
    'as in',
    'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(
      ' ',
    ),
  ],
  de: [
    'wie',
    'Anton Berta Cäsar Dora Emil Friedrich Gustav Heinrich Ida Julius Kaufmann Ludwig Martha Nordpol Otto Paula Quelle Richard Siegfried Theodor Ulrich Viktor Wilhelm Xanthippe Ypsilon Zacharias'.split(
      ' ',
    ),
  ],
  fr: [
    'comme',
    'Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé'.split(
      ' ',
    ),
  ],
  es: [
    'de',
    'Antonio Barcelona Carmen Dolores España Francia Granada Historia Italia José Kilo Lorenzo Madrid Navarra Oviedo París Querido Ramón Sábado Tarragona Ulises Valencia Washington Xilófono Yegua Zaragoza'.split(
      ' ',
    ),
  ],
  it: [
    'come',
    'Ancona Bologna Como Domodossola Empoli Firenze Genova Hotel Imola Jolly Kappa Livorno Milano Napoli Otranto Palermo Quarto Roma Savona Torino Udine Venezia Washington Xeres York Zara'.split(
      ' ',
    ),
  ],
  pt: [
    'de',
    'Aveiro Braga Coimbra Dinis Évora Faro Guarda Horta Itália José Kodak Lisboa Maria Nazaré Ovar Porto Queluz Rita Setúbal Tavira Unidade Vidago Waldemar Xavier York Zulmira'.split(
      ' ',
    ),
  ],
  nl: [
    'van',
    'Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Jan Karel Lodewijk Marie Nico Otto Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam'.split(
      ' ',
    ),
  ],
  pl: [
    'jak',
    'Adam Barbara Celina Dorota Ewa Franciszek Grażyna Henryk Irena Józef Karol Ludwik Marek Natalia Olga Piotr Quebec Roman Stefan Tadeusz Urszula Violetta Wacław Xawery Ypsylon Zygmunt'.split(
      ' ',
    ),
  ],
};

const EN_TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DE_TEENS = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ');
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const FR_LOW =
  'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(
    ' ',
  );
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 0..99 said as one number in en/de/fr (others fall back to digit by digit). Leading zero read as a digit. */
export function pair(lang: Lang, s: string): string | undefined {
  if (s.length !== 2) return undefined;
  if (s[0] === '0') return `${DIGIT[lang][0]} ${DIGIT[lang][Number(s[1])]}`;
  const n = Number(s);
  const u = n % 10;
  const t = Math.floor(n / 10);
  if (lang === 'en') return n < 20 ? EN_TEENS[n - 10] : u ? `${EN_TENS[t]}-${DIGIT.en[u]}` : EN_TENS[t];
  if (lang === 'de') {
    if (n < 20) return DE_TEENS[n - 10];
    return u ? `${u === 1 ? 'ein' : DIGIT.de[u]}und${DE_TENS[t]}` : DE_TENS[t];
  }
  if (lang === 'fr') {
    if (n < 20) return FR_LOW[n];
    if (n < 70) return u === 0 ? FR_TENS[t] : u === 1 ? `${FR_TENS[t]} et un` : `${FR_TENS[t]}-${FR_LOW[u]}`;
    if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_LOW[n - 60]}`;
    return n === 80 ? 'quatre-vingts' : `quatre-vingt-${FR_LOW[n - 80]}`;
  }
  return undefined;
}

export const MONTH: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
};

const EN_ORD =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth'.split(
    ' ',
  );
const DE_ORD =
  'ersten zweiten dritten vierten fünften sechsten siebten achten neunten zehnten elften zwölften dreizehnten vierzehnten fünfzehnten sechzehnten siebzehnten achtzehnten neunzehnten zwanzigsten einundzwanzigsten zweiundzwanzigsten dreiundzwanzigsten vierundzwanzigsten fünfundzwanzigsten sechsundzwanzigsten siebenundzwanzigsten achtundzwanzigsten'.split(
    ' ',
  );
const ES_DAY =
  'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho'.split(
    ' ',
  );
const IT_DAY =
  'primo due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitré ventiquattro venticinque ventisei ventisette ventotto'.split(
    ' ',
  );
const PT_DAY =
  'um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove vinte vinte e um vinte e dois vinte e três vinte e quatro vinte e cinco vinte e seis vinte e sete vinte e oito'
    .replace(/vinte e /g, 'vinte_e_')
    .split(' ')
    .map((w) => w.replace(/_/g, ' '));
const NL_DAY =
  'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig zesentwintig zevenentwintig achtentwintig'.split(
    ' ',
  );
const PL_DAY =
  'pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego szesnastego siedemnastego osiemnastego dziewiętnastego dwudziestego dwudziestego_pierwszego dwudziestego_drugiego dwudziestego_trzeciego dwudziestego_czwartego dwudziestego_piątego dwudziestego_szóstego dwudziestego_siódmego dwudziestego_ósmego'
    .split(' ')
    .map((w) => w.replace(/_/g, ' '));

/** Year said aloud where the author is sure of the form (en, de, fr); undefined elsewhere (digits are used). */
export function yearWords(lang: Lang, y: number): string | undefined {
  const lo = String(y).slice(2);
  if (lang === 'en') {
    if (y >= 2000)
      return y === 2000
        ? 'two thousand'
        : `two thousand ${y < 2010 ? 'and ' : ''}${pair('en', lo)?.replace(/^zero /, '')}`;
    return `nineteen ${lo[0] === '0' ? `oh ${DIGIT.en[Number(lo[1])]}` : pair('en', lo)}`;
  }
  if (lang === 'de') {
    if (y >= 2000) return `zweitausend${y % 100 ? (pair('de', lo) ?? '').replace(/^null /, '').replace(/ /g, '') : ''}`;
    return `neunzehnhundert${lo === '00' ? '' : (pair('de', lo) ?? '').replace(/^null /, '')}`;
  }
  if (lang === 'fr') {
    if (y >= 2000) return `deux mille${y % 100 ? ` ${(pair('fr', lo) ?? '').replace(/^zéro /, '')}` : ''}`;
    return `mille neuf cent${lo === '00' ? '' : ` ${(pair('fr', lo) ?? '').replace(/^zéro /, '')}`}`;
  }
  return undefined;
}

/** Day of month (1..28) said aloud, in the form used before the month name. */
export function dayWords(lang: Lang, d: number): string {
  switch (lang) {
    case 'en':
      return `the ${EN_ORD[d - 1]} of`;
    case 'de':
      return `am ${DE_ORD[d - 1]}`;
    case 'fr':
      return `le ${d === 1 ? 'premier' : (pair('fr', String(d).padStart(2, '0')) ?? '').replace(/^zéro /, '')}`;
    case 'es':
      return `el ${ES_DAY[d - 1]} de`;
    case 'it':
      return `il ${IT_DAY[d - 1]}`;
    case 'pt':
      return `${PT_DAY[d - 1]} de`;
    case 'nl':
      return NL_DAY[d - 1];
    case 'pl':
      return PL_DAY[d - 1];
  }
}

const PL_CARD =
  'jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia'.split(
    ' ',
  );

/** Cardinal 1..28 said aloud (house numbers). */
export function cardinal(lang: Lang, n: number): string {
  if (n < 10) return DIGIT[lang][n];
  if (lang === 'en' || lang === 'de' || lang === 'fr') return pair(lang, String(n)) ?? String(n);
  if (lang === 'es') return ES_DAY[n - 1];
  if (lang === 'it') return IT_DAY[n - 1];
  if (lang === 'pt') return PT_DAY[n - 1];
  if (lang === 'nl') return NL_DAY[n - 1];
  return n <= 20 ? PL_CARD[n - 1] : `dwadzieścia ${PL_CARD[n - 21]}`;
}
