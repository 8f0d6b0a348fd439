import { describe, expect, it } from 'vitest';
import { decodeEscapes } from '../src/pii/decode.ts';
import { foldText, toOriginalSpan } from '../src/pii/normalize.ts';

/** The original text behind folded[start, end). */
const back = (text: string, start: number, end: number) => {
  const ft = foldText(text);
  const span = toOriginalSpan(ft, start, end);
  return text.slice(span.start, span.end);
};

describe('decode layer: escapes are read as the characters they stand for, offsets kept', () => {
  it('percent-encoding of printable ASCII', () => {
    expect(foldText('tel %2B44%2020%207946 mail a%40b%2Eorg').folded).toBe('tel +44 20 7946 mail a@b.org');
    // "%0A" (a control character) and a lone "%" stay as written; nothing is decoded twice
    expect(foldText('50% off, %0A, %2540').folded).toBe('50% off, %0A, %40');
  });

  it("a literal '+' next to a digit is a form-encoded space inside a percent-encoded token, not an address tag", () => {
    expect(foldText('q=0161%20496+0000').folded).toBe('q=0161 496 0000');
    expect(foldText('q=%28212%29+555%2D0199').folded).toBe('q=(212) 555-0199');
    expect(foldText('to=anna+news%40example.org').folded).toBe('to=anna+news@example.org');
    // without a percent escape in the token the '+' is left alone
    expect(foldText('2+2=4 and 0161+496').folded).toBe('2+2=4 and 0161+496');
  });

  it('HTML character references, numeric and named', () => {
    expect(foldText('&#43;33&#45;1&#x2D;42 &#8209;').folded).toBe('+33-1-42 -');
    expect(foldText('a&commat;b&period;c &lpar;1&rpar;&nbsp;2&colon;3&num;').folded).toBe('a@b.c (1) 2:3#');
    // any number of leading zeros, as HTML allows (the email recognizer no longer reads these forms itself)
    expect(foldText('a&#0000064;b&#x000000002e;c').folded).toBe('a@b.c');
    // unknown names and malformed references stay
    expect(foldText('&foo; &#; &#xZZ; Tom &amp; Jerry').folded).toBe('&foo; &#; &#xZZ; Tom & Jerry');
  });

  it('JSON / JavaScript escapes, surrogate pairs joined', () => {
    expect(foldText('\\u002b49\\u002030 \\x40 \\u{1F600}').folded).toBe('+49 30 @ \u{1F600}');
    expect(foldText('\\ud83d\\ude00!').folded).toBe('\u{1F600}!');
    // a path with "\x" that is not printable ASCII is left alone
    expect(foldText('C:\\x01\\data').folded).toBe('C:\\x01\\data');
  });

  it('maps every decoded character to the whole escape', () => {
    const text = 'n: %2B44%2020';
    const ft = foldText(text);
    expect(ft.folded).toBe('n: +44 20');
    expect(toOriginalSpan(ft, 3, 4)).toEqual({ start: 3, end: 6 });
    expect(back(text, 3, 9)).toBe('%2B44%2020');
    expect(back('x &#64; y', 2, 3)).toBe('&#64;');
  });

  it('returns nothing to do for text without escapes', () => {
    expect(decodeEscapes('plain text, 100 % sure')).toBeUndefined();
    expect(decodeEscapes('a & b')).toBeUndefined();
  });
});

describe('combining marks on Latin letters, digits and symbols', () => {
  it('drops strike-through, underline, overline, dot below, enclosing marks and keycaps', () => {
    expect(foldText('0\u03366\u03361\u03362').folded).toBe('0612');
    expect(foldText('4\u03322\u0332 9\u0305 7\u0323').folded).toBe('42 9 7');
    expect(foldText('1\uFE0F\u20E32\uFE0F\u20E3#\uFE0F\u20E3').folded).toBe('12#');
    expect(foldText('a\u20DDb\u20DE').folded).toBe('ab');
  });

  it('composes an accent when Unicode has the letter, and keeps marks of other scripts', () => {
    expect(foldText('Jose\u0301').folded).toBe('José');
    // Devanagari vowel signs are marks of that script, not decoration
    expect(foldText('नमस्ते').folded).toBe('नमस्ते');
  });

  it("joins a dropped mark's span to its base character", () => {
    const text = 'x 7\u0336 y';
    const ft = foldText(text);
    expect(ft.folded).toBe('x 7 y');
    expect(toOriginalSpan(ft, 2, 3)).toEqual({ start: 2, end: 4 });
  });
});

