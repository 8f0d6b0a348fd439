// Runs the float and int8 toxicity ONNX models on featurized ids (one text per call, as at runtime).
// Usage: node check_onnx.mjs <float.onnx> <int8.onnx> <ids.json> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';

const [fp, qp, idsPath, outPath] = process.argv.slice(2);
const opts = { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1 };
const sessions = [await ort.InferenceSession.create(fp, opts), await ort.InferenceSession.create(qp, opts)];
const all = JSON.parse(readFileSync(idsPath, 'utf8'));
const out = { float: [], int8: [], ms_int8: [] };
for (const ids of all) {
  const feeds = {
    ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]),
    mask: new ort.Tensor('float32', new Float32Array(ids.length).fill(1), [1, ids.length]),
  };
  out.float.push((await sessions[0].run(feeds)).score.data[0]);
  const t = performance.now();
  out.int8.push((await sessions[1].run(feeds)).score.data[0]);
  out.ms_int8.push(performance.now() - t);
}
writeFileSync(outPath, JSON.stringify(out));
