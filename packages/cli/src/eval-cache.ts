/**
 * `edge-ai eval cache --data FILE.jsonl [--json] [--threshold T] [--sweep]`
 *
 * Rows `{ a, b, same: 0|1, lang?, kind?, source? }`: `a` is stored, `b` looked up. A lookup hits when the embedder's
 * cosine of a and b reaches the threshold and the false-hit guard agrees (the semantic cache's rule). `overall` has
 * `hit_rate` (on same = 1) and `false_hit_rate` (on same = 0); `by` groups them by lang, kind, source; `guard`
 * measures what each check buys (false hits and hits with no guard, each check alone, all but that check, and
 * the default checks plus each opt-in one).
 * `--sweep` adds both rates per threshold: pick a threshold on dev pairs, never on the test pairs.
 */
import { EXTRA_GUARD_CHECKS, GUARD_CHECKS, type GuardCheck, guardAgrees } from '@edge-ai/core';
import { groupIndices, metricsBy } from './grouping.ts';
import { percentile } from './metrics.ts';
import { progress } from './progress.ts';

export interface CacheRow {
  a: string;
  b: string;
  same: 0 | 1;
  lang?: string;
  kind?: string;
  source?: string;
}

export const validCacheRow = (r: Record<string, unknown>): boolean =>
  typeof r.a === 'string' && typeof r.b === 'string' && (r.same === 0 || r.same === 1);

interface Scored {
  similarity: number;
  /** Checks that refused this pair. */
  refusedBy: GuardCheck[];
}

export interface Rates {
  n_same: number;
  n_diff: number;
  hit_rate: number | null;
  false_hit_rate: number | null;
}

export function rates(rows: CacheRow[], hits: boolean[], ix: number[]): Rates {
  let same = 0;
  let diff = 0;
  let hit = 0;
  let falseHit = 0;
  for (const i of ix) {
    if (rows[i].same === 1) {
      same++;
      if (hits[i]) hit++;
    } else {
      diff++;
      if (hits[i]) falseHit++;
    }
  }
  return {
    n_same: same,
    n_diff: diff,
    hit_rate: same ? hit / same : null,
    false_hit_rate: diff ? falseHit / diff : null,
  };
}

const decide = (s: Scored[], threshold: number, checks: readonly GuardCheck[]) =>
  s.map((p) => p.similarity >= threshold && !p.refusedBy.some((c) => checks.includes(c)));

export async function evalCache(rows: CacheRow[], thresholdFlag: string | undefined, sweep: boolean) {
  const { loadEmbedder, embedThreshold, cosine } = await import('@edge-ai/models');
  const embedder = await loadEmbedder();
  const threshold = thresholdFlag !== undefined ? Number(thresholdFlag) : embedThreshold();
  if (threshold === undefined || !Number.isFinite(threshold) || threshold < -1 || threshold > 1) {
    throw new Error(
      thresholdFlag === undefined
        ? 'the embedder has no recommended threshold (models/embed/meta.json): pass --threshold T'
        : `bad --threshold ${thresholdFlag}: a cosine in [-1, 1]`,
    );
  }
  const bar = progress('cache', rows.length);
  const ms: number[] = [];
  const scored: Scored[] = [];
  for (const r of rows) {
    const [stored] = await embedder.embed([r.a]); // store a
    const t0 = performance.now();
    const [query] = await embedder.embed([r.b]); // look up b: embed, cosine, guard
    const similarity = cosine(stored, query);
    const refusedBy = [...GUARD_CHECKS, ...EXTRA_GUARD_CHECKS].filter(
      (c) => !guardAgrees(r.a, r.b, r.lang, { checks: [c] }).ok,
    );
    ms.push(performance.now() - t0);
    scored.push({ similarity, refusedBy });
    bar.tick();
  }
  bar.done();
  const all = rows.map((_, i) => i);
  const hits = decide(scored, threshold, GUARD_CHECKS);
  const metric = (ix: number[]) => rates(rows, hits, ix);
  const guard: Record<string, Rates> = { none: rates(rows, decide(scored, threshold, []), all) };
  for (const c of GUARD_CHECKS) {
    guard[`only_${c}`] = rates(rows, decide(scored, threshold, [c]), all);
    guard[`without_${c}`] = rates(
      rows,
      decide(
        scored,
        threshold,
        GUARD_CHECKS.filter((x) => x !== c),
      ),
      all,
    );
  }
  guard.all = metric(all);
  for (const c of EXTRA_GUARD_CHECKS)
    guard[`with_${c}`] = rates(rows, decide(scored, threshold, [...GUARD_CHECKS, c]), all);
  const report: Record<string, unknown> = {
    model: embedder.version,
    overall: { ...metric(all), threshold },
    by: metricsBy(groupIndices(rows as unknown as Record<string, unknown>[]), metric),
    guard,
    latency_ms: { p50: percentile(ms, 50), p99: percentile(ms, 99) },
  };
  if (sweep) report.sweep = sweepThresholds(rows, scored);
  return report;
}

/** Languages with fewer different-meaning pairs than this are left out of the worst-language figures. */
const MIN_LANG_NEGATIVES = 100;

/**
 * Rates with the default guard per threshold (0.50 .. 0.99), with the worst per-language rates (languages with at
 * least MIN_LANG_NEGATIVES different pairs), and `recommended`: the lowest threshold whose worst per-language
 * false-hit rate is at most 0.01 (the rule used on dev pairs for meta.json).
 */
function sweepThresholds(rows: CacheRow[], scored: Scored[]) {
  const langs = Object.values(groupIndices(rows as unknown as Record<string, unknown>[], ['lang']).lang ?? {}).filter(
    (ix) => ix.filter((i) => rows[i].same === 0).length >= MIN_LANG_NEGATIVES,
  );
  const all = rows.map((_, i) => i);
  const steps = [];
  for (let k = 50; k < 100; k++) {
    const t = k / 100;
    const hits = decide(scored, t, GUARD_CHECKS);
    const per = langs.map((ix) => rates(rows, hits, ix));
    steps.push({
      threshold: t,
      ...rates(rows, hits, all),
      worst_lang_false_hit_rate: Math.max(0, ...per.map((p) => p.false_hit_rate ?? 0)),
      worst_lang_hit_rate: Math.min(1, ...per.map((p) => p.hit_rate ?? 1)),
    });
  }
  const recommended = steps.find((s) => s.worst_lang_false_hit_rate <= 0.01)?.threshold ?? null;
  return { recommended, min_lang_negatives: MIN_LANG_NEGATIVES, steps };
}
