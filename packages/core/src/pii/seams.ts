/**
 * Seams of the folding (normalize.ts): what is written between the parts of one value to break a scan, folded to a
 * plain separator (or removed), with the offset map kept exact. Each pass is linear (bounded patterns, one scan).
 * - markup that splits a value: "</code> <code>", "`, `", "** **", "' + '", "\"\n  + \"", "»«", a line continued
 *   with a backslash, a word hyphenated at the end of a line;
 * - odd separators between letters or digits: "|", "*", "~" (tight), "·", "•", emoji (spaced or not);
 * - a value written character by character: "m a r i e _ r o s s i", "S K 6 6   8 8 1 1", "H.U.5.2.…",
 *   "K_Z_1_8_…" (six or more letters or digits, one separator throughout): separators removed, wider gaps kept as
 *   one space; digits alone joined by "|", "*", "~"… ("4|8|2|8|…") become digits one by one with spaces, the form the
 *   recognizers read already (as they do "4 1 1 1 …", left as it is);
 * - three or four spaces between digit groups: one space;
 * - three or more short values in brackets in a row ("[627][67][9559]"): the brackets removed;
 * - iCalendar / vCard lines folded with a line break and one blank ("41.2\r\n 2.59.156"): joined again.
 */
import { applyEdits, type Edit, type Mapped, regexEdits } from './edits.ts';

