import type { KVStore } from '../adapters/kv.ts';
import { JudgeError, type Verdict, verdictSchema } from './judge.ts';

export type Tier = 'edge' | 'judge' | 'verdict-cache';

export interface VerdictKey {
  tenant: string;
  stage: string;
  /** The text the judge sees (pseudonymized). */
  text: string;
  /** Content-hash version of the edge model whose uncertainty sent the text to the judge. */
  edgeModel: string;
  judgeId: string;
}

/**
 * Cache-through central verdicts in KV. The key is a SHA-256 of the normalized text, the stage, the edge model version
 * and the judge id, scoped by tenant: a hit skips the judge, and a new edge model or judge starts afresh. Identical
 * misses in flight at the same time make one judge call: in one process through a shared promise, across processes
 * sharing the KV through a short lock (`setIfAbsent`): the other instances poll the KV for the verdict for up to
 * `waitMs` (the judge timeout) and call the judge themselves only if none arrives. KV faults degrade to a miss (the
 * judge still decides).
 */
export interface VerdictCache {
  /** Returns the cached verdict, or calls `judge` once for all concurrent identical misses and stores its verdict. */
  through(
    key: VerdictKey,
    ttlSeconds: number,
    judge: () => Promise<Verdict>,
    /** Across instances: how long to wait for another instance's verdict (0: no cross-instance lock). */
    waitMs?: number,
  ): Promise<{ verdict: Verdict; tier: Tier }>;
  /** Whether the conversation was judged by the central tier recently. */
  isSticky(tenant: string, conversationId: string): Promise<boolean>;
  markSticky(tenant: string, conversationId: string, ttlSeconds: number): Promise<void>;
}

const POLL_MS = 25;

export function createVerdictCache(kv: () => KVStore): VerdictCache {
  const inFlight = new Map<string, Promise<Verdict>>();
  const read = async (id: string) => {
    const cached = await kv()
      .get(id)
      .catch(() => null);
    return cached === null ? undefined : parseVerdict(cached);
  };
  /** True when this instance may call the judge (it took the lock, or the KV could not tell). */
  const lock = (id: string, waitMs: number) =>
    kv()
      .setIfAbsent(`${id}:lock`, '1', { ttlSeconds: Math.max(1, Math.ceil(waitMs / 1000)) })
      .catch(() => true);
  return {
    async through(key, ttlSeconds, judge, waitMs = 0) {
      const id = await verdictKey(key);
      const hit = await read(id);
      if (hit) return { verdict: hit, tier: 'verdict-cache' };
      let call = inFlight.get(id);
      if (!call) {
        call = (async () => {
          // Another instance holds the lock: its verdict will land in the KV (or its lock goes away when it failed).
          if (waitMs > 0 && !(await lock(id, waitMs))) {
            const deadline = Date.now() + waitMs;
            for (;;) {
              if (Date.now() >= deadline)
                throw new JudgeError('timeout', `no verdict from another instance within ${waitMs} ms`);
              await new Promise((r) => setTimeout(r, POLL_MS));
              const [value, held] = await kv()
                .mget([id, `${id}:lock`])
                .catch(() => [null, null]);
              const landed = value === null ? undefined : parseVerdict(value);
              if (landed) return landed;
              if (held === null) break;
            }
          }
          try {
            return await judge();
          } catch (error) {
            await kv()
              .del(`${id}:lock`)
              .catch(() => {});
            throw error;
          }
        })().then(async (verdict) => {
          await kv()
            .set(id, JSON.stringify(verdict), { ttlSeconds })
            .catch(() => {});
          return verdict;
        });
        inFlight.set(id, call);
        const forget = () => inFlight.delete(id);
        call.then(forget, forget);
      }
      return { verdict: await call, tier: 'judge' };
    },
    async isSticky(tenant, conversationId) {
      const value = await kv()
        .get(await stickyKey(tenant, conversationId))
        .catch(() => null);
      return value !== null;
    },
    async markSticky(tenant, conversationId, ttlSeconds) {
      if (ttlSeconds <= 0) return;
      await kv()
        .set(await stickyKey(tenant, conversationId), '1', { ttlSeconds })
        .catch(() => {});
    },
  };
}

/** NFKC, trimmed, whitespace collapsed, lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export async function verdictKey(key: VerdictKey): Promise<string> {
  const material = JSON.stringify([normalizeText(key.text), key.stage, key.edgeModel, key.judgeId]);
  return `edge-ai:verdict:${key.tenant}:${await sha256(material)}`;
}

async function stickyKey(tenant: string, conversationId: string): Promise<string> {
  return `edge-ai:sticky:${tenant}:${await sha256(conversationId)}`;
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseVerdict(text: string): Verdict | undefined {
  try {
    const parsed = verdictSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
