import { describe, expect, it } from 'vitest';
import { lidWords } from '../src/lid.ts';
import { codePointPrefix } from '../src/text-prefix.ts';
import { normalizeToxicityText, toxicityFeatures } from '../src/toxicity-features.ts';

let seed = 7;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const ALPHABET = [
  'a',
  'Z',
  ' ',
  'é',
  'e\u0301',
  '😀',
  '\ud800',
  '\udc00',
  'İ',
  'Σ',
  'ß',
  '한',
  '\u1100\u1161',
  'ﬁ',
  '1',
  '.',
];
const randomText = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');

/** The featurizers as they were: the whole text split into code points / normalised before the prefix is taken. */
const oldLidWords = (text: string) => {
  const chars = Array.from(text.normalize('NFC').toLowerCase()).slice(0, 1000);
  const out: string[] = [];
  let cur = '';
  for (const ch of chars) {
    if (/[\p{L}\p{M}]/u.test(ch)) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
};

describe('featurizers read a bounded prefix of the text (linear in the prefix, not the text)', () => {
  it('codePointPrefix equals Array.from(text).slice(0, n).join("") (surrogate pairs and lone halves)', () => {
    for (let i = 0; i < 500; i++) {
      const t = randomText(Math.floor(rand() * 60));
      const n = Math.floor(rand() * 70);
      expect(codePointPrefix(t, n)).toBe(Array.from(t).slice(0, n).join(''));
    }
  });

  it('lidWords gives the same words as normalising the whole text', () => {
    for (let i = 0; i < 200; i++) {
      const t = randomText(500 + Math.floor(rand() * 6000));
      expect(lidWords(t)).toEqual(oldLidWords(t));
    }
  });

  it('the toxicity normalisation is unchanged (first maxChars code points, then NFKC)', () => {
    for (let i = 0; i < 200; i++) {
      const t = randomText(900 + Math.floor(rand() * 300));
      expect(normalizeToxicityText(t)).toBe(normalizeToxicityText(Array.from(t).slice(0, 1000).join('')));
    }
  });

  it('1 MB of emoji costs what 1,000 characters cost (CPU time, not wall time)', () => {
    const big = '😀'.repeat(250_000);
    const cpu = (f: () => unknown) => {
      const start = process.cpuUsage();
      for (let i = 0; i < 5; i++) f();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000 / 5;
    };
    const lid = cpu(() => lidWords(big));
    const tox = cpu(() => toxicityFeatures(big));
    console.log(`1 MB of emoji: lidWords ${lid.toFixed(2)} ms, toxicityFeatures ${tox.toFixed(2)} ms of CPU`);
    expect(lid).toBeLessThan(20);
    expect(tox).toBeLessThan(20);
  });
});
