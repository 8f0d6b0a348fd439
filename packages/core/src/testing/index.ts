// `@edge-ai/core/test`: test doubles for apps built on edge-ai. Not models: they return what a test dictates.
// The msw handlers need `msw` (an optional peer dependency), installed by the app that uses them.
export { modelsDouble } from './models-double.ts';
export {
  openAIChunk,
  openAIHandlers,
  PROVIDER_URL,
  type ProviderLog,
  type ProviderMode,
  readUIEvents,
  sseFrame,
  textOf,
} from './openai-sse.ts';