describe('seams: markup and odd separators inside a value', () => {
  it('joins a value split by inline markup, a string concatenation or a line continuation', () => {
    expect(foldText('id AB12</code> <code>CD34 end').folded).toBe('id AB12CD34 end');
    expect(foldText('x 0161 496`, `0000 y').folded).toBe('x 0161 496 0000 y');
    expect(foldText("s = '0161.' + '496.0000'").folded).toBe("s = '0161.496.0000'");
    // one digit cut off a group: the parts close up
    expect(foldText('n = "0161 49"\n    + "6 0000"').folded).toBe('n = "0161 496 0000"');
    expect(foldText('n = "0161 496"\n    + "0000"').folded).toBe('n = "0161 496 0000"');
    expect(foldText('v 4111 1111 \\\n1111 1111').folded).toBe('v 4111 1111 1111 1111');
    expect(foldText('a ab.** **cd x »«y').folded).toBe('a ab.cd xy');
  });

  it('gives a grouped number its separator back, and joins a token split in the middle', () => {
    expect(foldText('n 301`, `44-9012 x').folded).toBe('n 301-44-9012 x');
    expect(foldText('n 301.44 \\\n9012 x').folded).toBe('n 301.44.9012 x');
    expect(foldText('ip 2001:db8`, `85a3:0 x').folded).toBe('ip 2001:db8:85a3:0 x');
    expect(foldText('n "3014"\n  + "49012" x').folded).toBe('n "301449012" x');
  });

  it('a word hyphenated at the end of a line is joined', () => {
    expect(foldText('card 4111-\n1111 done').folded).toBe('card 41111111 done');
  });

  it('leaves markup between two fields and ordinary code alone', () => {
    expect(foldText('<name>Anna</name><age>34</age>').folded).toBe('<name>Anna</name><age>34</age>');
    expect(foldText('x = `a` + `b`; **bold** text').folded).toBe('x = `a` + `b`; **bold** text');
  });

  it('reads |, *, ~ between letters or digits and ·, •, emoji (spaced or not) as a space', () => {
    expect(foldText('0161|496|0000 a*b c~d').folded).toBe('0161 496 0000 a b c d');
    expect(foldText('0161·496•0000').folded).toBe('0161 496 0000');
    expect(foldText('0161 \u{1F539} 496\u{2B50}0000').folded).toBe('0161 496 0000');
    // a table cell with spaces around '|' or '*' is not a value
    expect(foldText('| 12 | 34 | 2 * 3').folded).toBe('| 12 | 34 | 2 * 3');
  });

  it('maps a replaced separator to what it replaced', () => {
    const text = 'n 12\u{1F539}34';
    expect(foldText(text).folded).toBe('n 12 34');
    expect(back(text, 4, 5)).toBe('\u{1F539}');
  });
});

describe('seams: values written character by character', () => {
  it('joins single characters split by spaces; wider gaps stay one space', () => {
    expect(foldText('mail: a n n a . k @ e x a m p l e . o r g ok').folded).toBe('mail: anna.k@example.org ok');
    expect(foldText('iban G B 8 2   W E S T   1 2 3 4').folded).toBe('iban GB82 WEST 1234');
    expect(foldText('v: 1 0 . 2 0 . 3 0 . 4 0,').folded).toBe('v: 10.20.30.40,');
  });

  it('joins single letters or digits joined by one separator throughout', () => {
    expect(foldText('x G.B.8.2.W.E.S.T y').folded).toBe('x GB82WEST y');
    // digits joined by a character no recognizer reads between digits: digits one by one, as the recognizers read them
    expect(foldText('x 7|1|2|9|3|3|0 y').folded).toBe('x 7 1 2 9 3 3 0 y');
    expect(foldText('x 7-1-2-9-3-3-0 y').folded).toBe('x 7129330 y');
    expect(foldText('x A_B_1_2_3_4 y').folded).toBe('x AB1234 y');
  });

  it('leaves short runs, words, plain digit-by-digit numbers and punctuation at the ends as they are', () => {
    expect(foldText('a b c and U.S.A. or 1.2.3.4').folded).toBe('a b c and U.S.A. or 1.2.3.4');
    expect(foldText('digits 4 1 1 1 1 1 1 1 here').folded).toBe('digits 4 1 1 1 1 1 1 1 here');
    expect(foldText('| x y z w v u |').folded).toBe('| xyzwvu |');
  });

  it('three or four spaces between digit groups are one', () => {
    expect(foldText('CH93   0076   2011').folded).toBe('CH93 0076 2011');
    expect(foldText('col1      col2').folded).toBe('col1      col2');
  });
});

describe('folding stays linear in the text length', () => {
  const patterns = [
    ': : ',
    'a ',
    '1 ',
    'a.',
    '1|',
    '%2',
    '%20',
    '&#4',
    '&#45;',
    '\\u00',
    '\\\\u0663',
    '%E0%B9',
    '%D0%BE',
    '=E0=B8',
    '=?UTF-8?Q?=3A',
    '=?UTF-8?Q?a_b?= ',
    '=\n',
    'a=1&b=2+3',
    '1` `',
    "1' + '",
    '1\u{1F538}',
    '1\u0336',
    '1-\n',
    'a . ',
    '</code> <code>',
    'x',
  ];
  it.each(patterns)('200 KB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const t0 = performance.now();
    const ft = foldText(text);
    // a quadratic pass takes minutes here; linear ones take milliseconds
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(ft.startOf.length).toBe(ft.folded.length);
    expect(ft.endOf.length).toBe(ft.folded.length);
  });
});
