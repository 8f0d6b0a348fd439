import { describe, expect, it, vi } from 'vitest';
import { resolveCentralModel } from '../src/central.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';

describe('central model from explicit environment values', () => {
  it('uses only the env it is given, never the global one', () => {
    vi.stubEnv('EDGE_AI_CENTRAL_BASE_URL', 'http://global.test/v1');
    try {
      expect(resolveCentralModel({}).label).toBe('offline');
      const env = { EDGE_AI_CENTRAL_BASE_URL: 'http://local.test/v1', EDGE_AI_CENTRAL_MODEL: 'llama3' };
      expect(resolveCentralModel({}, env).label).toBe('openai-compatible:llama3');
      expect(createEdgeAIHandler({ models: modelsDouble() }, { env }).central.label).toBe('openai-compatible:llama3');
      expect(createEdgeAIHandler({ models: modelsDouble() }).central.label).toBe('offline');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('options win over the environment, offline wins over both', () => {
    const env = { EDGE_AI_CENTRAL_BASE_URL: 'http://local.test/v1', AI_GATEWAY_API_KEY: 'k' };
    expect(resolveCentralModel({ model: 'openai/gpt-5-nano' }, { AI_GATEWAY_API_KEY: 'k' }).label).toBe(
      'gateway:openai/gpt-5-nano',
    );
    expect(resolveCentralModel({ offline: true }, env).label).toBe('offline');
  });
});
