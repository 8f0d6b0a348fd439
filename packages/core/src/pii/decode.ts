/**
 * Decode layer of the folding (normalize.ts): escapes that hide a value from a plain scan, each decoded to the
 * character it stands for, with the span of the whole escape kept so a match maps back to the original text.
 * - percent-encoding of printable ASCII ("%2B39%20312" → "+39 312") and of UTF-8 characters ("%D0%BE" → "о",
 *   "%E2%80%89" a thin space, "%E0%B9%92" a Thai digit); in a token that has such an escape or is a query / form body,
 *   a '+' next to a digit is a form-encoded space ("0802%20598+1307", "a=1&cardNo=4315+8014");
 * - MIME: RFC 2047 "Q" encoded-words ("=?UTF-8?Q?=E6=89=8B_+86?=": '_' a space, "=XX" bytes, delimiters dropped) and
 *   quoted-printable: "=XX" bytes of a UTF-8 character anywhere ("=E0=B8=A3"); printable ASCII ("=40") and soft line
 *   breaks ("=" at a line end) only in a quoted-printable body (its Content-Transfer-Encoding header, or two UTF-8
 *   characters so written), so "a=42" in code stays;
 * - HTML character references, numeric ("&#45;", "&#x2d;", any number of leading zeros) and the named ones that write separators or '@'
 *   ("&nbsp;", "&commat;", "&period;", "&colon;", "&hyphen;", …);
 * - JSON / JavaScript escapes "\u0020", "\u{1F600}", "\x40" (surrogate pairs "\uD83D\uDE00" joined), escaped again
 *   in JSON inside a JSON string ("\\u0663": the backslashes are part of the escape).
 * One pass, linear in the text; nothing is decoded twice ("%2540" gives "%40", not "@").
 */
export interface Decoded {
  text: string;
  /** starts[i] / ends[i]: original span of the escape (or character) that gave text[i]. */
  starts: Int32Array;
  ends: Int32Array;
}

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200a',
  shy: '\u00ad',
  zwsp: '\u200b',
  commat: '@',
  period: '.',
  colon: ':',
  plus: '+',
  hyphen: '\u2010',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  num: '#',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  bsol: '\\',
  comma: ',',
  lowbar: '_',
  ast: '*',
  verbar: '|',
  vert: '|',
  middot: '\u00b7',
  bull: '\u2022',
  percnt: '%',
  semi: ';',
  equals: '=',
};

const ESCAPE =
  /=\?([\w.:*-]{1,40})\?q\?([^?\s]{0,2000})\?=|%([0-9a-f]{2})|=(?:([0-9a-f]{2})|[ \t]{0,8}(\r?\n))|&#0*(\d{1,7});|&#x0*([0-9a-f]{1,6});|&([a-z]{2,8});|\\{1,8}u([0-9a-f]{4})|\\{1,8}u\{([0-9a-f]{1,6})\}|\\x([0-9a-f]{2})/giu;
const MAY_HAVE = /[%&\\=]/;
/** A token with a percent escape, or a query / form body ("a=1&b=2", "/search?q="): a '+' in it may be a space. */
const FORM =
  /%[2-7a-f][0-9a-f]|(?:^|[?&])[a-z_][\w.[\]-]{0,40}=[^&=\s]*&[a-z_][\w.[\]-]{0,40}=|[\w/]\?[a-z_][\w.[\]-]{0,40}=/i;
/** A quoted-printable body: its header, or UTF-8 byte sequences written "=XX=XX" (twice or more). */
const TAGGED = /^[\w.-]{0,64}(?:@|%40)/;
const QP_HEADER = /content-transfer-encoding:[ \t]*quoted-printable/i;
const QP_BYTES = /=[c-f][0-9a-f](?:=[ \t]*\r?\n)?=[89ab][0-9a-f]/gi;
const SOFT_BREAK = /^=[ \t]{0,8}\r?\n/;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function printable(cp: number): boolean {
  return cp >= 0x20 && cp <= 0x10ffff && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff);
}

const hexAt = (text: string, i: number) => {
  const h = text.slice(i, i + 2);
  return /^[0-9a-f]{2}$/i.test(h) ? Number.parseInt(h, 16) : -1;
};

