/**
 * `edge-ai bench cache` — the answer cache through the real handler and the bundled edge models:
 * - lookup overhead on a miss (the cache stage's own Server-Timing: embedding, keys, two MGETs, the coalescing lock)
 *   with the in-memory KV and with a real redis-server (started here on a free port unless --redis URL is given);
 * - time to first byte of a miss vs an exact and a semantic hit, against a SIMULATED central model with realistic
 *   latency (--central-ttft-ms, default 400 ms to the first token, then --central-chunk-ms, default 20 ms per word);
 * - cache-through of edge inference: hit rate and saved time on a workload that repeats prompts;
 * - with `--pairs FILE.jsonl` (rows `{ a, b, same, lang?, kind? }`): each row in its own tenant, `a` asked (stored),
 *   then `b`: hit and false-hit rates through the whole request path (pii, LSH buckets, cosine, guard), by lang and kind.
 *   `--limit N` takes every k-th row to keep N.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import {
  createEdgeAIHandler,
  createMemoryKV,
  createRedisKV,
  type EdgeModels,
  type Embedder,
  guardAgrees,
  type KVStore,
  pairFeatures,
  verifierScore,
  withInferenceCache,
} from '@edge-ai/core';
import { parseArgs, stringFlag } from './args.ts';
import { ask, question, simulatedCentral } from './bench-cache-workload.ts';
import { percentile, round } from './metrics.ts';
import { progress } from './progress.ts';

const stats = (xs: number[]) => ({ n: xs.length, p50: round(percentile(xs, 50)), p99: round(percentile(xs, 99)) });

async function missOverhead(models: EdgeModels, embedder: Embedder, kv: KVStore, entries: number, iterations: number) {
  const handler = createEdgeAIHandler({
    models,
    embedder,
    kv,
    central: { model: simulatedCentral(0, 0) },
    pii: { engine: { vault: { key: randomBytes(32).toString('base64') } } },
    inferenceCache: { enabled: false },
  });
  const fill = progress(`fill ${kv.name}`, entries);
  for (let i = 0; i < entries; i++) {
    await ask(handler, question(i), true);
    fill.tick();
  }
  fill.done();
  const ms: number[] = [];
  let misses = 0;
  const bar = progress(`miss ${kv.name}`, iterations);
  for (let i = 0; i < iterations; i++) {
    const r = await ask(handler, `${question(entries + i)} (case ${i})`, true);
    if (r.cache === 'miss') {
      misses++;
      ms.push(r.stageMs);
    }
    bar.tick();
  }
  bar.done();
  return { store: kv.name, stored_entries: entries, misses, cache_stage_ms: stats(ms) };
}

async function ttfb(models: EdgeModels, embedder: Embedder, ttftMs: number, chunkMs: number, iterations: number) {
  const handler = createEdgeAIHandler({
    models,
    embedder,
    kv: createMemoryKV(),
    central: { model: simulatedCentral(ttftMs, chunkMs) },
  });
  const miss: number[] = [];
  const exact: number[] = [];
  const semantic: number[] = [];
  const missRuns = Math.max(5, Math.round(iterations / 10));
  // Distinct questions (the ticket number keeps them apart: the guard refuses other numbers), asked once each.
  const questions = Array.from({ length: missRuns }, (_, i) => `${question(i * 7)} (ticket ${i + 1})`);
  const bar = progress('ttfb', missRuns + iterations * 2);
  for (const q of questions) {
    const r = await ask(handler, q, true);
    if (r.cache === 'miss') miss.push(r.ttfb);
    bar.tick();
  }
  for (let i = 0; i < iterations; i++) {
    const q = questions[i % missRuns];
    const again = await ask(handler, q, true);
    if (again.match === 'exact') exact.push(again.ttfb);
    const para = await ask(handler, q.replace('How can I', 'How do I').replace(/\?$/, ', please?'), true);
    if (para.match === 'semantic') semantic.push(para.ttfb);
    bar.tick();
    bar.tick();
  }
  bar.done();
  const m = percentile(miss, 50);
  return {
    central: `simulated: ${ttftMs} ms to first token, ${chunkMs} ms per word`,
    asked: { misses: missRuns, repeats: iterations, rewordings: iterations },
    miss_ms: stats(miss),
    exact_hit_ms: stats(exact),
    semantic_hit_ms: stats(semantic),
    speedup_p50: { exact: round(m / percentile(exact, 50)), semantic: round(m / percentile(semantic, 50)) },
  };
}

async function inferenceCache(models: EdgeModels, kv: KVStore, distinct: number, requests: number) {
  // A workload where each of `distinct` prompts comes back about requests/distinct times, in a fixed shuffled order.
  const order = Array.from({ length: requests }, (_, i) => (i * 7919) % distinct);
  const infer = async (m: EdgeModels, text: string) => {
    await m.detectLanguage(text);
    await m.scoreToxicity(text);
    await m.recognizeEntities(text);
  };
  const time = async (m: EdgeModels) => {
    const t0 = performance.now();
    for (const i of order) await infer(m, `${question(i)} My name is Maria and I work in Lyon.`);
    return performance.now() - t0;
  };
  await time(models); // warm
  const plain = await time(models);
  const cached = withInferenceCache(models, kv, { ttlSeconds: 3600 });
  const withCache = await time(cached);
  const s = cached.inferenceStats();
  return {
    store: kv.name,
    requests,
    distinct_prompts: distinct,
    calls: s.hits + s.misses,
    hit_rate: round(s.hits / (s.hits + s.misses)),
    uncached_ms_per_request: round(plain / requests),
    cached_ms_per_request: round(withCache / requests),
    saved_ms_per_request: round((plain - withCache) / requests),
    lookup_ms_total: round(s.cacheMs),
  };
}

type Row = { a: string; b: string; same: 0 | 1; lang?: string; kind?: string };

async function pairs(models: EdgeModels, embedder: Embedder, file: string, limit: number) {
  const all = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const step = Math.max(1, Math.floor(all.length / limit));
  const rows = all.filter((_, i) => i % step === 0).slice(0, limit);
  const handler = createEdgeAIHandler({
    models,
    embedder,
    kv: createMemoryKV({ maxEntries: 1_000_000 }),
    central: { model: simulatedCentral(0, 0) },
    tenant: (r) => r.headers.get('x-tenant') ?? 'default',
  });
  const threshold =
    handler.options.cache.semantic.threshold ?? embedder.verifier?.minCosine ?? embedder.threshold ?? 0.9;
  type Tally = {
    n_same: number;
    n_diff: number;
    hits: number;
    false_hits: number;
    bypassed: number;
    /** Rows where neither question was bypassed (no personal data found): same = 1 ones, and their hits. */
    cacheable_same: number;
    cacheable_hits: number;
    /**
     * Cacheable same = 1 rows the rule (cosine >= threshold, guard, and the verifier when the embedder has one)
     * accepts, and those the cache still missed.
     */
    rule_hits: number;
    rule_but_missed: number;
  };
  const groups = new Map<string, Tally>();
  const tally = (key: string) => {
    let t = groups.get(key);
    if (!t) {
      t = {
        n_same: 0,
        n_diff: 0,
        hits: 0,
        false_hits: 0,
        bypassed: 0,
        cacheable_same: 0,
        cacheable_hits: 0,
        rule_hits: 0,
        rule_but_missed: 0,
      };
      groups.set(key, t);
    }
    return t;
  };
  const bar = progress('pairs', rows.length);
  for (const [i, row] of rows.entries()) {
    const tenant = `pair-${i}`;
    const stored = await ask(handler, row.a, true, tenant);
    const looked = await ask(handler, row.b, true, tenant);
    const hit = looked.cache === 'hit';
    const bypassed = stored.cache === 'bypass' || looked.cache === 'bypass';
    let rule = false;
    if (!bypassed && row.same === 1) {
      // Nothing was pseudonymized in these rows, so the raw texts are what the cache embedded.
      const { vectors, model } = await embedder.embed([row.a.trim(), row.b.trim()]);
      const cos = vectors[0].reduce((sum, x, k) => sum + x * vectors[1][k], 0);
      const v = embedder.verifier?.embedder === model ? embedder.verifier : undefined;
      const verified = !v || verifierScore(v, pairFeatures(row.a.trim(), row.b.trim(), cos, row.lang)) >= v.threshold;
      rule = cos >= threshold && guardAgrees(row.a, row.b, row.lang).ok && verified;
    }
    for (const key of ['overall', `lang:${row.lang ?? '?'}`, `kind:${row.kind ?? '?'}`]) {
      const t = tally(key);
      if (row.same === 1) t.n_same++;
      else t.n_diff++;
      if (hit && row.same === 1) t.hits++;
      if (hit && row.same === 0) t.false_hits++;
      if (bypassed) t.bypassed++;
      if (!bypassed && row.same === 1) {
        t.cacheable_same++;
        if (hit) t.cacheable_hits++;
        if (rule) t.rule_hits++;
        if (rule && !hit) t.rule_but_missed++;
      }
    }
    bar.tick();
  }
  bar.done();
  const out: Record<string, unknown> = {};
  for (const [key, t] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out[key] = {
      n_same: t.n_same,
      n_diff: t.n_diff,
      hit_rate: t.n_same ? round(t.hits / t.n_same) : null,
      false_hit_rate: t.n_diff ? round(t.false_hits / t.n_diff) : null,
      bypassed: t.bypassed,
      cacheable_hit_rate: t.cacheable_same ? round(t.cacheable_hits / t.cacheable_same) : null,
      rule_hits: t.rule_hits,
      rule_but_missed: t.rule_but_missed,
    };
  }
  return { file, rows: rows.length, of: all.length, threshold, by: out };
}

