/**
 * Numbers 10-99 written as words, the way phone numbers are read in pairs ("zéro six, douze, trente-quatre,
 * soixante-dix-huit", "zero six, twelve, thirty-four", "null sechs, vierunddreißig"), in en de fr es it nl pt pl
 * ru uk tr id ms.
 * Key: the words of the number, lowercased, joined by one space (hyphens read as spaces); value: two digits.
 * Used by spelled.ts, which matches the longest phrase first (at most TENS_WORDS words).
 */
export const TENS: ReadonlyMap<string, string> = build();
/** Most words in one phrase ("quatre vingt dix sept"). */
export const TENS_WORDS = 4;

type Units = readonly string[];

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (words: string, value: number) => out.set(words.replace(/-/g, ' '), String(value));
  // Teens and tens of each language: index 0 = 10, …, 9 = 19; tens[k] = (k + 2) * 10.
  const teensTens = (teens: string, tens: string) => {
    teens.split(' ').forEach((w, k) => {
      for (const v of w.split('|')) add(v, 10 + k);
    });
    tens.split(' ').forEach((w, k) => {
      for (const v of w.split('|')) add(v, (k + 2) * 10);
    });
  };
  const enUnits: Units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  teensTens(
    'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    'twenty thirty forty|fourty fifty sixty seventy eighty ninety',
  );
  joined('twenty thirty forty|fourty fifty sixty seventy eighty ninety', enUnits, (t, u) => [`${t} ${u}`], add);

  const deUnits: Units = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  teensTens(
    'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    'zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
  );
  joined(
    'zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
    deUnits,
    (t, u) => [`${u}und${t}`],
    add,
  );

  const nlUnits: Units = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
  teensTens(
    'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien',
    'twintig dertig veertig vijftig zestig zeventig tachtig negentig',
  );
  joined(
    'twintig dertig veertig vijftig zestig zeventig tachtig negentig',
    nlUnits,
    (t, u) => (u.endsWith('e') ? [`${u}ën${t}`, `${u}en${t}`] : [`${u}en${t}`]),
    add,
  );

  const esUnits: Units = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
  teensTens(
    'diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve',
    'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
  );
  'veintiuno veintidós|veintidos veintitrés|veintitres veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho veintinueve'
    .split(' ')
    .forEach((w, k) => {
      for (const v of w.split('|')) add(v, 21 + k);
    });
  joined('treinta cuarenta cincuenta sesenta setenta ochenta noventa', esUnits, (t, u) => [`${t} y ${u}`], add, 3);

  const ptUnits: Units = ['', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
  teensTens(
    'dez onze doze treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove',
    'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
  );
  joined('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa', ptUnits, (t, u) => [`${t} e ${u}`], add);

  const itUnits: Units = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
  teensTens(
    'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
    'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
  );
  joined(
    'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
    itUnits,
    // The vowel of the ten drops before uno and otto ("ventuno", "trentotto"); "tre" takes an accent ("ventitré").
    (t, u) => (u === 'uno' || u === 'otto' ? [t.slice(0, -1) + u] : u === 'tre' ? [`${t}tre`, `${t}tré`] : [t + u]),
    add,
  );

  // Polish, Russian, Ukrainian, Turkish, Indonesian / Malay: the ten, then the unit as a word of its own
  // ("czterdzieści osiem", "тридцать четыре", "yirmi üç", "empat puluh tiga"); Turkish teens are "on" + unit ("on
  // bir"; "on" alone is an English word, so not 10).
  const separate = (teens: string, tens: string, units: Units) => {
    teensTens(teens, tens);
    joined(tens, units, (t, u) => [`${t} ${u}`], add);
  };
  separate(
    'dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście',
    'dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt',
    ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  );
  separate(
    'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать',
    'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто',
    ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  );
  separate(
    "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять|п’ятнадцять|пʼятнадцять шістнадцять " +
      "сімнадцять вісімнадцять дев'ятнадцять|дев’ятнадцять|девʼятнадцять",
    "двадцять тридцять сорок п'ятдесят|п’ятдесят|пʼятдесят шістдесят сімдесят вісімдесят дев'яносто|дев’яносто|девʼяносто",
    ['', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"],
  );
  const trUnits: Units = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
  for (let u = 1; u <= 9; u++) add(`on ${trUnits[u]}`, 10 + u);
  for (const [k, w] of 'yirmi otuz kırk elli altmış yetmiş seksen doksan'.split(' ').entries()) add(w, (k + 2) * 10);
  joined('yirmi otuz kırk elli altmış yetmiş seksen doksan', trUnits, (t, u) => [`${t} ${u}`], add);
  const idUnits: Units = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan|lapan', 'sembilan'];
  add('sepuluh', 10);
  add('sebelas', 11);
  for (let u = 2; u <= 9; u++) for (const v of idUnits[u].split('|')) add(`${v} belas`, 10 + u);
  for (let t = 2; t <= 9; t++) {
    for (const tv of idUnits[t].split('|')) {
      add(`${tv} puluh`, t * 10);
      for (let u = 1; u <= 9; u++) for (const uv of idUnits[u].split('|')) add(`${tv} puluh ${uv}`, t * 10 + u);
    }
  }

  // French: 21-69 "vingt-deux", "vingt et un"; 70-79 on 60, 80-99 on "quatre-vingt"; Belgian and Swiss septante,
  // huitante / octante, nonante.
  const frUnits: Units = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  const frTeens = 'dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(' ');
  for (const [k, w] of frTeens.entries()) add(w, 10 + k);
  const frTens: [string, number][] = [
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
    ['septante', 70],
    ['huitante', 80],
    ['octante', 80],
    ['nonante', 90],
  ];
  for (const [t, v] of frTens) {
    add(t, v);
    add(`${t} et un`, v + 1);
    for (let u = 1; u <= 9; u++) add(`${t} ${frUnits[u]}`, v + u);
  }
  frTeens.forEach((w, k) => {
    add(`soixante ${w}`, 70 + k);
    add(`quatre vingt ${w}`, 90 + k);
  });
  add('soixante et onze', 71);
  for (const t of ['quatre vingt', 'quatre vingts']) add(t, 80);
  for (let u = 1; u <= 9; u++) add(`quatre vingt ${frUnits[u]}`, 80 + u);
  return out;
}

/** Tens (the first worth `first` × 10; Spanish lists 21-29 apart) combined with units 1-9 by `forms(ten, unit)`. */
function joined(
  tens: string,
  units: Units,
  forms: (ten: string, unit: string) => string[],
  add: (words: string, value: number) => void,
  first = 2,
): void {
  tens.split(' ').forEach((w, k) => {
    for (const t of w.split('|')) {
      for (let u = 1; u <= 9; u++) for (const f of forms(t, units[u])) add(f, (k + first) * 10 + u);
    }
  });
}
