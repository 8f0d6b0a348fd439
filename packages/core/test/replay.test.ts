import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayResponse } from '../src/respond.ts';
import { readUIEvents } from '../src/testing/openai-sse.ts';

describe('cache replay stream', () => {
  it('streams any text back unchanged, in word-sized deltas', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const { events } = await readUIEvents(replayResponse(text, new Headers()));
        const deltas = events.filter((e) => e.type === 'text-delta').map((e) => String(e.delta));
        expect(deltas.join('')).toBe(text);
        for (const d of deltas) expect(d.trim().split(/\s+/).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });
});
