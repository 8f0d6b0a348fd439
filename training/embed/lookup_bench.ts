// Cost of the semantic lookup on a miss, the first release against this one, in one process and alternating (so both
// see the same machine load): 8 LSH tables + cosine 0.85 vs 16 tables + cosine floor 0.70 + the verifier. N similar
// questions are stored (the bench-cache workload), then 400 new ones are looked up (embed, buckets, candidates,
// guard, verifier; in-process memory KV). Run from the repo root:
//   node_modules/.bin/node --conditions=@edge-ai/source training/embed/lookup_bench.ts [N=1000]

import { question } from '../../packages/cli/src/bench-cache-workload.ts';
import { createMemoryKV } from '../../packages/core/src/adapters/memory-kv.ts';
import { cacheKeys, entryId, normalizePrompt } from '../../packages/core/src/cache/keys.ts';
import { lshSignatures } from '../../packages/core/src/cache/lsh.ts';
import { lookup, store } from '../../packages/core/src/cache/semantic.ts';
import { embedVerifier, loadEmbedder } from '../../packages/models/src/embed.ts';

const e = await loadEmbedder();
const verifier = embedVerifier();
const configs = [
  { name: 'before 8x6 cos0.85', lsh: { tables: 8, bits: 6, seed: 0x5eed1 }, threshold: 0.85, verifier: undefined },
  { name: 'after 16x6 verifier', lsh: { tables: 16, bits: 6, seed: 0x5eed1 }, threshold: verifier.minCosine, verifier },
];
const kv = createMemoryKV({ maxEntries: 1_000_000 });
const N = Number(process.argv[2] ?? 1000);
const setups = [];
for (const c of configs) {
  const keys = await cacheKeys({ tenant: 't', central: 'c', modelVersions: [e.version], lsh: c.lsh, context: [] });
  setups.push({ c, keys });
}
async function query(
  keys: Awaited<ReturnType<typeof cacheKeys>>,
  lsh: (typeof configs)[number]['lsh'],
  text: string,
  v: Parameters<typeof lshSignatures>[0],
) {
  return {
    id: await entryId(keys.prefix, normalizePrompt(text)),
    text,
    vector: v,
    signatures: lshSignatures(v, lsh),
    lang: 'en',
  };
}
for (let i = 0; i < N; i++) {
  const text = question(i);
  const [v] = await e.embed([text]);
  for (const { c, keys } of setups) {
    const q = await query(keys, c.lsh, text, v);
    const found = await lookup(kv, keys, q, 2, () => true);
    await store(kv, keys, q, 'answer', found.buckets, 3600);
  }
}
const ms: number[][] = setups.map(() => []);
const stats = setups.map(() => ({ candidates: 0, hits: 0 }));
for (let i = 0; i < 400; i++) {
  const text = `${question(N + i)} (case ${i})`;
  for (const [k, { c, keys }] of setups.entries()) {
    const t0 = performance.now();
    const [v] = await e.embed([text]);
    const q = await query(keys, c.lsh, text, v);
    const found = await lookup(kv, keys, q, c.threshold, () => true, c.verifier);
    ms[k].push(performance.now() - t0);
    stats[k].candidates += found.candidates;
    if (found.hit) stats[k].hits++;
  }
}
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
for (const [k, { c }] of setups.entries()) {
  const line = [c.name, 'p50', q(ms[k], 0.5).toFixed(3), 'p90', q(ms[k], 0.9).toFixed(3)];
  console.log(...line, 'mean candidates', (stats[k].candidates / 400).toFixed(1), 'hits', stats[k].hits);
}
