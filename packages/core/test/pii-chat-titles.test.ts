import { describe, expect, it } from 'vitest';
import { chatTitleSpans } from '../src/pii/name-chat-titles.ts';

const names = (text: string) => chatTitleSpans(text).map((s) => text.slice(s.start, s.end));

describe('names next to forms of address of informal chat', () => {
  it('a strong title takes the next word in any case', () => {
    expect(names('pls ask encik rahman to sign')).toEqual(['encik rahman']);
    expect(names('kindly tell Dr. fernandes the report is ready')).toEqual(['Dr. fernandes']);
    expect(names('MWALIMU otieno alisema kesho')).toEqual(['MWALIMU otieno']);
  });

  it('a kinship or polite form takes a capitalised word or a known name in lower case', () => {
    expect(names('tolong hubungi pak Budi besok')).toEqual(['pak Budi']);
    expect(names('ask aunty maria about it')).toEqual(['aunty maria']);
    expect(names('auntie Li Ting the one downstairs')).toEqual(['auntie Li Ting']);
  });

  it('a suffix of address marks the word before it', () => {
    expect(names('salam, Mehmet bey geldi mi')).toEqual(['Mehmet']);
    expect(names('rahul bhai ka number bhejo')).toEqual(['rahul']);
  });

  it('no name where the word is a function word, a greeting, a shout, a place or a product', () => {
    for (const text of [
      'yes sir please',
      'haan ji bilkul theek hai',
      'merhaba hocam nasılsın',
      'mama said no',
      'I miss Paris so much',
      'the software engineer Google hired',
      'Dr. is not in today',
      '200 ms latency at p99',
      'cashback aaya SERIOUSLY bhai',
      'arre bhai kya hua',
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });
});

describe('names typed in lower case', () => {
  it('two known names in a row, or a known name after a greeting', async () => {
    const { lowerNameSpans } = await import('../src/pii/name-chat-lower.ts');
    const lower = (text: string) => lowerNameSpans(text).map((s) => text.slice(s.start, s.end));
    expect(lower('pls forward this to maria gonzalez today')).toEqual(['maria gonzalez']);
    expect(lower('hello daniel, are you free')).toEqual(['daniel']);
    // particles, function words, words with diacritics (everyday words in Czech or Vietnamese) and non-names
    for (const text of ['die Rechnung von der Bank', 'šťastný nový rok', 'tiểu thuyết hay', 'hello there', 'hi team'])
      expect(lower(text), text).toEqual([]);
  });
});
