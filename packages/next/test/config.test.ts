import { describe, expect, it } from 'vitest';
import { withEdgeAIConfig } from '../src/config.ts';

describe('withEdgeAIConfig', () => {
  it('keeps ONNX Runtime external and traces the models and the native library, keeping the user config', () => {
    const config = withEdgeAIConfig({
      reactStrictMode: true,
      serverExternalPackages: ['sharp'],
      outputFileTracingIncludes: { '/*': ['data/**'], '/api/x': ['x/**'] },
    });
    expect(config.reactStrictMode).toBe(true);
    expect(config.serverExternalPackages).toEqual(['sharp', 'onnxruntime-node', '@edge-ai/models']);
    const traced = config.outputFileTracingIncludes?.['/*'] ?? [];
    expect(traced[0]).toBe('data/**');
    expect(traced.some((g) => /models\/\*\*$/.test(g) || /packages\/models\/\*\*$/.test(g))).toBe(true);
    expect(traced.some((g) => /onnxruntime-node\/bin\/napi-v\*\/linux\/\*\*$/.test(g))).toBe(true);
    expect(config.outputFileTracingIncludes?.['/api/x']).toEqual(['x/**']);
  });
});
