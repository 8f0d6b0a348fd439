import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';

const SIBLING = '../models/';

/**
 * Folder holding the bundled models (packages/models/models/<name>/): EDGE_AI_MODELS_DIR, else next to this
 * package's sources, else node_modules/@edge-ai/models/models under the working directory (when a bundler
 * such as Next's moved this code into a chunk, import.meta.url no longer points into the package).
 */
export const modelsDir: string = findModelsDir();

function findModelsDir(): string {
  const candidates = [
    process.env.EDGE_AI_MODELS_DIR,
    fromHere(),
    join(process.cwd(), 'node_modules/@edge-ai/models/models'),
  ];
  const found = candidates.find((dir) => dir && existsSync(dir));
  return `${found ?? candidates[1] ?? candidates[2]}/`.replace(/\/\/$/, '/');
}

function fromHere(): string | undefined {
  try {
    const base = import.meta.url;
    return fileURLToPath(new URL(SIBLING, base));
  } catch {
    return undefined;
  }
}

/**
 * Every bundled file as a literal `new URL(…, import.meta.url)`. Output tracing follows these references, so build outputs
 * (standalone, Vercel functions) carry the models with this code — the proxy's function too, which Next's
 * `outputFileTracingIncludes` does not reach. A test keeps this list equal to the files in models/.
 */
export function bundledModelFiles(): string[] {
  return [
    new URL('../models/lid/model.onnx', import.meta.url),
    new URL('../models/lid/model.json', import.meta.url),
    new URL('../models/ner/model.onnx', import.meta.url),
    new URL('../models/ner/meta.json', import.meta.url),
    new URL('../models/toxicity/model.onnx', import.meta.url),
    new URL('../models/toxicity/meta.json', import.meta.url),
    new URL('../models/embed/model.onnx', import.meta.url),
    new URL('../models/embed/meta.json', import.meta.url),
    new URL('../models/embed/verifier.json', import.meta.url),
    new URL('../models/trust.json', import.meta.url),
  ].map((url) => fileURLToPath(url));
}

/**
 * ONNX Runtime's shared library for this platform (Linux: libonnxruntime.so.1). Its Node.js binding loads it with dlopen,
 * which no tracer sees; written as a path that output tracing evaluates (package folder + platform + arch), so build
 * outputs carry it next to the binding.
 */
export function onnxRuntimeLibrary(): string {
  const dir = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));
  return join(dir, 'bin', 'napi-v6', process.platform, process.arch, 'libonnxruntime.so.1');
}

export function modelPath(name: string, file: string): string {
  return `${modelsDir}${name}/${file}`;
}

/** Content-hash version of a model file: "<name>-<first 8 hex of sha256>". */
export function modelVersion(name: string, bytes: Uint8Array): string {
  return `${name}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
}

export interface LoadedModel {
  session: ort.InferenceSession;
  version: string;
}

const sessions = new Map<string, Promise<LoadedModel>>();

/**
 * Loads packages/models/models/<name>/<file> once per process (single-threaded, CPU).
 * Concurrent callers share the same promise; a failed load is forgotten so it can be retried.
 */
export function loadModel(name: string, file = 'model.onnx'): Promise<LoadedModel> {
  const key = `${name}/${file}`;
  let loading = sessions.get(key);
  if (!loading) {
    loading = (async () => {
      const bytes = readFileSync(modelPath(name, file));
      const session = await ort.InferenceSession.create(bytes, {
        executionProviders: ['cpu'],
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
      });
      return { session, version: modelVersion(name, bytes) };
    })();
    loading.catch(() => sessions.delete(key));
    sessions.set(key, loading);
  }
  return loading;
}

export function readJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(modelPath(name, file), 'utf8')) as T;
}

/**
 * Rows of hashed ids as one padded int64 batch [rows, longest] (0 = padding) and a float32 weight per position:
 * `weight(row)` for the row's real ids, 0 for padding.
 */
export function paddedIds(
  rows: number[][],
  weight: (row: number[]) => number,
): { ids: InstanceType<typeof ort.Tensor>; weights: InstanceType<typeof ort.Tensor> } {
  const len = Math.max(...rows.map((f) => f.length));
  const ids = new BigInt64Array(rows.length * len);
  const weights = new Float32Array(rows.length * len);
  rows.forEach((f, b) => {
    const w = weight(f);
    for (let j = 0; j < f.length; j++) {
      ids[b * len + j] = BigInt(f[j]);
      weights[b * len + j] = w;
    }
  });
  return {
    ids: new ort.Tensor('int64', ids, [rows.length, len]),
    weights: new ort.Tensor('float32', weights, [rows.length, len]),
  };
}

export { ort };
