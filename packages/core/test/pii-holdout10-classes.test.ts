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

  it('finds nothing in long logs, CSV and JSON with ids, UUIDs, amounts and dates on every line', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const hex = (n: number) => ((i * 2654435761 + n * 40503) >>> 0).toString(16).padStart(8, '0');
      const uuid = `${hex(1)}-${hex(2).slice(0, 4)}-4${hex(3).slice(0, 3)}-b${hex(4).slice(0, 3)}-${hex(5)}${hex(6).slice(0, 4)}`;
      lines.push(
        `2026-0${1 + (i % 9)}-1${i % 10} 12:0${i % 10}:31 INFO id=${40000 + i * 37} trace=${uuid} took ${i % 97} ms`,
        `${i},${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')},${(i * 104729) % 100000}.${String((i * 3) % 100).padStart(2, '0')},${i % 40}`,
        `{"request":"${uuid}","amount":${(i * 31) % 1000}.5,"ts":${1767225600 + i}}`,
      );
    }
    const text = lines.join('\n');
    const found = await engine.detect(text);
    expect(found.map((e) => `${e.type}:${e.text}`)).toEqual([]);
  });

  it('a UUID under a credential key is still a secret', async () => {
    const found = await engine.detect('HEROKU_API_KEY=5c7d9a2e-41b3-4f0e-9a6d-2e8f1c3b7a90');
    expect(found.map((e) => e.type)).toEqual(['SECRET']);
  });
});
