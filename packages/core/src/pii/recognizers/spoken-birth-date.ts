import type { RawMatch, Recognizer } from '../types.ts';
import { TENS } from './spelled-tens.ts';
import { match } from './util.ts';

/**
 * DATE_OF_BIRTH said in a call (speech-to-text transcripts, en de fr es it pt nl pl): a date read out after a birth
 * question, often on the next turn ("Agent: your date of birth? / Caller: the fourteenth of March nineteen eighty
 * five", "am vierzehnten März neunzehnhundertfünfundachtzig", "le huit novembre mille neuf cent soixante-quinze",
 * "dwudziestego ósmego stycznia … 2000", "09 06 1995", "2 8 89"). Read only inside a bounded window after a birth cue
 * (a label or a question: "date of birth", "when were you born", "Geburtsdatum", "date de naissance", "data urodzenia"
 * …), so a delivery date or a meeting stays. Read forms: a day (numerals, cardinal or ordinal words) and a month name
 * that exist, then maybe a year (numerals or number words); a year alone closing a turn after such a date (the year
 * asked apart, or a correction: "… soixante-quinze pardon non mille neuf cent soixante-seize"); three numbers that
 * make a day, a month and a year. Linear: each window is bounded and windows are merged before reading.
 */
const CUES = new RegExp(
  [
    String.raw`date[ \t]+of[ \t]+birth`,
    String.raw`birth[ \t]?(?:date|day)`,
    'dob',
    String.raw`were[ \t]+you[ \t]+born`,
    'born',
    'geburtsdatum',
    'geburtstag',
    'geboren',
    'geboortedatum',
    String.raw`date[ \t]+de[ \t]+naissance`,
    'naissance',
    String.raw`n[ée]e?[ \t]+le`,
    'nacimiento',
    'nac[ií](?:d[oa])?',
    'nascimento',
    'nasci(?:d[oa])?',
    String.raw`data[ \t]+di[ \t]+nascita`,
    'nascita',
    String.raw`sono[ \t]+nat[oa]`,
    String.raw`nat[oa][ \t]+il`,
    String.raw`data[ \t]+urodzenia`,
    'urodzenia',
    'urodzi[łl](?:em|am|a|)',
    'urodzon[ya]',
  ].join('|'),
  'giu',
);
/** How far after a cue a date is looked for (characters), and at most how many line breaks. */
const WINDOW = 260;
const WINDOW_LINES = 4;

const MONTHS = new Map<string, number>();
for (const list of [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'jänner fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre',
  'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
])
  for (const [k, w] of list.split(' ').entries()) MONTHS.set(w, k + 1);

/** Day phrases (words joined by one space) → day of the month. */
const DAYS = new Map<string, number>();
const units: Record<string, readonly string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  pt: ['um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  it: ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
};
for (const list of Object.values(units)) for (const [k, w] of list.entries()) DAYS.set(w, k + 1);
for (const w of ['ein', 'erste', 'une', 'uma', 'één', 'primo', 'primero', 'primeiro', 'premier', 'première', 'first'])
  DAYS.set(w, 1);
DAYS.set('duas', 2);
DAYS.set('tres', 3);
for (const [k, v] of TENS) if (Number(v) <= 31) DAYS.set(k, Number(v));
const ordinals = (forms: string, from = 1) => {
  for (const [k, w] of forms.split(' ').entries()) DAYS.set(w, k + from);
};
ordinals(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth',
);
for (let u = 1; u <= 9; u++) {
  const o = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ')[u - 1];
  DAYS.set(`twenty ${o}`, 20 + u);
  if (u === 1) DAYS.set('thirty first', 31);
}
DAYS.set('thirtieth', 30);
// German: stem + e / en / er / em ("vierzehnten", "dritte", "einunddreißigsten").
const deStem = (n: number): string[] => {
  const special: Record<number, string[]> = { 1: ['erst'], 3: ['dritt'], 7: ['siebt', 'siebent'], 8: ['acht'] };
  if (special[n]) return special[n];
  const cardinal = [...TENS].filter(([k, v]) => Number(v) === n && /^[a-zäöüß]+$/.test(k) && !/[aeiou]$/.test(k));
  if (n < 10) return [`${units.de[n - 1]}t`];
  return cardinal
    .filter(([k]) => /zehn$|elf$|zwölf$|zig$|ßig$|ssig$/.test(k))
    .map(([k]) => (n < 20 ? `${k}t` : `${k}st`));
};
for (let n = 1; n <= 31; n++) for (const s of deStem(n)) for (const e of ['e', 'en', 'er', 'em']) DAYS.set(s + e, n);
// Dutch: "eerste", "tweede", "veertiende", "eenentwintigste".
ordinals('eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde');
for (const [k, v] of TENS) {
  const n = Number(v);
  if (n < 13 || n > 31 || !/^[a-zëé]+$/.test(k)) continue;
  if (/tien$/.test(k)) DAYS.set(`${k}de`, n);
  if (/tig$/.test(k)) DAYS.set(`${k}ste`, n);
}
// Polish genitive ordinals ("dwudziestego ósmego").
const plUnits =
  'pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego szesnastego siedemnastego osiemnastego dziewiętnastego dwudziestego'.split(
    ' ',
  );
