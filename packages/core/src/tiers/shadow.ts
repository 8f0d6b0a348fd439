import type { StageOutcome } from '../stage.ts';

/** Shadow mode: the decision is reported (`shadow`, decision log) but nothing is blocked, escalated or changed. */
export function shadowOf(stage: 'toxicity' | 'language', outcome: StageOutcome): StageOutcome {
  const acted = outcome.decision?.action;
  if (!acted || (!outcome.block && !outcome.instructions)) return { ...outcome, desc: `${outcome.desc} shadow` };
  return {
    desc: `shadow ${outcome.desc}`,
    report: { ...outcome.report, shadow: [`${stage}:${acted}`] },
    decision: { action: 'shadow', reason: `would ${acted}: ${outcome.decision?.reason ?? ''}` },
  };
}
