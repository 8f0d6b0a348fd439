import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEdgeConfigPolicy, EdgeAIConfigError, type EdgeModels, type Env, type PolicySource } from '@edge-ai/core';
import { createFilePolicy } from './file-policy.ts';
import { isNotFound } from './kv-defaults.ts';
import { onceAsync } from './once.ts';

export { kvFromEnv } from './kv-defaults.ts';

/** The bundled ONNX models, loaded on first use (once per process). */
export async function loadBundledModels(): Promise<EdgeModels> {
  const { edgeModels, embedThreshold, embedVerifier } = await import('@edge-ai/models');
  // The embedder's recommended semantic-cache threshold (models/embed/meta.json), used when the options set none,
  // and its learned verifier (models/embed/verifier.json).
  return {
    ...edgeModels,
    embedThreshold: edgeModels.embedThreshold ?? embedThreshold(),
    embedVerifier: edgeModels.embedVerifier ?? embedVerifier(),
  };
}

type EdgeConfigSDK = { createClient(connection: string): { get(key: string): Promise<unknown> } };
const importEdgeConfig = () => import('@vercel/edge-config') as Promise<EdgeConfigSDK>;

/**
 * Policy from the environment: Edge Config (EDGE_CONFIG), else a local JSON file (EDGE_AI_POLICY_FILE or ./edge-ai.policy.json).
 * `@vercel/edge-config` is an optional peer dependency, imported on first use (`importer`: tests hand in a stand-in); when
 * EDGE_CONFIG is set and it is not installed, reads fail with an EdgeAIConfigError naming it (logged once).
 */
export function policyFromEnv(
  env: Env = process.env,
  importer: () => Promise<EdgeConfigSDK> = importEdgeConfig,
): PolicySource | undefined {
  const connection = env.EDGE_CONFIG;
  if (connection) {
    let logged = false;
    const getClient = onceAsync(async () => {
      try {
        return (await importer()).createClient(connection);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        const missing = new EdgeAIConfigError(
          'edge-ai: EDGE_CONFIG is set, which needs the package @vercel/edge-config: npm install @vercel/edge-config',
        );
        if (!logged) console.error(`[edge-ai] ${missing.message}`);
        logged = true;
        throw missing;
      }
    });
    return createEdgeConfigPolicy(
      { get: async (key) => (await getClient()).get(key) },
      { key: env.EDGE_AI_POLICY_KEY },
    );
  }
  const file = resolve(env.EDGE_AI_POLICY_FILE ?? 'edge-ai.policy.json');
  return env.EDGE_AI_POLICY_FILE || existsSync(file) ? createFilePolicy(file) : undefined;
}
