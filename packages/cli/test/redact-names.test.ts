import { createPiiEngine } from '@edge-ai/core/pii';
import { describe, expect, it } from 'vitest';
import { loadNer } from '../src/redact.ts';

// The bundled NER model (int8 ONNX in @edge-ai/models) on names written to get past a filter.
const ner = await loadNer();
const engine = createPiiEngine({ ner, entities: ['PERSON'] });

/** True when every letter of `name` in `text` lies inside a detected PERSON. */
async function covered(text: string, name: string): Promise<boolean> {
  const found = await engine.detect(text);
  const start = text.indexOf(name);
  for (let k = start; k < start + name.length; k++) {
    if (/\p{L}/u.test(text[k]) && !found.some((e) => e.type === 'PERSON' && e.start <= k && k < e.end)) return false;
  }
  return true;
}

describe('obfuscated names reach the NER model readable (bundled model)', () => {
  it('the model is bundled', () => {
    expect(ner).toBeTypeOf('function');
  });

  it.each([
    ['Hi, my name is J o h n  S m i t h and I need help', 'J o h n  S m i t h'],
    ['Ich heiße M a r i a  S c h n e i d e r', 'M a r i a  S c h n e i d e r'],
    ['My name is Аnnа Kоwаlskа', 'Аnnа Kоwаlskа'], // Cyrillic А а о inside Latin words
    ['Please contact J.o.h.n S.m.i.t.h about it', 'J.o.h.n S.m.i.t.h'],
    ['I am M\u200Ba\u200Br\u200Bi\u200Ba Rossi', 'M\u200Ba\u200Br\u200Bi\u200Ba Rossi'],
  ])('%j', async (text, name) => {
    expect(await covered(text, name)).toBe(true);
  });
});
