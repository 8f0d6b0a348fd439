import type { PipelineRun } from '../pipeline.ts';

/** The tier headers: which tier decided, the judge's verdict, shadow decisions, the policy in force, the gate. */
export function setTierHeaders(
  headers: Headers,
  run: PipelineRun,
  extra: { policy: string; rollout: boolean; gateOff: boolean },
): void {
  const { report } = run;
  headers.set('x-edge-ai-tier', extra.gateOff ? 'off' : (report.tier ?? 'edge'));
  const judge = report.judge;
  if (judge) {
    const what = judge.error ? `error:${judge.error}` : (judge.verdict ?? 'none');
    headers.set('x-edge-ai-judge', `${what}; ${judge.id}${judge.deterministic ? '; deterministic' : ''}; ${judge.why}`);
    if (judge.error) appendList(headers, 'x-edge-ai-degraded', 'judge');
  }
  if (report.shadow?.length) headers.set('x-edge-ai-shadow', report.shadow.join(','));
  headers.set('x-edge-ai-policy', extra.policy);
  headers.set('x-edge-ai-gate', extra.gateOff ? 'off' : extra.rollout ? 'rollout' : 'on');
}

export function appendList(headers: Headers, name: string, value: string): void {
  const current = headers.get(name);
  headers.set(name, current ? `${current},${value}` : value);
}
