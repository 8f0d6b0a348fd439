/**
 * Numbers 10-99 written as words, the way phone numbers are read in pairs ("zéro six, douze, trente-quatre,
 * soixante-dix-huit", "zero six, twelve, thirty-four", "null sechs, vierunddreißig"), in en de fr es it nl pt.
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
