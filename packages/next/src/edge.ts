import { EdgeAIConfigError } from '@edge-ai/core';
import { EDGE_RUNTIME_MESSAGE, SETTINGS_SECRET_HEADER } from './messages.ts';

/**
 * `@edge-ai/next` as an Edge-runtime bundle sees it (the `edge-light` export condition): the same names, each stopping
 * with the documented message instead of pulling ONNX Runtime and Node.js built-ins into an Edge bundle.
 */
function edgeRuntime(): never {
  throw new EdgeAIConfigError(EDGE_RUNTIME_MESSAGE);
}

export { EDGE_RUNTIME_MESSAGE, SETTINGS_SECRET_HEADER };
export const withEdgeAI = edgeRuntime;
export const kvFromEnv = edgeRuntime;
export const loadBundledModels = edgeRuntime;
export const policyFromEnv = edgeRuntime;
export const createFilePolicy = edgeRuntime;
export const createJsonLinesDecisionLog = edgeRuntime;
export const decisionLogFromEnv = edgeRuntime;
export const readJsonLinesDecisionLog = edgeRuntime;
export const policyStoreFromEnv = edgeRuntime;
export const settingsRoute = edgeRuntime;
