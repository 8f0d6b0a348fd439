import { describe, expect, it } from 'vitest';
import { engine } from './helpers/pii-cover.ts';

/** Hold-out 10's classes: many values in one long text. Examples written for this file. */
describe('hold-out 10 classes: dense long texts', () => {
  it('reads every phone of a long export where each phone is joined to a card by a slash or a bar', async () => {
    const phones = [
      '+44 7911 123456',
      '+49 151 41471680',
      '+33 6 12 34 56 78',
      '+39 333 123 4567',
      '+34 612 34 56 78',
      '+31 6 12345678',
    ];
    const cards = ['4111 1111 1111 1111', '5555 5555 5555 4444'];
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 8_000; i++) {
      parts.push(phones[i % phones.length], i % 3 === 0 ? '/' : '|', cards[i % 2], '; row ok\n');
    }
    const text = parts.join('');
    const found = await engine.detect(text);
    let missed = 0;
    for (let at = text.indexOf('+'); at >= 0; at = text.indexOf('+', at + 1)) {
      if (!found.some((e) => e.type === 'PHONE' && e.start <= at && at < e.end)) missed++;
    }
    expect(missed).toBe(0);
  });
});
