import { hasContext } from '../context.ts';
import { type Edit, type Mapped, regexEdits, viewOf } from '../edits.ts';
import type { RawMatch, Recognizer, RecognizerContext } from '../types.ts';
import { cardRecognizer } from './card.ts';
import { emailRecognizer } from './email.ts';
import { ibanRecognizer } from './iban.ts';
import { nationalIdRecognizer } from './national-ids.ts';
import { networkRecognizer } from './network.ts';
import { phoneRecognizer } from './phone.ts';
import { wordView } from './word-view.ts';
import { wrapView } from './wrap-view.ts';

/**
 * A value cut into parts with something written between them (issue #11), read as one where the parts together pass
 * a recognizer that validates (Luhn and issuer, mod-97, SSN rules, a valid phone number, an email address):
 * - markup: "3532</span><span class=\"x\">4443", "5294<wbr>4570<!-- -->8254", "177</span>-<span>52";
 * - Markdown table cells (not the index cell that starts a row of a "# | part" table): "| 4005 | 5766 | 83317 |", rows of a "# | part" table ("| 1 | 0412 |\n| 2 | 3848 |"),
 *   "537\t|\t59\t|\t7231";
 * - string concatenation: "CONCAT('512', '344')", "\"\".join([\"IE09 DSYK\", \"1365 3029\"])", "'6011' '2833'";
 * - continuation words in several languages: "+47 40 und dann 73 57 – der Rest: 69", "539, continued: 05",
 *   "tanaka.y@ e il resto: orange.fr", "4407 (part 2) 0393";
 * - one group per line ("2352\n  8282\n  5041"), an address broken after "@" or before "." , one character per line;
 * - the dash or a blank written as a word in several languages ("0085 Strich 251", "621 trattino 24", "745 space 05").
 * The seam becomes a space between two digits or letters and nothing next to a value separator ("@", ".", "-").
 * Only values that span a seam are reported: the rest is what the other recognizers see already.
 */