async function startRedis(): Promise<{ url: string; stop(): void } | undefined> {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const failed = new Promise<undefined>((resolve) => child.once('error', () => resolve(undefined)));
  const { createClient } = await import('redis');
  for (let i = 0; i < 100; i++) {
    const ok = await Promise.race([
      (async () => {
        const c = createClient({ url: `redis://127.0.0.1:${port}` });
        c.on('error', () => {});
        try {
          await c.connect();
          await c.quit();
          return true;
        } catch {
          return false;
        }
      })(),
      failed.then(() => false),
    ]);
    if (ok) return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
    if (child.exitCode !== null) return undefined;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  return undefined;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'no-redis']);
  const iterations = Number(stringFlag(args, 'iterations') ?? 200);
  const entries = Number(stringFlag(args, 'entries') ?? 1000);
  const ttftMs = Number(stringFlag(args, 'central-ttft-ms') ?? 400);
  const chunkMs = Number(stringFlag(args, 'central-chunk-ms') ?? 20);
  // Inference-cache workload: this many requests over a quarter as many distinct prompts.
  const workload = Math.max(4, Math.round(Number(stringFlag(args, 'workload') ?? 400) / 4) * 4);
  const bundled = await import('@edge-ai/models');
  const models: EdgeModels = bundled.edgeModels;
  await models.warm?.();
  let embedder: Embedder;
  let embedderLabel: string;
  if (models.embed) {
    embedder = {
      embed: models.embed.bind(models),
      threshold: bundled.embedThreshold(),
      verifier: bundled.embedVerifier(),
    };
    embedderLabel = 'bundled';
  } else {
    const { modelsDouble } = await import('@edge-ai/core/test');
    const double = modelsDouble();
    if (!double.embed) throw new Error('the models double has no embedder');
    embedder = { embed: double.embed.bind(double) };
    embedderLabel = 'TEST DOUBLE: hashed bag of words (no bundled embedder installed)';
  }
  const embedVersion = (await embedder.embed(['warm up'])).model;
  const embedMs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await embedder.embed([question(i)]);
    embedMs.push(performance.now() - t0);
  }
  const report: Record<string, unknown> = {
    node: process.version,
    embedder: {
      label: embedderLabel,
      version: embedVersion,
      threshold: embedder.threshold ?? 0.9,
      embed_ms: stats(embedMs),
    },
    miss_overhead: [await missOverhead(models, embedder, createMemoryKV({ maxEntries: 100_000 }), entries, iterations)],
    ttfb: await ttfb(models, embedder, ttftMs, chunkMs, iterations),
    inference_cache: [await inferenceCache(models, createMemoryKV(), workload / 4, workload)],
  };
  const pairFile = stringFlag(args, 'pairs');
  if (pairFile) report.pairs = await pairs(models, embedder, pairFile, Number(stringFlag(args, 'limit') ?? 2000));
  const given = stringFlag(args, 'redis');
  const redis = given ? { url: given, stop() {} } : args.flags['no-redis'] ? undefined : await startRedis();
  if (redis) {
    const { createClient } = await import('redis');
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const kv = createRedisKV(client);
      (report.miss_overhead as unknown[]).push(await missOverhead(models, embedder, kv, entries, iterations));
      (report.inference_cache as unknown[]).push(await inferenceCache(models, kv, workload / 4, workload));
    } finally {
      await client.quit();
      redis.stop();
    }
  } else
    report.redis = args.flags['no-redis']
      ? 'skipped (--no-redis)'
      : 'skipped (no redis-server on PATH, no --redis URL)';
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
