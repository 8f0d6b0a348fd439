/**
 * `edge-ai eval cache --data FILE.jsonl [--json] [--threshold T] [--sweep] [--no-verifier]`
 *
 * Rows `{ a, b, same: 0|1, lang?, kind?, source? }`: `a` is stored, `b` looked up. A lookup hits when the embedder's
 * cosine of a and b reaches the threshold, the false-hit guard agrees and the embedder's learned verifier
 * (models/embed/verifier.json; `--no-verifier`: none) agrees (the semantic cache's rule). The threshold is `--threshold`,
 * else the verifier's cosine floor, else (no verifier) the embedder's recommended cosine. `overall` has `hit_rate`
 * (on same = 1) and `false_hit_rate` (on same = 0); `by` groups them by lang, kind, source; `guard` measures what each
 * check buys (false hits and hits with no guard, each check alone, all but that check, and the default checks plus
 * each opt-in one); `verifier` what the verifier buys (`without`: the same rule without it; `cosine_rule`: the
 * embedder's recommended cosine threshold with the guard and no verifier).
 * `--sweep` adds both rates per threshold (the verifier's probability when there is one, else the cosine): pick a
 * threshold on dev pairs, never on the test pairs.
 */
import {
  EXTRA_GUARD_CHECKS,
  GUARD_CHECKS,
  type GuardCheck,
  guardAgrees,
  pairFeatures,
  type VerifierWeights,
  verifierScore,
} from '@edge-ai/core';
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
  /** The verifier's probability (1 without a verifier). */
  verified: number;
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

/** Hits: cosine at or above `threshold`, none of `checks` refused, verifier probability at or above `verify`. */
const decide = (s: Scored[], threshold: number, checks: readonly GuardCheck[], verify = 0) =>
  s.map((p) => p.similarity >= threshold && !p.refusedBy.some((c) => checks.includes(c)) && p.verified >= verify);

export async function evalCache(
  rows: CacheRow[],
  thresholdFlag: string | undefined,
  sweep: boolean,
  useVerifier = true,
) {
  const { loadEmbedder, embedThreshold, embedVerifier, cosine } = await import('@edge-ai/models');
  const embedder = await loadEmbedder();
  const verifier: VerifierWeights | undefined = useVerifier ? embedVerifier() : undefined;
  if (verifier && verifier.embedder !== embedder.version) {
    throw new Error(
      `models/embed/verifier.json was trained for ${verifier.embedder}, the embedder is ${embedder.version}: ` +
        'retrain it (training/embed/verifier.py) or pass --no-verifier',
    );
  }
  const recommended = embedThreshold();
  const threshold = thresholdFlag !== undefined ? Number(thresholdFlag) : (verifier?.minCosine ?? recommended);
  if (threshold === undefined || !Number.isFinite(threshold) || threshold < -1 || threshold > 1) {
    throw new Error(
      thresholdFlag === undefined
        ? 'the embedder has no recommended threshold (models/embed/meta.json): pass --threshold T'
        : `bad --threshold ${thresholdFlag}: a cosine in [-1, 1]`,
    );
  }
  const verify = verifier?.threshold ?? 0;
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
    const verified = verifier ? verifierScore(verifier, pairFeatures(r.a, r.b, similarity, r.lang)) : 1;
    ms.push(performance.now() - t0);
    scored.push({ similarity, refusedBy, verified });
    bar.tick();
  }
  bar.done();
  const all = rows.map((_, i) => i);
  const hits = decide(scored, threshold, GUARD_CHECKS, verify);
  const metric = (ix: number[]) => rates(rows, hits, ix);
  const guard: Record<string, Rates> = { none: rates(rows, decide(scored, threshold, [], verify), all) };
  for (const c of GUARD_CHECKS) {
    guard[`only_${c}`] = rates(rows, decide(scored, threshold, [c], verify), all);
    guard[`without_${c}`] = rates(
      rows,
      decide(
        scored,
        threshold,
        GUARD_CHECKS.filter((x) => x !== c),
        verify,
      ),
      all,
    );
  }
  guard.all = metric(all);
  for (const c of EXTRA_GUARD_CHECKS)
    guard[`with_${c}`] = rates(rows, decide(scored, threshold, [...GUARD_CHECKS, c], verify), all);
  const report: Record<string, unknown> = {
    model: embedder.version,
    overall: { ...metric(all), threshold },
    by: metricsBy(groupIndices(rows as unknown as Record<string, unknown>[]), metric),
    guard,
    latency_ms: { p50: percentile(ms, 50), p99: percentile(ms, 99) },
  };
  if (verifier) {
    report.verifier = {
      threshold: verify,
      min_cosine: verifier.minCosine,
      without: rates(rows, decide(scored, threshold, GUARD_CHECKS), all),
      cosine_rule:
        recommended === undefined
          ? null
          : { ...rates(rows, decide(scored, recommended, GUARD_CHECKS), all), threshold: recommended },
    };
  }
  if (sweep) report.sweep = sweepThresholds(rows, scored, verifier ? threshold : undefined);
  return report;
}

/** Languages with fewer different-meaning pairs than this are left out of the worst-language figures. */
const MIN_LANG_NEGATIVES = 100;

/**
 * Rates with the default guard per threshold, with the worst per-language rates (languages with at least
 * MIN_LANG_NEGATIVES different pairs), and `recommended`: the lowest threshold whose worst per-language false-hit
 * rate is at most 0.01 (the rule used on dev pairs for meta.json and verifier.json). Without `floor` the threshold is
 * the cosine (0.50 .. 0.99); with a verifier it is the verifier's probability (0.01 .. 0.99) at the cosine `floor`.
 */
function sweepThresholds(rows: CacheRow[], scored: Scored[], floor?: number) {
  const langs = Object.values(groupIndices(rows as unknown as Record<string, unknown>[], ['lang']).lang ?? {}).filter(
    (ix) => ix.filter((i) => rows[i].same === 0).length >= MIN_LANG_NEGATIVES,
  );
  const all = rows.map((_, i) => i);
  const steps = [];
  for (let k = floor === undefined ? 50 : 1; k < 100; k++) {
    const t = k / 100;
    const hits = floor === undefined ? decide(scored, t, GUARD_CHECKS) : decide(scored, floor, GUARD_CHECKS, t);
    const per = langs.map((ix) => rates(rows, hits, ix));
    steps.push({
      threshold: t,
      ...rates(rows, hits, all),
      worst_lang_false_hit_rate: Math.max(0, ...per.map((p) => p.false_hit_rate ?? 0)),
      worst_lang_hit_rate: Math.min(1, ...per.map((p) => p.hit_rate ?? 1)),
    });
  }
  const recommended = steps.find((s) => s.worst_lang_false_hit_rate <= 0.01)?.threshold ?? null;
  return {
    swept: floor === undefined ? 'cosine' : 'verifier',
    recommended,
    min_lang_negatives: MIN_LANG_NEGATIVES,
    steps,
  };
}
