// Latency of recognizeEntities on a 512-char chat-style input, one thread, warm. Run from the repo root:
//   node_modules/.bin/node training/ner/bench.ts

import { recognizeEntities } from '../../packages/models/src/ner.ts';
import { nerFeatures } from '../../packages/models/src/ner-features.ts';

const base =
  "hi I'm Anna Schmidt 😀 from Berlin, I work at Siemens AG. pls call me at 555-0199 or ask @john_doe. " +
  'ich heiße jürgen müller und wohne in münchen. me llamo José María y trabajo en Telefónica en Madrid. ';
const text = base.repeat(4).slice(0, 512);
const runs = Number(process.argv[2] ?? 300);
await recognizeEntities(text);
const feat: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  nerFeatures(text);
  feat.push(performance.now() - t0);
}
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await recognizeEntities(text);
  times.push(performance.now() - t0);
}
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
console.log(
  JSON.stringify({
    chars: text.length,
    tokens: nerFeatures(text).tokens.length,
    p50_ms: +q(times, 0.5).toFixed(3),
    p90_ms: +q(times, 0.9).toFixed(3),
    featurize_p50_ms: +q(feat, 0.5).toFixed(3),
  }),
);
