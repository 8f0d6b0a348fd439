import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';
import { foldLetterDigits, foldText, toOriginalSpan } from '../src/pii/normalize.ts';

const engine = createPiiEngine();

describe('folding keeps an offset map to the original text', () => {
  it('drops invisible characters and folds full-width forms', () => {
    const ft = foldText('a\u200bＢ\u00a0c－d');
    expect(ft.folded).toBe('aB c-d');
    expect(toOriginalSpan(ft, 1, 4)).toEqual({ start: 2, end: 5 });
  });

  it('reads O, l and I inside numbers as digits, keeping the length; words and codes stay', () => {
    expect(foldLetterDigits('card 5O18 17l9, tel +4l 44 8I2')).toBe('card 5018 1719, tel +41 44 812');
    expect(foldLetterDigits('H2O CO2 i18n Oll 6Oll 😀 hello')).toBe('H2O CO2 i18n Oll 6Oll 😀 hello');
  });

  it('counts letters and digits over the groups of one number ("O54 67 6Oll": 5 digits, 4 letters)', () => {
    expect(foldLetterDigits('SSN#`O54 67 6Oll`')).toBe('SSN#`054 67 6011`');
    expect(foldLetterDigits('1O 2O 3Oll')).toBe('10 20 3Oll');
    expect(foldLetterDigits('5 of 6Oll')).toBe('5 of 6Oll');
  });

  it('maps astral characters by code point', () => {
    const ft = foldText('😀 𝟒𝟐');
    expect(ft.folded).toBe('😀 42');
    expect(toOriginalSpan(ft, 3, 5)).toEqual({ start: 3, end: 7 });
  });
});

const CASES: [string, string, string][] = [
  ['EMAIL', 'john dot doe at example dot com', 'write to john dot doe at example dot com please'],
  ['EMAIL', 'john.doe (at) example (dot) com', 'write to john.doe (at) example (dot) com please'],
  ['EMAIL', 'JOHN.DOE [AT] EXAMPLE.COM', 'write to JOHN.DOE [AT] EXAMPLE.COM please'],
  ['EMAIL', 'ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'mail ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ thanks'],
  ['EMAIL', 'jo\u200bhn@exa\u200dmple.com', 'mail jo\u200bhn@exa\u200dmple.com thanks'],
  ['CREDIT_CARD', '4111\u200b1111\u200b1111\u200b1111', 'card 4111\u200b1111\u200b1111\u200b1111 ok'],
  ['CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１', 'card ４１１１ １１１１ １１１１ １１１１ ok'],
  ['CREDIT_CARD', '4111.1111.1111.1111', 'card 4111.1111.1111.1111 ok'],
  ['CREDIT_CARD', '4111\u00a01111\u00a01111\u00a01111', 'card 4111\u00a01111\u00a01111\u00a01111 ok'],
  ['IBAN', 'de89-3704-0044-0532-0130-00', 'iban de89-3704-0044-0532-0130-00 ok'],
  ['PHONE', '+49\u200b 30\u200b 901820', 'ruf an: +49\u200b 30\u200b 901820 danke'],
  ['PHONE', '＋４４ ２０ ７９４６ ０９５８', 'tel ＋４４ ２０ ７９４６ ０９５８ ok'],
  ['US_SSN', '123\u2013\u200b45\u201367\u00ad89', 'ssn 123\u2013\u200b45\u201367\u00ad89 ok'],
  ['UK_NINO', 'ab\u200b12\u200b34\u200b56\u200bc', 'nino ab\u200b12\u200b34\u200b56\u200bc ok'],
  [
    'SECRET',
    'ghp_ABCDEFGHIJ\u200bKLMNOPQRSTUVWXYZ0123456789',
    'token ghp_ABCDEFGHIJ\u200bKLMNOPQRSTUVWXYZ0123456789 ok',
  ],
];

describe('obfuscated values are found and replaced in the ORIGINAL text (invisible characters included)', () => {
  it('an SSN with more look-alike letters than digits in one group', async () => {
    const text = 'te paso esto: SSN#`O54 67 6Oll`';
    expect((await engine.detect(text)).map((e) => [e.type, e.text])).toEqual([['US_SSN', 'O54 67 6Oll']]);
  });

  for (const [type, value, text] of CASES) {
    it(`${type}: ${JSON.stringify(value)}`, async () => {
      const found = await engine.detect(text);
      const start = text.indexOf(value);
      expect(found.map((e) => [e.type, e.start, e.end])).toEqual([[type, start, start + value.length]]);
      const { text: out } = await engine.redact(text);
      expect(out).toBe(`${text.slice(0, start)}<${type}_1>${text.slice(start + value.length)}`);
    });
  }

  it('obfuscated and plain spellings of one value share a placeholder', async () => {
    const s = engine.session();
    const a = await s.transform('john dot doe at example dot com');
    const b = await s.transform('John.Doe@Example.com');
    const c = await s.transform(
      'card 4111 1111 1111 1111 and 4111-1111-1111-1111 and ４１１１１１１１１１１１１１１１',
    );
    expect(a.text).toBe('<EMAIL_1>');
    expect(b.text).toBe('<EMAIL_1>');
    expect(c.text).toBe('card <CREDIT_CARD_1> and <CREDIT_CARD_1> and <CREDIT_CARD_1>');
    expect(s.restore('<EMAIL_1>')).toBe('john dot doe at example dot com');
  });
});
