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
    ['Hello Brianna, your parcel is on its way', 'Brianna'], // a greeting before a known given name
    ['ich war mit meiner Kollegin Annika dort', 'Annika'],
    ['I am M\u200Ba\u200Br\u200Bi\u200Ba Rossi', 'M\u200Ba\u200Br\u200Bi\u200Ba Rossi'],
    ['Please loop in **Henrik Aaltonen** on this', '**Henrik Aaltonen**'],
    ['Can you forward it to M4gd4l3n4 K0w4l?', 'M4gd4l3n4 K0w4l'],
    ['Kannst du das an @sabine_oberhuber schicken?', '@sabine_oberhuber'],
    ['Heute hat „Wiebke Tammen“ angerufen', '„Wiebke Tammen“'],
    ['Dr. H.a.l.v.o.r.s.e.n is on leave', 'H.a.l.v.o.r.s.e.n'],
  ])('%j', async (text, name) => {
    expect(await covered(text, name)).toBe(true);
  });
});

describe('names found without the model: fields, titles and honorifics (bundled model)', () => {
  it.each([
    ['Tabelle bitte:\n{"id": 3, "full_name": "Ansgar Wiebelt", "plan": "pro"}', 'Ansgar Wiebelt'],
    ['id;Nachname;Vorname\n7;Thorwald;Edda', 'Thorwald'],
    ['Antwort kürzen:\n\nVon: Rasmus Eikeland <r.eikeland@example.no>\nBetreff: Angebot', 'Rasmus Eikeland'],
    ['请把报价单发给郑经理，谢谢。', '郑'],
    ['来週から松岡さんが担当します。', '松岡'],
    ['يرجى إرسال التقرير إلى الدكتورة نوال الحربي اليوم', 'نوال الحربي'],
    ['कृपया यह फ़ाइल श्रीमती कुलकर्णी को भेजें।', 'कुलकर्णी'],
    ['Спасибо!\n\nС уважением,\nЕвгений Ларионов', 'Евгений Ларионов'],
    ['Please send it to Giulia Lo Bianco today', 'Giulia Lo Bianco'], // a span carried on to the family name
    ['Protokoll: K. Hartmann übernimmt die Prüfung.', 'K. Hartmann'], // an initial and a known family name
    ['明日、中村陽菜が説明します。', '中村陽菜'], // family + given name of the lists
  ])('%j', async (text, name) => {
    expect(await covered(text, name)).toBe(true);
  });
});
