/**
 * Model contract. The core stays runtime-agnostic: it never imports ONNX Runtime.
 * `@edge-ai/models` implements this on Node.js; tests may pass their own implementation.
 */
import type { VerifierWeights } from './cache/verifier.ts';

export type EntityType = 'PER' | 'LOC' | 'ORG';

export interface LanguageResult {
  /** ISO 639-3, Tatoeba style (cmn, pes, zsm, ...); 'und' when undetermined. */
  lang: string;
  /** Calibrated probability of `lang`. */
  confidence: number;
  /** Top alternatives, best first. */
  top: { lang: string; p: number }[];
  /** Content-hash version of the model, e.g. "lid-3f2a9c1b". */
  model: string;
}

export interface NamedEntity {
  type: EntityType;
  /** Character offsets into the input string (UTF-16 code units, JS string indices), end exclusive. */
  start: number;
  end: number;
  score: number;
  text: string;
}

export interface EntityResult {
  entities: NamedEntity[];
  model: string;
}

/** Kinds of abuse a toxicity model may score separately (`ToxicityResult.categories`). */
export const TOXICITY_CATEGORIES = ['profanity', 'insult', 'identity_attack', 'threat'] as const;
export type ToxicityCategory = (typeof TOXICITY_CATEGORIES)[number];

export interface ToxicityResult {
  /** Calibrated probability that the text is abusive, offensive or hateful. */
  score: number;
  model: string;
  /** Calibrated probability per category, when the model scores categories. */
  categories?: Partial<Record<ToxicityCategory, number>>;
  /** The model's recommended cut per category (at or above = the text is of that kind); 0.5 where absent. */
  categoryThresholds?: Partial<Record<ToxicityCategory, number>>;
}

export interface EmbeddingResult {
  /** One L2-normalized vector per input text, in order. */
  vectors: Float32Array[];
  /** Content-hash version of the embedder, e.g. "emb-1a2b3c4d". */
  model: string;
}

export interface EdgeModels {
  detectLanguage(text: string): Promise<LanguageResult>;
  recognizeEntities(text: string): Promise<EntityResult>;
  scoreToxicity(text: string): Promise<ToxicityResult>;
  /**
   * Sentence embeddings for the semantic cache: one L2-normalized vector per text, and the embedder's content-hash
   * version (part of every cache key). Optional: without it the cache is exact-match only.
   */
  embed?(texts: string[]): Promise<EmbeddingResult>;
  /** The embedder's recommended cosine threshold for a semantic cache hit (its card); used when the options set none. */
  embedThreshold?: number;
  /**
   * The embedder's learned verifier (its card): semantic candidates from `minCosine` up must also reach its
   * probability threshold. Used only with vectors of the embedder version it names (`embedder`).
   */
  embedVerifier?: VerifierWeights;
  /** Loads every model once; later calls are no-ops. */
  warm?(): Promise<void>;
}
