import type { EdgeModels } from '@edge-ai/core';
import { embedTexts } from './embed.ts';
import { detectLanguage } from './lid.ts';
import { recognizeEntities } from './ner.ts';
import { scoreToxicity } from './toxicity.ts';

export {
  cosine,
  type Embedder,
  type EmbedMeta,
  embedMeta,
  embedTexts,
  embedThreshold,
  embedVerifier,
  loadEmbedder,
} from './embed.ts';
export { embedFeatures } from './embed-features.ts';
export { toLidCode } from './lang-codes.ts';
export { calibrateLid, detectLanguage, detectLanguages, lidFeatures, lidProbabilities, lidWords } from './lid.ts';
export { recognizeEntities } from './ner.ts';
export { modelsDir, modelVersion, readJson } from './runtime.ts';
export { scoreToxicities, scoreToxicity, toxicityThreshold } from './toxicity.ts';
export {
  type EdgeDecision,
  edgeDecides,
  edgeLanguages,
  type LanguageTrust,
  type ModelTrust,
  modelTrust,
  type TrustTask,
} from './trust.ts';

let warming: Promise<void> | undefined;

/** Loads every bundled model once (by running each on a short text); later calls are no-ops. */
export function warm(): Promise<void> {
  if (!warming) {
    warming = (async () => {
      await Promise.all([
        detectLanguage('warm up'),
        scoreToxicity('warm up'),
        recognizeEntities('warm up'),
        embedTexts(['warm up']),
      ]);
    })();
    warming.catch(() => {
      warming = undefined;
    });
  }
  return warming;
}

export const edgeModels: EdgeModels = { detectLanguage, recognizeEntities, scoreToxicity, embed: embedTexts, warm };
