import { describe, expect, it } from 'vitest';
import { spokenAddressRecognizer } from '../src/pii/recognizers/spoken-address.ts';
import { spokenPhoneRecognizer } from '../src/pii/recognizers/spoken-phone.ts';
import { engine } from './helpers/pii-cover.ts';

/** Hold-out 16's number classes (speech-to-text call transcripts), examples written for this file. */
const values = async (text: string, type: string, language?: string) =>
  (await engine.detect(text, language ? { language } : undefined)).filter((e) => e.type === type).map((e) => e.text);

describe('hold-out 16 numbers: phone numbers said in a call (spoken-phone.ts)', () => {
  it('a number split over turns, with the agent in between', async () => {
    const text =
      'A: unter welcher Handynummer erreiche ich Sie?\nB: null eins fünf eins zwei drei\nA: ja\nB: vier fünf sechs sieben acht neun';
    expect(await values(text, 'PHONE', 'de')).toEqual([
      'null eins fünf eins zwei drei',
      'vier fünf sechs sieben acht neun',
    ]);
  });

  it("the agent's echo is covered and not counted", async () => {
    const text =
      'A: e o número de telemóvel\nB: nove um dois\nA: nove um dois sim\nB: três quatro cinco seis sete oito';
    expect(await values(text, 'PHONE', 'pt')).toEqual([
      'nove um dois',
      'nove um dois',
      'três quatro cinco seis sete oito',
    ]);
  });

  it('a correction drops the group said before it', async () => {
    const text = 'A: su número de móvil?\nB: seis uno dos, 345 no perdón 346 seis siete ocho.';
    expect(await values(text, 'PHONE', 'es')).toEqual(['seis uno dos, 345 no perdón 346 seis siete ocho']);
  });

  it('fillers between digit groups', async () => {
    const text = 'A: un recapito telefonico?\nB: tre quattro sette ehm aspetti 123 quattro cinque sei sette.';
    expect(await values(text, 'PHONE', 'it')).toEqual(['tre quattro sette ehm aspetti 123 quattro cinque sei sette']);
  });

  it('numerals with commas between, in a turn', async () => {
    expect(await values('A: su número de móvil?\nC: +34 612, 345, 678.', 'PHONE', 'es')).toEqual(['+34 612, 345, 678']);
  });

  it.each([
    ['A: your order number please\nB: four five six seven eight nine one two three', 'en'],
    ['A: le technicien vous téléphone entre quatorze heures et dix-huit heures\nB: d’accord', 'fr'],
    ['A: das kostet\nB: neunundvierzig neunundneunzig äh nein neunundvierzig fünfzig', 'de'],
    ['A: het model\nB: de W M vier vijf nul nul', 'nl'],
    ['A: o técnico passa entre as catorze e as dezoito horas\nB: ok', 'pt'],
  ])('numbers that are no phone number stay: %s', async (text, language) => {
    expect(await values(text, 'PHONE', language)).toEqual([]);
  });

  it('stays linear on 1 MB of transcript', () => {
    const unit = 'A: your phone number\nB: oh seven seven uh nine double eight no sorry one two three four five six\n';
    const time = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const t0 = performance.now();
      spokenPhoneRecognizer.find(text, {} as never);
      return performance.now() - t0;
    };
    const small = time(250_000);
    const big = time(1_000_000);
    expect(big).toBeLessThan(20_000);
    expect(big).toBeLessThan(small * 8 + 500);
  }, 60_000);
});

describe('hold-out 16 numbers: addresses said in a call (spoken-address.ts)', () => {
  it.each([
    [
      'A: und Ihre Anschrift bitte\nB: ja das ist Lindenallee zwölf, drei null eins eins fünf Kassel',
      'Lindenallee zwölf, drei null eins eins fünf Kassel',
    ],
    [
      'A: votre adresse postale\nB: oui alors vingt-deux rue des Cerisiers euh 31400 Toulouse.',
      'vingt-deux rue des Cerisiers euh 31400 Toulouse',
    ],
    ['A: what is the address\nB: twelve Oak Grove\nA: and the postcode\nB: l s six two a b', 'twelve Oak Grove'],
    [
      'A: wat is uw adres\nB: molenweg negen, vier twee een een k l breda',
      'molenweg negen, vier twee een een k l breda',
    ],
  ])('the answer after an address question: %s', async (text, value) => {
    expect(await values(text, 'ADDRESS')).toContain(value);
  });

  it.each([
    'A: can I have your email address\nB: it is four five six seven at example dot com',
    'A: the order number please\nB: four five six seven eight nine one two',
    'A: what is the address\nB: let me check\nA: and your phone number?\nB: oh seven seven zero zero nine eight two four five six',
    'A: das hat neunundvierzig neunundneunzig gekostet\nB: richtig 49,99 Euro',
  ])('no address without an address question, or after another question: %s', async (text) => {
    expect(await values(text, 'ADDRESS')).toEqual([]);
  });

  it('stays linear on 1 MB of transcript', () => {
    const unit = 'A: your address please\nB: twelve Oak Grove uh l s six two a b Leeds\nA: thanks\n';
    const time = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const t0 = performance.now();
      spokenAddressRecognizer.find(text, {} as never);
      return performance.now() - t0;
    };
    const small = time(250_000);
    const big = time(1_000_000);
    expect(big).toBeLessThan(20_000);
    expect(big).toBeLessThan(small * 8 + 500);
  }, 60_000);
});

describe('hold-out 16 numbers: card numbers said in a call (spoken-card.ts)', () => {
  it("split over turns with the agent's echo, and corrected", async () => {
    const split =
      'A: die Kartennummer bitte\nB: vier eins eins eins, 1111\nA: vier eins eins eins 1111 ja\nB: 1111 eins eins eins eins';
    expect(await values(split, 'CREDIT_CARD', 'de')).toEqual([
      'vier eins eins eins, 1111',
      'vier eins eins eins 1111',
      '1111 eins eins eins eins',
    ]);
    const corrected = 'A: the long number on the card please\nB: 4111 1112 no sorry 1111 uh 1111 one one one one';
    expect(await values(corrected, 'CREDIT_CARD', 'en')).toEqual(['4111 1112 no sorry 1111 uh 1111 one one one one']);
  });

  it('no card without a valid Luhn digit', async () => {
    const text = 'A: die Kartennummer bitte\nB: vier eins eins eins, 1111\nA: ja\nB: 1111 eins eins eins zwei';
    expect(await values(text, 'CREDIT_CARD', 'de')).toEqual([]);
  });
});
