import { escapeRegExp } from '../context.ts';
import { foldLetterDigits } from '../normalize.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * DATE_OF_BIRTH: a date right after a birth label ("DOB 14/03/1985", "born on March 14, 1985", "geboren am 14. März
 * 1985", "née le 14 mars 1985", "fecha de nacimiento: 14 de marzo de 1985", "出生日期：1985年3月14日"). A date without
 * such a label is left alone (a deadline or a meeting is no personal data), and so is a year alone ("born in 1985":
 * a year says too little to single out anyone, and "born in" is as often about a place).
 * Dates: day, month and year in numbers (14/03/1985, 03/14/1985, 14.03.85, 1985-03-14) with a day and month that can
 * exist, or a month name in the languages below with a four-digit year. Labels are matched without the 'u' flag
 * (edges checked by hand); the date is read from a bounded slice after the label (linear time).
 */
const LABELS: readonly string[] = [
  // en
  'dob',
  'd.o.b.',
  'd.o.b',
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'birth_date',
  'birth-date',
  'date_of_birth',
  'dateofbirth',
  'born',
  'born on',
  // de / nl
  'geboren',
  'geboren am',
  'geboren op',
  'geb.',
  'geburtsdatum',
  'geburtstag',
  'geboortedatum',
  // fr
  'né le',
  'née le',
  'né',
  'née',
  'date de naissance',
  // es / pt / it
  'fecha de nacimiento',
  'nacido el',
  'nacida el',
  'nació el',
  'data de nascimento',
  'nascido em',
  'nascida em',
  'data di nascita',
  'nato il',
  'nata il',
  'nato',
  'nata',
  // pl / cs / nordic / tr
  'data urodzenia',
  'urodzony',
  'urodzona',
  'urodził się',
  'urodziła się',
  'datum narození',
  'narozen',
  'narozena',
  'født',
  'fødselsdato',
  'född',
  'födelsedatum',
  'syntymäaika',
  'doğum tarihi',
  'dogum tarihi',
  // ru / uk / ar / id / vi
  'дата рождения',
  'родился',
  'родилась',
  'дата народження',
  'народився',
  'народилася',
  'تاريخ الميلاد',
  'تاريخ الولادة',
  'tanggal lahir',
  'lahir',
  'ngày sinh',
  'ngay sinh',
  'sinh ngày',
  'sinh ngay',
  // tl / el / sw / ro / tr (first person)
  'kapanganakan',
  'petsa ng kapanganakan',
  'ipinanganak',
  'ημερομηνία γέννησης',
  'ημ. γέννησης',
  'γεννήθηκα',
  'γεννήθηκε',
  'nimezaliwa',
  'alizaliwa',
  'tarehe ya kuzaliwa',
  'data nașterii',
  'data nasterii',
  'data naşterii',
  'data de naștere',
  'data de nastere',
  'născut',
  'născută',
  'nascut',
  'nascuta',
  'doğum tarihim',
  'dogum tarihim',
  'doğumlu',
  'dogumlu',
  // abbreviations and romanized labels (cs pl, Hindi, Thai)
  'nar.',
  'ur.',
  'janm tithi',
  'janam tithi',
  'janm tareekh',
  'wan koet',
  'wan kert',
  'wan kerd',
  // unaccented and short forms typed in forms (el hu fr es pt id hi)
  'ημερομηνια γεννησης',
  'ημ/νια γέννησης',
  'ημ/νία γέννησης',
  'születési idő',
  'születési dátum',
  'szuletesi ido',
  'szuletesi datum',
  'született',
  'szül.',
  'ddn',
  'fecha de nac.',
  'f. nac.',
  'fec. nac.',
  'data nasc.',
  'dt. nasc.',
  'tgl lahir',
  'tgl. lahir',
  'ttl',
  'janm',
  'janam',
  'जन्म तिथि',
  'जन्मतिथि',
  'जन्म',
  'родившийся',
  'родившаяся',
  'народжений',
  'народжена',
  'תאריך לידה',
  'נולד ב-',
  'נולדה ב-',
  'נולד',
  'נולדה',
  'مواليد',
  'مواليد:',
  'urodziłam się',
  'urodziłem się',
  'дата рожд.',
  'д.р.',
];
/** Labels of scripts written without spaces, matched anywhere. */
const UNSPACED: readonly string[] = [
  '出生日期',
  '出生年月日',
  '出生於',
  '出生于',
  '生年月日',
  '誕生日',
  '생년월일',
  '생일',
  'วันเกิด',
  'เกิดวันที่',
];

