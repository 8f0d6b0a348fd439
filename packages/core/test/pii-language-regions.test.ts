import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';
import { regionsForLanguage } from '../src/pii/regions.ts';

describe('language hints: ISO 639-3, ISO 639-1 and BCP 47 tags (regions.ts)', () => {
  it.each([
    ['por', 'PT'],
    ['pt', 'PT'],
    ['pt-BR', 'BR'],
    ['es_MX', 'MX'],
    ['zh', 'CN'],
    ['fa', 'IR'],
    ['EN', 'US'],
  ])('%s -> %s first', (lang, region) => {
    expect(regionsForLanguage(lang)[0]).toBe(region);
  });

  it('unknown codes give no regions', () => {
    expect(regionsForLanguage('und')).toEqual([]);
    expect(regionsForLanguage('xx-YY')).toEqual(['YY']);
  });
});

describe('a mobile number written 3-3-3 like an amount is found in its language (phone.ts)', () => {
  const engine = createPiiEngine();
  const phones = async (text: string, language: string) =>
    (await engine.detect(text, { language })).filter((e) => e.type === 'PHONE').map((e) => e.text);

  it.each([
    ['pisz śmiało, mój to 698 223 417', 'pl'],
    ['fica aqui o meu: 936 472 118', 'pt'],
    ['apunta: 655 019 872', 'es'],
  ])('%s (%s)', async (text, language) => {
    expect(await phones(text, language)).toEqual([text.slice(-11)]);
  });

  it('an amount that is no mobile number stays an amount', async () => {
    expect(await phones('el presupuesto es de 125 000 000 pesos', 'es')).toEqual([]);
    expect(await phones('wynik: 412 345 678', 'pl')).toEqual([]); // 41x is a fixed-line area, not a mobile
  });
});
