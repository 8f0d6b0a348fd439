import type { EdgeContext } from './context.ts';

/** `Server-Timing` (one entry per stage) and `x-edge-ai-*` headers for an AI-route response. */
export function edgeHeaders(ctx: EdgeContext, centralLabel: string): Headers {
  const headers = new Headers();
  headers.set(
    'server-timing',
    ctx.timings.map((t) => `${t.stage};dur=${t.ms.toFixed(2)};desc="${t.desc.replace(/["\\\r\n]/g, '')}"`).join(', '),
  );
  headers.set('x-edge-ai-request-id', ctx.requestId);
  headers.set('x-edge-ai-decision', decisionOf(ctx));
  headers.set(
    'x-edge-ai-language',
    ctx.language && ctx.language.confidence >= ctx.settings.language.minConfidence ? ctx.language.lang : 'und',
  );
  headers.set('x-edge-ai-cache', ctx.cache);
  headers.set('x-edge-ai-pii', String(ctx.piiCount));
  headers.set('x-edge-ai-model', [...ctx.modelVersions].join(',') || 'none');
  headers.set('x-edge-ai-central', centralLabel);
  const degraded = ctx.decisions.filter((d) => d.action === 'degraded').map((d) => d.stage);
  if (degraded.length > 0) headers.set('x-edge-ai-degraded', degraded.join(','));
  return headers;
}

export function decisionOf(ctx: EdgeContext): 'block' | 'cached' | 'escalate' | 'allow' {
  if (ctx.block) return 'block';
  if (ctx.cachedAnswer !== undefined) return 'cached';
  if (ctx.escalation) return 'escalate';
  return 'allow';
}