const MONTHS = [
  // en
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  // de / nl
  'januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|okt|dez|mrt',
  // fr
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  // es / pt / it
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  // pl (genitive) / tr / ru (genitive)
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
  'sty|lut|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru',
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  // Turkish months as the folded text writes them (dotless ı and ğ ş ü folded: "Aralık" -> "aralik")
  'subat|mayis|agustos|eylul|kasim|aralik',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  // uk (genitive) / cs (genitive) / ro / id / sw / tl / el (genitive)
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
  'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince',
  'ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie',
  'maret|agustus|desember|nopember|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba',
  'pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre',
  'ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου',
].join('|');

/** A separator of a numeric date, blanks around it allowed ("24 - 12 - 1970", "12 / 11 / 1977"). */
const SEP = String.raw`[ \t]?[./-][ \t]?`;
const NUMERIC = String.raw`\d{1,2}${SEP}\d{1,2}${SEP}(?:\d{4}|\d{2})|\d{4}${SEP}\d{1,2}${SEP}\d{1,2}`;
/** A Vietnamese date in words ("ngày 20 tháng 1 năm 1955", "ngay 3 thang 12 nam 1990"). */
const VIETNAMESE = String.raw`(?:ngày|ngay)[ \t]+\d{1,2}[ \t]+(?:tháng|thang)[ \t]+\d{1,2}[ \t]+(?:năm|nam)[ \t]+(?:19|20)\d\d`;
/** Blanks between the parts of a written date, one line break among them ("14 Ocak⏎2002"). */
const WS = String.raw`(?:[ \t]*\n[ \t]*|[ \t]+)`;
/** The year mark after a date in Russian, Ukrainian and Polish ("22 мая 1961 г.", "3 липня 1968 р.", "13.02.1967 r."). */
const YEAR_MARK = String.raw`(?:[ \t]?(?:г|р|r)\.)?`;
const DAY_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th|er|º|\.)?${WS}(?:de[ \t]+|of[ \t]+)?(?:${MONTHS})\.?,?${WS}(?:de[ \t]+)?(?:19|20)\d\d${YEAR_MARK}`;
const MONTH_DAY = String.raw`(?:${MONTHS})\.?${WS}\d{1,2}(?:st|nd|rd|th)?,?${WS}(?:19|20)\d\d`;
/** Day, month name and year joined by dashes, slashes or dots ("2-Mar-1957", "06/Feb/1968"). */
const DAY_MONTH_JOINED = String.raw`\d{1,2}[-/.](?:${MONTHS})\.?[-/.](?:19|20)\d\d`;
/** Eight digits after a birth label: day, month and year, or year, month and day ("07031987", "19870307"). */
const COMPACT = String.raw`\d{8}`;
const CJK = String.raw`(?:19|20)\d\d[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]?`;
/** A date in digits or with a month name, in any of the forms above (not CJK, whose end is read apart). */
const WRITTEN = `${VIETNAMESE}|(?:${NUMERIC})${YEAR_MARK}|${DAY_MONTH}|${MONTH_DAY}|${DAY_MONTH_JOINED}`;
/**
 * Words that put a date off a birth label: the date is a deadline or another event ("birth date required before
 * 12/05/2025", "Geburtsdatum bis 01.03.2026 nachreichen").
 */
const NOT_BIRTH = String.raw`(?:before|after|until|till|by|due|deadline|expires?|bis|vor|nach|frist|avant|après|jusqu|antes|después|hasta|prima|dopo|entro|voor|uiterlijk|przed|po|do)`;
/**
 * Between the label and the date: a field mark (also a table's "|" or ";"), up to two line breaks (the date on the
 * line after its label), then up to four words ("is", "lautet", "graag", "bitte", "on file should be", "è", a
 * birthplace "Jakarta,") or a Japanese / Chinese particle ("生年月日は…"), then maybe a field mark again (sticky).
 */
const DATE_AFTER = new RegExp(
  String.raw`["')]?[ \t]{0,3}[:=：|;-]?[ \t]{0,3}(?:\r?\n[ \t]*){0,2}["']?(?:(?!${NOT_BIRTH}[ \t])[\p{L}'’]{1,14}(?:,?[ \t]+|(?=[:=：]))){0,4}(?:[:=：][ \t]{0,3}(?:\r?\n[ \t]*){0,2})?["']?(?:[はが是为為][ \t]?)?(?:(${WRITTEN})(?![\p{L}\p{N}]|[./-]\d)|(${CJK})(?!\d)|(${COMPACT})(?![\p{L}\p{N}]|[./-]\d))`,
  'iuy',
);
const labelsRe = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`[ \t]+`))
    .join('|');
