import type { KVStore } from '../adapters/kv.ts';
import type { Decision } from '../context.ts';
import { decisionOf } from '../headers.ts';
import type { PipelineRun } from '../pipeline.ts';
import type { JudgeReport } from '../stage.ts';
import type { VerdictAction } from './judge.ts';
import type { Tier } from './verdict-cache.ts';
import { sha256 } from './verdict-cache.ts';

/** One request's decisions. Pseudonymized text only: `text` is present only when the pii stage pseudonymized it. */
export interface DecisionRecord {
  v: 1;
  at: string;
  requestId: string;
  tenant: string;
  /** SHA-256 prefix of the conversation id. */
  conversation: string;
  path?: string;
  decision: 'block' | 'cached' | 'escalate' | 'allow';
  language?: string;
  toxicity?: number;
  edgeAction?: VerdictAction;
  tier?: Tier;
  judge?: JudgeReport;
  shadow: string[];
  decisions: Decision[];
  policy: string;
  rollout: boolean;
  gateOff: boolean;
  /** The last user message as it left the edge (placeholders instead of personal data). */
  text?: string;
  /** Output scanning of the answer (added when the stream ended). */
  output?: { action: string; reason?: string; shadow: boolean }[];
}

/** Where decision records go: KV (default) or a JSON-lines file (`@edge-ai/next`). */
export interface DecisionLog {
  append(record: DecisionRecord): Promise<void>;
}

export async function decisionRecord(
  run: PipelineRun,
  extra: { policy: string; rollout: boolean; gateOff: boolean; path?: string },
): Promise<DecisionRecord> {
  const { ctx, report } = run;
  const lastUser = [...ctx.messages].reverse().find((m) => m.role === 'user');
  return {
    v: 1,
    at: new Date().toISOString(),
    requestId: ctx.requestId,
    tenant: ctx.tenant,
    conversation: (await sha256(ctx.conversationId)).slice(0, 16),
    path: extra.path,
    decision: decisionOf(run),
    language: report.language?.lang,
    toxicity: report.toxicity?.score,
    edgeAction: report.edgeAction,
    tier: report.tier,
    judge: report.judge,
    shadow: report.shadow ?? [],
    decisions: [...run.decisions],
    policy: extra.policy,
    rollout: extra.rollout,
    gateOff: extra.gateOff,
    text: run.pii && lastUser ? lastUser.text : undefined,
  };
}

/**
 * The decision log in KV: a per-tenant counter (`edge-ai:log:<tenant>:seq`) numbers the records, each stored under
 * `edge-ai:log:<tenant>:<n>` with a TTL. Only the KV contract is used (incr, set, mget), so every adapter works.
 */
export function createKVDecisionLog(kv: () => KVStore, ttlSeconds = 7 * 86_400): DecisionLog {
  return {
    async append(record) {
      const n = await kv().incr(`edge-ai:log:${record.tenant}:seq`);
      await kv().set(`edge-ai:log:${record.tenant}:${n}`, JSON.stringify(record), { ttlSeconds });
    },
  };
}

/** Reads a tenant's records from the KV decision log, oldest first (at most `limit`, the newest ones). */
export async function readKVDecisionLog(kv: KVStore, tenant: string, limit = 10_000): Promise<DecisionRecord[]> {
  const last = Number((await kv.get(`edge-ai:log:${tenant}:seq`)) ?? 0);
  const first = Math.max(1, last - limit + 1);
  const records: DecisionRecord[] = [];
  for (let start = first; start <= last; start += 200) {
    const keys = [];
    for (let n = start; n <= Math.min(last, start + 199); n++) keys.push(`edge-ai:log:${tenant}:${n}`);
    for (const value of await kv.mget(keys)) if (value !== null) records.push(JSON.parse(value) as DecisionRecord);
  }
  return records;
}
