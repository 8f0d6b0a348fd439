import type { EdgeModels } from '../models.ts';

/**
 * TEST DOUBLE, not a model: returns the scores a test dictates, so stage logic (thresholds, fail modes,
 * skipping) can be checked in isolation. Real-model behaviour is tested in packages/models and end to end.
 */
export function modelsDouble(
  over: { lang?: string; confidence?: number; toxicity?: number; fail?: 'language' | 'toxicity' } = {},
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
      return { score: over.toxicity ?? 0.01, model: 'tox-double' };
    },
    async recognizeEntities() {
      return { entities: [], model: 'ner-double' };
    },
  };
}