for (const [k, w] of plUnits.entries()) DAYS.set(w, k + 1);
for (let u = 1; u <= 9; u++) DAYS.set(`dwudziestego ${plUnits[u - 1]}`, 20 + u);
DAYS.set('trzydziestego', 30);
DAYS.set('trzydziestego pierwszego', 31);
const MAX_DAY_WORDS = 4;

/** Words of a year read out; a compound word that holds "hundert" / "tausend" / "mille" … counts too. */
const YEAR_WORDS = new Set<string>([
  ...[...TENS.keys()].flatMap((k) => k.split(' ')),
  ...Object.values(units).flat(),
  ...plUnits,
  ...'hundred thousand hundert tausend cent cents mille mil cien ciento novecientos novecentos dois mil cento mila duemila honderd duizend negentienhonderd tysiąc tysiące dziewięćset trzydziestego czterdziestego pięćdziesiątego sześćdziesiątego siedemdziesiątego osiemdziesiątego dziewięćdziesiątego dwutysięcznego twenty oh'.split(
    ' ',
  ),
]);
const YEAR_COMPOUND = /hundert|tausend|honderd|duizend|novecento|^mille|duemila/;
const JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'i']);
const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'di',
  'del',
  'am',
  'le',
  'il',
  'el',
  'o',
  'op',
  'den',
  'dem',
  'a',
  'on',
]);
/** Said before a corrected value ("sorry", "pardon non", "nein", "perdón", "scusi", "desculpe", "nee", "nie"). */
const CORRECTION = new Set(
  'sorry no pardon non nein nee perdón perdon scusi scusa cioè desculpe não nie przepraszam wait wacht espere espera czekaj warten attendez aspetta moment mean meine'.split(
    ' ',
  ),
);
/** Words that put a date off the cue: a deadline or another event ("required before 15/01/2026", "bis 01.03.2026"). */
const NOT_BIRTH =
  /^(?:before|after|until|till|by|due|deadline|expires?|bis|vor|nach|frist|avant|après|jusqu|antes|después|hasta|prima|dopo|entro|voor|uiterlijk|przed|po|do)$/;
/** Whether one of the three words before `at` is a NOT_BIRTH word. */
const offCue = (text: string, at: number) =>
  (text.slice(Math.max(0, at - 40), at).match(/[\p{L}]+/gu) ?? [])
    .slice(-3)
    .some((w) => NOT_BIRTH.test(w.toLowerCase()));
const TOKEN = /[\p{L}\p{M}]+|\d+/gu;

interface Tok {
  low: string;
  start: number;
  end: number;
}

/** A year at token `i` (digits 19xx / 20xx / two digits, or number words): its end token (exclusive), or -1. */
function yearAt(toks: Tok[], i: number, text: string): number {
  const t = toks[i];
  if (!t) return -1;
  if (/^\d+$/.test(t.low)) return /^(?:19|20)\d\d$/.test(t.low) || /^\d\d$/.test(t.low) ? i + 1 : -1;
  let j = i;
  let words = 0;
  let compound = false;
  while (j < toks.length && j - i < 9) {
    const w = toks[j].low;
    if (j > i && /\n/.test(text.slice(toks[j - 1].end, toks[j].start))) break;
    if (YEAR_WORDS.has(w) || YEAR_COMPOUND.test(w)) {
      if (YEAR_COMPOUND.test(w)) compound = true;
      words++;
      j++;
    } else if (JOINERS.has(w) && words > 0 && j + 1 < toks.length && YEAR_WORDS.has(toks[j + 1].low)) j++;
    else break;
  }
  return compound || words >= 2 ? j : -1;
}

/** A day of the month made of the tokens ending right before `end` (exclusive): its first token, or -1. */
function dayBefore(toks: Tok[], end: number): number {
  let j = end;
  while (j > 0 && CONNECTORS.has(toks[j - 1].low) && end - j < 2) j--;
  if (j > 0 && /^(?:st|nd|rd|th|er|º)$/.test(toks[j - 1].low)) j--;
  if (j > 0 && /^\d{1,2}$/.test(toks[j - 1].low)) {
    const n = Number(toks[j - 1].low);
    return n >= 1 && n <= 31 ? j - 1 : -1;
  }
  for (let k = Math.max(0, j - MAX_DAY_WORDS); k < j; k++) {
    const phrase = toks
      .slice(k, j)
      .map((t) => t.low)
      .join(' ');
    if (DAYS.has(phrase)) return k;
  }
  return -1;
}

