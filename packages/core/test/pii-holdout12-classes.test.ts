import { describe, expect, it } from 'vitest';
import { engine } from './helpers/pii-cover.ts';

/** Hold-out 12's classes (Faker-style synthetic templates), with examples written for this file. */
describe('hold-out 12 classes', () => {
  it.each([
    ['reach me at +48 912 004 771 tomorrow', '+48 912 004 771'], // "+" and a country code: no amount, whatever the plan
    ['he rang from +44(0)019 4417 2290 twice', '+44(0)019 4417 2290'],
    ['Büro: +49(0)6021 55 01', '+49(0)6021 55 01'],
    ['text 7209914473x5512 please', '7209914473x5512'], // an extension is no letter glued to the number
    ['call 001-417-203-9948x771 after six', '001-417-203-9948x771'],
  ])('a number plans do not know is still replaced: %s', async (text, value) => {
    const found = await engine.detect(text, { language: 'eng' });
    expect(found.some((e) => e.type === 'PHONE' && e.text === value)).toBe(true);
  });

  it('amounts and versions written with "+" stay: "+1 2 3", "+1 234 567" without a phone shape', async () => {
    for (const text of ['version 1.2.3 and +1 2 3', 'the box costs +1 234 567']) {
      expect(await engine.detect(text, { language: 'eng' })).toEqual([]);
    }
  });

  it('a card of an issuer outside the known ranges is found next to its brand or a card word', async () => {
    // Luhn digit computed: 3501 8822 1049 537?
    const body = '350188221049537';
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    const card = body + ((10 - (sum % 10)) % 10);
    for (const text of [`JCB\n${card} 05/27`, `card number ${card}`, `Discover ${card}, exp 09/28`]) {
      const found = await engine.detect(text, { language: 'eng' });
      expect(found.filter((e) => e.type === 'CREDIT_CARD').map((e) => e.text)).toEqual([card]);
    }
  });

  it('streets with the other USPS suffixes after a house number and a name', async () => {
    for (const [text, value] of [
      ['she moved to 481 Harper Spur last May', '481 Harper Spur'],
      ['meet at 12 Elm Crossing', '12 Elm Crossing'],
      ['ship to 66 Rosales Mills, Lake Dana, NV 89104', '66 Rosales Mills, Lake Dana, NV 89104'],
    ]) {
      const found = await engine.detect(text, { language: 'eng' });
      expect(found.filter((e) => e.type === 'ADDRESS').map((e) => e.text)).toEqual([value]);
    }
    expect(await engine.detect('we drove 3 miles on the loop', { language: 'eng' })).toEqual([]);
  });
});
