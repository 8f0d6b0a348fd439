import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';
import { spacedNameSpans } from '../src/pii/spaced-names.ts';

const engine = createPiiEngine();
const found = async (text: string) => (await engine.detect(text)).map((e) => `${e.type}:${e.text}`);
const spaced = (text: string) => spacedNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('letters spaced out one by one are a name', () => {
  it('in any slot, in lower case, capitals or capitalised words, with leet digits or invisible characters', () => {
    expect(spaced('Sono m a r t i n a b r u n o, residente a Padova')).toEqual(['m a r t i n a b r u n o']);
    expect(spaced('Sign it O L I V E R M C A L L I S T E R, phone')).toEqual(['O L I V E R M C A L L I S T E R']);
    expect(spaced('mon nom complet c’est T i m o t h é e   M o r e a u')).toEqual(['T i m o t h é e   M o r e a u']);
    expect(spaced('J 4 K U B   K 0 W A L S K I, +48 887')).toEqual(['J 4 K U B   K 0 W A L S K I']);
    expect(spaced('Thanks, R Y \u200BA N')).toEqual(['R Y \u200BA N']);
  });

  it('not an everyday word, one-letter words, an alphabet, or a spaced e-mail or number', () => {
    for (const text of [
      'S O R R Y for that',
      'h e l l o   w o r l d',
      'o modelo é o R F quatro dois',
      'options a b c d e',
      'n d e @ o u t l o o k . c o m',
      '4 1 1 1 1 1 1 1',
      'plan A B C D',
    ])
      expect(spaced(text), text).toEqual([]);
  });
});

describe('values in a row of brackets, and "plus" written out before a phone number', () => {
  it('reads the bracketed groups as one value', async () => {
    expect(await found('{"ssn":"[627][67][9559]"}')).toEqual(['US_SSN:627][67][9559']);
    expect(await found('Steuer-ID [67][943][824][508]')).toEqual(['DE_TAX_ID:67][943][824][508']);
    expect(await found('[INFO] [main] [worker] started')).toEqual([]);
  });

  it('takes a written "plus" into the phone number', async () => {
    expect(await found('and his number PLUS 1 404.722.7744. how')).toEqual(['PHONE:PLUS 1 404.722.7744']);
    expect(await found('meu número: mais 351 912 345 678')).toEqual(['PHONE:mais 351 912 345 678']);
  });
});
