import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import type { NextConfig } from 'next';

const require = createRequire(import.meta.url);

/** The package's folder as seen from the app (cwd), else from this package (a dependency of it). */
function packageDir(name: string): string | undefined {
  for (const paths of [[process.cwd()], undefined]) {
    try {
      return dirname(require.resolve(`${name}/package.json`, paths ? { paths } : undefined));
    } catch {}
  }
  return undefined;
}

/**
 * For next.config.ts: keeps ONNX Runtime and the models outside the bundle, and makes `next build` output
 * (standalone included) carry the model files and ONNX Runtime's native library.
 */
export function withEdgeAIConfig(config: NextConfig = {}): NextConfig {
  const includes = [packageDir('@edge-ai/models'), packageDir('onnxruntime-node')]
    .filter((dir): dir is string => Boolean(dir))
    .flatMap((dir) => {
      const rel = relative(process.cwd(), dir);
      return dir.endsWith('onnxruntime-node')
        ? [`${rel}/dist/**`, `${rel}/bin/napi-v*/linux/**`, `${rel}/package.json`]
        : [`${rel}/**`];
    });
  const traced = config.outputFileTracingIncludes ?? {};
  return {
    ...config,
    serverExternalPackages: unique([...(config.serverExternalPackages ?? []), 'onnxruntime-node', '@edge-ai/models']),
    transpilePackages: unique([...(config.transpilePackages ?? []), '@edge-ai/core', '@edge-ai/next']),
    outputFileTracingIncludes: { ...traced, '/*': unique([...(traced['/*'] ?? []), ...includes]) },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
