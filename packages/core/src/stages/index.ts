import type { KVStore } from '../adapters/kv.ts';
import type { Env } from '../env.ts';
import type { EdgeModels } from '../models.ts';
import type { Embedder } from '../options.ts';
import type { PiiOptions } from '../pii/options.ts';
import type { Stage } from '../stage.ts';
import type { Judge } from '../tiers/judge.ts';
import { createVerdictCache } from '../tiers/verdict-cache.ts';
import { cacheStage } from './cache.ts';
import { languageStage } from './language.ts';
import { piiStage } from './pii.ts';
import { toxicityStage } from './toxicity.ts';

export interface StageDeps {
  models: () => Promise<EdgeModels>;
  kv: () => KVStore;
  /** Whether the edge models include named-entity recognition for the PII engine. */
  useNer: boolean;
  pii: PiiOptions;
  centralLabel: string;
  env: Env;
  /** The central tier's judge (used when `judge.enabled`). */
  judge?: () => Judge;
  /** The central system prompt (part of the cache namespace). */
  system?: string;
  /** The embedder of the semantic cache, when there is one. */
  embedder?: () => Promise<Embedder | undefined>;
}

/** The stages, in order. Adding a stage: a file in this folder and one line here. */
export function createStages(deps: StageDeps): Stage[] {
  return [
    languageStage(deps.models),
    piiStage(deps.models, deps.kv, deps.useNer, deps.pii, deps.env),
    toxicityStage(deps.models, deps.judge && { judge: deps.judge, verdicts: createVerdictCache(deps.kv) }),
    cacheStage(deps.kv, deps.centralLabel, { system: deps.system, embedder: deps.embedder }),
  ];
}
