import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEdgeConfigPolicy, type EdgeModels, type Env, type PolicySource } from '@edge-ai/core';
import { createFilePolicy } from './file-policy.ts';
import { onceAsync } from './once.ts';

export { kvFromEnv } from './kv-defaults.ts';

/** The bundled ONNX models, loaded on first use (once per process). */
export async function loadBundledModels(): Promise<EdgeModels> {
  const { edgeModels, embedThreshold } = await import('@edge-ai/models');
  // The embedder's recommended semantic-cache threshold (models/embed/meta.json), used when the options set none.
  return { ...edgeModels, embedThreshold: edgeModels.embedThreshold ?? embedThreshold() };
}

/** Policy from the environment: Edge Config (EDGE_CONFIG), else a local JSON file (EDGE_AI_POLICY_FILE or ./edge-ai.policy.json). */
export function policyFromEnv(env: Env = process.env): PolicySource | undefined {
  const connection = env.EDGE_CONFIG;
  if (connection) {
    const getClient = onceAsync(() => import('@vercel/edge-config').then((m) => m.createClient(connection)));
    return createEdgeConfigPolicy(
      { get: async (key) => (await getClient()).get(key) },
      { key: env.EDGE_AI_POLICY_KEY },
    );
  }
  const file = resolve(env.EDGE_AI_POLICY_FILE ?? 'edge-ai.policy.json');
  return env.EDGE_AI_POLICY_FILE || existsSync(file) ? createFilePolicy(file) : undefined;
}
