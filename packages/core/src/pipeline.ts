import type { Block, Decision, EdgeContext, EdgeRequest, StageName, Timing } from './context.ts';
import type { PiiSession } from './pii/engine.ts';
import type { Report, Stage, StageOutcome } from './stage.ts';

/** A request after its stages ran: what to answer and what to report. */
export interface PipelineRun {
  /** The request as the central model will see it (messages, instructions). */
  readonly ctx: EdgeContext;
  readonly timings: readonly Timing[];
  readonly decisions: readonly Decision[];
  readonly report: Readonly<Report>;
  readonly block?: Block;
  /** An answer given by a stage (cache hit), as the central model once wrote it. */
  readonly answer?: string;
  /** The PII session that pseudonymized the messages. */
  readonly pii?: PiiSession;
  /**
   * Ends the request: with the complete answer as the central model wrote it, the stages' after-answer work
   * runs (cache writes); with `undefined` (failed, aborted, blocked, answered from cache) nothing runs.
   * Only the first call counts.
   */
  finish(answer: string | undefined): void;
  /** Settles once `finish` was called and the after-answer work ended (for `waitUntil`). Never rejects. */
  readonly pending: Promise<unknown>;
}

/**
 * Runs the stages in order and applies their outcomes. A stage that throws degrades the request with a stated
 * reason when its fail mode is "open", and blocks it (503, stage_unavailable) when it is "closed". Once a stage
 * blocks or answers, the later stages are skipped.
 */
export async function runPipeline(
  request: EdgeRequest,
  stages: readonly Stage[],
  decisions: Decision[] = [],
): Promise<PipelineRun> {
  let ctx: EdgeContext = {
    ...request,
    messages: request.input.messages.map((m) => ({ ...m })),
    instructions: [],
    piiCount: 0,
  };
  const timings: Timing[] = [];
  const report: Report = { piiCount: 0, cache: 'off', modelVersions: [] };
  const afterAnswer: ((answer: string) => Promise<void>)[] = [];
  const afterEnd: (() => Promise<void>)[] = [];
  let block: Block | undefined;
  let answer: string | undefined;
  let pii: PiiSession | undefined;

  for (const stage of stages) {
    const settings = request.settings[stage.name];
    if (block || answer !== undefined) {
      timings.push({ stage: stage.name, ms: 0, desc: 'skipped' });
      continue;
    }
    if (!settings.enabled) {
      timings.push({ stage: stage.name, ms: 0, desc: 'off' });
      continue;
    }
    const started = performance.now();
    let outcome: StageOutcome;
    try {
      outcome = await stage.run(ctx);
    } catch (error) {
      outcome = failed(stage.name, settings.failMode, error);
    }
    timings.push({ stage: stage.name, ms: performance.now() - started, desc: outcome.desc });
    const decision: Decision | undefined = outcome.decision && { stage: stage.name, ...outcome.decision };
    if (decision) decisions.push(decision);
    if (outcome.block) block = { stage: stage.name, ...outcome.block };
    if (outcome.answer !== undefined) answer = outcome.answer;
    if (outcome.pii) pii = outcome.pii;
    if (outcome.afterAnswer) afterAnswer.push(outcome.afterAnswer);
    if (outcome.afterEnd) afterEnd.push(outcome.afterEnd);
    const { modelVersions, shadow, ...values } = outcome.report ?? {};
    Object.assign(report, values);
    if (shadow) report.shadow = [...(report.shadow ?? []), ...shadow];
    for (const v of modelVersions ?? []) if (!report.modelVersions.includes(v)) report.modelVersions.push(v);
    ctx = {
      ...ctx,
      messages: outcome.messages ?? ctx.messages,
      instructions: [...ctx.instructions, ...(outcome.instructions ?? [])],
      piiCount: report.piiCount,
      language: report.language,
      toxicity: report.toxicity,
      modelVersions: [...report.modelVersions],
      pseudonymized: ctx.pseudonymized || outcome.pii !== undefined,
      escalation: decision?.action === 'escalate' ? decision : ctx.escalation,
    };
  }
  timings.push({ stage: 'escalate', ms: 0, desc: escalateDesc(ctx, block !== undefined || answer !== undefined) });

  let finish!: (answer: string | undefined) => void;
  const pending = new Promise<string | undefined>((resolve) => {
    finish = resolve;
  }).then(async (final) => {
    const done =
      final === undefined || final.length === 0 ? [] : await Promise.allSettled(afterAnswer.map((work) => work(final)));
    await Promise.allSettled(afterEnd.map((work) => work()));
    return done;
  });
  return { ctx, timings, decisions, report, block, answer, pii, finish, pending };
}

function failed(stage: StageName, failMode: 'open' | 'closed', error: unknown): StageOutcome {
  const reason = `${stage}_failed: ${(error as Error).message}`;
  if (failMode === 'open') return { desc: 'degraded', decision: { action: 'degraded', reason } };
  return {
    desc: 'failed-closed',
    decision: { action: 'block', reason },
    block: {
      status: 503,
      code: 'stage_unavailable',
      message: `the ${stage} stage failed and is configured to fail closed`,
    },
  };
}

/** The `escalate` Server-Timing entry: the escalation decision of the request (made by the toxicity stage). */
function escalateDesc(ctx: EdgeContext, stopped: boolean): string {
  if (stopped) return 'skipped';
  if (ctx.escalation) return `escalated ${ctx.escalation.stage}`;
  return ctx.settings.escalate.enabled ? 'none' : 'off';
}
