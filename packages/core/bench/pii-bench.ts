/**
 * Prints recall per type and obfuscation on test/fixtures/pii-obfuscation.jsonl (a hit = an entity of the right
 * type overlapping the inserted value and covering it) and the PII stage latency p50/p99 on 512-char inputs.
 * Usage: node packages/core/bench/pii-bench.ts [--ner]   (--ner: also run the real NER model if available)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import type { NerFunction } from '../src/pii/options.ts';
import { GENERATORS, rng } from './pii-values.ts';

interface Row {
  text: string;
  type: string;
  obfuscation: string;
  context: boolean;
  start: number;
  end: number;
}
const here = dirname(fileURLToPath(import.meta.url));
const rows: Row[] = readFileSync(join(here, '../test/fixtures/pii-obfuscation.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

let ner: NerFunction | undefined;
if (process.argv.includes('--ner')) {
  try {
    // core does not depend on @edge-ai/models (the reverse holds): load it from the workspace by path.
    const url = new URL('../../models/src/index.ts', import.meta.url).href;
    const models = (await import(url)) as { recognizeEntities?: NerFunction };
    ner = models.recognizeEntities;
  } catch (e) {
    console.error(`NER model unavailable (${(e as Error).message}); structured recognizers only`);
  }
}
const engine = createPiiEngine({ ner, vault: { kv: createMemoryKV(), allowEphemeralKey: true } });

const stats = new Map<string, { hit: number; n: number }>();
const add = (key: string, hit: boolean) => {
  const s = stats.get(key) ?? { hit: 0, n: 0 };
  s.n++;
  if (hit) s.hit++;
  stats.set(key, s);
};
for (const row of rows) {
  const found = await engine.detect(row.text);
  const hit = found.some((e) => e.type === row.type && e.start < row.end && row.start < e.end);
  add(`${row.type}\t*`, hit);
  add(`${row.type}\t${row.obfuscation}`, hit);
  add(`${row.type}\tcontext=${row.context}`, hit);
  add(`ALL\t${row.obfuscation}`, hit);
  add('ALL\t*', hit);
}
console.log(`recall on ${rows.length} rows (type, slice, recall, n)`);
for (const [k, s] of [...stats].sort()) console.log(`${k}\t${((100 * s.hit) / s.n).toFixed(1)}%\t${s.n}`);

// False positives on PII-free text with numbers that look like IDs (versions, orders, dates, prices).
const negatives = [
  'Version 1.2.3.4 shipped on 2024-05-01 with build 20240501.',
  'Order #123456789 was shipped; invoice 2024-000123 totals 1,234.56 EUR.',
  'The meeting is at 12:30:45 in room 4.12; call extension 1234 for help.',
  'Population grew from 8,336,817 to 8,804,190 between 2020 and 2023.',
  'Use commit 3f2a9c1b in the release notes and item 987654321 in the catalogue.',
];
let fp = 0;
for (const t of negatives) fp += (await engine.detect(t)).length;
console.log(`false positives on ${negatives.length} PII-free sentences with numbers: ${fp}`);

// Latency: full session transform (detect + pseudonymize through the vault) on 512-char inputs.
const r = rng(11);
const filler = 'The quarterly report covers revenue, churn and hiring plans for the next two years. ';
const inputs = Array.from({ length: 200 }, (_, i) => {
  const gens = Object.values(GENERATORS);
  let t = '';
  while (t.length < 512)
    t += r() < 0.2 ? `${gens[Math.floor(r() * gens.length)]?.(r)} ` : filler.slice(0, 40 + (i % 40));
  return t.slice(0, 512);
});
const time = async (fn: (t: string) => Promise<unknown>) => {
  for (const t of inputs.slice(0, 20)) await fn(t);
  const ms: number[] = [];
  for (let k = 0; k < 3; k++) {
    for (const t of inputs) {
      const t0 = performance.now();
      await fn(t);
      ms.push(performance.now() - t0);
    }
  }
  ms.sort((a, b) => a - b);
  return `p50 ${ms[Math.floor(ms.length * 0.5)].toFixed(3)} ms, p99 ${ms[Math.floor(ms.length * 0.99)].toFixed(3)} ms (n=${ms.length})`;
};
console.log(`detect, 512 chars${ner ? ' (with NER)' : ''}: ${await time((t) => engine.detect(t))}`);
console.log(
  `pseudonymize via memory-KV vault, 512 chars: ${await time((t) => engine.session({ tenant: 't', conversation: 'c' }).transform(t))}`,
);