/** A whole date in any of the forms above (no group; for the dates beside a name, birth-beside.ts). */
export const DATE_SOURCE = `${WRITTEN}|${CJK}`;
const LABEL_RE = new RegExp(labelsRe(LABELS), 'gi');
const UNSPACED_RE = new RegExp(labelsRe(UNSPACED), 'g');
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * A numeric date whose day and month can exist, read either way (14/03 or 03/14); the year first when it has four
 * digits. A four-digit year before 1900 is no living person's.
 */
export function plausible(date: string): boolean {
  // Born before 1900: a historical figure ("Einstein (born 14 March 1879)"), no living person to protect.
  const year = date.match(/(?<!\d)(1[0-8]\d\d)(?!\d)/);
  if (year) return false;
  const parts = date.split(/[./-]/).map((p) => p.trim());
  // a month written as a word ("2-Mar-1957") exists
  if (parts.length !== 3 || parts.some((p) => /\p{L}/u.test(p))) return true;
  const [a, b, c] = parts.map(Number);
  const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  if (parts[0].length === 4) return a >= 1900 && a <= 2099 && dayMonth(c, b);
  return dayMonth(a, b) || dayMonth(b, a);
}

/** Eight digits that read as a date of a living person: DDMMYYYY, MMDDYYYY or YYYYMMDD with a year 1900-2099. */
function compactDate(d: string): boolean {
  const n = (a: number, b: number) => Number(d.slice(a, b));
  const dayMonth = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  const yearLast = n(4, 8) >= 1900 && n(4, 8) <= 2099 && (dayMonth(n(0, 2), n(2, 4)) || dayMonth(n(2, 4), n(0, 2)));
  const yearFirst = n(0, 4) >= 1900 && n(0, 4) <= 2099 && dayMonth(n(6, 8), n(4, 6));
  return yearLast || yearFirst;
}

export const birthDateRecognizer: Recognizer = {
  name: 'birth-date',
  types: ['DATE_OF_BIRTH'],
  find(folded) {
    const out: RawMatch[] = [];
    if (!/\d/.test(folded)) return out;
    // letters written for digits ("o3-05-I989", "I985-oI-23"): read as digits, offsets unchanged
    const text = foldLetterDigits(folded);
    for (const [re, unspaced] of [
      [LABEL_RE, false],
      [UNSPACED_RE, true],
    ] as const) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (!unspaced) {
          if (m.index > 0 && ALNUM.test(text[m.index - 1])) continue;
          // (a label that ends in a mark runs into its date: "נולד ב-16/06/1966")
          if (end < text.length && ALNUM.test(text[end]) && ALNUM.test(text[end - 1])) continue;
        }
        DATE_AFTER.lastIndex = end;
        const d = DATE_AFTER.exec(text);
        const date = d?.[1] ?? d?.[2] ?? d?.[3];
        if (!date || !(d?.[3] ? compactDate(date) : plausible(date))) continue;
        const stop = DATE_AFTER.lastIndex;
        out.push(match('DATE_OF_BIRTH', stop - date.length, stop, 0.9, date));
      }
    }
    return out;
  },
};
