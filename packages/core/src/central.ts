import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { gateway } from 'ai';
import type { Env } from './env.ts';
import { createOfflineModel } from './offline-model.ts';
import type { CentralLanguageModel, ResolvedOptions } from './options.ts';

type CentralOptions = Partial<ResolvedOptions['central']>;

export const DEFAULT_GATEWAY_MODEL = 'openai/gpt-5-mini';

export interface CentralModel {
  model: CentralLanguageModel;
  /** Shown in headers and the UI: "gateway:openai/gpt-5-mini", "openai-compatible:llama3", "offline". */
  label: string;
  offline: boolean;
}

/**
 * Picks the central model: an explicit LanguageModel; an OpenAI-compatible endpoint (options or
 * EDGE_AI_CENTRAL_BASE_URL); the AI Gateway when AI_GATEWAY_API_KEY is set; otherwise the offline model.
 * Keys are read on the server only and never sent to clients. `env` is passed in (e.g. `process.env` by
 * `@edge-ai/next`); without it only the options count.
 */
export function resolveCentralModel(central: CentralOptions, env: Env = {}): CentralModel {
  if (central.offline) return offline();
  if (central.model && typeof central.model === 'object') {
    const { model } = central;
    return { model, label: `${model.provider}:${model.modelId}`, offline: false };
  }
  const baseURL = central.baseURL ?? env.EDGE_AI_CENTRAL_BASE_URL;
  if (baseURL) {
    const modelId = env.EDGE_AI_CENTRAL_MODEL ?? central.modelId ?? 'default';
    const provider = createOpenAICompatible({
      name: 'central',
      baseURL,
      apiKey: central.apiKey ?? env.EDGE_AI_CENTRAL_API_KEY,
    });
    return { model: provider.chatModel(modelId), label: `openai-compatible:${modelId}`, offline: false };
  }
  if (env.AI_GATEWAY_API_KEY) {
    const id = typeof central.model === 'string' ? central.model : (env.EDGE_AI_CENTRAL_MODEL ?? DEFAULT_GATEWAY_MODEL);
    return { model: gateway(id), label: `gateway:${id}`, offline: false };
  }
  return offline();
}

function offline(): CentralModel {
  return { model: createOfflineModel(), label: 'offline', offline: true };
}
