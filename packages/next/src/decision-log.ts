import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DecisionLog, DecisionRecord, Env } from '@edge-ai/core';

/** The decision log as a JSON-lines file (one record a line, appended). Records hold pseudonymized text only. */
export function createJsonLinesDecisionLog(path: string): DecisionLog {
  let ready: Promise<unknown> | undefined;
  return {
    async append(record) {
      ready ??= mkdir(dirname(path), { recursive: true });
      await ready;
      await appendFile(path, `${JSON.stringify(record)}\n`, 'utf8');
    },
  };
}

/** Reads a JSON-lines decision log; malformed lines are counted, not fatal. */
export async function readJsonLinesDecisionLog(
  path: string,
): Promise<{ records: DecisionRecord[]; malformed: number }> {
  const records: DecisionRecord[] = [];
  let malformed = 0;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as DecisionRecord);
    } catch {
      malformed++;
    }
  }
  return { records, malformed };
}

/** EDGE_AI_DECISION_LOG=path.jsonl selects the JSON-lines log; otherwise the KV log (the core default). */
export function decisionLogFromEnv(env: Env = process.env): DecisionLog | undefined {
  const path = env.EDGE_AI_DECISION_LOG;
  return path ? createJsonLinesDecisionLog(path) : undefined;
}
