import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EdgeAIConfigError, EdgeAIError, type Env } from '@edge-ai/core';
import { createFilePolicy } from './file-policy.ts';

/** Where the settings page reads and writes the policy document that the gate reads on every request. */
export interface PolicyStore {
  readonly name: 'file' | 'edge-config';
  /** Where it lives (file path, or Edge Config id and key), for display. */
  readonly target: string;
  read(): Promise<unknown>;
  write(document: Record<string, unknown>): Promise<void>;
}

/**
 * Edge Config through the Vercel REST API when EDGE_CONFIG_ID and VERCEL_API_TOKEN are set (VERCEL_TEAM_ID optional,
 * VERCEL_API_URL for a stand-in, EDGE_AI_POLICY_KEY default "edge-ai"); otherwise the local policy file
 * (EDGE_AI_POLICY_FILE or ./edge-ai.policy.json), which the gate re-reads when it changes.
 */
export function policyStoreFromEnv(env: Env = process.env): PolicyStore {
  const id = env.EDGE_CONFIG_ID;
  const token = env.VERCEL_API_TOKEN;
  if (id && !token)
    throw new EdgeAIConfigError(
      'edge-ai: EDGE_CONFIG_ID is set but VERCEL_API_TOKEN is not: set both to write Edge Config',
    );
  if (id && token) return edgeConfigStore(id, token, env);
  return fileStore(resolve(env.EDGE_AI_POLICY_FILE ?? 'edge-ai.policy.json'));
}

function fileStore(path: string): PolicyStore {
  const reader = createFilePolicy(path);
  return {
    name: 'file',
    target: path,
    read: () => reader.get(),
    async write(document) {
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
      await rename(temporary, path);
    },
  };
}

function edgeConfigStore(id: string, token: string, env: Env): PolicyStore {
  const api = (env.VERCEL_API_URL ?? 'https://api.vercel.com').replace(/\/$/, '');
  const key = env.EDGE_AI_POLICY_KEY ?? 'edge-ai';
  const team = env.VERCEL_TEAM_ID ? `?teamId=${encodeURIComponent(env.VERCEL_TEAM_ID)}` : '';
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${api}${path}${team}`, { ...init, headers, signal: AbortSignal.timeout(5000) });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new EdgeAIError(`Vercel API ${init.method ?? 'GET'} ${path}: HTTP ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  return {
    name: 'edge-config',
    target: `${id} (key ${key})`,
    async read() {
      return (await call(`/v1/edge-config/${encodeURIComponent(id)}/item/${encodeURIComponent(key)}`))?.value;
    },
    async write(document) {
      await call(`/v1/edge-config/${encodeURIComponent(id)}/items`, {
        method: 'PATCH',
        body: JSON.stringify({ items: [{ operation: 'upsert', key, value: document }] }),
      });
    },
  };
}
