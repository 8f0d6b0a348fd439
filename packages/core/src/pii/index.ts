// `@edge-ai/core/pii`: the PII engine, the AI SDK middleware and the restore helpers.
export {
  createPiiEngine,
  type PiiEngine,
  type PiiReplacement,
  type PiiSession,
  type PiiTransformResult,
} from './engine.ts';
export {
  type EdgeAIMiddlewareOptions,
  edgeAIModelMiddleware,
  piiPseudonymizeMiddleware,
  piiRestoreMiddleware,
  pseudonymizeCall,
  restoreGenerated,
  restoreStreamed,
} from './middleware.ts';
export { type NerFunction, type PiiOptions, PiiOptionsError, type ResolvedPiiOptions } from './options.ts';
export {
  createModelStreamRestore,
  createRestoreStream,
  createStreamingRestorer,
  type PlaceholderLookup,
  restoreJson,
  restoreJsonText,
  restoreText,
  type StreamingRestorer,
} from './restore.ts';
export { PII_ENTITY_TYPES, type PiiAction, type PiiEntity, type PiiEntityType } from './types.ts';
export { createPiiVault, type PiiVault, type PiiVaultOptions, type VaultScope } from './vault.ts';
