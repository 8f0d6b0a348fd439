// `@edge-ai/core`: the request handler, its contracts (KV, policy source, edge models, central model), the adapters,
// the errors and the option types. The PII engine and middleware: `@edge-ai/core/pii`; test doubles: `@edge-ai/core/test`.
export { DEFAULT_KV_TIMEOUT_MS, isKVError, KVError, type KVErrorCode, type KVStore } from './adapters/kv.ts';
export type { KVInput } from './adapters/kv-input.ts';
export { createMemoryKV, type MemoryKVOptions } from './adapters/memory-kv.ts';
export {
  createRedisKV,
  type RedisClusterCommandClient,
  type RedisCommandClient,
  type RedisKVOptions,
} from './adapters/redis-kv.ts';
export { createUpstashKV, type UpstashClient, type UpstashKVOptions } from './adapters/upstash-kv.ts';
export {
  EXTRA_GUARD_CHECKS,
  GUARD_CHECKS,
  type GuardCheck,
  type GuardOptions,
  type GuardResult,
  guardAgrees,
  MAX_GUARD_CHARS,
} from './cache/guard.ts';
export { type InferenceCacheStats, withInferenceCache } from './cache/inference.ts';
export {
  checkVerifierWeights,
  pairFeatures,
  VERIFIER_FEATURES,
  type VerifierWeights,
  verifierScore,
} from './cache/verifier.ts';
export { type CentralModel, DEFAULT_GATEWAY_MODEL, resolveCentralModel } from './central.ts';
export type { Env } from './env.ts';
export { EdgeAIConfigError, EdgeAIError, EdgeAIRequestError } from './errors.ts';
export { createEdgeAIHandler, type EdgeAIHandler, type HandleResult, type HandlerDeps } from './handler.ts';
export {
  type EdgeModels,
  type EmbeddingResult,
  type EntityResult,
  type EntityType,
  type LanguageResult,
  type NamedEntity,
  TOXICITY_CATEGORIES,
  type ToxicityCategory,
  type ToxicityResult,
} from './models.ts';
export { createOfflineModel } from './offline-model.ts';
export type { CentralLanguageModel, EdgeAIOptions, Embedder, ResolvedOptions, StageSettings } from './options.ts';
export { heavyTurn } from './pii/yield.ts';
export { createEdgeConfigPolicy, createStaticPolicy, type PolicySource } from './policy.ts';
export { languageText } from './stages/language.ts';
export {
  createKVDecisionLog,
  type DecisionLog,
  type DecisionRecord,
  readKVDecisionLog,
} from './tiers/decision-log.ts';
export {
  createJudge,
  createOfflineJudgeModel,
  type Judge,
  JudgeError,
  type JudgeModel,
  type Verdict,
  verdictSchema,
} from './tiers/judge.ts';
export { checkPolicyDocument } from './tiers/policy-document.ts';
export { type DecisionSummary, summarizeDecisions } from './tiers/report.ts';
export { rolloutBucket } from './tiers/rollout.ts';
