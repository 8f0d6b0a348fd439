// Warm single-thread latency of ONNX encoder files, as packages/models/src/runtime.ts creates sessions.
// Usage: node_modules/.bin/node training/experiments/encoder/bench.mjs <T> <runs> file.onnx ...
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../package.json', import.meta.url));
const ort = require('onnxruntime-node');
const [T, runs, ...files] = process.argv.slice(2);
for (const f of files) {
  const s = await ort.InferenceSession.create(readFileSync(f), {
    executionProviders: ['cpu'],
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const n = Number(T);
  const ids = new ort.Tensor(
    'int64',
    BigInt64Array.from({ length: n }, (_, i) => BigInt(((i * 37) % 1000) + 5)),
    [1, n],
  );
  for (let i = 0; i < 30; i++) await s.run({ ids });
  const t = [];
  for (let i = 0; i < Number(runs); i++) {
    const t0 = process.hrtime.bigint();
    await s.run({ ids });
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  t.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      file: f,
      bytes: statSync(f).size,
      T: n,
      p50: +t[t.length >> 1].toFixed(3),
      p90: +t[Math.floor(t.length * 0.9)].toFixed(3),
    }),
  );
}
