import type { ToxicityResult } from '@edge-ai/core';
import { loadModel, ort, readJson } from './runtime.ts';
import { TOXICITY_FEATURIZER, toxicityFeatures } from './toxicity-features.ts';

/**
 * Toxicity: hashed word / bigram / char n-gram / negation-scope features -> int8 embedding bag (mean + max pooling)
 * -> MLP -> in-graph Platt scaling. `score` is a calibrated probability; `toxicityThreshold()` is the recommended cut
 * (max F1 on the validation splits), stored in models/toxicity/meta.json.
 */

export interface ToxicityMeta {
  threshold: number;
  platt: { a: number; b: number };
  featurizer: { buckets: number; maxChars: number; maxIds: number; negScope: number; lexicon?: string | null };
}

let meta: ToxicityMeta | undefined;

function toxicityMeta(): ToxicityMeta {
  if (!meta) {
    const m = readJson<ToxicityMeta>('toxicity', 'meta.json');
    for (const k of ['buckets', 'maxChars', 'maxIds', 'negScope'] as const) {
      if (m.featurizer[k] !== TOXICITY_FEATURIZER[k]) throw new Error(`toxicity featurizer mismatch on ${k}`);
    }
    if (m.featurizer.lexicon) {
      throw new Error(
        `toxicity: meta.json declares lexicon features (${m.featurizer.lexicon}), which this runtime does not run`,
      );
    }
    meta = m;
  }
  return meta;
}

/** Recommended decision threshold on `score` (from meta.json). */
export function toxicityThreshold(): number {
  return toxicityMeta().threshold;
}

/** Scores several texts in one padded batch. */
export async function scoreToxicities(texts: string[]): Promise<ToxicityResult[]> {
  if (texts.length === 0) return [];
  toxicityMeta();
  const { session, version } = await loadModel('toxicity');
  const feats = texts.map(toxicityFeatures);
  const len = Math.max(...feats.map((f) => f.length));
  const ids = new BigInt64Array(texts.length * len);
  const mask = new Float32Array(texts.length * len);
  feats.forEach((f, i) => {
    for (let j = 0; j < f.length; j++) {
      ids[i * len + j] = BigInt(f[j]);
      mask[i * len + j] = 1;
    }
  });
  const out = await session.run({
    ids: new ort.Tensor('int64', ids, [texts.length, len]),
    mask: new ort.Tensor('float32', mask, [texts.length, len]),
  });
  const scores = out.score.data as Float32Array;
  return texts.map((_, i) => ({ score: scores[i], model: version }));
}

/** Calibrated probability that `text` is abusive, offensive or hateful. */
export async function scoreToxicity(text: string): Promise<ToxicityResult> {
  return (await scoreToxicities([text]))[0];
}
