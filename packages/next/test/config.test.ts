import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEdgeAIConfig } from '../src/config.ts';
import * as edge from '../src/edge.ts';
import * as main from '../src/index.ts';
import { EDGE_RUNTIME_MESSAGE } from '../src/messages.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('withEdgeAIConfig', () => {
  it('loads edge-ai and ONNX Runtime with Node.js, traces the models and the native library, keeping the user config', () => {
    const config = withEdgeAIConfig({
      reactStrictMode: true,
      serverExternalPackages: ['sharp'],
      transpilePackages: ['@edge-ai/core', 'some-ui-kit'],
      outputFileTracingIncludes: { '/**': ['data/**'], '/api/x': ['x/**'] },
    });
    expect(config.reactStrictMode).toBe(true);
    expect(config.serverExternalPackages).toEqual([
      'sharp',
      '@edge-ai/core',
      '@edge-ai/next',
      '@edge-ai/models',
      'onnxruntime-node',
    ]);
    expect(config.transpilePackages).toEqual(['some-ui-kit']);
    const traced = config.outputFileTracingIncludes?.['/**'] ?? [];
    expect(traced[0]).toBe('data/**');
    expect(traced.some((g) => /models\/\*\*$/.test(g))).toBe(true);
    const here = `${process.platform}/${process.arch}`;
    expect(traced.some((g) => g.endsWith(`onnxruntime-node/bin/napi-v*/${here}/**`))).toBe(true);
    expect(config.outputFileTracingIncludes?.['/api/x']).toEqual(['x/**']);
    const excluded = config.outputFileTracingExcludes?.['/**'] ?? [];
    expect(excluded.some((g) => g.endsWith(`/${here}/**`))).toBe(false);
    expect(excluded.filter((g) => /napi-v\*\/(linux|darwin|win32)\//.test(g))).toHaveLength(5);
    expect(excluded.some((g) => g.endsWith('libonnxruntime_providers_*'))).toBe(true);
  });

  it('ships the ONNX Runtime libraries of the platforms asked for (option, else EDGE_AI_ONNX_PLATFORMS)', () => {
    vi.stubEnv('EDGE_AI_ONNX_PLATFORMS', 'linux/arm64, darwin/arm64');
    const fromEnv = withEdgeAIConfig({}).outputFileTracingIncludes?.['/**'] ?? [];
    expect(fromEnv.filter((g) => g.includes('/bin/napi-v*/')).map((g) => g.split('napi-v*/')[1])).toEqual([
      'linux/arm64/**',
      'darwin/arm64/**',
    ]);
    const option = withEdgeAIConfig({}, { onnxPlatforms: ['linux/x64'] });
    expect(option.outputFileTracingExcludes?.['/**']?.some((g) => g.endsWith('/linux/arm64/**'))).toBe(true);
    expect(() => withEdgeAIConfig({}, { onnxPlatforms: ['linux/riscv'] })).toThrow(/unknown ONNX Runtime platform/);
  });

  it("stops when middleware.ts uses withEdgeAI without runtime: 'nodejs', and lets a Node.js middleware.ts through", () => {
    const dir = mkdtempSync(join(tmpdir(), 'edge-ai-config-'));
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const proxy = "import { withEdgeAI } from '@edge-ai/next';\nexport default withEdgeAI();\n";
    writeFileSync(join(dir, 'middleware.ts'), proxy);
    expect(() => withEdgeAIConfig({})).toThrow(EDGE_RUNTIME_MESSAGE);
    writeFileSync(join(dir, 'middleware.ts'), `${proxy}export const config = { runtime: "nodejs" };\n`);
    expect(() => withEdgeAIConfig({})).not.toThrow();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/middleware.js'), proxy);
    expect(() => withEdgeAIConfig({})).toThrow(/src\/middleware\.js has no runtime: 'nodejs'/);
  });
});

describe('the edge-light entry', () => {
  it('has the names of the Node.js entry, each stopping with the documented message', () => {
    expect(Object.keys(edge).sort()).toEqual(Object.keys(main).sort());
    expect(edge.EDGE_RUNTIME_MESSAGE).toBe(main.EDGE_RUNTIME_MESSAGE);
    expect(() => edge.withEdgeAI()).toThrow(EDGE_RUNTIME_MESSAGE);
    expect(() => edge.kvFromEnv()).toThrow(EDGE_RUNTIME_MESSAGE);
  });
});
