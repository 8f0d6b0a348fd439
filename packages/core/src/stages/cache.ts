import type { KVStore } from '../adapters/kv.ts';
import type { EdgeContext } from '../context.ts';
import type { Stage } from '../stage.ts';

/**
 * Exact-match answer cache in KV, scoped by tenant and central model. The key is a SHA-256 of the
 * normalised (pseudonymized) conversation, so no prompt text is stored in keys.
 */
export function cacheStage(kv: () => KVStore, centralLabel: string): Stage {
  const keys = new WeakMap<EdgeContext, string>();
  return {
    name: 'cache',
    async run(ctx) {
      if (ctx.settings.cache.skipWhenPII && ctx.piiCount > 0) {
        ctx.cache = 'bypass';
        ctx.decisions.push({ stage: 'cache', action: 'bypass', reason: 'pii' });
        return 'bypass pii';
      }
      if (ctx.escalation) {
        ctx.cache = 'bypass';
        return 'bypass escalated';
      }
      const key = await cacheKey(ctx, centralLabel);
      const hit = await kv().get(key);
      if (hit !== null) {
        ctx.cache = 'hit';
        ctx.cachedAnswer = hit;
        ctx.decisions.push({ stage: 'cache', action: 'hit' });
        return 'hit';
      }
      ctx.cache = 'miss';
      keys.set(ctx, key);
      return 'miss';
    },
    async onAnswer(ctx, answer) {
      const key = keys.get(ctx);
      if (!key || answer.length === 0) return;
      await kv().set(key, answer, { ttlSeconds: ctx.settings.cache.ttlSeconds });
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
