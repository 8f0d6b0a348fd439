import { describe, expect, it } from 'vitest';
import { hasPersonalCue } from '../src/pii/cues.ts';
import { isKnownName, isKnownPlace, isPublicFigure } from '../src/pii/lexicon.ts';
import { hasPersonCue, isTechName, plausiblePerson } from '../src/pii/person.ts';
import { joinPersons, withOpenNeighbours, withPartners } from '../src/pii/person-passes.ts';
import type { PiiEntity } from '../src/pii/types.ts';

/** Whether the PERSON filter keeps `span` (the first occurrence in `text`) at NER score `score`. */
const keeps = (text: string, span: string, score = 0.65) => {
  const start = text.indexOf(span);
  return plausiblePerson(text, start, start + span.length, score);
};

describe('PERSON filter (person.ts)', () => {
  it.each([
    ['Write me a haiku about Hamburg', 'haiku'],
    ['Which is healthier, olive oil or butter?', 'olive'],
    ['What are the differences between Kubernetes and Docker Swarm?', 'Kubernetes'],
    ['What are the differences between Kubernetes and Docker Swarm?', 'Docker Swarm'],
    ["Traduce 'I love books' al español.", 'Traduce'],
    ['help me with VLOOKUP', 'VLOOKUP'],
    ['Schreib einen Limerick über einen Bäcker aus Bremen.', 'Bäcker'],
    ['Quanti abitanti ha Bologna?', 'Bologna'],
  ])('drops a chat word the model took for a name: %s -> %s', (text, span) => {
    expect(keeps(text, span)).toBe(false);
  });

  it.each([
    ['Please forward this to Maria tomorrow', 'Maria', 0.65],
    ['send it to maria schneider asap', 'maria schneider', 0.6],
    ['Ask Okonkwo Chukwuemeka about it', 'Okonkwo Chukwuemeka', 0.6],
    ['Assange was arrested', 'Assange', 0.9],
    ['my name is jonas', 'jonas', 0.4],
    ['Hi JOHN SMITH, see you', 'JOHN SMITH', 0.6],
    ['Dear Kubernetes team', 'Kubernetes', 0.6],
    ['Jackson called yesterday', 'Jackson', 0.95],
  ])('keeps a name: %s -> %s', (text, span, score) => {
    expect(keeps(text, span, score)).toBe(true);
  });

  it('reads the lexicons built from the data (Bloom filters)', () => {
    expect(isKnownName('Maria') && isKnownName('schneider') && isKnownName('Łukasz')).toBe(true);
    expect(isKnownName('kubernetes') || isKnownName('haiku')).toBe(false);
    expect(isKnownPlace('Bologna') && isKnownPlace('New York')).toBe(true);
    expect(isPublicFigure('Albert Einstein') && isPublicFigure('Angela Merkel')).toBe(true);
    expect(isPublicFigure('Einstein')).toBe(false); // one word is never enough
    expect(isTechName('Docker Swarm') && !isTechName('Maria Docker')).toBe(true);
  });

  it('finds person cues and personal cues right before a span', () => {
    expect(hasPersonCue('Hallo, ich heiße ', 17)).toBe(true);
    expect(hasPersonCue('The weather in ', 15)).toBe(false);
    const at = (text: string, span: string) => hasPersonalCue(text, text.indexOf(span));
    expect(at('Ich wohne in der Nähe von Köln', 'Köln')).toBe(true);
    expect(at('Mieszkam w Krakowie', 'Krakowie')).toBe(true);
    expect(at('J’habite à Lyon', 'Lyon')).toBe(true);
    expect(at('Which animals live in Australia?', 'Australia')).toBe(false);
    expect(at('I live in Berlin. Tell me about Paris.', 'Paris')).toBe(false);
  });
});

describe('institutions and codes of law are no persons', () => {
  it.each([
    ['Kontrolle im Klinikum Saarbrücken am Montag', 'Klinikum Saarbrücken'],
    ['zgodnie z Kodeksem Cywilnym strony ustalają', 'Kodeksem Cywilnym'],
    ['Randevu Bursa Şehir Hastanesi üzerinden alındı', 'Bursa Şehir Hastanesi'],
  ])('%s', (text, span) => {
    expect(keeps(text, span, 0.95)).toBe(false);
  });

  it('a name next to such a word elsewhere in the text stays a person', () => {
    expect(keeps('Dr. Lena Vogt vom Klinikum ruft an', 'Lena Vogt', 0.95)).toBe(true);
  });
});

