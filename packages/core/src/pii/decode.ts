/**
 * Decode layer of the folding (normalize.ts): escapes that hide a value from a plain scan, each decoded to the
 * character it stands for, with the span of the whole escape kept so a match maps back to the original text.
 * - percent-encoding of printable ASCII ("%2B39%20312" → "+39 312"); in a token that has such an escape, a '+' between
 *   digit is a form-encoded space ("0802%20598+1307");
 * - HTML character references, numeric ("&#45;", "&#x2d;", any number of leading zeros) and the named ones that write separators or '@'
 *   ("&nbsp;", "&commat;", "&period;", "&colon;", "&hyphen;", …);
 * - JSON / JavaScript escapes "\u0020", "\u{1F600}", "\x40" (surrogate pairs "\uD83D\uDE00" joined).
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
  /%([0-9a-f]{2})|&#0*(\d{1,7});|&#x0*([0-9a-f]{1,6});|&([a-z]{2,8});|\\u([0-9a-f]{4})|\\u\{([0-9a-f]{1,6})\}|\\x([0-9a-f]{2})/giu;
const MAY_HAVE = /[%&\\]/;
const PERCENT = /%[2-7][0-9a-f]/i;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function printable(cp: number): boolean {
  return cp >= 0x20 && cp <= 0x10ffff && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff);
}

/** The character an escape stands for, or undefined to leave it as written. */
function decodeOne(m: RegExpExecArray): string | undefined {
  const [, pct, dec, hexRef, name, u4, uBrace, x2] = m;
  if (pct !== undefined) {
    const v = Number.parseInt(pct, 16);
    return v >= 0x20 && v <= 0x7e ? String.fromCharCode(v) : undefined;
  }
  if (name !== undefined) return NAMED[name.toLowerCase()];
  if (x2 !== undefined) {
    const v = Number.parseInt(x2, 16);
    return v >= 0x20 && v <= 0x7e ? String.fromCharCode(v) : undefined;
  }
  const raw = dec ?? hexRef ?? u4 ?? uBrace;
  const cp = Number.parseInt(raw, dec !== undefined ? 10 : 16);
  return printable(cp) ? String.fromCodePoint(cp) : undefined;
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
  const re = new RegExp(ESCAPE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let value = decodeOne(m);
    let end = m.index + m[0].length;
    if (value === undefined && m[5] !== undefined) {
      // A high surrogate escape followed by a low one: one character.
      const hi = Number.parseInt(m[5], 16);
      const lo = /^\\u(d[c-f][0-9a-f]{2})/i.exec(text.slice(end, end + 6));
      if (hi >= 0xd800 && hi <= 0xdbff && lo) {
        value = String.fromCharCode(hi, Number.parseInt(lo[1], 16));
        end += 6;
        re.lastIndex = end;
      }
    }
    if (value === undefined) continue;
    any = true;
    copy(last, m.index);
    for (let k = 0; k < value.length; k++) {
      chars.push(value[k]);
      starts.push(m.index);
      ends.push(end);
    }
    last = end;
  }
  if (!any) return undefined;
  copy(last, text.length);
  formSpaces(text, chars, starts);
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * In place: in a whitespace-free token of the original that holds a percent escape, a literal '+' next to a digit
 * or parenthesis (not "chen+work": an address tag) is a form-encoded space
 * ("0802%20598+1307", "FI45%209727+6368", "%28201%29+498").
 */
function formSpaces(text: string, chars: string[], starts: number[]): void {
  let tokenStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    const at = i < chars.length ? starts[i] : text.length;
    const boundary = i === chars.length || isSpace(text.charCodeAt(at));
    if (!boundary) continue;
    if (PERCENT.test(text.slice(starts[tokenStart] ?? at, at))) {
      for (let k = tokenStart + 1; k < i - 1; k++) {
        const literal = text[starts[k]] === '+';
        const [a, b] = [chars[k - 1], chars[k + 1]];
        if (literal && chars[k] === '+' && /[\p{L}\p{N})]/u.test(a) && /[\p{L}\p{N}(]/u.test(b) && /[\d()]/.test(a + b))
          chars[k] = ' ';
      }
    }
    tokenStart = i + 1;
  }
}
