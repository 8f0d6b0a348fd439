import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.ts';
import { groupIndices, metricsBy } from '../src/grouping.ts';
import { accuracy, binaryMetrics, percentile, rocAuc } from '../src/metrics.ts';

function pairwiseAuc(scores: number[], labels: number[]): number {
  let sum = 0;
  let n = 0;
  scores.forEach((s, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((t, j) => {
      if (labels[j] !== 0) return;
      sum += s > t ? 1 : s === t ? 0.5 : 0;
      n++;
    });
  });
  return sum / n;
}

describe('rocAuc', () => {
  it('matches known values', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(rocAuc([0.1, 0.2, 0.3], [0, 0, 1])).toBe(1);
    expect(rocAuc([0.3, 0.2, 0.1], [0, 0, 1])).toBe(0);
  });

  it('counts ties as one half', () => {
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBeCloseTo(0.5);
    expect(rocAuc([0.2, 0.5, 0.5, 0.9], [0, 1, 0, 1])).toBeCloseTo(0.875);
  });

  it('equals the pairwise definition on random data with many ties', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 20; trial++) {
      const scores = Array.from({ length: 60 }, () => Math.round(rand() * 8) / 8);
      const labels = scores.map((s) => (rand() < 0.3 + s * 0.4 ? 1 : 0));
      expect(rocAuc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 10);
    }
  });

  it('is null with a single class', () => {
    expect(rocAuc([0.1, 0.9], [1, 1])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
  });
});

describe('binaryMetrics', () => {
  it('computes precision, recall, f1 and accuracy at a threshold', () => {
    const m = binaryMetrics([0.9, 0.8, 0.3, 0.6, 0.1], [1, 0, 1, 1, 0], 0.5);
    // predictions 1 1 0 1 0 -> tp 2, fp 1, fn 1, tn 1
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.accuracy).toBeCloseTo(3 / 5);
    expect(m.n).toBe(5);
    expect(m.auc).toBeCloseTo(4 / 6);
  });

  it('reports zeros rather than NaN when nothing is predicted positive', () => {
    const m = binaryMetrics([0.1, 0.2], [1, 0], 0.5);
    expect(m.precision).toBe(0);
    expect(m.recall).toBe(0);
    expect(m.f1).toBe(0);
  });
});

describe('accuracy and percentile', () => {
  it('accuracy', () => {
    expect(accuracy(['eng', 'deu', 'fra'], ['eng', 'nld', 'fra'])).toEqual({ n: 3, accuracy: 2 / 3 });
    expect(accuracy([], [])).toEqual({ n: 0, accuracy: 0 });
  });

  it('nearest-rank percentile', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile([3], 99)).toBe(3);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('grouping', () => {
  const rows = [
    { source: 'a', lang: 'eng', kind: 'word' },
    { source: 'b', lang: 'eng' },
    { source: 'a', lang: 'deu', length: 3, extra: 'ignored' },
  ];

  it('groups rows by the fields they carry and skips absent ones', () => {
    expect(groupIndices(rows)).toEqual({
      source: { a: [0, 2], b: [1] },
      lang: { eng: [0, 1], deu: [2] },
      length: { '3': [2] },
      kind: { word: [0] },
    });
  });

  it('applies a metric per group with sorted keys', () => {
    const by = metricsBy(groupIndices(rows, ['lang']), (ix) => ix.length);
    expect(by).toEqual({ lang: { deu: 1, eng: 2 } });
    expect(Object.keys(by.lang)).toEqual(['deu', 'eng']);
  });
});

describe('parseArgs', () => {
  it('parses positionals, valued and boolean flags', () => {
    const a = parseArgs(['lid', '--data', 'f.jsonl', '--json', '--threshold=0.3'], ['json']);
    expect(a.positional).toEqual(['lid']);
    expect(a.flags).toEqual({ data: 'f.jsonl', json: true, threshold: '0.3' });
  });
});
