import type { PipelineRun } from './pipeline.ts';

/** `Server-Timing` (one entry per stage, and `escalate`) and `x-edge-ai-*` headers for an AI-route response. */
export function edgeHeaders(run: PipelineRun, centralLabel: string): Headers {
  const { ctx, report } = run;
  const headers = new Headers();
  headers.set(
    'server-timing',
    run.timings.map((t) => `${t.stage};dur=${t.ms.toFixed(2)};desc="${t.desc.replace(/["\\\r\n]/g, '')}"`).join(', '),
  );
  headers.set('x-edge-ai-request-id', ctx.requestId);
  headers.set('x-edge-ai-decision', decisionOf(run));
  headers.set(
    'x-edge-ai-language',
    report.language && report.language.confidence >= ctx.settings.language.minConfidence ? report.language.lang : 'und',
  );
  headers.set('x-edge-ai-cache', report.cache);
  if (report.cacheMatch) headers.set('x-edge-ai-cache-match', report.cacheMatch);
  headers.set('x-edge-ai-pii', String(report.piiCount));
  if (report.piiTypes) headers.set('x-edge-ai-pii-types', report.piiTypes.join(',') || 'none');
  headers.set('x-edge-ai-model', report.modelVersions.join(',') || 'none');
  headers.set('x-edge-ai-central', centralLabel);
  const degraded = run.decisions.filter((d) => d.action === 'degraded').map((d) => d.stage);
  if (degraded.length > 0) headers.set('x-edge-ai-degraded', degraded.join(','));
  return headers;
}

export function decisionOf(run: PipelineRun): 'block' | 'cached' | 'escalate' | 'allow' {
  if (run.block) return 'block';
  if (run.answer !== undefined) return 'cached';
  if (run.ctx.escalation) return 'escalate';
  return 'allow';
}
