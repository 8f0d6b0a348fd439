export { createFilePolicy } from './adapters/file-policy.ts';
export { DEFAULT_KV_TIMEOUT_MS, isKVError, KVError, type KVErrorCode, type KVStore } from './adapters/kv.ts';
export { isKVInput, type KVInput, toKVStore } from './adapters/kv-input.ts';
export { createMemoryKV, type MemoryKVOptions } from './adapters/memory-kv.ts';
export {
  createRedisKV,
  type RedisClusterCommandClient,
  type RedisCommandClient,
  type RedisKVOptions,
} from './adapters/redis-kv.ts';
export { createUpstashKV, type UpstashClient, type UpstashKVOptions } from './adapters/upstash-kv.ts';
export { type CentralModel, DEFAULT_GATEWAY_MODEL, resolveCentralModel } from './central.ts';
export type { Decision, EdgeContext, StageName, Timing } from './context.ts';
export { EdgeAIConfigError, EdgeAIRequestError } from './errors.ts';
export { createEdgeAIHandler, type EdgeAIHandler, type HandleResult, type HandlerDeps } from './handler.ts';
export type {
  EdgeModels,
  EntityResult,
  EntityType,
  LanguageResult,
  NamedEntity,
  ToxicityResult,
} from './models.ts';
export { createOfflineModel } from './offline-model.ts';
export { onceAsync } from './once.ts';
export {
  type EdgeAIOptions,
  optionsSchema,
  parseOptions,
  type ResolvedOptions,
  stageSettingsSchema,
} from './options.ts';
export * from './pii/index.ts';
export { createEdgeConfigPolicy, createStaticPolicy, type PolicySource, resolvePolicy } from './policy.ts';
export { type ChatInput, type ChatMessage, parseChatBody } from './request.ts';
export type { Stage } from './stage.ts';
