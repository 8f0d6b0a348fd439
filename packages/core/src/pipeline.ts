import type { EdgeContext } from './context.ts';
import type { Stage } from './stage.ts';

/**
 * Runs the stages in order. A stage that throws degrades the request with a stated reason when its
 * fail mode is "open", and blocks it (503, stage_unavailable) when it is "closed".
 * Once a stage blocks or answers from cache, the later stages are skipped.
 */
export async function runStages(ctx: EdgeContext, stages: readonly Stage[]): Promise<void> {
  for (const stage of stages) {
    const settings = ctx.settings[stage.name];
    if (ctx.block || ctx.cachedAnswer !== undefined) {
      ctx.timings.push({ stage: stage.name, ms: 0, desc: 'skipped' });
      continue;
    }
    if (!settings.enabled || !stage.run) {
      ctx.timings.push({ stage: stage.name, ms: 0, desc: 'off' });
      continue;
    }
    const started = performance.now();
    let desc: string;
    try {
      desc = await stage.run(ctx);
    } catch (error) {
      const reason = `${stage.name}_failed: ${(error as Error).message}`;
      if (settings.failMode === 'closed') {
        ctx.block = {
          stage: stage.name,
          status: 503,
          code: 'stage_unavailable',
          message: `the ${stage.name} stage failed and is configured to fail closed`,
        };
        ctx.decisions.push({ stage: stage.name, action: 'block', reason });
        desc = 'failed-closed';
      } else {
        ctx.decisions.push({ stage: stage.name, action: 'degraded', reason });
        desc = 'degraded';
      }
    }
    ctx.timings.push({ stage: stage.name, ms: performance.now() - started, desc });
  }
}

/** Runs every stage's onAnswer hook; failures are swallowed into the returned promise's result. */
export function afterAnswer(ctx: EdgeContext, stages: readonly Stage[], answer: string): Promise<unknown> {
  return Promise.allSettled(stages.filter((s) => s.onAnswer).map((s) => s.onAnswer?.(ctx, answer)));
}
