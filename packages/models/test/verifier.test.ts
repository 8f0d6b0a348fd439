import { readFileSync } from 'node:fs';
import { checkVerifierWeights, VERIFIER_FEATURES, verifierScore } from '@edge-ai/core';
import { describe, expect, it } from 'vitest';
import { embedVerifier, loadEmbedder } from '../src/embed.ts';

const parity = JSON.parse(readFileSync(new URL('./fixtures/verifier-parity.json', import.meta.url), 'utf8')) as {
  features: number[];
  probability: number;
}[];

describe('embed verifier (models/embed/verifier.json)', () => {
  it('is trained for the bundled embedder version, with a threshold and a cosine floor', async () => {
    const v = embedVerifier();
    expect(v.embedder).toBe((await loadEmbedder()).version);
    expect(v.features).toEqual([...VERIFIER_FEATURES]);
    expect(v.threshold).toBeGreaterThan(0);
    expect(v.threshold).toBeLessThan(1);
    expect(v.minCosine).toBeGreaterThan(0.5);
  });

  it('gives the probabilities the training forward pass (numpy) computed, on dev pairs of both labels', () => {
    const v = embedVerifier();
    expect(parity).toHaveLength(24);
    const probs = parity.map((c) => verifierScore(v, c.features));
    probs.forEach((p, i) => {
      expect(p).toBeCloseTo(parity[i].probability, 9);
    });
    // Not a constant: the fixture's pairs get different verdicts.
    expect(Math.max(...probs) - Math.min(...probs)).toBeGreaterThan(0.5);
  });

  it('refuses weights that do not fit the feature list', () => {
    const v = embedVerifier();
    expect(() => checkVerifierWeights({ ...v, features: v.features.slice(1) })).toThrow(/features/);
    expect(() => checkVerifierWeights({ ...v, out: { w: [1], b: 0 } })).toThrow(/output needs/);
    expect(() => checkVerifierWeights({ ...v, threshold: 2 })).toThrow(/threshold/);
  });
});
