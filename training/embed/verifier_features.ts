// Pair features of the cache verifier (packages/core/src/cache/verifier.ts) for a pairs file, computed by the same
// TypeScript code and bundled embedder the cache runs, for training/embed/verifier.py. Run from the repo root:
//   node_modules/.bin/node training/embed/verifier_features.ts PAIRS.jsonl OUT_PREFIX
// writes OUT_PREFIX.features.f32 (rows x features, float32), OUT_PREFIX.emb.f32 (rows x 2 x dim: stored, asked) and
// OUT_PREFIX.rows.jsonl ({ same, lang, kind, source, guard }: guard = the default false-hit guard agrees).
import { readFileSync, writeFileSync } from 'node:fs';
import { guardAgrees } from '../../packages/core/src/cache/guard.ts';
import { cosine } from '../../packages/core/src/cache/lsh.ts';
import { pairFeatures, VERIFIER_FEATURES } from '../../packages/core/src/cache/verifier.ts';
import { loadEmbedder } from '../../packages/models/src/embed.ts';

const [file, prefix] = process.argv.slice(2);
if (!file || !prefix) throw new Error('usage: verifier_features.ts PAIRS.jsonl OUT_PREFIX');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const embedder = await loadEmbedder();
const F = VERIFIER_FEATURES.length;
const D = embedder.dim;
const feats = new Float32Array(rows.length * F);
const embs = new Float32Array(rows.length * 2 * D);
const meta: string[] = [];
const B = 64;
for (let s = 0; s < rows.length; s += B) {
  const chunk = rows.slice(s, s + B);
  const va = await embedder.embed(chunk.map((r) => r.a));
  const vb = await embedder.embed(chunk.map((r) => r.b));
  chunk.forEach((r, k) => {
    const i = s + k;
    feats.set(pairFeatures(r.a, r.b, cosine(va[k], vb[k]), r.lang), i * F);
    embs.set(va[k], i * 2 * D);
    embs.set(vb[k], i * 2 * D + D);
    const guard = guardAgrees(r.a, r.b, r.lang).ok;
    meta.push(JSON.stringify({ same: r.same, lang: r.lang, kind: r.kind, source: r.source, guard }));
  });
}
writeFileSync(`${prefix}.features.f32`, feats);
writeFileSync(`${prefix}.emb.f32`, embs);
writeFileSync(`${prefix}.rows.jsonl`, `${meta.join('\n')}\n`);
console.log(JSON.stringify({ rows: rows.length, features: F, dim: D }));
