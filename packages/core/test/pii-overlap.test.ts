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
