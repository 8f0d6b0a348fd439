import type { ToxicityResult } from '@edge-ai/core';
import { loadModel, paddedIds, readJson } from './runtime.ts';
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
  const { ids, weights } = paddedIds(texts.map(toxicityFeatures), () => 1);
  const out = await session.run({ ids, mask: weights });
  const scores = out.score.data as Float32Array;
  return texts.map((_, i) => ({ score: scores[i], model: version }));
}

/** Calibrated probability that `text` is abusive, offensive or hateful. */
export async function scoreToxicity(text: string): Promise<ToxicityResult> {
  return (await scoreToxicities([text]))[0];
}
