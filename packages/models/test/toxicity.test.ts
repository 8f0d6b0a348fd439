import { readFileSync } from 'node:fs';
import type { ToxicityCategory } from '@edge-ai/core';
import { describe, expect, it } from 'vitest';
import { scoreToxicities, scoreToxicity, toxicityThreshold } from '../src/toxicity.ts';
import { toxicityFeatures, toxicityTokens } from '../src/toxicity-features.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const parity = JSON.parse(readFileSync(fixture('toxicity-features.json'), 'utf8')) as {
  text: string;
  tokens: string[];
  ids: number[];
}[];
const categoriesFixture = JSON.parse(readFileSync(fixture('toxicity-categories.json'), 'utf8')) as {
  text: string;
  categories: Record<ToxicityCategory, number>;
}[];
const floatOut = JSON.parse(readFileSync(fixture('toxicity-float.json'), 'utf8')) as { text: string; float: number }[];
const dev = readFileSync(fixture('toxicity-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; label: 0 | 1; source: string; lang: string });

/** The model measures AUC 0.831 on this sample (train.py / `edge-ai eval toxicity`); the floor leaves some slack. */
const AUC_FLOOR = 0.78;

/**
 * Behavioural probes the current model gets right (checked before being written here). Some are close paraphrases of
 * training templates in training/toxicity/synth.py (marked *), the rest are not. Known failure, not asserted:
 * 'my neighbour yelled "bitch" at his wife, I called the police' scores as toxic (reported abuse with a quoted slur).
 */
const PROBES: [string, 0 | 1][] = [
  ['you are a worthless idiot', 1],
  ['shut up you stupid bitch', 1],
  ['all immigrants are vermin and should be deported', 1],
  ['du bist ein dummes arschloch', 1],
  ['eres un idiota de mierda', 1],
  ["I don't think you're an idiot", 0], // *
  ['you are not stupid at all', 0],
  ['nobody thinks you are a loser', 0], // *
  ['calling people retards is wrong', 0], // *
  ['please stop using slurs against gay people', 0],
  ['he called me an idiot and I cried', 0], // *
  ['this is fucking awesome', 0], // *
  ['holy shit, what a goal!', 0], // *
  ['damn, that pizza was good', 0],
  ['the weather in berlin is nice today', 0],
];

/** ROC-AUC by the rank-sum formula (ties get average ranks). */
function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = labels.filter((l) => l === 1).length;
  const neg = labels.length - pos;
  const rankSum = labels.reduce((s, l, i) => s + (l === 1 ? ranks[i] : 0), 0);
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

describe('toxicity featurizer', () => {
  it('produces the same tokens and hashed ids as the Python training featurizer', () => {
    expect(parity.length).toBeGreaterThan(50);
    for (const c of parity) {
      expect(toxicityTokens(c.text)).toEqual(c.tokens);
      expect(toxicityFeatures(c.text)).toEqual(c.ids);
    }
  });
});

describe('scoreToxicity', () => {
  it('loads the bundled model and returns a probability with a content-hash version', async () => {
    const r = await scoreToxicity('hello there, have a nice day');
    expect(r.model).toMatch(/^toxicity-[0-9a-f]{8}$/);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
    const t = toxicityThreshold();
    expect(t).toBeGreaterThan(0.05);
    expect(t).toBeLessThan(0.95);
  });

  it('is deterministic, and batched scores equal single scores', async () => {
    const texts = dev.slice(0, 20).map((r) => r.text);
    const a = await scoreToxicities(texts);
    const b = await scoreToxicities(texts);
    expect(a.map((r) => r.score)).toEqual(b.map((r) => r.score));
    for (let i = 0; i < texts.length; i++) {
      expect((await scoreToxicity(texts[i])).score).toBeCloseTo(a[i].score, 5);
    }
    expect(await scoreToxicities([])).toEqual([]);
  });

  it('int8 model agrees with the float model outputs recorded at training time', async () => {
    expect(floatOut.length).toBeGreaterThan(100);
    const q = (await scoreToxicities(floatOut.map((r) => r.text))).map((r) => r.score);
    const t = toxicityThreshold();
    let agree = 0;
    let maxDiff = 0;
    floatOut.forEach((r, i) => {
      maxDiff = Math.max(maxDiff, Math.abs(q[i] - r.float));
      if (q[i] >= t === r.float >= t) agree++;
    });
    expect(maxDiff).toBeLessThan(0.02);
    expect(agree / floatOut.length).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps its quality on the committed held-out dev sample', async () => {
    expect(dev.length).toBeGreaterThan(300);
    const scores = (await scoreToxicities(dev.map((r) => r.text))).map((r) => r.score);
    expect(
      auc(
        scores,
        dev.map((r) => r.label),
      ),
    ).toBeGreaterThan(AUC_FLOOR);
  });

  it('handles the behavioural probes it is known to get right (negation, counter-speech, reported, profanity)', async () => {
    const t = toxicityThreshold();
    const scores = await scoreToxicities(PROBES.map((p) => p[0]));
    PROBES.forEach(([text, label], i) => {
      expect({ text, toxic: scores[i].score >= t }).toEqual({ text, toxic: label === 1 });
    });
  });
});

describe('toxicity categories', () => {
  const meta = JSON.parse(readFileSync(new URL('../models/toxicity/meta.json', import.meta.url), 'utf8')) as {
    categories: { names: ToxicityCategory[]; thresholds: Record<ToxicityCategory, number> };
  };

  it('returns the category head of the bundled graph as the training export computed it', async () => {
    expect(categoriesFixture.length).toBeGreaterThan(10);
    const results = await scoreToxicities(categoriesFixture.map((c) => c.text));
    results.forEach((r, i) => {
      const want = categoriesFixture[i].categories;
      expect(Object.keys(r.categories ?? {})).toEqual(meta.categories.names);
      for (const name of meta.categories.names) {
        expect(Math.abs((r.categories?.[name] ?? -1) - want[name])).toBeLessThan(0.002);
      }
      expect(r.categoryThresholds).toEqual(meta.categories.thresholds);
    });
  });

  it('batched category scores equal single ones', async () => {
    const texts = categoriesFixture.slice(0, 6).map((c) => c.text);
    const batch = await scoreToxicities(texts);
    for (let i = 0; i < texts.length; i++) {
      const one = await scoreToxicity(texts[i]);
      for (const name of meta.categories.names) {
        expect(one.categories?.[name]).toBeCloseTo(batch[i].categories?.[name] ?? -1, 5);
      }
    }
  });
});
