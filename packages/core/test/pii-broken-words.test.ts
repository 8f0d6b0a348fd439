import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';

const engine = createPiiEngine();
const found = async (text: string) => (await engine.detect(text)).map((e) => `${e.type}:${e.text}`);

describe('a value broken inside a word by a line break', () => {
  it('takes the piece of word on the other side of the break', async () => {
    expect(await found('mi correo al\nvaro1767@gmail.com, avísame')).toContain('EMAIL:al\nvaro1767@gmail.com');
    expect(await found('Lieferadresse: Am Mühlbach 136A, 8033\n1 München. Danke')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ADDRESS:Am Mühlbach 136A, 8033\n1/u)]),
    );
  });

  it('leaves the next line alone when it starts with an everyday word or a one-letter word', async () => {
    expect(await found('write to anna.berg@example.com\nthanks a lot')).toContain('EMAIL:anna.berg@example.com');
    expect(await found('write to anna.berg@example.com\ny luego')).toContain('EMAIL:anna.berg@example.com');
  });
});

describe('phone numbers in kanji or romaji, and a number cut after a dash', () => {
  it('reads kanji numerals and Japanese digit words in a phone number', async () => {
    expect(await found('TEL: 〇九〇 - 二三八八 二五三四')).toEqual(['PHONE:〇九〇 - 二三八八 二五三四']);
    expect(await found('TEL: zero nana zero - nana zero nana go nana ni go roku')).toEqual([
      'PHONE:zero nana zero - nana zero nana go nana ni go roku',
    ]);
    expect(await found('東京都新宿区西新宿一丁目')).toEqual([]);
  });

  it('takes the digits after a line break and a dash', async () => {
    expect(await found('Ayaka: 070-8083\n-6186')).toContain('PHONE:070-8083\n-6186');
  });
});
