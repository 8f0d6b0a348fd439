export { contextScore } from './context.ts';
export { detectEntities, resolveOverlaps } from './detect.ts';
export {
  createPiiEngine,
  type PiiEngine,
  type PiiReplacement,
  type PiiSession,
  type PiiTransformResult,
} from './engine.ts';
export { type EdgeAIMiddlewareOptions, edgeAIModelMiddleware } from './middleware.ts';
export { type FoldedText, foldText, toOriginalSpan } from './normalize.ts';
export {
  type NerFunction,
  type PiiOptions,
  PiiOptionsError,
  parsePiiOptions,
  piiOptionsSchema,
  type ResolvedPiiOptions,
} from './options.ts';
export * from './recognizers/index.ts';
export {
  createRestoreStream,
  createStreamingRestorer,
  createUIMessageRestoreStream,
  MAX_PLACEHOLDER_LENGTH,
  type PlaceholderLookup,
  pendingTailLength,
  restoreJson,
  restoreJsonText,
  restoreText,
  type StreamingRestorer,
} from './restore.ts';
export {
  PII_ENTITY_TYPES,
  type PiiAction,
  type PiiEntity,
  type PiiEntityType,
  type RawMatch,
  type Recognizer,
} from './types.ts';
export { createPiiVault, type PiiVault, type PiiVaultOptions, resolveVaultKey, type VaultScope } from './vault.ts';
