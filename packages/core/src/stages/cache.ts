import type { KVStore } from '../adapters/kv.ts';
import { type Coalesced, createCoalescer } from '../cache/coalesce.ts';
import { cacheKeys, entryId, normalizePrompt, tidyPrompt } from '../cache/keys.ts';
import { DEFAULT_LSH, lshSignatures } from '../cache/lsh.ts';
import { type Hit, lookup, parseEntry, type Query, store as storeEntry } from '../cache/semantic.ts';
import type { EdgeContext } from '../context.ts';
import type { Embedder } from '../options.ts';
import { PLACEHOLDER_RE } from '../pii/restore.ts';
import type { Stage, StageOutcome } from '../stage.ts';

export interface CacheStageOptions {
  /** The central system prompt (its hash is part of the namespace). */
  system?: string;
  /** The edge embedder, when there is one: paraphrase hits; without it the cache is exact-only. */
  embedder?: () => Promise<Embedder | undefined>;
}

/**
 * Answer cache in KV: exact, and semantic when an embedder is available (LSH buckets, then cosine on the stored
 * vectors, then the false-hit guard and the embedder's learned verifier, when it has one). Safe by construction:
 * - only pseudonymized questions are embedded and stored (no pii stage, no cache), answers in placeholder form;
 * - tenant (or, with `scope: "user"`, user) scope, the central model, the system prompt, the instructions, the edge
 *   model versions (embedder included) and the earlier turns of the conversation are in every key and bucket;
 * - escalated requests bypass it; flagged (toxicity at or above the escalate threshold), failed, aborted and
 *   truncated answers are never stored (the handler only hands over answers that finished with "stop");
 * - concurrent misses on one question make one central call (a lock in KV); the others replay its answer.
 */
export function cacheStage(kv: () => KVStore, centralLabel: string, options: CacheStageOptions = {}): Stage {
  const coalescer = createCoalescer();
  return {
    name: 'cache',
    async run(ctx) {
      const settings = ctx.settings.cache;
      if (!ctx.pseudonymized) return bypass('not-pseudonymized');
      if (settings.skipWhenPII && ctx.piiCount > 0) return bypass('pii');
      if (ctx.escalation) return bypass('escalated');
      const last = lastUserIndex(ctx);
      const text = tidyPrompt(ctx.messages[last]?.text ?? '');
      const embedder = settings.semantic.enabled ? await options.embedder?.() : undefined;
      const embedded = embedder ? await embedder.embed([text]) : undefined;
      const vector = embedded?.vectors[0];
      const embedModel = embedded?.model ?? 'no-embedder';
      const store = kv();
      const keys = await cacheKeys({
        tenant: ctx.tenant,
        user: settings.scope === 'user' ? ctx.user : undefined,
        central: centralLabel,
        system: options.system,
        instructions: ctx.instructions,
        modelVersions: [...(ctx.modelVersions ?? []), embedModel],
        lsh: DEFAULT_LSH,
        context: ctx.messages.filter((_, i) => i !== last),
      });
      const query: Query = {
        id: await entryId(keys.prefix, normalizePrompt(text)),
        text,
        vector,
        signatures: vector ? lshSignatures(vector, DEFAULT_LSH) : [],
        lang: ctx.language && ctx.language.lang !== 'und' ? ctx.language.lang : undefined,
      };
      const known = new Set(ctx.messages.flatMap((m) => m.text.match(PLACEHOLDER_RE) ?? []));
      const usable = (answer: string) => (answer.match(PLACEHOLDER_RE) ?? []).every((p) => known.has(p));
      // The learned verifier only judges cosines of the embedder version it was trained with.
      const verifier = embedder?.verifier?.embedder === embedModel ? embedder.verifier : undefined;
      const recommended = verifier ? verifier.minCosine : embedder?.threshold;
      const found = await lookup(store, keys, query, thresholdFor(ctx, recommended), usable, verifier);
      if (found.hit) return hit(found.hit, embedModel);

      const mode = vector ? embedModel : 'exact-only (no embedder)';
      const near =
        found.best === undefined
          ? ''
          : ` best=${found.best.toFixed(3)}${found.refused ? ` refused=${found.refused.split(':')[0]}` : ''}`;
      const flagged = ctx.toxicity !== undefined && ctx.toxicity.score >= ctx.settings.toxicity.escalateThreshold;
      if (flagged) return { desc: `miss flagged-not-stored ${mode}`, report: { cache: 'miss' } };

      let joined: Coalesced | undefined;
      if (settings.coalesce.enabled) {
        joined = await coalescer
          .join(store, keys.lock(query.id), keys.entry(query.id), ctx.requestId, settings.coalesce, (value) => {
            const entry = parseEntry(value);
            return entry !== undefined && usable(entry.a);
          })
          .catch(() => undefined); // a KV fault while coalescing: call the central model without the lock
        if (joined?.role === 'follower') {
          const entry = parseEntry(joined.value);
          if (entry) {
            const outcome = hit({ kind: 'exact', answer: entry.a, similarity: 1 }, embedModel);
            return { ...outcome, desc: `hit coalesced waited=${Math.round(joined.waitedMs)}ms ${embedModel}` };
          }
        }
      }
      const release = joined?.role === 'leader' ? joined.release : undefined;
      return {
        desc: `miss ${mode}${near}${joined?.role === 'timeout' ? ' coalesce-timeout' : ''}`,
        report: { cache: 'miss' },
        afterAnswer: (answer) => storeEntry(store, keys, query, answer, found.buckets, settings.ttlSeconds),
        afterEnd: release,
      };
    },
  };
}

function bypass(reason: string): StageOutcome {
  return { desc: `bypass ${reason}`, report: { cache: 'bypass' }, decision: { action: 'bypass', reason } };
}

function hit(found: Hit, embedModel: string): StageOutcome {
  const similarity = found.kind === 'semantic' ? ` ${found.similarity.toFixed(3)}` : '';
  return {
    desc: `hit ${found.kind}${similarity} ${embedModel}`,
    report: { cache: 'hit', cacheMatch: found.kind },
    decision: { action: 'hit', reason: found.kind },
    answer: found.answer,
  };
}

/** Default threshold when neither the options nor the embedder set one. */
export const FALLBACK_THRESHOLD = 0.9;

/**
 * Tenant threshold, else route threshold, else the configured one, else the embedder's recommendation (with its
 * verifier: the verifier's cosine floor), else 0.9. A configured threshold is a cosine floor the verifier still
 * applies above.
 */
function thresholdFor(ctx: EdgeContext, recommended: number | undefined): number {
  const { semantic } = ctx.settings.cache;
  // Own keys only: a tenant named "constructor" must not read Object.prototype.
  const own = (table: Record<string, number>, key: string | undefined) =>
    key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
  return (
    own(semantic.tenants, ctx.tenant) ??
    own(semantic.routes, ctx.route) ??
    semantic.threshold ??
    recommended ??
    FALLBACK_THRESHOLD
  );
}

function lastUserIndex(ctx: EdgeContext): number {
  for (let i = ctx.messages.length - 1; i >= 0; i--) if (ctx.messages[i].role === 'user') return i;
  return ctx.messages.length - 1;
}
