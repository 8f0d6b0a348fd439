// Latency of scoreToxicity (featurizer + int8 model, 1 thread, warm) on 512-char inputs.
// Usage (repo root): node_modules/.bin/node training/toxicity/bench.mjs [out.json]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { scoreToxicity } from '../../packages/models/src/toxicity.ts';

const base = 'Honestly I do not think you are an idiot, but that comment about immigrants was really out of line! ';
const texts = Array.from({ length: 20 }, (_, i) => `${i} ${base.repeat(6)}`.slice(0, 512));
for (let i = 0; i < 50; i++) await scoreToxicity(texts[i % texts.length]);
const ms = [];
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  await scoreToxicity(texts[i % texts.length]);
  ms.push(performance.now() - t);
}
ms.sort((a, b) => a - b);
const res = {
  chars: 512,
  runs: ms.length,
  p50_ms: ms[500],
  p95_ms: ms[950],
  cpu: cpus()[0].model.trim(),
  load1: loadavg()[0],
};
console.log(JSON.stringify(res));
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(res));
