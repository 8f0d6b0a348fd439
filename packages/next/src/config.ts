import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { NextConfig } from 'next';
import { EDGE_RUNTIME_MESSAGE } from './messages.ts';

const require = createRequire(import.meta.url);

/** The packages loaded by Node.js at run time instead of bundled (one copy of each; optional peers stay optional). */
const EXTERNAL = ['@edge-ai/core', '@edge-ai/next', '@edge-ai/models', 'onnxruntime-node'];
/** The platforms whose native libraries onnxruntime-node ships in its npm package. */
const ORT_PLATFORMS = ['linux/x64', 'linux/arm64', 'darwin/x64', 'darwin/arm64', 'win32/x64', 'win32/arm64'];

export interface EdgeAIConfigOptions {
  /**
   * Which ONNX Runtime native libraries the build output (standalone, Vercel functions) carries, as `platform/arch`.
   * Default: `EDGE_AI_ONNX_PLATFORMS` (comma-separated), else the building machine's (Vercel builds on `linux/x64`).
   */
  onnxPlatforms?: string[];
}

/**
 * The package's folder as seen from the app (cwd), else from the given folders, else from this package. With pnpm,
 * onnxruntime-node is reachable only from @edge-ai/models.
 */
function packageDir(name: string, from: string[] = []): string | undefined {
  for (const paths of [[process.cwd()], ...from.map((dir) => [dir]), undefined]) {
    try {
      return dirname(require.resolve(`${name}/package.json`, paths ? { paths } : undefined));
    } catch {}
  }
  return undefined;
}

/**
 * For next.config.ts: loads edge-ai and ONNX Runtime with Node.js instead of bundling them (so the KV and Edge Config
 * SDKs stay optional), keeps only the target platforms' ONNX Runtime libraries in build outputs, and stops at once when
 * middleware.ts would run withEdgeAI on Edge. The model files and the native library of the building platform need no
 * configuration: @edge-ai/models references them so that output tracing (the proxy's function included) carries them.
 */
export function withEdgeAIConfig(config: NextConfig = {}, options: EdgeAIConfigOptions = {}): NextConfig {
  assertNodeMiddleware(process.cwd());
  const here = `${process.platform}/${process.arch}`;
  const platforms = options.onnxPlatforms ?? platformsFromEnv() ?? [here];
  const unknown = platforms.filter((p) => !ORT_PLATFORMS.includes(p));
  if (unknown.length > 0) {
    throw new Error(
      `edge-ai: unknown ONNX Runtime platform ${unknown.join(', ')}; expected ${ORT_PLATFORMS.join(', ')}`,
    );
  }
  const includes: string[] = [];
  const excludes: string[] = [];
  const models = packageDir('@edge-ai/models');
  const ort = packageDir('onnxruntime-node', models ? [models] : []);
  if (ort) {
    const rel = relative(process.cwd(), ort);
    // Other platforms than the building one are not traced: added when asked for (e.g. a Linux image built on macOS).
    // The building one's shared library is traced from @edge-ai/models in a flat node_modules (npm, yarn, pnpm with
    // node-linker=hoisted), not through pnpm's symlinked store: there it is added to every route (standalone output).
    const flat = ort === join(process.cwd(), 'node_modules', 'onnxruntime-node');
    includes.push(...platforms.filter((p) => p !== here || !flat).map((p) => `${rel}/bin/napi-v*/${p}/**`));
    excludes.push(
      ...ORT_PLATFORMS.filter((p) => !platforms.includes(p)).map((p) => `${rel}/bin/napi-v*/${p}/**`),
      // GPU execution providers (CUDA, TensorRT) that onnxruntime-node's postinstall may download: the models run on CPU.
      `${rel}/bin/napi-v*/**/libonnxruntime_providers_*`,
    );
  }
  // Every route, the root page included (`/*` does not match `/`).
  const ROUTES = '/**';
  const traced = config.outputFileTracingIncludes ?? {};
  const untraced = config.outputFileTracingExcludes ?? {};
  return {
    ...config,
    serverExternalPackages: unique([...(config.serverExternalPackages ?? []), ...EXTERNAL]),
    // A package cannot be both transpiled (bundled) and external.
    ...(config.transpilePackages && {
      transpilePackages: config.transpilePackages.filter((p) => !EXTERNAL.includes(p)),
    }),
    ...(includes.length > 0 && {
      outputFileTracingIncludes: { ...traced, [ROUTES]: unique([...(traced[ROUTES] ?? []), ...includes]) },
    }),
    outputFileTracingExcludes: { ...untraced, [ROUTES]: unique([...(untraced[ROUTES] ?? []), ...excludes]) },
  };
}

function platformsFromEnv(): string[] | undefined {
  const raw = process.env.EDGE_AI_ONNX_PLATFORMS?.trim();
  return raw ? raw.split(',').map((p) => p.trim()) : undefined;
}

const MIDDLEWARE = ['middleware', 'src/middleware'].flatMap((base) =>
  ['ts', 'js', 'mts', 'mjs'].map((ext) => `${base}.${ext}`),
);

/**
 * middleware.ts runs on the Edge runtime unless it says `export const config = { runtime: 'nodejs' }`; withEdgeAI
 * cannot run there, so `next build` / `next dev` stop here with the advice instead of failing inside the Edge bundle.
 */
function assertNodeMiddleware(dir: string): void {
  for (const name of MIDDLEWARE) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    if (text.includes('@edge-ai/next') && !/runtime\s*:\s*['"]nodejs['"]/.test(text)) {
      throw new Error(`${EDGE_RUNTIME_MESSAGE} (${name} has no runtime: 'nodejs', so it would run on Edge)`);
    }
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
