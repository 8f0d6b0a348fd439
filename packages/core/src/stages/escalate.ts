import type { Stage } from '../stage.ts';

/** Sends flagged requests on with a safety instruction and reports the escalation. */
export function escalateStage(): Stage {
  return {
    name: 'escalate',
    async run(ctx) {
      if (!ctx.escalation) return 'none';
      ctx.instructions.push(ctx.settings.escalate.instruction);
      ctx.decisions.push({ stage: 'escalate', action: 'escalate', reason: ctx.escalation.reason });
      return `escalated ${ctx.escalation.reason}`;
    },
  };
}