const V = String.raw`[\p{L}\p{N}@.\-_+:]`;
const TAGS = new RegExp(
  String.raw`(?<=${V})(?:[ \t]*<(?:[a-z][a-z0-9]{0,9}(?:[ \t][^<>\n]{0,60})?|\/[a-z][a-z0-9]{0,9}|!--[^<>\n]{0,20}--)>[ \t]*)+(?=${V})`,
  'giu',
);
const CELLS = new RegExp(
  String.raw`(?<=${V})(?<!--)(?<!(?:^|\n)[ \t]*\|[ \t]*\d{1,2})[ \t]*\|[ \t]*(?:\r?\n[ \t]*\|[ \t]*(?:\d{1,2}|[a-z])[ \t]*\|[ \t]*)?(?=${V})(?!--)`,
  'giu',
);
/** The next field of a JSON object between two parts of a value ('{"p1": "04", "p2": "47"}', '"first": "Amélie", "last": …'). */
const JSON_FIELDS = new RegExp(
  String.raw`(?<=${V})"[ \t]*,[ \t]*(?:\r?\n[ \t]*)?"[\p{L}\p{N}_-]{1,16}"[ \t]*:[ \t]*"(?=[\p{L}\p{N}@.\-_+:(])`,
  'gu',
);
/** A part that starts with "+" starts a new value (a phone number), not the rest of one: "'Ortiz', '+60 …'". */
const QUOTES = new RegExp(String.raw`(?<=${V})["'][ \t]*[,+]?[ \t]*(?:\r?\n[ \t]*)?["'](?=[\p{L}\p{N}@.\-_:])`, 'gu');
const WORDS = [
  'and then|then|followed by|continued|continues|the rest is|the rest|rest is|and the rest|part 2|next|after that',
  'und dann|dann|danach|gefolgt von|weiter|der rest|und der rest|rest',
  'ensuite|puis|et puis|suivi de|suivi par|le reste|la suite|et le reste|continue',
  'y luego|luego|después|y después|seguido de|sigue|el resto|y el resto|continúa',
  'e poi|poi|seguito da|segue|continua|il resto|e il resto',
  'e depois|depois|seguido de|o resto|e o resto|continua',
  'en dan|dan|daarna|gevolgd door|verder|de rest|en de rest',
  'dalej|a potem|potem|następnie|reszta|a reszta',
  'och sedan|sedan|följt av|resten|och resten',
  've sonra|sonra|devamı|gerisi',
  'затем|потом|дальше|далее|остальное|а потом',
].join('|');
const JOIN_WORDS = new RegExp(
  String.raw`(?<=${V})[ \t]*(?:[,;:–—…-]|\.{3})?[ \t]*(?:(?:[–—…]|\.{3})[ \t]*)?\(?(?<!\p{L})(?:${WORDS})(?!\p{L})\)?[ \t]*[:,]?[ \t]*(?:(?:[–—…]|\.{3})[ \t]*)?(?=${V})`,
  'giu',
);
/** Words for the dash or a blank between groups ("0085 Strich 251", "SE71 trattino 7755", "745 space 05"). */
const DASH_WORDS =
  /(?<=[\p{L}\p{N}])[ \t]{1,2}(?:(dash|hyphen|minus|strich|bindestrich|tiret|trait d'union|guión|guion|raya|trattino|streepje|koppelteken|myślnik|kreska|hífen|hifen|traço|tire|bindestreck|streck|tankstreck|çizgi|дефис|тире|черта|παύλα|ダッシュ|ハイフン|하이픈|连字符|橫線|横线)|(space|blank|espace|leerzeichen|espacio|spazio|espaço|spatie|spacja|mellanslag|boşluk|пробел))[ \t]{1,2}(?=[\p{L}\p{N}])/giu;
const LINES =
  /(?<=\p{N})[ \t]*-[ \t]*\r?\n[ \t]*(?=\p{N})(?!\d{4}-\d\d(?:-\d\d)?(?!\d)|\d{1,2}[./]\d{1,2}[./]\d)|(?<=\p{N})[ \t]*(?:\r?\n[ \t]*){1,2}(?=\p{N})(?!\d{4}-\d\d(?:-\d\d)?(?!\d)|\d{1,2}[./]\d{1,2}[./]\d)|(?<=[@.])[ \t]*\r?\n[ \t]*(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[ \t]*\r?\n[ \t]*(?=[@.])/gu;
/** Markdown strike-through or emphasis marks between the parts ("~~RAJ.MURPHY~~~~@STAFF.ACME~~"). */
const MARKS = new RegExp(String.raw`(?<=${V})(?:~~|__|\*\*){1,2}(?=${V})`, 'gu');
/** Colons between the groups of an international phone number ("+3161:2349:63:5"): blanks. */
const PHONE_COLONS = /(?<=\+\d[\d:]{0,24}):(?=\d)/g;
/** One character per line, six or more: "d\nm\ni\nt…" (the first may follow a key: "c3=d\nm…"). */
const CHAR_LINES = /(?<![^\n=:])(?:[^\s]\r?\n){5,}[^\s](?![\p{L}\p{N}])/gu;

/**
 * String concatenation that cut a value inside a group ("'606-59-556' +\n  '9'", "\"…:963d:38\" + \"a4:…\"", Python's
 * implicit "(\"anna1\"\n    \"7@x.org\")"): the parts closed up, read as a second view beside QUOTES (which gives
 * the group's blank back).
 */
const TIGHT_QUOTES =
  /(?<=[\p{L}\p{N}])["'](?:[ \t]{0,8}\+)?(?:[ \t]{0,8}\r?\n)?[ \t]{0,8}(?:\+[ \t]{0,8})?["'](?=[\p{L}\p{N}])/gu;
const SEPARATOR = /[@.\-_+:]/;
const glue = (s: string) => (m: RegExpExecArray) => {
  const before = s[m.index - 1] ?? '';
  const after = s[m.index + m[0].length] ?? '';
  return SEPARATOR.test(before) || SEPARATOR.test(after) ? '' : ' ';
};
const MAY_JOIN = /[<|'"\n]|\p{L}{2}/u;

function charLines(s: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of s.matchAll(CHAR_LINES))
    for (const nl of m[0].matchAll(/\r?\n/g)) edits.push({ at: m.index + nl.index, len: nl[0].length, text: '' });
  return edits;
}

export function joinedView(text: string): Mapped | undefined {
  if (!MAY_JOIN.test(text)) return undefined;
  return viewOf(text, [
    (s) => (s.includes('<') ? regexEdits(s, TAGS, glue(s)) : []),
    (s) => (s.includes('|') ? regexEdits(s, CELLS, glue(s)) : []),
    (s) => (s.includes('":') ? regexEdits(s, JSON_FIELDS, glue(s)) : []),
    (s) => (/['"]/.test(s) ? regexEdits(s, QUOTES, glue(s)) : []),
    (s) => regexEdits(s, JOIN_WORDS, glue(s)),
    (s) => regexEdits(s, DASH_WORDS, (m) => (m[1] ? '-' : ' ')),
    (s) => (/~~|__|\*\*/.test(s) ? regexEdits(s, MARKS, () => '') : []),
    (s) => (s.includes('+') && s.includes(':') ? regexEdits(s, PHONE_COLONS, () => ' ') : []),
    (s) => (s.includes('\n') ? charLines(s) : []),
    // A group dash left at the end of a wrapped line ("AT05 4876 -⏎0016 …", "686-89- ⏎  3902") stays a dash.
    (s) => (s.includes('\n') ? regexEdits(s, LINES, (m) => (m[0].includes('-') ? '-' : glue(s)(m))) : []),
  ]);
}

/**
 * Letters written for digits inside a number, beyond the O/o/l/I that foldLetterDigits reads for every recognizer:
 * "i" for 1, "S" / "s" for 5, "B" for 8, "Z" for 2, "D" and Greek and Cyrillic "O" for 0, "g" for 9, "b" / "G" for 6 ("+3Z 4SO O0 9S Z4",
 * "6o1I 22B6 4344 986Z", "+4g 17O 43338D84"; the letters added last only next to a digit). A run of
 * letters and digits is read so when its only letters are these and the number it belongs to (runs separated by at
 * most three blanks, dots, dashes, slashes, underscores, commas or colons) has at least as many digits as letters.
 */
const LOOK: Record<string, string> = {
  O: '0',
  o: '0',
  Ο: '0',
  О: '0',
  о: '0',
  D: '0',
  l: '1',
  I: '1',
  i: '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  g: '9',
  b: '6',
  G: '6',
};
/** Look-alikes read only in a run that holds a digit ("09189b", "45G", "6g9O5g861"): alone they are units or words. */
const WITH_DIGIT = new Set(['D', 's', 'g', 'b', 'G', 'i']);
const LOOK_RUN = /[0-9OoΟОоlIiSBZDsgbG]+/gu;
const LOOK_GAP = /^[ \t.\-_/,:()]{1,3}$/;

function lookalikeEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let group: RegExpExecArray[] = [];
  let digits = 0;
  let swaps = 0;
  // A number after "+" is a phone number's: up to two letters per digit ("+3Z 4SO O0 9S Z4").
  let plus = false;
  const flush = () => {
    if (swaps > 0 && (swaps <= digits || (plus && swaps <= 2 * digits)))
      for (const r of group)
        for (let k = 0; k < r[0].length; k++) {
          const d = LOOK[r[0][k]];
          if (d) edits.push({ at: r.index + k, len: 1, text: d });
        }
    group = [];
    digits = 0;
    swaps = 0;
  };
  let lastEnd = -1;
  for (const r of s.matchAll(LOOK_RUN)) {
    const end = r.index + r[0].length;
    // a whole token: no other letter or digit glued to it
    if (/[\p{L}\p{N}]/u.test(s[r.index - 1] ?? '') || /[\p{L}\p{N}]/u.test(s[end] ?? '')) {
      flush();
      lastEnd = -1;
      continue;
    }
    if (lastEnd < 0 || !LOOK_GAP.test(s.slice(lastEnd, r.index))) flush();
    const d = r[0].replace(/\D/g, '').length;
    // A word of look-alike letters alone ("ISO 8601", "SOS") is a name, not digits: each run holds a digit or is one letter.
    if (d === 0 && (r[0].length > 1 || WITH_DIGIT.has(r[0]))) {
      flush();
      lastEnd = -1;
      continue;
    }
    if (group.length === 0) plus = /\+[ \t]?$/.test(s.slice(Math.max(0, r.index - 2), r.index));
    digits += d;
    swaps += r[0].length - d;
    group.push(r);
    lastEnd = end;
  }
  flush();
  return edits;
}

function lookalikeView(text: string): Mapped | undefined {
  return /[SBZΟОоDsgbG]/u.test(text) && /\d/.test(text) ? viewOf(text, [lookalikeEdits]) : undefined;
}

/**
 * A value written backwards with a note that says so ("(read it backwards) 0119 0939 …", "rückwärts lesen",
 * "léelo al revés"): near the note (120 characters either side), each stretch of tokens that hold a digit or "@" (or
 * are 2-4 capitals, "58LP"), joined by single blanks, is read reversed.
 */
const REVERSED_NOTE =
  /backwards?|reversed|in reverse|rückwärts|umgekehrt|à l'envers|a l'envers|al revés|al reves|al contrario|a rovescio|ao contrário|de trás para a frente|achterstevoren|omgekeerd|od tyłu|wspak|baklänges|tersten|задом наперёд|задом наперед|наоборот|ανάποδα|उल्टा|倒着|反过来|逆から|逆に|거꾸로/iu;
const REVERSE_TOKEN = String.raw`[\p{L}\p{N}@.\-_+:\[\]/%]*[\d@][\p{L}\p{N}@.\-_+:\[\]/%]*|[A-Z]{2,4}`;
const REVERSE_STRETCH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${REVERSE_TOKEN})(?: (?:${REVERSE_TOKEN}))*(?![\\p{L}\\p{N}])`,
  'gu',
);

function reversedView(text: string): Mapped | undefined {
  const note = REVERSED_NOTE.exec(text);
  if (!note) return undefined;
  const from = Math.max(0, note.index - 120);
  const near = text.slice(from, note.index + note[0].length + 120);
  const edits: Edit[] = [];
  for (const m of near.matchAll(REVERSE_STRETCH)) {
    const body = m[0].replace(/[.:?!]+$/, '');
    if (body.length >= 6) edits.push({ at: from + m.index, len: body.length, text: [...body].reverse().join('') });
  }
  return viewOf(text, [() => edits]);
}

/**
 * An IPv4 address whose dots were swapped for other separators or typed twice ("203 . 205 . 127。61 : 22",
 * "20·36_140 41 : 5432", "119 . 206,62 . 153", "10.20..30.40", "10.20.,30.40"): four numbers of at most three digits,
 * each separator a dot-like mark, "_", "," or blanks, read with dots (and " : port" as ":port") when an IP word is near
 * ("IP", "host", "server", "Adresse"). Without one, only a mostly dotted address (see `dotted`).
 */
const IP_SEP = String.raw`(?:[ \t]?(?:\.[.,]?|[。·•,_])[ \t]?|[ \t]{1,2})`;
const IP_LIKE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(\d{1,3})(${IP_SEP})(\d{1,3})(${IP_SEP})(\d{1,3})(${IP_SEP})(\d{1,3})(?:([ \t]?:[ \t]?)\d{1,5})?(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
const DOT_LIKE = /^[ \t]?[.。][ \t]?$/;

/**
 * Without an IP word: at least two of the three separators a single dot (blanks around it allowed: "209.57. 212. 31",
 * "222,150.31. 111", "18。104_125 . 232"), one of them with no blank, no comma with a blank (a list: "1.200, 3.100"),
 * not blanks only in the middle (two times or decimals: "10.30. 11.45"), and two numbers of two digits or more
 * (not "1. 2. 3. 4.").
 */
function dotted(seps: string[], numbers: string[]): boolean {
  const spaced = seps.map((s) => /[ \t]/.test(s));
  return (
    seps.filter((s) => DOT_LIKE.test(s)).length >= 2 &&
    seps.some((s) => s === '.' || s === '。') &&
    !seps.some((s) => s.includes(',') && /[ \t]/.test(s)) &&
    !(spaced[1] && !spaced[0] && !spaced[2]) &&
    numbers.filter((n) => n.length >= 2).length >= 2
  );
}

function ipSeparatorView(text: string): Mapped | undefined {
  if (!/\d/.test(text)) return undefined;
  const edits: Edit[] = [];
  for (const m of text.matchAll(IP_LIKE)) {
    const seps = [m[2], m[4], m[6]];
    const numbers = [m[1], m[3], m[5], m[7]];
    if (numbers.some((n) => Number(n) > 255)) continue;
    // a date and a time ("[16.01.24 09:01]" of a Telegram export): day.month.year, a blank, hours:minutes
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (m[8] !== undefined && /^[ \t]+$/.test(seps[2]) && day >= 1 && day <= 31 && month >= 1 && month <= 12) continue;
    if (!hasContext(text, 'IP_ADDRESS', m.index, m.index + m[0].length) && !dotted(seps, numbers)) continue;
    let at = m.index;
    for (const [g, sep] of [...seps, m[8]].entries()) {
      if (sep === undefined) break;
      at = m[0].indexOf(sep, at - m.index) + m.index;
      edits.push({ at, len: sep.length, text: g === 3 ? ':' : '.' });
      at += sep.length;
    }
  }
  return edits.length > 0 ? viewOf(text, [() => edits]) : undefined;
}

/**
 * Accents and combining marks on the characters of a value ("D́É1́4́-9́5́6́9́", "ŚÁ8́3́ J́X́ḾŃ …", "f̲e̲8̲0̲::…"): in every token
 * (the groups of letters of an IBAN hold no digit), each letter is read without its marks; only values that validate
 * and span a changed letter count (see inView).
 */
/** A combining mark, or a Latin letter with one precomposed. */
const MARKED = /\p{M}|[\u00c0-\u024f\u1e00-\u1eff]/u;
const MARKED_TOKEN = /[^\s]+/gu;

function unmarkedView(text: string): Mapped | undefined {
  if (!MARKED.test(text)) return undefined;
  const edits: Edit[] = [];
  for (const m of text.matchAll(MARKED_TOKEN)) {
    if (!MARKED.test(m[0])) continue;
    let k = 0;
    for (const ch of m[0]) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      if (bare !== ch) edits.push({ at: m.index + k, len: ch.length, text: bare });
      k += ch.length;
    }
  }
  return edits.length > 0 ? viewOf(text, [() => edits]) : undefined;
}

/**
 * Digits written for letters in the domain of an address ("münch3n-reisen.d3", "blu3-harbor.0rg"): read as the letters
 * they stand for (3 e, 0 o, 4 a, 1 l, 5 s, 7 t), for the email recognizer only — a TLD has no digits.
 */
const LEET_DOMAIN = /(?<=@)[\p{L}\p{N}.-]*\d[\p{L}\p{N}.-]*/gu;
const LEET: Record<string, string> = { '3': 'e', '0': 'o', '4': 'a', '1': 'l', '5': 's', '7': 't' };

function leetView(text: string): Mapped | undefined {
  if (!text.includes('@')) return undefined;
  const edits: Edit[] = [];
  for (const m of text.matchAll(LEET_DOMAIN)) {
    if (!/\d[\p{L}\p{N}-]*$/u.test(m[0]) && !/\.[\p{L}\p{N}-]*\d/u.test(m[0])) continue;
    // A domain of digits alone is a version ("lodash@4.17.21"), not letters written as digits.
    if (!/\p{L}/u.test(m[0])) continue;
    for (let k = 0; k < m[0].length; k++)
      if (LEET[m[0][k]]) edits.push({ at: m.index + k, len: 1, text: LEET[m[0][k]] });
  }
  return edits.length > 0 ? viewOf(text, [() => edits]) : undefined;
}

const INNER: readonly Recognizer[] = [
  cardRecognizer,
  ibanRecognizer,
  nationalIdRecognizer,
  emailRecognizer,
  phoneRecognizer,
  networkRecognizer,
];
/** Counting ("one two three … nine", "nine eight seven …") or few distinct digits: no identifier. */
function counting(d: string): boolean {
  if (new Set(d).size < 4) return true;
  const step = (d.charCodeAt(1) - d.charCodeAt(0) + 10) % 10;
  for (let i = 2; i < d.length; i++) if ((d.charCodeAt(i) - d.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  return true;
}
const NOT_IBAN = INNER.filter((r) => r !== ibanRecognizer);
const VALIDATED = [cardRecognizer, ibanRecognizer, nationalIdRecognizer, networkRecognizer];
const DATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d./-])/;
/** A value read across Markdown table cells is no value when one of its cells is a date ("| 3390 | 07/11/2025 | 4 |"). */
const acrossDateCell = (text: string, start: number, end: number) => {
  const span = text.slice(start, end);
  return span.includes('|') && DATE.test(span);
};
const JOINED_TYPES = [
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'ES_DNI',
  'UK_NINO',
  'NL_BSN',
  'FR_INSEE',
  'EMAIL',
  'PHONE',
  'IP_ADDRESS',
] as const;
const TYPES = new Set<string>(JOINED_TYPES);

export const joinedRecognizer: Recognizer = {
  name: 'joined',
  types: [...JOINED_TYPES],
  find(text, ctx) {
    const out: RawMatch[] = [];
    const tight = /["']/.test(text) ? viewOf(text, [(s) => regexEdits(s, TIGHT_QUOTES, () => '')]) : undefined;
    const joined = joinedView(text);
    if (joined) out.push(...inView(joined, text, ctx, INNER).filter((m) => !acrossDateCell(text, m.start, m.end)));
    for (const view of [tight, reversedView(text), unmarkedView(text)])
      if (view) out.push(...inView(view, text, ctx, INNER));
    // Nine digits written as words are no count or amount: a valid SSN read so stands without a context word.
    const words = wordView(text);
    if (words)
      for (const m of inView(words, text, ctx, INNER))
        out.push(
          m.type === 'US_SSN' && m.score < 0.5 && /\p{L}{3}/u.test(text.slice(m.start, m.end)) && !counting(m.value)
            ? { ...m, score: 0.5 }
            : m,
        );
    // IBANs read their own look-alike letters (iban.ts), only in groups that hold a digit.
    const leet = leetView(text);
    if (leet) out.push(...inView(leet, text, ctx, [emailRecognizer]));
    const ip = ipSeparatorView(text);
    if (ip) out.push(...inView(ip, text, ctx, [networkRecognizer]));
    const wrapped = wrapView(text, false);
    if (wrapped) out.push(...inView(wrapped, text, ctx, VALIDATED));
    const wrappedEmail = wrapView(text, true);
    if (wrappedEmail) out.push(...inView(wrappedEmail, text, ctx, [emailRecognizer]));
    const look = lookalikeView(text);
    if (look) out.push(...inView(look, text, ctx, NOT_IBAN));
    return out;
  },
};

function inView(view: Mapped, text: string, ctx: RecognizerContext, inner: readonly Recognizer[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const r of inner) {
    for (const m of r.find(view.folded, ctx)) {
      if (!TYPES.has(m.type)) continue;
      const start = view.startOf[m.start];
      const end = view.endOf[m.end - 1];
      // Only a value that spans a seam (or a word read as a character) is new here.
      if (end - start === m.end - m.start && text.slice(start, end) === view.folded.slice(m.start, m.end)) continue;
      out.push({ ...m, start, end });
    }
  }
  return out;
}
