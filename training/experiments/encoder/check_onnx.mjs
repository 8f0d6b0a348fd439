// Runs an exported encoder NER model on id sequences (JSON array of int arrays) and prints per-position argmax tags
// as JSON, one session created as packages/models/src/runtime.ts does (one thread).
// Usage: node_modules/.bin/node training/experiments/encoder/check_onnx.mjs model.onnx ids.json > tags.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../package.json', import.meta.url));
const ort = require('onnxruntime-node');
const [model, idsPath] = process.argv.slice(2);
const s = await ort.InferenceSession.create(readFileSync(model), {
  executionProviders: ['cpu'],
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  graphOptimizationLevel: 'all',
});
const out = [];
for (const seq of JSON.parse(readFileSync(idsPath, 'utf8'))) {
  const ids = new ort.Tensor('int64', BigInt64Array.from(seq.map(BigInt)), [1, seq.length]);
  const r = await s.run({ ids });
  const [, T, C] = r.logits.dims;
  const tags = [];
  for (let t = 0; t < T; t++) {
    let best = 0;
    for (let c = 1; c < C; c++) if (r.logits.data[t * C + c] > r.logits.data[t * C + best]) best = c;
    tags.push(best);
  }
  out.push(tags);
}
console.log(JSON.stringify(out));