const VALUE_SEP = /[.\-_@:+/]/;
// Markup between two parts of a value (an inline element closed and opened again, not two fields "</name><data>"); the parts end / start with a letter, digit or value separator.
const MARKUP = new RegExp(
  String.raw`(?<=[\p{L}\p{N}.\-_@:+/])[ \t]?(?:` +
    [
      String.raw`<\/(code|kbd|samp|tt|span|b|i|u|s|em|strong|mark)>[ \t]{0,3}<\1>`,
      String.raw`\x60[ \t,]{0,3}\x60`,
      String.raw`\*\*[ \t]{0,2}\*\*`,
      String.raw`["'][ \t]{0,4}(?:\r?\n[ \t]{0,8})?\+[ \t]{0,4}(?:\r?\n[ \t]{0,8})?["']`,
      '»«',
      String.raw`\\\r?\n[ \t]{0,8}`,
      String.raw`(?<=[\p{L}\p{N}:])-\r?\n[ \t]{0,8}`,
    ].join('|') +
    String.raw`)[ \t]?(?=[\p{L}\p{N}.\-_@:])`,
  'gu',
);
const MAY_HAVE_MARKUP = /[<`*'"»\\]|-\r?\n/;

function markupEdits(s: string): Edit[] {
  if (!MAY_HAVE_MARKUP.test(s)) return [];
  return regexEdits(s, MARKUP, (m) => {
    const before = s[m.index - 1];
    const after = s[m.index + m[0].length] ?? '';
    if (m[0].trimStart().startsWith('-') || VALUE_SEP.test(before) || VALUE_SEP.test(after)) return '';
    // In a grouped number the seam took a group separator's place, which it gets back ("528`, `90-8343",
    // "4080 2312 6698' + '7151", IPv6 "2600:1700`, `f870:…"); elsewhere it splits a token ("5571\" + \"16549",
    // "RO59LVCP1NP7</code> <code>KJ3X…").
    if (!/\s/.test(m[0])) return '';
    const end = m.index + m[0].length;
    const sep = groupSeparator(s, m.index - 1, -1) ?? groupSeparator(s, end, 1);
    if (sep === ':') return HEX.test(before) && HEX.test(after) && !tooManyGroups(s, m.index - 1, end) ? ':' : '';
    return sep && isDigitAt(s, m.index - 1) && isDigitAt(s, end) && !cutInGroup(s, m.index - 1, end) ? sep : '';
  });
}

/** Characters matching `ok` from `i` going `dir` (at most 48). */
function runFrom(s: string, i: number, dir: 1 | -1, ok: (c: string) => boolean): number {
  let n = 0;
  while (n < 48 && ok(s[i + n * dir] ?? '')) n++;
  return n;
}
const isDigit = (c: string) => c >= '0' && c <= '9';
const isGroupSep = (c: string) => c === '-' || c === '.' || c === ' ' || c === '/';

/**
 * The seam cut a digit group rather than replace a separator: the part after it ends the number and is shorter than
 * the group before ("606-59-556' +\n '9"), or the part before starts it and is shorter than the group after (not a
 * "+" country code), or one digit was cut off a group of up to four.
 */
function cutInGroup(s: string, last: number, first: number): boolean {
  const before = runFrom(s, last, -1, isDigit);
  const after = runFrom(s, first, 1, isDigit);
  const final = !(isGroupSep(s[first + after] ?? '') && isDigit(s[first + after + 1] ?? ''));
  const initial =
    !(isGroupSep(s[last - before] ?? '') && isDigit(s[last - before - 1] ?? '')) && s[last - before] !== '+';
  // a single digit cut off a group of up to four ("512-38-7' + '741")
  const single = Math.min(before, after) === 1 && before + after <= 4;
  return (final && after < before) || (initial && before < after) || single;
}

/** A colon at the seam would give an IPv6 address more than eight groups ("…:963d:38\" + \"a4:aa42:1f48"). */
function tooManyGroups(s: string, last: number, first: number): boolean {
  const isHexOrColon = (c: string) => c === ':' || HEX.test(c);
  const colons = (from: number, dir: 1 | -1) => {
    let n = 0;
    for (let k = 0, len = runFrom(s, from, dir, isHexOrColon); k < len; k++) if (s[from + k * dir] === ':') n++;
    return n;
  };
  return colons(last, -1) + colons(first, 1) + 1 > 7;
}

const HEX = /^[0-9a-f]$/i;
/** The separator after the digits (hex digits before a ':') from `i` going `dir`, when another group follows it. */
function groupSeparator(s: string, i: number, dir: 1 | -1): string | undefined {
  let k = i;
  for (let n = 0; n < 24 && HEX.test(s[k] ?? ''); n++) k += dir;
  const sep = s[k] ?? '';
  if (sep === ':') return HEX.test(s[k + dir] ?? '') && k !== i ? ':' : undefined;
  if (!/[-. /]/.test(sep) || !isDigitAt(s, k + dir)) return undefined;
  // a digit group, not letters ("ge98", "P7")
  for (let j = i; j !== k; j += dir) if (!isDigitAt(s, j)) return undefined;
  return sep;
}

const ODD_SEP =
  /(?<=[\p{L}\p{N}])(?:[|*~]|[ ]?(?:[·•∙⋅●▪◦‧]|(?:\p{Extended_Pictographic}|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}){1,3})[ ]?)(?=[\p{L}\p{N}])/gu;
const MAY_HAVE_ODD = /[|*~·•∙⋅●▪◦‧]|\p{Extended_Pictographic}/u;

/** Symbols no phone, card, IBAN, IP or email holds: a run with one reads as a password ("L@ZrZSfjHwZk*J"). */
const PASSWORD_SYMBOL = /[$!#%&?^]/;

/**
 * A run without blanks around `at` (bounded to 128 characters each way) that reads as a password: it holds a symbol
 * of PASSWORD_SYMBOL, or an "@" with no dot after it (no email). There a "*" or "~" is a character of the password,
 * not a separator to fold.
 */
function inPasswordRun(s: string, at: number): boolean {
  let a = at;
  while (a > 0 && at - a < 128 && !/\s/.test(s[a - 1])) a--;
  let b = at;
  while (b < s.length && b - at < 128 && !/\s/.test(s[b])) b++;
  const run = s.slice(a, b);
  if (PASSWORD_SYMBOL.test(run)) return true;
  const atSign = run.indexOf('@');
  return atSign >= 0 && !run.includes('.', atSign);
}

function oddSeparatorEdits(s: string): Edit[] {
  if (!MAY_HAVE_ODD.test(s)) return [];
  // the verdict of the last run looked at, so a long run of "a*a*a*…" is read once (linear)
  let runEnd = -1;
  let password = false;
  return regexEdits(s, ODD_SEP, (m) => {
    if (m[0] === '|' && barIsOne(s, m.index)) return 'I';
    if (m[0] === '*' || m[0] === '~') {
      if (m.index >= runEnd) {
        password = inPasswordRun(s, m.index);
        runEnd = m.index;
        while (runEnd < s.length && runEnd - m.index < 128 && !/\s/.test(s[runEnd])) runEnd++;
      }
      if (password) return undefined;
    }
    return ' ';
  });
}

/** Digits and the letters typed for them (O o l I S s Z B b g G D). */
const LOOK_DIGIT = /^[0-9OolISsZBbgGD]$/;

/**
 * A bar inside a number typed with look-alike letters ("60I|4B77S6…", "CZ73 BS9I…5S|7BZ4…") stands for "1": the
 * letters and digits on both sides (at most 24 each way) are all digits or look-alikes, with a digit and a
 * look-alike letter among them, three characters or more. Bars between plain digits or single characters ("5|0|3|7",
 * "E|S|8|8", boxed forms) stay separators.
 */
function barIsOne(s: string, at: number): boolean {
  let digits = 0;
  let letters = 0;
  for (const [from, step] of [
    [at - 1, -1],
    [at + 1, 1],
  ] as const) {
    for (let i = from, n = 0; n < 24 && i >= 0 && i < s.length && isAlnumAt(s, i); i += step, n++) {
      if (!LOOK_DIGIT.test(s[i])) return false;
      if (isDigitAt(s, i)) digits++;
      else letters++;
    }
  }
  // one character a side is a boxed form ("E|S|8|8|…"), a bar between cells
  return digits > 0 && letters > 0 && digits + letters >= 3;
}

const WIDE = /(?<=[\p{L}\p{N}]) {3,4}(?=\p{N})|(?<=\p{N}) {3,4}(?=\p{L})/gu;

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnumAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM.test(s[i]);
};
const isDigitAt = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
/** One character that can be part of a spelled-out value (no space, no surrogate half). */
const isMark = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c > 32 && !(c >= 0xd800 && c <= 0xdfff) && c !== 0x7f && !/\s/.test(s[i]);
};
const JOINERS = '.*|_~-·•';
const MIN_CHARS = 6;

/** "m a r i e …", "S K 6 6   8 8 …": single characters split by spaces (the narrowest gap removed, wider ones → ' '). */
function spacedRun(s: string, p: number, edits: Edit[]): number {
  const tokens = [p];
  const gaps: number[] = [];
  let q = p;
  for (;;) {
    let g = 0;
    while (g < 3 && s.charCodeAt(q + 1 + g) === 32) g++;
    const r = q + 1 + g;
    if (g === 0 || r >= s.length || !isMark(s, r)) break;
    const single = r + 1 >= s.length || /\s/.test(s[r + 1]);
    // The last character may be followed by punctuation ("… 7 0,2023", "… u k>").
    const last = !single && isAlnumAt(s, r) && !isAlnumAt(s, r + 1);
    if (!single && !last) break;
    tokens.push(r);
    gaps.push(g);
    q = r;
    if (last) break;
  }
  // A later start inside this chain would read a part of it: the scan goes on after it (linear time), from its last
  // character when that one is glued to more ("x G.B.8.2…": a joined run starts there).
  const end = tokens[tokens.length - 1];
  const next = tokens.length > 1 && isAlnumAt(s, end) && !/\s/.test(s[end + 1] ?? ' ') ? end : end + 1;
  // Punctuation at either end is not part of the value ("| 6 1 0 … 6 |", "… 6 ?"): tokens[lo..hi], gaps[lo..hi-1].
  let lo = 0;
  let hi = tokens.length - 1;
  while (hi > 0 && !isAlnumAt(s, tokens[hi])) hi--;
  while (lo < hi && !isAlnumAt(s, tokens[lo])) lo++;
  let chars = 0;
  let digitsOnly = true;
  let narrow = 3;
  for (let k = lo; k <= hi; k++) {
    if (isAlnumAt(s, tokens[k])) chars++;
    if (!isDigitAt(s, tokens[k])) digitsOnly = false;
    if (k < hi) narrow = Math.min(narrow, gaps[k]);
  }
  if (chars < MIN_CHARS) return next;
  // Digits one by one with single spaces are left to the recognizers, which read them so already, with a digit glued
  // to the label before them ("karta6 0 1 1 0 8 …") or not.
  let uniform = true;
  for (let k = lo; k < hi; k++) if (gaps[k] !== 1) uniform = false;
  if (digitsOnly && uniform) return next;
  for (let k = lo; k < hi; k++) edits.push({ at: tokens[k] + 1, len: gaps[k], text: gaps[k] === narrow ? '' : ' ' });
  return next;
}

/** "4|8|2|8|…", "H.U.5.2.…": single letters or digits joined by one separator character throughout. */
function joinedRun(s: string, p: number, edits: Edit[]): number {
  const sep = s[p + 1];
  let q = p;
  const seps: number[] = [];
  while (s[q + 1] === sep && isAlnumAt(s, q + 2) && !isAlnumAt(s, q + 3)) {
    seps.push(q + 1);
    q += 2;
  }
  if (seps.length + 1 < MIN_CHARS) return q + 1;
  // Digits alone become digits one by one with spaces, which the recognizers read as such ("2*3*4*8…" → "2 3 4 8…").
  let digits = true;
  for (let k = p; k <= q; k += 2) if (!isDigitAt(s, k)) digits = false;
  const spaced = digits && !'.-_'.includes(sep);
  for (const at of seps) edits.push({ at, len: 1, text: spaced ? ' ' : '' });
  return q + 1;
}

/** Separators of an interleaved value: one character ("^", "~", "•") or one emoji ("🔹"), repeated throughout. */
const INTERLEAVE = /[*|_~^·•∙⋅●▪◦‧=#]|\p{Extended_Pictographic}/uy;
/**
 * "+^5^7^-^3^2^1…", "A_n_n_a_._H_a_d_d_a_d_@_…", "2*6*0*0*:*1*f*1*8…", "p🔹i🔹e🔹r…": every character of the value,
 * punctuation too, followed by the same separator. Taken when six or more letters or digits are in it; separators
 * removed (digits alone: spaces, as in joinedRun).
 */
function interleavedRun(s: string, p: number, edits: Edit[]): number {
  INTERLEAVE.lastIndex = p + 1;
  const sep = INTERLEAVE.exec(s)?.[0];
  if (!sep) return p + 1;
  const L = sep.length;
  const seps: number[] = [];
  let q = p;
  let alnum = isAlnumAt(s, p) ? 1 : 0;
  let digits = isDigitAt(s, p) || !isAlnumAt(s, p);
  while (s.startsWith(sep, q + 1) && isMark(s, q + 1 + L) && !s.startsWith(sep, q + 1 + L)) {
    const c = q + 1 + L;
    // exactly one character between two separators (or the last one)
    // …or the last one, followed by punctuation ("…8^3?", "…n_l\"").
    const last = isMark(s, c + 1) && !s.startsWith(sep, c + 1);
    if (last && (!isAlnumAt(s, c) || isAlnumAt(s, c + 1))) break;
    seps.push(q + 1);
    if (isAlnumAt(s, c)) alnum++;
    if (isAlnumAt(s, c) && !isDigitAt(s, c)) digits = false;
    q = c;
    if (last) break;
  }
  // A shorter run inside this one fails as well: the scan goes on after it (linear time).
  if (alnum < MIN_CHARS || seps.length + 1 < MIN_CHARS) return q + 1;
  const spaced = digits && !'.-_'.includes(sep) && !/[^\d]/.test(onlyMarks(s, p, q, L));
  for (const at of seps) edits.push({ at, len: L, text: spaced ? ' ' : '' });
  return q + 1;
}

/** The value characters of an interleaved run [p, q] with separators of length L. */
function onlyMarks(s: string, p: number, q: number, L: number): string {
  let out = '';
  for (let k = p; k <= q; k += 1 + L) out += s[k];
  return out;
}

function runEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < s.length) {
    const startable = (i === 0 || !isAlnumAt(s, i - 1)) && isMark(s, i);
    if (startable && s.charCodeAt(i + 1) === 32) i = spacedRun(s, i, edits);
    else if (startable && isAlnumAt(s, i) && JOINERS.includes(s[i + 1] ?? ' ') && isAlnumAt(s, i + 2)) {
      // A run with punctuation in it first ("A_n_n_a_._H…"), then one of letters and digits alone.
      const before = edits.length;
      const next = interleavedRun(s, i, edits);
      i = edits.length === before ? Math.max(next, joinedRun(s, i, edits)) : next;
    } else if (startable && isMark(s, i) && s[i + 1] !== s[i]) i = interleavedRun(s, i, edits);
    else i++;
  }
  return edits;
}

/**
 * A backslash that escapes a separator of a value (Markdown, regex, shell: "\\+66\\ 81", "A\\@B\\.COM",
 * "743\\-65\\-0293", "\\:\\:ffff"), right after a letter, digit, separator or blank: removed. Paths keep theirs.
 */
const ESCAPE = /(?<=[\p{L}\p{N}.\-_@:+ \t()#]|^)\\(?=[ .\-@:+#()_*~/])/gu;

/** iCalendar / vCard content lines folded at 75 octets: a line break and one blank continue the line (RFC 5545 3.1). */
const CALENDAR = /BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b/i;
const CONTINUED = /\r?\n[ \t]/g;

/**
 * Three or more short values in brackets in a row ("[627][67][9559]", "[0] [5] [5] [1]", "[six one seven],
 * [five-seven-three]", "[M] [R] [N] …"): the brackets go, so the groups read as one value. One regex pass.
 */
const BRACKET_RUN = /\[[^[\]\n]{1,24}\](?:[ \t]{0,3}[,.\-/]?[ \t]{0,3}\[[^[\]\n]{1,24}\]){2,}/gu;

function bracketEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  if (!s.includes(']')) return edits;
  for (const m of s.matchAll(BRACKET_RUN)) {
    for (let k = 0; k < m[0].length; k++) {
      if (m[0][k] === '[' || m[0][k] === ']') edits.push({ at: m.index + k, len: 1, text: '' });
    }
  }
  return edits;
}

export function foldSeams(m: Mapped): Mapped {
  let out = CALENDAR.test(m.folded)
    ? applyEdits(
        m,
        regexEdits(m.folded, CONTINUED, () => ''),
      )
    : m;
  out = out.folded.includes('\\')
    ? applyEdits(
        out,
        regexEdits(out.folded, ESCAPE, () => ''),
      )
    : out;
  out = applyEdits(out, markupEdits(out.folded));
  out = applyEdits(out, bracketEdits(out.folded));
  // Runs first: "7|1|2|9…" is one joined run, and a single-letter word next to it stays a word.
  out = applyEdits(out, runEdits(out.folded));
  const odd = oddSeparatorEdits(out.folded);
  if (odd.length > 0) {
    out = applyEdits(out, odd);
    // A boxed form ("F | R | 1 | 9 | …") is a spaced run once its bars are blanks: read it as one.
    out = applyEdits(out, runEdits(out.folded));
  }
  if (out.folded.includes('   '))
    out = applyEdits(
      out,
      regexEdits(out.folded, WIDE, () => ' '),
    );
  return out;
}
