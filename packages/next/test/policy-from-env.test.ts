import { EdgeAIConfigError } from '@edge-ai/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policyFromEnv } from '../src/defaults.ts';

afterEach(() => vi.restoreAllMocks());

const notInstalled = async (): Promise<never> => {
  throw Object.assign(new Error("Cannot find package '@vercel/edge-config'"), { code: 'ERR_MODULE_NOT_FOUND' });
};

describe('policyFromEnv with EDGE_CONFIG', () => {
  it('reads the policy key through @vercel/edge-config', async () => {
    const keys: string[] = [];
    const sdk = {
      createClient: (connection: string) => {
        expect(connection).toBe('https://edge-config.example/ecfg_1?token=t');
        return {
          get: async (key: string) => {
            keys.push(key);
            return { toxicity: { blockThreshold: 0.8 } };
          },
        };
      },
    };
    const policy = policyFromEnv(
      { EDGE_CONFIG: 'https://edge-config.example/ecfg_1?token=t', EDGE_AI_POLICY_KEY: 'gate' },
      async () => sdk,
    );
    expect(await policy?.get()).toEqual({ toxicity: { blockThreshold: 0.8 } });
    expect(keys).toEqual(['gate']);
  });

  it('without the package installed: each read fails with an EdgeAIConfigError naming it, logged once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const policy = policyFromEnv({ EDGE_CONFIG: 'https://edge-config.example/ecfg_1?token=t' }, notInstalled);
    for (let i = 0; i < 2; i++) {
      const error = await policy?.get().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EdgeAIConfigError);
      expect((error as Error).message).toContain('npm install @vercel/edge-config');
    }
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('other import failures pass through unchanged', async () => {
    const boom = new Error('syntax error in the SDK');
    const policy = policyFromEnv({ EDGE_CONFIG: 'x' }, async () => {
      throw boom;
    });
    await expect(policy?.get()).rejects.toBe(boom);
  });
});
