import { type CentralModel, resolveCentralModel } from '../central.ts';
import type { Env } from '../env.ts';
import type { ResolvedOptions } from '../options.ts';

/**
 * Central model per detected language (`routing.centralByLanguage`, model ids): resolved like the default central
 * model (AI Gateway id, or model id at the OpenAI-compatible endpoint), once per id. An explicit LanguageModel object
 * in `central.model` or the offline model is kept for every language.
 */
export function createCentralRouter(central: ResolvedOptions['central'], env: Env, fallback: CentralModel) {
  const byId = new Map<string, CentralModel>();
  return (language: string | undefined, table: Record<string, string>): CentralModel => {
    const id = language ? table[language] : undefined;
    if (!id || fallback.offline || typeof central.model === 'object') return fallback;
    let model = byId.get(id);
    if (!model) {
      model = resolveCentralModel({ ...central, model: id, modelId: id }, { ...env, EDGE_AI_CENTRAL_MODEL: id });
      byId.set(id, model);
    }
    return model;
  };
}
