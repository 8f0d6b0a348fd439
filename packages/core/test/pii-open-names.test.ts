import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../src/pii/lexicon.ts';
import { lowerNameSpans } from '../src/pii/name-chat-lower.ts';
import { chatTitleSpans, openName } from '../src/pii/name-chat-titles.ts';
import { openNameSpans } from '../src/pii/name-open.ts';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
const open = (text: string) => slices(text, openNameSpans(text));

describe('common words (corpus-derived, training/pii/common_words.py)', () => {
  it('everyday words of many languages are common, names are not', () => {
    for (const w of ['team', 'guys', 'refund', 'dekat', 'tolong', 'mir', 'bola', 'thuyết'])
      expect(isCommonWord(w), w).toBe(true);
    for (const w of ['kelechi', 'obinna', 'wanjiku', 'haziq', 'felix', 'chatgpt'])
      expect(isCommonWord(w), w).toBe(false);
  });

  it('an open name is no everyday, chat or function word, product or place', () => {
    for (const w of ['kelechi', 'Wanjiku', 'izzat', 'jomar']) expect(openName(w), w).toBe(true);
    for (const w of ['team', 'wtf', 'nahi', 'abeg', 'chatgpt', 'Lagos', 'ok', 'allah'])
      expect(openName(w), w).toBe(false);
  });
});

describe('names the lexicon does not know, in slots that show a person', () => {
  it('after a verb or noun that takes a person', () => {
    expect(open('tell kelechi the meeting moved')).toEqual(['kelechi']);
    expect(open('can you call obinna tomorrow')).toEqual(['obinna']);
    expect(open('tolong hubungi izzat dekat pejabat')).toEqual(['izzat']);
    expect(open('my friend Chinedu Okonkwo is visiting')).toEqual(['Chinedu Okonkwo']);
  });

  it('a lower-case word after a cue only in a line typed without capitals, and never an everyday word', () => {
    expect(open('Schreib mir ein Haiku über Hamburg.')).toEqual([]);
    expect(open('Please call obinna tomorrow')).toEqual([]);
    for (const text of [
      'email support about the refund',
      'call mom and tell her',
      'text me when you land',
      'ask chatgpt to help',
    ])
      expect(open(text), text).toEqual([]);
  });

  it('after a Tagalog personal article in a Tagalog line', () => {
    expect(open('ako si rodel, tanong lang po')).toEqual(['rodel']);
    expect(open('pakisabi kay junjun na late ako kanina')).toEqual(['junjun']);
    // "ni" and "ba" are Hausa words too: no Tagalog line
    expect(open('ba ni shawarwari guda biyar')).toEqual([]);
    expect(open('si quieres, llámame mañana')).toEqual([]);
  });

  it('after a self-introduction in romanized Hindi, Malay and Arabic', () => {
    expect(open('mera naam pappu hai aur mera order nahi aaya')).toEqual(['pappu']);
    expect(open('nama saya izzat, nak tanya')).toEqual(['izzat']);
    expect(open('ana ismi Karim')).toEqual(['Karim']);
  });

  it('after a form of address or a greeting', () => {
    expect(slices('abang farid dah sampai', chatTitleSpans('abang farid dah sampai'))).toEqual(['abang farid']);
    expect(slices('sir rodel asked for it', chatTitleSpans('sir rodel asked for it'))).toEqual(['sir rodel']);
    expect(slices('how far kelechi', lowerNameSpans('how far kelechi'))).toEqual(['kelechi']);
    for (const text of [
      'bro wtf is this',
      'sir kindly check',
      'the software engineer Google hired',
      'ya reviso',
      'merhaba siparişim gelmedi',
      'hey guys quick question',
    ])
      expect([...slices(text, chatTitleSpans(text)), ...slices(text, lowerNameSpans(text))], text).toEqual([]);
  });
});

describe('an open word after a form of address followed by a possessor is a noun', () => {
  it('"kak pesanan saya" is "my order", "kak wulan sudah" a name', () => {
    const titles = (text: string) => slices(text, chatTitleSpans(text));
    expect(titles('kak zorvanet saya belum sampai')).toEqual([]);
    expect(titles('kak wulan sudah transfer belum')).toEqual(['kak wulan']);
  });
});