describe('a one-word PERSON in lower case joins the name beside it (person-passes.ts withOpenNeighbours)', () => {
  const entity = (start: number, end: number, text: string): PiiEntity => ({
    type: 'PERSON',
    start,
    end,
    score: 0.85,
    source: 'honorific',
    text: text.slice(start, end),
    value: text.slice(start, end),
  });

  it('takes an open family name after a known given name, and a known given name before', () => {
    const text = 'pls call priya raghunathan today';
    const found = [entity(9, 14, text)];
    withOpenNeighbours(found, text);
    expect(found[0].text).toBe('priya raghunathan');
  });

  it('reads 50,000 names in one line in one pass (each neighbour looked up once)', () => {
    const text = 'priya raghunathan '.repeat(50_000);
    const found = Array.from({ length: 50_000 }, (_, i) => entity(18 * i, 18 * i + 5, text));
    withOpenNeighbours(found, text);
    expect(found.every((e) => e.text === 'priya raghunathan')).toBe(true);
  });

  it('not an everyday word after, nor a verb or role before, nor in a line with capitals before', () => {
    for (const [text, start, end] of [
      ['call priya tomorrow', 5, 10],
      ['volejte ondřej prosím', 8, 14],
      ['Tell him: priya raghunathan', 10, 15],
    ] as const) {
      const found = [entity(start, end, text)];
      withOpenNeighbours(found, text);
      expect(found[0].text, text).toBe(text.slice(start, end));
    }
  });
});

describe('PERSON parts joined by a patronymic particle (person-passes.ts joinPersons)', () => {
  it('"Ahmad Faiz binti Abdullah" is one name', () => {
    const text = 'Nama: Ahmad Faiz binti Abdullah, lahir 1991';
    const a: PiiEntity = {
      type: 'PERSON',
      start: 6,
      end: 16,
      score: 0.9,
      source: 'ner',
      text: 'Ahmad Faiz',
      value: 'ahmad faiz',
    };
    const b: PiiEntity = {
      type: 'PERSON',
      start: 23,
      end: 31,
      score: 0.8,
      source: 'ner',
      text: 'Abdullah',
      value: 'abdullah',
    };
    joinPersons([a, b], text);
    expect([a.text, b.text]).toEqual(['Ahmad Faiz binti Abdullah', 'Ahmad Faiz binti Abdullah']);
  });
});

describe('the PERSON passes stay linear on long lists of names', () => {
  it('withPartners over 30,000 names joined by "and" looks each partner up once', () => {
    const unit = 'Anna and Kelechi, ';
    const text = unit.repeat(30_000);
    const found: PiiEntity[] = Array.from({ length: 30_000 }, (_, i) => ({
      type: 'PERSON',
      start: unit.length * i,
      end: unit.length * i + 4,
      score: 0.9,
      source: 'ner',
      text: 'Anna',
      value: 'anna',
    }));
    withPartners(found, text);
    expect(new Set(found.filter((e) => e.text === 'Kelechi').map((e) => e.start)).size).toBe(30_000);
  });

  it('joinPersons joins one name across a patronymic particle, not a chain of names', () => {
    const text = 'Anna binti Abdullah binti '.repeat(100);
    const found: PiiEntity[] = [];
    for (let i = 0; i < 100; i++) {
      const at = 26 * i;
      found.push({ type: 'PERSON', start: at, end: at + 4, score: 0.9, source: 'ner', text: 'Anna', value: 'anna' });
      found.push({
        type: 'PERSON',
        start: at + 11,
        end: at + 19,
        score: 0.9,
        source: 'ner',
        text: 'Abdullah',
        value: 'abdullah',
      });
    }
    joinPersons(found, text);
    expect(Math.max(...found.map((e) => e.end - e.start))).toBeLessThan(100);
  });
});
