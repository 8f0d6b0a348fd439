import { describe, expect, it } from 'vitest';
import { foldText, toOriginalSpan } from '../src/pii/normalize.ts';
import { type Case, expectAll, expectNone } from './helpers/pii-cover.ts';

/** Values glued to Japanese, Chinese or Korean text, at / dot words written in those scripts and in Danish. */
describe('values glued to CJK text', () => {
  it('folding puts a blank of no width between kana / Han / Hangul and Latin letters or digits', () => {
    const text = '番号は090-1234-5678です';
    const ft = foldText(text);
    expect(ft.folded).toBe('番号は 090-1234-5678 です');
    const start = ft.folded.indexOf('090');
    const span = toOriginalSpan(ft, start, start + '090-1234-5678'.length);
    expect(text.slice(span.start, span.end)).toBe('090-1234-5678');
  });

  it('finds IBANs, IPs, cards and phones written right after a particle and before a copula', async () => {
    const cases: Case[] = [
      ['IBAN', 'DE89 3704 0044 0532 0130 00', '振込先のIBANはDE89 3704 0044 0532 0130 00です。よろしく'],
      ['IBAN', 'FR1420041010050500013M02606', '계좌는FR1420041010050500013M02606입니다'],
      ['IP_ADDRESS', '203.0.113.77', 'サーバーのIPは203.0.113.77でした'],
      ['CREDIT_CARD', '4111 1111 1111 1111', '卡号是4111 1111 1111 1111，请确认'],
      ['PHONE', '+81 90-1234-5678', '携帯は+81 90-1234-5678までお願いします'],
    ];
    await expectAll(cases);
  });

  it('reads アット / ドット between the parts of an address, glued or spaced, and dot words in an IP', async () => {
    await expectAll([
      ['EMAIL', 'taro.yamada アット example ドット jp', 'メール：taro.yamada アット example ドット jp\n以上'],
      ['EMAIL', 'hanako_s アット mail ドット com', '連絡先はhanako_s アット mail ドット comです'],
      ['IP_ADDRESS', '10 ドット 20 ドット 30 ドット 40', 'IPアドレス：10 ドット 20 ドット 30 ドット 40'],
      [
        'IP_ADDRESS',
        '94 punktum 197 punktum 175 punktum 42',
        'min IP-adresse er 94 punktum 197 punktum 175 punktum 42',
      ],
    ]);
  });

  it('leaves prices, times and dates in CJK text alone', async () => {
    await expectNone(['价格是3点5元，总共12点开始', '会議は2024年5月17日10時30分からです', '合計は1,280円です']);
  });
});
