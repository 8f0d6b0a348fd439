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
