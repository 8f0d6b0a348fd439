import type { EdgeModels, ToxicityResult } from '../models.ts';

/**
 * TEST DOUBLE, not a model: returns the scores a test dictates, so stage logic (thresholds, fail modes,
 * skipping) can be checked in isolation. Real-model behaviour is tested in packages/models and end to end.
 */
export function modelsDouble(
  over: {
    lang?: string;
    confidence?: number;
    toxicity?: number;
    /** Category probabilities (and optionally their recommended cuts) the toxicity double reports. */
    categories?: ToxicityResult['categories'];
    categoryThresholds?: ToxicityResult['categoryThresholds'];
    fail?: 'language' | 'toxicity';
  } = {},
): EdgeModels {
  return {
    async detectLanguage() {
      if (over.fail === 'language') throw new Error('model file missing');
      const lang = over.lang ?? 'eng';
      return {
        lang,
        confidence: over.confidence ?? 0.99,
        top: [{ lang, p: over.confidence ?? 0.99 }],
        model: 'lid-double',
      };
    },
    async scoreToxicity() {
      if (over.fail === 'toxicity') throw new Error('model file missing');
      const { categories, categoryThresholds } = over;
      return {
        score: over.toxicity ?? 0.01,
        model: 'tox-double',
        ...(categories && { categories, categoryThresholds }),
      };
    },
    async recognizeEntities() {
      return { entities: [], model: 'ner-double' };
    },
    async embed(texts: string[]) {
      return { vectors: texts.map(hashedBagOfWords), model: 'emb-double' };
    },
  };
}

/** Dimension of the double's embeddings. */
export const DOUBLE_EMBED_DIM = 64;

/**
 * TEST DOUBLE embedding: a hashed bag of lower-cased words, L2-normalized. Deterministic and dependency-free, so
 * identical texts give identical vectors and texts sharing most words score high; it knows no synonyms.
 */
export function hashedBagOfWords(text: string): Float32Array {
  const v = new Float32Array(DOUBLE_EMBED_DIM);
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}_<>]+/gu) ?? []) {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
    v[h % DOUBLE_EMBED_DIM] += (h & 0x80000000) === 0 ? 1 : -1;
  }
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}
