import { describe, expect, it } from 'vitest';
import type { NamedEntity } from '../src/models.ts';
import { createPiiEngine, type NerFunction, PiiOptionsError } from '../src/pii/index.ts';

/**
 * TEST DOUBLE, not a model: returns the NER spans listed for exact substrings, so fusion logic can be tested
 * without the ONNX model. Offsets are computed from the input like the real recognizer's.
 */
function fakeNer(spans: [string, NamedEntity['type'], number][]): NerFunction {
  return async (text) => {
    const entities: NamedEntity[] = [];
    for (const [surface, type, score] of spans) {
      let i = text.indexOf(surface);
      while (i >= 0) {
        entities.push({ type, start: i, end: i + surface.length, score, text: surface });
        i = text.indexOf(surface, i + 1);
      }
    }
    return { entities, model: 'test-double' };
  };
}

describe('fusion with NER spans', () => {
  it('maps PER/LOC/ORG to PERSON/LOCATION/ORGANIZATION with source "ner"', async () => {
    const ner = fakeNer([
      ['Marie Curie', 'PER', 0.97],
      ['Paris', 'LOC', 0.9],
      ['Acme GmbH', 'ORG', 0.8],
    ]);
    const engine = createPiiEngine({ ner });
    const found = await engine.detect('Marie Curie from Acme GmbH lives in Paris.');
    expect(found.map((e) => [e.type, e.text, e.source])).toEqual([
      ['PERSON', 'Marie Curie', 'ner'],
      ['ORGANIZATION', 'Acme GmbH', 'ner'],
      ['LOCATION', 'Paris', 'ner'],
    ]);
  });

  it('a validated recognizer beats an overlapping NER span', async () => {
    const ner = fakeNer([['jane.doe', 'PER', 0.99]]);
    const found = await createPiiEngine({ ner }).detect('write to jane.doe@example.com');
    expect(found.map((e) => [e.type, e.source])).toEqual([['EMAIL', 'email']]);
  });

  it('between NER spans, longer beats shorter, then the higher score wins', async () => {
    const ner = fakeNer([
      ['Anna', 'PER', 0.99],
      ['Anna Berg', 'PER', 0.7],
      ['Berg', 'LOC', 0.95],
    ]);
    const found = await createPiiEngine({ ner }).detect('Hello Anna Berg!');
    expect(found.map((e) => e.text)).toEqual(['Anna Berg']);
    const tie = fakeNer([
      ['Berg', 'LOC', 0.6],
      ['Berg', 'ORG', 0.8],
    ]);
    expect((await createPiiEngine({ ner: tie }).detect('in Berg')).map((e) => e.type)).toEqual(['ORGANIZATION']);
  });

  it('plain numbers tagged by NER are dropped, and NER scores obey thresholds', async () => {
    const ner = fakeNer([
      ['12345', 'PER', 0.99],
      ['Bob', 'PER', 0.55],
    ]);
    expect(await createPiiEngine({ ner }).detect('ticket 12345 for Bob')).toHaveLength(1);
    const strict = createPiiEngine({ ner, thresholds: { PERSON: 0.6 } });
    expect(await strict.detect('ticket 12345 for Bob')).toEqual([]);
  });

  it('existing placeholders are never re-detected', async () => {
    const ner = fakeNer([['PERSON_1', 'ORG', 0.9]]);
    expect(await createPiiEngine({ ner }).detect('ask <PERSON_1> about it')).toEqual([]);
  });
});

describe('context, allow and deny lists, thresholds', () => {
  it('context words raise and lower scores', async () => {
    const engine = createPiiEngine();
    const [withCtx] = await engine.detect('call 415 555 2671');
    const [without] = await engine.detect('see 415 555 2671');
    expect(withCtx.score).toBeGreaterThan(without.score);
    expect(await engine.detect('order # 415 555 2671')).toEqual([]);
  });

  it('allow list suppresses values, deny list forces them', async () => {
    const engine = createPiiEngine({
      allow: ['support@example.com'],
      deny: { ORGANIZATION: ['Project Falcon'], PERSON: ['Zorg'] },
    });
    const found = await engine.detect('Mail support@example.com or jane@example.com about project falcon and Zorg.');
    expect(found.map((e) => [e.type, e.text, e.source])).toEqual([
      ['EMAIL', 'jane@example.com', 'email'],
      ['ORGANIZATION', 'project falcon', 'deny-list'],
      ['PERSON', 'Zorg', 'deny-list'],
    ]);
  });

  it('entities option limits the detected types', async () => {
    const engine = createPiiEngine({ entities: ['EMAIL'] });
    expect((await engine.detect('a@example.com 4111 1111 1111 1111')).map((e) => e.type)).toEqual(['EMAIL']);
  });
});

describe('actions', () => {
  const text = 'Mail jane@example.com, card 4111 1111 1111 1111, ip 10.0.0.1, ssn 123-45-6789.';
  it('applies per-entity actions', async () => {
    const engine = createPiiEngine({
      actions: { CREDIT_CARD: 'mask', IP_ADDRESS: 'allow', US_SSN: 'redact', EMAIL: 'hash' },
      hashSalt: 'test-salt-0123456789',
    });
    const r = await engine.redact(text);
    expect(r.text).toMatch(
      /^Mail \[EMAIL:[0-9a-f]{16}\], card \*{4} \*{4} \*{4} 1111, ip 10\.0\.0\.1, ssn \[US_SSN\]\.$/,
    );
    expect(r.entities.map((e) => e.action)).toEqual(['hash', 'mask', 'allow', 'redact']);
    const again = await engine.redact('jane@EXAMPLE.com');
    expect(again.text).toBe(r.entities[0].replacement);
  });

  it('pseudonymizes by default with readable, per-type numbered placeholders', async () => {
    const r = await createPiiEngine().redact('a@example.com b@example.com a@example.com 10.0.0.1');
    expect(r.text).toBe('<EMAIL_1> <EMAIL_2> <EMAIL_1> <IP_ADDRESS_1>');
  });
});

describe('options validation', () => {
  it('throws at construction naming the invalid field', () => {
    expect(() => createPiiEngine({ minScore: 2 })).toThrow(/minScore/);
    expect(() => createPiiEngine({ actions: { EMAIL: 'shred' as 'mask' } })).toThrow(/actions\.EMAIL/);
    expect(() => createPiiEngine({ defaultRegion: 'usa' })).toThrow(/defaultRegion/);
    expect(() => createPiiEngine({ thresholds: { NOPE: 1 } as never })).toThrow(PiiOptionsError);
    expect(() => createPiiEngine({ context: { window: -1 } })).toThrow(/context\.window/);
    expect(() => createPiiEngine({ unknown: true } as never)).toThrow(PiiOptionsError);
    expect(() => createPiiEngine({ ner: 'model' as never })).toThrow(/ner/);
  });

  it('requires a salt for the hash action', () => {
    const saved = process.env.EDGE_AI_PII_SALT;
    delete process.env.EDGE_AI_PII_SALT;
    try {
      expect(() => createPiiEngine({ defaultAction: 'hash' })).toThrow(/hashSalt/);
    } finally {
      if (saved !== undefined) process.env.EDGE_AI_PII_SALT = saved;
    }
  });

  it('fills every default once', () => {
    const { options } = createPiiEngine();
    expect(options.defaultAction).toBe('pseudonymize');
    expect(options.context).toEqual({ window: 40, boost: 0.35, penalty: 0.4 });
    expect(options.vault.ttlSeconds).toBe(86400);
    expect(options.entities).toHaveLength(21);
  });
});