const DSEP = String.raw`(?:[ \t]{0,2}[./-][ \t]{0,2}|[ \t]{1,2})`;
const NUMERIC = new RegExp(
  String.raw`(?<![\d.,/-]|\d[ ./-])(\d{1,2})${DSEP}(\d{1,2})${DSEP}(\d{4}|\d{2})(?!\d|[ ./-]\d)`,
  'gu',
);
/(?<![\d.,/-]|\d[ ./-])(\d{1,2})[ \t]{0,2}[ ./-]?[ \t]{0,2}(\d{1,2})[ \t]{0,2}[ ./-]?[ \t]{0,2}(\d{4}|\d{2})(?![\d]|[ ./-]\d)/gu;
const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

function readWindow(text: string, from: number, to: number, out: RawMatch[]): void {
  const slice = text.slice(from, to);
  const toks: Tok[] = [];
  for (const m of slice.matchAll(TOKEN))
    toks.push({ low: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  let found = false;
  let lastEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    const month = MONTHS.get(toks[i].low);
    if (month) {
      const day = dayBefore(toks, i);
      if (day < 0 || offCue(text, toks[day].start)) continue;
      let end = i + 1;
      let k = end;
      while (k < toks.length && CONNECTORS.has(toks[k].low) && k - end < 2) k++;
      const year = yearAt(toks, k, text);
      // A year before 1900 (a historical figure) or past 2099: no living person's birth date.
      if (year < 0 && /^\d{3,}$/.test(toks[k]?.low ?? '')) continue;
      if (year > 0 && !/\n/.test(text.slice(toks[i].end, toks[k].start))) end = year;
      out.push(
        match(
          'DATE_OF_BIRTH',
          toks[day].start,
          toks[end - 1].end,
          0.85,
          text.slice(toks[day].start, toks[end - 1].end),
        ),
      );
      found = true;
      lastEnd = end;
      i = end - 1;
      continue;
    }
    // A year alone after a date: it closes a turn, and opens one or follows a correction word.
    if (found && i >= lastEnd) {
      const year = yearAt(toks, i, text);
      if (year < 0 || /^\d\d$/.test(toks[i].low)) continue;
      const before = text.slice(i > 0 ? toks[i - 1].end : from, toks[i].start);
      const opens = /[:\n]/.test(before) || toks.slice(Math.max(lastEnd, i - 3), i).some((t) => CORRECTION.has(t.low));
      const after = text.slice(toks[year - 1].end, toks[year - 1].end + 4);
      if (opens && /^[ \t]*(?:[.?!,][ \t]*)?(?:\n|$)/.test(after)) {
        out.push(
          match('DATE_OF_BIRTH', toks[i].start, toks[year - 1].end, 0.8, text.slice(toks[i].start, toks[year - 1].end)),
        );
        lastEnd = year;
        i = year - 1;
      }
    }
  }
  if (found) return;
  for (const m of slice.matchAll(NUMERIC)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]];
    if (!dayMonth(a, b) && !dayMonth(b, a)) continue;
    if ((y.length === 4 && !/^(?:19|20)/.test(y)) || offCue(text, from + m.index)) continue;
    out.push(match('DATE_OF_BIRTH', from + m.index, from + m.index + m[0].length, 0.85, m[0]));
    return;
  }
}

export const spokenBirthDateRecognizer: Recognizer = {
  name: 'spoken-birth-date',
  types: ['DATE_OF_BIRTH'],
  find(text) {
    const out: RawMatch[] = [];
    let winStart = -1;
    let winEnd = -1;
    for (const m of text.matchAll(CUES)) {
      const start = m.index;
      const end = start + m[0].length;
      if (
        (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) ||
        (end < text.length && /[\p{L}\p{N}]/u.test(text[end]))
      )
        continue;
      let stop = Math.min(text.length, end + WINDOW);
      let lines = 0;
      for (let p = end; p < stop; p++) if (text[p] === '\n' && ++lines > WINDOW_LINES) stop = p;
      if (winEnd >= 0 && end <= winEnd) winEnd = Math.max(winEnd, stop);
      else {
        if (winEnd >= 0) readWindow(text, winStart, winEnd, out);
        winStart = end;
        winEnd = stop;
      }
    }
    if (winEnd >= 0) readWindow(text, winStart, winEnd, out);
    return out;
  },
};
