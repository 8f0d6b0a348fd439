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
  it("loads edge-ai and ONNX Runtime with Node.js and keeps only this platform's ONNX Runtime, keeping the user config", () => {
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
    // This workspace is a pnpm store: this platform's library is added to every route (see the flat layout below).
    const here = `${process.platform}/${process.arch}`;
    const included = config.outputFileTracingIncludes?.['/**'] ?? [];
    expect(included[0]).toBe('data/**');
    expect(included.slice(1).map((g) => g.split('onnxruntime-node/')[1])).toEqual([`bin/napi-v*/${here}/**`]);
    expect(config.outputFileTracingIncludes?.['/api/x']).toEqual(['x/**']);
    const excluded = config.outputFileTracingExcludes?.['/**'] ?? [];
    expect(excluded.some((g) => g.endsWith(`/${here}/**`))).toBe(false);
    expect(excluded.filter((g) => /onnxruntime-node\/bin\/napi-v\*\/(linux|darwin|win32)\//.test(g))).toHaveLength(5);
    expect(excluded.some((g) => g.endsWith('libonnxruntime_providers_*'))).toBe(true);
  });

  it('ships the ONNX Runtime libraries of the platforms asked for (option, else EDGE_AI_ONNX_PLATFORMS)', () => {
    vi.stubEnv('EDGE_AI_ONNX_PLATFORMS', 'linux/arm64, darwin/arm64');
    const config = withEdgeAIConfig({});
    const platformOf = (g: string) => g.split('napi-v*/')[1];
    const included = (config.outputFileTracingIncludes?.['/**'] ?? []).map(platformOf);
    const excluded = (config.outputFileTracingExcludes?.['/**'] ?? []).map(platformOf);
    for (const p of ['linux/arm64/**', 'darwin/arm64/**']) {
      expect(excluded).not.toContain(p);
      if (p !== `${process.platform}/${process.arch}/**`) expect(included).toContain(p);
    }
    expect(excluded).toContain('win32/x64/**');
    const option = withEdgeAIConfig({}, { onnxPlatforms: ['linux/x64'] });
    expect(option.outputFileTracingExcludes?.['/**']?.some((g) => g.endsWith('/linux/arm64/**'))).toBe(true);
    expect(() => withEdgeAIConfig({}, { onnxPlatforms: ['linux/riscv'] })).toThrow(/unknown ONNX Runtime platform/);
  });

  it('in a flat node_modules (npm, yarn) adds nothing: output tracing carries the models and the library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edge-ai-flat-'));
    mkdirSync(join(dir, 'node_modules/onnxruntime-node'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/onnxruntime-node/package.json'), '{"name":"onnxruntime-node"}');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const config = withEdgeAIConfig({ outputFileTracingIncludes: { '/api/x': ['x/**'] } });
    expect(config.outputFileTracingIncludes).toEqual({ '/api/x': ['x/**'] });
    expect(config.outputFileTracingExcludes?.['/**']?.[0]).toMatch(/^node_modules\/onnxruntime-node\/bin\/napi-v\*\//);
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
