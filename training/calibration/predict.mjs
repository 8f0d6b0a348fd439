// Runs the bundled int8 models (exactly the runtime in packages/models) on the held-out rows written by rows.py.
//
//   node_modules/.bin/node training/calibration/predict.mjs training/.work/cal [lid,toxicity,ner]
//
// lid: lid.probs.f32 (rows x labels, float32, the model's softmax before the held-out calibration; all zeros for text without letters)
// and lid.labels.json; toxicity: toxicity.scores.json; ner: ner.pred.json (per row, predicted token spans with the
// runtime's entity score).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { charToTokenSpan, tokenOffsets } from '../../packages/cli/src/bio.ts';
import { lidMeta, lidProbabilities } from '../../packages/models/src/lid.ts';
import { recognizeEntities } from '../../packages/models/src/ner.ts';
import { scoreToxicities } from '../../packages/models/src/toxicity.ts';

const [dir, which = 'lid,toxicity,ner'] = process.argv.slice(2);
const read = (name) =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

if (which.includes('lid')) {
  const rows = read('lid.jsonl');
  const { labels } = lidMeta();
  const C = labels.length;
  const out = new Float32Array(rows.length * C);
  const B = 128;
  for (let s = 0; s < rows.length; s += B) {
    const { probs } = await lidProbabilities(rows.slice(s, s + B).map((r) => r.text));
    probs.forEach((p, i) => {
      if (p) out.set(p, (s + i) * C);
    });
    if (s % 12800 === 0) process.stderr.write(`lid ${s}/${rows.length}\n`);
  }
  writeFileSync(join(dir, 'lid.probs.f32'), Buffer.from(out.buffer));
  writeFileSync(join(dir, 'lid.labels.json'), JSON.stringify(labels));
}

if (which.includes('toxicity')) {
  const rows = read('toxicity.jsonl');
  const scores = [];
  for (let s = 0; s < rows.length; s += 64) {
    const res = await scoreToxicities(rows.slice(s, s + 64).map((r) => r.text));
    for (const r of res) scores.push(r.score);
  }
  writeFileSync(join(dir, 'toxicity.scores.json'), JSON.stringify(scores));
}

if (which.includes('ner')) {
  const rows = read('ner.jsonl');
  const pred = [];
  for (const r of rows) {
    const offsets = tokenOffsets(r.tokens);
    const res = await recognizeEntities(r.tokens.join(' '));
    pred.push(
      res.entities.flatMap((e) => {
        const span = charToTokenSpan(offsets, e.start, e.end);
        return span ? [{ type: e.type, ...span, score: e.score }] : [];
      }),
    );
  }
  writeFileSync(join(dir, 'ner.pred.json'), JSON.stringify(pred));
}
