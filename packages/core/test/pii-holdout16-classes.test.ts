import { describe, expect, it } from 'vitest';
import { engine } from './helpers/pii-cover.ts';

/** Hold-out 16's classes (speech-to-text call transcripts, 8 languages), examples written for this file. */
const values = async (text: string, type: string) =>
  (await engine.detect(text)).filter((e) => e.type === type).map((e) => e.text);

describe('hold-out 16 classes: birth dates said in a call (spoken-birth-date.ts)', () => {
  it.each([
    [
      'Agent: can I take your date of birth\nCaller: the third of June nineteen seventy two',
      'third of June nineteen seventy two',
    ],
    [
      'A: Ihr Geburtsdatum?\nB: am zweiten Oktober neunzehnhundertachtundsiebzig',
      'zweiten Oktober neunzehnhundertachtundsiebzig',
    ],
    [
      'A: votre date de naissance\nB: le trente et un mai mille neuf cent quatre-vingt-deux',
      'trente et un mai mille neuf cent quatre-vingt-deux',
    ],
    ['A: su fecha de nacimiento\nB: doce de enero de 1983', 'doce de enero de 1983'],
    ['A: la sua data di nascita\nB: sono nata il 4 marzo 1991', '4 marzo 1991'],
    ['A: uw geboortedatum\nB: negentien mei 1970', 'negentien mei 1970'],
    ['A: data urodzenia\nB: dwudziestego pierwszego maja 1969', 'dwudziestego pierwszego maja 1969'],
    ['A: e a data de nascimento\nB: 14 07 1988', '14 07 1988'],
  ])('a date after a birth question, on the next turn: %s', async (text, value) => {
    expect(await values(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it('a year asked apart, and a corrected year, are part of it', async () => {
    expect(await values('A: date of birth?\nB: ninth of May\nA: and the year\nB: 1966', 'DATE_OF_BIRTH')).toEqual([
      'ninth of May',
      '1966',
    ]);
    expect(await values('A: Geburtsdatum?\nB: 3 Juli 1971 nein warte 1972.', 'DATE_OF_BIRTH')).toEqual([
      '3 Juli 1971',
      '1972',
    ]);
  });

  it.each([
    'A: when will it arrive\nB: on the third of June, order four five six',
    'A: date of birth please\nB: hang on\nA: the parcel costs 12 50 99\nB: ok',
    'A: your birthday?\nB: I would rather not say, I paid 1999 euros at 10 30',
    'A: delivery date\nB: twelfth of January 2025',
  ])('dates without a birth cue, times, prices and quantities stay: %s', async (text) => {
    expect(await values(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('hold-out 16 classes: an IBAN read aloud (spoken-iban.ts)', () => {
  it.each([
    [
      'A: the IBAN please\nB: g b two nine n w b k six oh one six one three three one nine two six eight one nine',
      'g b two nine n w b k six oh one six one three three one nine two six eight one nine',
    ],
    [
      'A: Ihre IBAN?\nB: d e acht neun äh drei sieben null vier, null null vierundvierzig null fünf drei zwei null eins drei null null null.',
      'd e acht neun äh drei sieben null vier, null null vierundvierzig null fünf drei zwei null eins drei null null null',
    ],
    [
      'A: el IBAN\nB: ES91 dos uno cero cero 0418 cuatro cinco cero dos eh 0005 1332\nA: gracias',
      'ES91 dos uno cero cero 0418 cuatro cinco cero dos eh 0005 1332',
    ],
    [
      'C: n l negen een, ABNA, 0417 1634 nee sorry 1643 nul nul',
      'n l negen een, ABNA, 0417 1634 nee sorry 1643 nul nul',
    ],
    [
      'A: l’IBAN\nB: f r quatorze vingt zéro quatre dix dix, zéro cinq zéro cinq, zéro zéro zéro un euh trois m zéro deux six zéro six',
      'f r quatorze vingt zéro quatre dix dix, zéro cinq zéro cinq, zéro zéro zéro un euh trois m zéro deux six zéro six',
    ],
  ])('letters, digit words, numbers in words, fillers and a correction, checked by mod 97: %s', async (text, value) => {
    expect(await values(text, 'IBAN')).toEqual([value]);
  });

  it.each([
    'A: your order number\nB: d e four five six seven eight nine one two three four five six seven eight nine one two',
    'B: DE ist ok, ich zahle zwei neun neun euro und drei zwei eins',
    'A: el pedido de cuatro cinco seis siete ocho nueve uno dos tres cuatro cinco seis siete ocho nueve uno dos tres',
  ])('numbers that fail mod 97 or have no country code stay: %s', async (text) => {
    expect(await values(text, 'IBAN')).toEqual([]);
  });
});

describe('hold-out 16 classes: a name spelled out (spelled-name.ts)', () => {
  it.each([
    ["B: it's Hannah Lowry, that's L O W R Y.", 'L O W R Y'],
    ['B: mijn naam is Bram Smit dus s m i t', 's m i t'],
    ['B: Nowak literuję n o w a k', 'n o w a k'],
  ])('letters that spell the name said just before: %s', async (text, value) => {
    expect(await values(text, 'PERSON')).toContain(value);
  });

  it.each([
    [
      'B: K wie Konrad R wie Richard A wie Anton U wie Ulrich S wie Samuel',
      'K wie Konrad R wie Richard A wie Anton U wie Ulrich S wie Samuel',
    ],
    [
      'B: h as in hotel o as in oscar l as in lima t as in tango',
      'h as in hotel o as in oscar l as in lima t as in tango',
    ],
    [
      'B: v come Venezia e come Empoli r come Roma d come Domodossola i come Imola',
      'v come Venezia e come Empoli r come Roma d come Domodossola i come Imola',
    ],
  ])('a spelling alphabet: %s', async (text, value) => {
    expect(await values(text, 'PERSON')).toContain(value);
  });

  it.each([
    'B: it costs twenty nine and ninety nine, that is twenty nine',
    'B: yes yes that is fine, thanks thanks',
    'B: a b c d e f in the form',
    'B: s o p h i e dot s m i t at gmail dot com',
  ])('repeated words, letters of a form and spelled e-mails are no spelled name: %s', async (text) => {
    expect(await values(text, 'PERSON')).toEqual([]);
  });
});

describe('hold-out 16 classes: an e-mail said aloud (spoken-email.ts)', () => {
  it.each([
    ['B: yes it is k l a r a dot berg at web dot de', 'k l a r a dot berg at web dot de'],
    ['B: oui c’est lucas tiret bas roux arobase orange point fr', 'lucas tiret bas roux arobase orange point fr'],
    ['B: ana ponto lima quatro dois arroba gmail ponto com', 'ana ponto lima quatro dois arroba gmail ponto com'],
  ])('letters, words and numbers joined by the words for dot and underscore: %s', async (text, value) => {
    expect(await values(text, 'EMAIL')).toContain(value);
  });

  it('a corrected first try and a local part said on the turn before are covered', async () => {
    const found = await values('B: tom dot weiss sorry no tom underscore weiss at gmx dot net', 'EMAIL');
    expect(found).toContain('tom dot weiss');
    expect(found).toContain('tom underscore weiss at gmx dot net');
    const split = await values('B: p a u l dot r o t h\nA: at which provider\nB: at outlook dot com', 'EMAIL');
    expect(split.join(' ')).toContain('at outlook dot com');
    expect(split.join(' ')).toContain('p a u l dot r o t h');
  });

  it('a local part alone on a timestamped turn, the domain two turns later', async () => {
    const text =
      '[00:00:05] Speaker 2: ja also mkrause\n[00:00:07] Speaker 1: und nach dem at\n[00:00:09] Speaker 2: at gmx punkt de';
    const found = await values(text, 'EMAIL');
    expect(found).toContain('mkrause');
    expect(found).toContain('at gmx punkt de');
  });

  it.each([
    'B: I will be at home later, call me at nine',
    'B: we met at the station, price four dot five',
    'B: at nine dot thirty please',
  ])('"at" in a sentence stays: %s', async (text) => {
    expect(await values(text, 'EMAIL')).toEqual([]);
  });
});

describe('a word said twice in ordinary prose is no spelled name', () => {
  it.each(['Plan A is the basic plan.', 'Tell me about the garden, the garden is lovely.'])('%s', async (text) => {
    expect((await engine.detect(text)).filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});
