import { checkVerifierWeights, type VerifierWeights } from '@edge-ai/core';
import { EMBED_FEATURIZER, embedFeatures } from './embed-features.ts';
import { loadModel, paddedIds, readJson } from './runtime.ts';

/**
 * Sentence embedder for the semantic cache: hashed word / bigram / char n-gram ids -> int8 embedding bag (mean) ->
 * residual MLP -> L2 normalization, all in the ONNX graph. Trained with a contrastive + pairwise loss on paraphrase
 * and hard-negative pairs (training/embed/, models/embed/MODEL_CARD.md).
 */
export interface Embedder {
  /** Content-hash version, e.g. "embed-1a2b3c4d": part of every cache key. */
  version: string;
  dim: number;
  /** One L2-normalized vector per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface EmbedMeta {
  dim: number;
  /** Pooling inside the graph ('mean', or 'meanmax' when the MLP also sees the max); informative only. */
  pool?: string;
  /** Recommended cosine threshold for a semantic hit (chosen on dev pairs with the false-hit guard), if any. */
  threshold: number | null;
  featurizer: { buckets: number; maxChars: number; maxIds: number };
}

let meta: EmbedMeta | undefined;

export function embedMeta(): EmbedMeta {
  if (!meta) {
    const m = readJson<EmbedMeta>('embed', 'meta.json');
    for (const k of ['buckets', 'maxChars', 'maxIds'] as const) {
      if (m.featurizer[k] !== EMBED_FEATURIZER[k]) throw new Error(`embed featurizer mismatch on ${k}`);
    }
    meta = m;
  }
  return meta;
}

/** Recommended cosine threshold for a semantic cache hit (from meta.json), or undefined. */
export function embedThreshold(): number | undefined {
  return embedMeta().threshold ?? undefined;
}

let verifier: VerifierWeights | undefined;

/**
 * The embedder's learned verifier for the semantic cache (models/embed/verifier.json, from training/embed/verifier.py):
 * pair features -> probability of the same question, with its threshold and cosine floor chosen on dev pairs.
 */
export function embedVerifier(): VerifierWeights {
  verifier ??= checkVerifierWeights(readJson<VerifierWeights>('embed', 'verifier.json'));
  return verifier;
}

/** Largest batch run through the graph at once (bounds the padded tensor). */
const MAX_BATCH = 64;

let loading: Promise<Embedder> | undefined;

/** Loads the bundled embedder once per process; concurrent callers share it, a failed load can be retried. */
export function loadEmbedder(): Promise<Embedder> {
  if (!loading) {
    loading = (async () => {
      const { dim } = embedMeta();
      const { session, version } = await loadModel('embed');
      const embed = async (texts: string[]): Promise<Float32Array[]> => {
        const out: Float32Array[] = [];
        for (let i = 0; i < texts.length; i += MAX_BATCH) {
          const chunk = texts.slice(i, i + MAX_BATCH);
          const { ids, weights } = paddedIds(chunk.map(embedFeatures), () => 1);
          const res = await session.run({ ids, mask: weights });
          const data = res.embedding.data as Float32Array;
          for (let b = 0; b < chunk.length; b++) out.push(data.slice(b * dim, (b + 1) * dim));
        }
        return out;
      };
      return { version, dim, embed };
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** The EdgeModels form: vectors plus the model version. */
export async function embedTexts(texts: string[]): Promise<{ vectors: Float32Array[]; model: string }> {
  const e = await loadEmbedder();
  return { vectors: texts.length ? await e.embed(texts) : [], model: e.version };
}

/** Cosine of two L2-normalized vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
