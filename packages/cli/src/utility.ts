/**
 * `edge-ai eval utility --data FILE.jsonl [--json] [--no-ner]`: rows `{ "text", "lang"? }` of prompts WITHOUT personal
 * data. Runs the PII engine with its default actions (as the proxy does) and reports, overall and grouped by `lang`
 * (and `source` / `kind` when rows carry them): the share of prompts that reach the central model unchanged, and
 * entities per 100 prompts by type, both found (`found_per_100`, allowed ones included) and changed
 * (`changed_per_100`, i.e. pseudonymized, masked, redacted or hashed). On such prompts every found entity is a false hit.
 */
import { createPiiEngine, type PiiReplacement } from '@edge-ai/core/pii';
import { groupIndices, metricsBy } from './grouping.ts';
import { percentile, roundAll } from './metrics.ts';
import { progress } from './progress.ts';
import { loadNer } from './redact.ts';

type Row = { text: string; lang?: string; [k: string]: unknown };

export const validUtilityRow = (r: Record<string, unknown>) =>
  typeof r.text === 'string' && (r.lang === undefined || typeof r.lang === 'string');

/** ISO 639-1 -> ISO 639-3 (the language stage's codes) for the languages of the bundled set; others pass as given. */
const ISO3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  pt: 'por',
  tr: 'tur',
  sv: 'swe',
  da: 'dan',
  ru: 'rus',
};

export interface UtilityMetric {
  n: number;
  unchanged: number;
  found_per_100: Record<string, number>;
  changed_per_100: Record<string, number>;
}

export function utilityMetric(results: PiiReplacement[][], ix: number[]): UtilityMetric {
  const found: Record<string, number> = {};
  const changed: Record<string, number> = {};
  let same = 0;
  for (const i of ix) {
    let touched = false;
    for (const e of results[i]) {
      found[e.type] = (found[e.type] ?? 0) + 1;
      if (e.action !== 'allow') {
        changed[e.type] = (changed[e.type] ?? 0) + 1;
        touched = true;
      }
    }
    if (!touched) same++;
  }
  const per100 = (m: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(m)
        .sort()
        .map((k) => [k, ix.length ? (100 * m[k]) / ix.length : 0]),
    );
  return {
    n: ix.length,
    unchanged: ix.length ? same / ix.length : 0,
    found_per_100: per100(found),
    changed_per_100: per100(changed),
  };
}

export async function evalUtility(rows: Row[], options: { ner: boolean }) {
  const engine = createPiiEngine({ ner: options.ner ? await loadNer() : undefined });
  const bar = progress('utility', rows.length);
  const results: PiiReplacement[][] = [];
  const ms: number[] = [];
  const examples: { text: string; changed: string }[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    const lang = row.lang ? (ISO3[row.lang] ?? row.lang) : undefined;
    const out = await engine.session().transform(row.text, { language: lang });
    ms.push(performance.now() - t0);
    results.push(out.entities);
    if (out.text !== row.text && examples.length < 50) examples.push({ text: row.text, changed: out.text });
    bar.tick();
  }
  bar.done();
  return {
    overall: utilityMetric(
      results,
      rows.map((_, i) => i),
    ),
    groups: groupIndices(rows),
    metric: (ix: number[]) => utilityMetric(results, ix),
    latency: { p50: percentile(ms, 50), p99: percentile(ms, 99) },
    examples,
  };
}

export function utilityReport(res: Awaited<ReturnType<typeof evalUtility>>, n: number, malformed: number) {
  return roundAll({
    task: 'utility',
    n,
    malformed,
    overall: res.overall,
    by: metricsBy(res.groups, res.metric),
    latency_ms: res.latency,
    changed_examples: res.examples,
  });
}
