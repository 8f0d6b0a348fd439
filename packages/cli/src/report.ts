/**
 * `edge-ai report` — summarises the decision log: decisions, which tier decided, would-block / would-escalate in
 * shadow mode, the judge's share and its agreement with the edge, per language.
 *   edge-ai report --file decisions.jsonl [--json]
 *   edge-ai report --kv [--tenant default] [--json]    (KV from the environment: REDIS_URL, KV_REST_API_*, …)
 */
import { type DecisionRecord, type DecisionSummary, readKVDecisionLog, summarizeDecisions } from '@edge-ai/core';
import { parseArgs, stringFlag } from './args.ts';

const USAGE = 'usage: edge-ai report (--file decisions.jsonl | --kv [--tenant T]) [--json]\n';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'kv']);
  const file = stringFlag(args, 'file');
  let records: DecisionRecord[];
  let malformed = 0;
  if (file) {
    const { readJsonLinesDecisionLog } = await import('@edge-ai/next/decision-log');
    ({ records, malformed } = await readJsonLinesDecisionLog(file));
  } else if (args.flags.kv) {
    const { kvFromEnv } = await import('@edge-ai/next/kv');
    records = await readKVDecisionLog(kvFromEnv(), stringFlag(args, 'tenant') ?? 'default');
  } else {
    process.stderr.write(USAGE);
    return 2;
  }
  if (malformed > 0) process.stderr.write(`skipped ${malformed} malformed line(s)\n`);
  const summary = summarizeDecisions(records);
  process.stdout.write(args.flags.json ? `${JSON.stringify(summary, null, 2)}\n` : table(summary));
  return 0;
}

const pct = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : '-');

function table(s: DecisionSummary): string {
  const lines = [
    `requests        ${s.requests}`,
    `decisions       ${
      Object.entries(s.decisions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-'
    }`,
    `tiers           ${
      Object.entries(s.tiers)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-'
    }`,
    `would-block     ${s.wouldBlock} (shadow)`,
    `would-escalate  ${s.wouldEscalate} (shadow)`,
    `judge           decided ${s.judge.decided} (${pct(s.judge.decided, s.requests)} of requests): ${s.judge.calls} calls, ${s.judge.cacheHits} verdict-cache hits, ${s.judge.failures} failures`,
    `judge agreement ${s.judge.agreement === null ? '-' : `${(100 * s.judge.agreement).toFixed(1)}% with the edge model alone`}`,
    `policy degraded ${s.policyDegraded}`,
    '',
    'language  requests  blocked  escalated  would-block  would-escalate  judged',
    ...Object.entries(s.perLanguage)
      .sort((a, b) => b[1].requests - a[1].requests)
      .map(([lang, l]) =>
        [lang.padEnd(9), l.requests, l.blocked, l.escalated, l.wouldBlock, l.wouldEscalate, l.judged]
          .map((v, i) => (i === 0 ? v : String(v).padStart([8, 7, 9, 11, 14, 6][i - 1])))
          .join('  '),
      ),
  ];
  return `${lines.join('\n')}\n`;
}
