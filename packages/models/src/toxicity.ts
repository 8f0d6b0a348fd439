import { TOXICITY_CATEGORIES, type ToxicityCategory, type ToxicityResult } from '@edge-ai/core';
import { loadModel, paddedIds, readJson } from './runtime.ts';
import { TOXICITY_FEATURIZER, toxicityFeatures } from './toxicity-features.ts';

/**
 * Toxicity: hashed word / bigram / char n-gram / negation-scope features -> int8 embedding bag (mean + max pooling)
 * -> MLP -> in-graph Platt scaling. `score` is a calibrated probability; `toxicityThreshold()` is the recommended cut
 * (max F1 on the validation splits), stored in models/toxicity/meta.json. When meta.json declares `categories`, the graph
 * also outputs a calibrated probability per category (a head over the same features, see the model card), returned as
 * `categories` with the recommended cut of each as `categoryThresholds`.
 */

export interface ToxicityMeta {
  threshold: number;
  platt: { a: number; b: number };
  featurizer: { buckets: number; maxChars: number; maxIds: number; negScope: number; lexicon?: string | null };
  /** Category head: output column names (in order) and the recommended threshold of each. */
  categories?: { names: ToxicityCategory[]; thresholds: Record<ToxicityCategory, number> };
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
    const c = m.categories;
    const known = (n: unknown) => TOXICITY_CATEGORIES.includes(n as ToxicityCategory);
    if (c && !(c.names.length > 0 && c.names.every((n) => known(n) && Number.isFinite(c.thresholds?.[n])))) {
      throw new Error(`toxicity: meta.json categories ${JSON.stringify(c)} need known names, each with a threshold`);
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
  const m = toxicityMeta();
  const { session, version } = await loadModel('toxicity');
  const { ids, weights } = paddedIds(texts.map(toxicityFeatures), () => 1);
  const out = await session.run({ ids, mask: weights });
  const scores = out.score.data as Float32Array;
  const names = m.categories?.names;
  if (!names) return texts.map((_, i) => ({ score: scores[i], model: version }));
  const cats = out.categories.data as Float32Array;
  const thresholds = Object.fromEntries(names.map((n) => [n, m.categories?.thresholds[n]]));
  return texts.map((_, i) => ({
    score: scores[i],
    model: version,
    categories: Object.fromEntries(names.map((n, k) => [n, cats[i * names.length + k]])),
    categoryThresholds: thresholds,
  }));
}

/** Calibrated probability that `text` is abusive, offensive or hateful. */
export async function scoreToxicity(text: string): Promise<ToxicityResult> {
  return (await scoreToxicities([text]))[0];
}
