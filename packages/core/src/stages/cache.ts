import type { KVStore } from '../adapters/kv.ts';
import type { EdgeContext } from '../context.ts';
import type { Stage } from '../stage.ts';

/**
 * Exact-match answer cache in KV, scoped by tenant and central model. The key is a SHA-256 of the
 * normalised (pseudonymized) conversation, so no prompt text is stored in keys. Escalated requests and,
 * with `skipWhenPII`, requests with personal data bypass it.
 */
export function cacheStage(kv: () => KVStore, centralLabel: string): Stage {
  return {
    name: 'cache',
    async run(ctx) {
      const { skipWhenPII, ttlSeconds } = ctx.settings.cache;
      if (skipWhenPII && ctx.piiCount > 0) {
        return { desc: 'bypass pii', report: { cache: 'bypass' }, decision: { action: 'bypass', reason: 'pii' } };
      }
      if (ctx.escalation) return { desc: 'bypass escalated', report: { cache: 'bypass' } };
      const key = await cacheKey(ctx, centralLabel);
      const hit = await kv().get(key);
      if (hit !== null) return { desc: 'hit', report: { cache: 'hit' }, decision: { action: 'hit' }, answer: hit };
      return {
        desc: 'miss',
        report: { cache: 'miss' },
        afterAnswer: (answer) => kv().set(key, answer, { ttlSeconds }),
      };
    },
  };
}

async function cacheKey(ctx: EdgeContext, centralLabel: string): Promise<string> {
  const normalised = ctx.messages.map((m) => [
    m.role,
    m.text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase(),
  ]);
  const material = JSON.stringify([ctx.tenant, centralLabel, ctx.instructions, normalised]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `edge-ai:cache:${ctx.tenant}:${hex}`;
}
