/**
 * `edge-ai eval <lid|ner|toxicity|utility|cache> --data FILE.jsonl [--json] [--threshold T] [--no-ner] [--sweep]
 * [--no-verifier]`
 */
import { parseArgs, stringFlag } from './args.ts';
import {
  addCounts,
  charToTokenSpan,
  countSpans,
  decodeBio,
  type SpanCounts,
  spanMetrics,
  tokenOffsets,
} from './bio.ts';
import { type CacheRow, evalCache, validCacheRow } from './eval-cache.ts';
import { groupIndices, metricsBy } from './grouping.ts';
import { readRows } from './jsonl.ts';
import { accuracy, binaryMetrics, percentile, roundAll } from './metrics.ts';
import { progress } from './progress.ts';
import { evalUtility, utilityReport, validUtilityRow } from './utility.ts';

type Row = Record<string, unknown>;
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Runs `fn` on each row in order, timing each call. */
async function timed<R>(label: string, rows: Row[], fn: (row: Row) => Promise<R>) {
  if (rows.length > 0) await fn(rows[0]); // load the model first: latency is measured warm
  const bar = progress(label, rows.length);
  const out: R[] = [];
  const ms: number[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    out.push(await fn(row));
    ms.push(performance.now() - t0);
    bar.tick();
  }
  bar.done();
  return { out, latency: { p50: percentile(ms, 50), p99: percentile(ms, 99) } };
}

async function evalLid(rows: Row[]) {
  const { detectLanguage, toLidCode } = await import('@edge-ai/models');
  const gold = rows.map((r) => (isStr(r.lang3) ? r.lang3 : toLidCode(r.lang as string)));
  const { out, latency } = await timed('lid', rows, (r) => detectLanguage(r.text as string));
  const pred = out.map((o) => o.lang);
  const metric = (ix: number[]) =>
    accuracy(
      ix.map((i) => pred[i]),
      ix.map((i) => gold[i]),
    );
  const groupRows = rows.map((r, i) => ({ ...r, lang: r.lang ?? gold[i] }));
  return { overall: metric(rows.map((_, i) => i)), groups: groupIndices(groupRows), metric, latency };
}

async function evalToxicity(rows: Row[], thresholdFlag: string | undefined) {
  const { scoreToxicity, toxicityThreshold } = await import('@edge-ai/models');
  // The model's calibrated threshold from its metadata when it has one, else 0.5.
  const threshold = thresholdFlag !== undefined ? Number(thresholdFlag) : (toxicityThreshold() ?? 0.5);
  if (!Number.isFinite(threshold)) throw new Error(`bad --threshold ${thresholdFlag}`);
  const { out, latency } = await timed('toxicity', rows, (r) => scoreToxicity(r.text as string));
  const scores = out.map((o) => o.score);
  const labels = rows.map((r) => Number(r.label));
  const metric = (ix: number[]) =>
    binaryMetrics(
      ix.map((i) => scores[i]),
      ix.map((i) => labels[i]),
      threshold,
    );
  return { overall: { ...metric(rows.map((_, i) => i)), threshold }, groups: groupIndices(rows), metric, latency };
}

async function evalNer(rows: Row[]) {
  const { recognizeEntities } = await import('@edge-ai/models');
  const { out, latency } = await timed('ner', rows, (r) => recognizeEntities((r.tokens as string[]).join(' ')));
  const counts: Record<string, SpanCounts>[] = rows.map((r, i) => {
    const offsets = tokenOffsets(r.tokens as string[]);
    const pred = out[i].entities.flatMap((e) => {
      const span = charToTokenSpan(offsets, e.start, e.end);
      return span ? [{ type: e.type, ...span }] : [];
    });
    return countSpans(pred, decodeBio(r.tags as string[]));
  });
  const metric = (ix: number[]) => {
    const sum: Record<string, SpanCounts> = {};
    for (const i of ix) addCounts(sum, counts[i]);
    return { n: ix.length, ...spanMetrics(sum) };
  };
  return { overall: metric(rows.map((_, i) => i)), groups: groupIndices(rows), metric, latency };
}

const VALID: Record<string, (r: Row) => boolean> = {
  lid: (r) => isStr(r.text) && (isStr(r.lang3) || isStr(r.lang)),
  toxicity: (r) => isStr(r.text) && (r.label === 0 || r.label === 1),
  ner: (r) =>
    Array.isArray(r.tokens) &&
    Array.isArray(r.tags) &&
    r.tokens.length === r.tags.length &&
    r.tokens.every(isStr) &&
    r.tags.every(isStr),
  utility: validUtilityRow,
  cache: validCacheRow,
};

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'no-ner', 'sweep', 'no-verifier']);
  const task = args.positional[0];
  const data = stringFlag(args, 'data');
  if (!task || !VALID[task] || !data) {
    process.stderr.write(
      'usage: edge-ai eval <lid|ner|toxicity|utility|cache> --data FILE.jsonl [--json] [--threshold T] [--no-ner (utility)] [--sweep (cache)] [--no-verifier (cache)]\n',
    );
    return 2;
  }
  const { rows, malformed, malformedLines } = readRows<Row>(data, VALID[task]);
  if (malformed > 0) {
    const lines = malformedLines.slice(0, 10).join(', ');
    process.stderr.write(
      `edge-ai eval: skipped ${malformed} malformed row(s) (lines ${lines}${malformed > 10 ? ', …' : ''})\n`,
    );
  }
  if (task === 'utility') {
    const report = utilityReport(
      await evalUtility(rows as never, { ner: !args.flags['no-ner'] }),
      rows.length,
      malformed,
    );
    if (args.flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${summary(report)}\n`);
    return 0;
  }
  if (task === 'cache') {
    const report = roundAll({
      task,
      n: rows.length,
      malformed,
      ...(await evalCache(
        rows as unknown as CacheRow[],
        stringFlag(args, 'threshold'),
        args.flags.sweep === true,
        args.flags['no-verifier'] !== true,
      )),
    });
    if (args.flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${summary(report as Parameters<typeof summary>[0])}\n`);
    return 0;
  }
  const res =
    task === 'lid'
      ? await evalLid(rows)
      : task === 'toxicity'
        ? await evalToxicity(rows, stringFlag(args, 'threshold'))
        : await evalNer(rows);
  const report = roundAll({
    task,
    n: rows.length,
    malformed,
    overall: res.overall,
    by: metricsBy(res.groups, res.metric as (ix: number[]) => unknown),
    latency_ms: res.latency,
  });
  if (args.flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${summary(report)}\n`);
  return 0;
}

function summary(report: {
  task: string;
  n: number;
  overall: unknown;
  latency_ms: unknown;
  malformed: number;
}): string {
  return [
    `task: ${report.task}  rows: ${report.n}  malformed: ${report.malformed}`,
    `overall: ${JSON.stringify(report.overall)}`,
    `latency_ms: ${JSON.stringify(report.latency_ms)}`,
    '(use --json for the per-group breakdown)',
  ].join('\n');
}