/**
 * The character of a UTF-8 sequence written as escaped bytes ("%D0%BE", "=E0=B8=A3"), from its lead byte at `at`:
 * each further byte is `marker` and two hex digits (a quoted-printable soft line break may come between two).
 * Undefined unless the bytes are one valid UTF-8 character of two to four bytes.
 */
function utf8At(text: string, at: number, marker: string, soft: boolean): { ch: string; end: number } | undefined {
  const lead = hexAt(text, at + 1);
  const more =
    lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xc2 && lead <= 0xdf ? 1 : 0;
  if (more === 0) return undefined;
  let cp = lead & (more === 1 ? 0x1f : more === 2 ? 0x0f : 0x07);
  let i = at + 3;
  for (let k = 0; k < more; k++) {
    if (soft) {
      const br = SOFT_BREAK.exec(text.slice(i, i + 12));
      if (br) i += br[0].length;
    }
    const b = text[i] === marker ? hexAt(text, i + 1) : -1;
    if (b < 0x80 || b > 0xbf) return undefined;
    cp = (cp << 6) | (b & 0x3f);
    i += 3;
  }
  const min = more === 1 ? 0x80 : more === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || !printable(cp)) return undefined;
  return { ch: String.fromCodePoint(cp), end: i };
}

/** One decoded piece: `text` stands for the original [start, end) (empty text: the span is dropped). */
interface Piece {
  text: string;
  start: number;
  end: number;
}

const LATIN1 = /^(?:iso-?8859-(?:1|15)|latin-?1|windows-1252|cp1252|us-ascii)$/i;

/**
 * An RFC 2047 "Q" encoded-word ("=?UTF-8?Q?=E6=89=8B_+86_139?="): '_' is a space, "=XX" a byte; bytes of UTF-8 read
 * as characters (Latin-1 bytes for those charsets, other charsets keep their high bytes as written). The delimiters
 * give nothing.
 */
function encodedWord(text: string, start: number, charset: string, inner: number, innerEnd: number): Piece[] {
  const utf8 = /^utf-?8$/i.test(charset.split('*')[0]);
  const latin1 = LATIN1.test(charset.split('*')[0]);
  const out: Piece[] = [{ text: '', start, end: inner }];
  let i = inner;
  while (i < innerEnd) {
    const c = text[i];
    const b = c === '=' ? hexAt(text, i + 1) : -1;
    if (c === '_') out.push({ text: ' ', start: i, end: i + 1 });
    else if (b < 0) out.push({ text: c, start: i, end: i + 1 });
    else if (b < 0x80 || latin1) {
      const ch = String.fromCharCode(b);
      out.push({ text: printable(b) || b === 9 ? ch : text.slice(i, i + 3), start: i, end: i + 3 });
    } else {
      const u = utf8 ? utf8At(text, i, '=', false) : undefined;
      if (u && u.end <= innerEnd) {
        out.push({ text: u.ch, start: i, end: u.end });
        i = u.end;
        continue;
      }
      out.push({ text: text.slice(i, i + 3), start: i, end: i + 3 });
    }
    i += c === '=' && b >= 0 ? 3 : 1;
  }
  out.push({ text: '', start: innerEnd, end: innerEnd + 2 });
  return out;
}

/** The character an escape stands for, or undefined to leave it as written. */
function decodeOne(m: RegExpExecArray, text: string, qp: boolean): Piece[] | string | undefined {
  const [, , , pct, qpHex, softBreak, dec, hexRef, name, u4, uBrace, x2] = m;
  if (pct !== undefined) {
    const v = Number.parseInt(pct, 16);
    if (v >= 0x20 && v <= 0x7e) return String.fromCharCode(v);
    const u = utf8At(text, m.index, '%', false);
    return u && [{ text: u.ch, start: m.index, end: u.end }];
  }
  if (qpHex !== undefined) {
    const v = Number.parseInt(qpHex, 16);
    if (v >= 0x80) {
      const u = utf8At(text, m.index, '=', qp);
      return u && [{ text: u.ch, start: m.index, end: u.end }];
    }
    return qp && (printable(v) || v === 9) ? String.fromCharCode(v) : undefined;
  }
  if (softBreak !== undefined) return qp ? '' : undefined;
  if (name !== undefined) return NAMED[name.toLowerCase()];
  if (x2 !== undefined) {
    const v = Number.parseInt(x2, 16);
    return v >= 0x20 && v <= 0x7e ? String.fromCharCode(v) : undefined;
  }
  const raw = dec ?? hexRef ?? u4 ?? uBrace;
  const cp = Number.parseInt(raw, dec !== undefined ? 10 : 16);
  return printable(cp) ? String.fromCodePoint(cp) : undefined;
}

