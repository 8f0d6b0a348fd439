import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/pii/detect.ts';
import type { PiiEntity } from '../src/pii/types.ts';

const text = 'my name is Maria Garcia. Mail maria.garcia@example.com';
const span = (type: PiiEntity['type'], source: string, start: number, end: number): PiiEntity => ({
  type,
  source,
  start,
  end,
  score: 0.9,
  text: text.slice(start, end),
  value: text.slice(start, end).toLowerCase(),
});

describe('overlap resolution', () => {
  it('keeps the parts of a NER span outside a validated entity instead of dropping the name', () => {
    const email = span('EMAIL', 'email', text.indexOf('maria.garcia@'), text.length);
    const ner = span('PERSON', 'ner', text.indexOf('Maria'), text.indexOf('@'));
    const out = resolveOverlaps([ner, email]);
    expect(out.map((e) => [e.type, e.text])).toEqual([
      ['PERSON', 'Maria Garcia. Mail'],
      ['EMAIL', 'maria.garcia@example.com'],
    ]);
  });

  it('drops a NER remainder that is only punctuation or a single character', () => {
    const email = span('EMAIL', 'email', text.indexOf('maria.garcia@'), text.length);
    const ner = span('PERSON', 'ner', text.indexOf('Mail') + 4, text.indexOf('@'));
    expect(resolveOverlaps([ner, email]).map((e) => e.type)).toEqual(['EMAIL']);
  });
});

describe('overlap resolution of structured candidates', () => {
  const form = 'Patient intake form\nName: Maria Lopez   DOB: 03/14/1979\n816-80-9222\nAllergies: penicillin';

  it('keeps the part of a losing value outside the longer candidate that won (no digit of it stays visible)', () => {
    const at = (s: string) => form.indexOf(s);
    const mk = (type: PiiEntity['type'], source: string, start: number, end: number): PiiEntity => ({
      type,
      source,
      start,
      end,
      score: 0.9,
      text: form.slice(start, end),
      value: form.slice(start, end),
    });
    const phone = mk('PHONE', 'phone', at('03/14'), at('-9222'));
    const ssn = mk('US_SSN', 'national-ids', at('816-80'), at('\nAllergies'));
    expect(resolveOverlaps([ssn, phone]).map((e) => [e.type, e.text])).toEqual([
      ['PHONE', '03/14/1979\n816-80'],
      ['US_SSN', '9222'],
    ]);
  });

  it('on the whole engine: an SSN or IP on the line after a date is covered entirely', async () => {
    const { createPiiEngine } = await import('../src/pii/index.ts');
    const engine = createPiiEngine();
    for (const value of ['816-80-9222', '163.24.72.205']) {
      const text = form.replace('816-80-9222', value);
      const found = await engine.detect(text, { language: 'eng' });
      const start = text.indexOf(value);
      for (let k = start; k < start + value.length; k++) {
        if (!/[\p{L}\p{N}]/u.test(text[k])) continue;
        expect(found.some((e) => e.start <= k && k < e.end)).toBe(true);
      }
    }
  });
});

describe('values read across a seam', () => {
  it('an email followed by a sentence that starts with a continuation word keeps only the address', async () => {
    const { createPiiEngine } = await import('../src/pii/index.ts');
    const engine = createPiiEngine();
    for (const [text, email] of [
      ['mail me at amy@fastmail.com. Then call me', 'amy@fastmail.com'],
      ['Contact: bob.smith@example.org. And then the rest is easy', 'bob.smith@example.org'],
    ]) {
      const found = await engine.detect(text, { language: 'eng' });
      expect(found.map((e) => [e.type, e.text])).toEqual([['EMAIL', email]]);
    }
  });
});

describe('NER candidates', () => {
  it('never takes a context keyword such as "IBAN" for a person', async () => {
    const { detectEntities } = await import('../src/pii/detect.ts');
    const { parsePiiOptions } = await import('../src/pii/options.ts');
    const input = 'IBAN DE89 3704 0044 0532 0130 00 for Anna';
    // TEST DOUBLE standing in for the NER model: it tags "IBAN" and "Anna" as persons.
    const ner = async () => ({
      model: 'ner-double',
      entities: [
        { type: 'PER' as const, start: 0, end: 4, score: 0.9, text: 'IBAN' },
        { type: 'PER' as const, start: 37, end: 41, score: 0.9, text: 'Anna' },
      ],
    });
    const found = await detectEntities(input, parsePiiOptions({ ner }));
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['IBAN', 'DE89 3704 0044 0532 0130 00'],
      ['PERSON', 'Anna'],
    ]);
  });
});

describe('one span, two types', () => {
  it('a valid SSN in its 3-2-4 layout stays an SSN next to a phone word ("contact")', async () => {
    const { createPiiEngine } = await import('../src/pii/index.ts');
    const engine = createPiiEngine();
    const types = async (t: string) => (await engine.detect(t)).map((e) => [e.type, e.source]);
    expect(await types('{"contact": `208 95 7929`}')).toEqual([['US_SSN', 'national-id']]);
    expect(await types('SSN# 263_13_9142 📞')).toEqual([['US_SSN', 'national-id']]);
    // a phone number that is no SSN stays a phone
    expect(await types('contact: 0612 345 678')).toEqual([['PHONE', 'phone']]);
  });
});
