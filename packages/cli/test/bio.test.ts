import { describe, expect, it } from 'vitest';
import { addCounts, charToTokenSpan, countSpans, decodeBio, spanMetrics, tokenOffsets } from '../src/bio.ts';

describe('decodeBio', () => {
  it('decodes B/I runs into token spans', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-ORG'];
    expect(decodeBio(tags)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 6 },
      { type: 'ORG', start: 7, end: 8 },
    ]);
  });

  it('starts a new entity on a stray or type-changing I- tag (conlleval)', () => {
    expect(decodeBio(['O', 'I-ORG', 'I-ORG', 'I-PER'])).toEqual([
      { type: 'ORG', start: 1, end: 3 },
      { type: 'PER', start: 3, end: 4 },
    ]);
  });

  it('ignores types outside PER/LOC/ORG', () => {
    expect(decodeBio(['B-MISC', 'I-MISC', 'B-PER'])).toEqual([{ type: 'PER', start: 2, end: 3 }]);
  });
});

describe('char to token spans', () => {
  const tokens = ['Angela', 'Merkel', 'visited', 'New', 'York', '.'];
  const offsets = tokenOffsets(tokens);
  const text = tokens.join(' ');

  it('computes offsets in the space-joined text', () => {
    for (const [i, o] of offsets.entries()) expect(text.slice(o.start, o.end)).toBe(tokens[i]);
  });

  it('maps exact and partial character spans onto overlapping tokens', () => {
    expect(charToTokenSpan(offsets, 0, 13)).toEqual({ start: 0, end: 2 });
    expect(charToTokenSpan(offsets, text.indexOf('New'), text.indexOf('York') + 4)).toEqual({ start: 3, end: 5 });
    expect(charToTokenSpan(offsets, 2, 4)).toEqual({ start: 0, end: 1 });
    expect(charToTokenSpan(offsets, 6, 7)).toBeNull();
  });
});

describe('span scoring', () => {
  it('counts exact-span matches per type and overall', () => {
    const gold = decodeBio(['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O']);
    const pred = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 5, end: 6 },
    ];
    const c = countSpans(pred, gold);
    expect(c.all).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(c.PER).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.LOC).toEqual({ tp: 0, fp: 1, fn: 1 });
    const sum = {};
    addCounts(sum, c);
    addCounts(sum, countSpans([], gold));
    const m = spanMetrics(sum);
    expect(m.tp).toBe(1);
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBeCloseTo(1 / 4);
    expect(m.by_type.PER.f1).toBeCloseTo(2 / 3);
    expect(m.by_type.ORG.precision).toBe(0);
  });
});