/** True when `text` is a quoted-printable body (its header, or two UTF-8 sequences written as "=XX" bytes). */
function isQuotedPrintable(text: string): boolean {
  if (QP_HEADER.test(text)) return true;
  const re = new RegExp(QP_BYTES);
  return re.exec(text) !== null && re.exec(text) !== null;
}

/** Decodes the escapes of `text`; undefined when there is none (the common case, no allocation). */
export function decodeEscapes(text: string): Decoded | undefined {
  if (!MAY_HAVE.test(text)) return undefined;
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  let any = false;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      chars.push(text[k]);
      starts.push(k);
      ends.push(k + 1);
    }
  };
  const push = (value: string, from: number, to: number) => {
    for (let k = 0; k < value.length; k++) {
      chars.push(value[k]);
      starts.push(from);
      ends.push(to);
    }
  };
  const qp = text.includes('=') && isQuotedPrintable(text);
  /** End of the last encoded-word: blanks between two of them are dropped (RFC 2047). */
  let wordEnd = -1;
  const re = new RegExp(ESCAPE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const pieces = encodedWord(text, m.index, m[1], m.index + m[0].length - m[2].length - 2, end - 2);
      any = true;
      copy(last, wordEnd === last && /^\s*$/.test(text.slice(last, m.index)) ? last : m.index);
      for (const p of pieces) push(p.text, p.start, p.end);
      last = wordEnd = end;
      continue;
    }
    let value = decodeOne(m, text, qp);
    if (value === undefined && m[9] !== undefined) {
      // A high surrogate escape followed by a low one: one character.
      const hi = Number.parseInt(m[9], 16);
      const lo = /^\\{1,8}u(d[c-f][0-9a-f]{2})/i.exec(text.slice(end, end + 14));
      if (hi >= 0xd800 && hi <= 0xdbff && lo) {
        value = String.fromCharCode(hi, Number.parseInt(lo[1], 16));
        end += lo[0].length;
        re.lastIndex = end;
      }
    }
    if (value === undefined) continue;
    any = true;
    copy(last, m.index);
    if (typeof value === 'string') push(value, m.index, end);
    else {
      for (const p of value) push(p.text, p.start, p.end);
      end = value[value.length - 1].end;
      re.lastIndex = end;
    }
    last = end;
  }
  if (!any && !(text.includes('+') && FORM.test(text))) return undefined;
  copy(last, text.length);
  if (!formSpaces(text, chars, starts) && !any) return undefined;
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * In place: in a whitespace-free token of the original that holds a percent escape or is a query / form body
 * ("a=1&b=2"), a literal '+' next to a digit or parenthesis (not "chen+work@", "patel+2024@": an address tag) is a form-encoded space
 * ("0802%20598+1307", "FI45%209727+6368", "%28201%29+498", "id=7&cardNo=4315+8014+…"). True when one was.
 */
function formSpaces(text: string, chars: string[], starts: number[]): boolean {
  let changed = false;
  let tokenStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    const at = i < chars.length ? starts[i] : text.length;
    const boundary = i === chars.length || isSpace(text.charCodeAt(at));
    if (!boundary) continue;
    if (FORM.test(text.slice(starts[tokenStart] ?? at, at))) {
      for (let k = tokenStart + 1; k < i - 1; k++) {
        // an address tag keeps its '+' ("patel+2024@mail.ru")
        const literal = text[starts[k]] === '+' && !TAGGED.test(text.slice(starts[k] + 1, starts[k] + 66));
        const [a, b] = [chars[k - 1], chars[k + 1]];
        if (
          literal &&
          chars[k] === '+' &&
          /[\p{L}\p{N})]/u.test(a) &&
          /[\p{L}\p{N}(]/u.test(b) &&
          /[\d()]/.test(a + b)
        ) {
          chars[k] = ' ';
          changed = true;
        }
      }
    }
    tokenStart = i + 1;
  }
  return changed;
}
