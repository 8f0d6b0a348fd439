import type { EdgeContext } from '../context.ts';
import type { ToxicityResult } from '../models.ts';
import type { Report, StageOutcome } from '../stage.ts';
import { type Judge, JudgeError, type VerdictAction } from './judge.ts';
import type { Tier, VerdictCache } from './verdict-cache.ts';

export interface ToxicityTier {
  judge: () => Judge;
  verdicts: VerdictCache;
}

/** The toxicity thresholds for the detected language (when confident), else the stage defaults. */
export function toxicityThresholds(ctx: EdgeContext): { blockThreshold: number; escalateThreshold: number } {
  const { blockThreshold, escalateThreshold, byLanguage } = ctx.settings.toxicity;
  const lang = confidentLanguage(ctx);
  const own = lang ? byLanguage[lang] : undefined;
  return {
    blockThreshold: own?.blockThreshold ?? blockThreshold,
    escalateThreshold: own?.escalateThreshold ?? escalateThreshold,
  };
}

export function confidentLanguage(ctx: EdgeContext): string | undefined {
  const l = ctx.language;
  return l && l.lang !== 'und' && l.confidence >= ctx.settings.language.minConfidence ? l.lang : undefined;
}

export interface TieredVerdict {
  tier: Tier;
  action: VerdictAction;
  report: Partial<Report>;
  /** A complete outcome when the judge failed closed. */
  outcome?: StageOutcome;
}

/**
 * Routes the decision to the central judge when the edge is unsure: a score in the grey zone, a language on the
 * untrusted list, or a conversation judged recently whose score is within `stickyMargin` below the grey zone
 * (so it does not flip between tiers turn by turn). Returns undefined when the edge decides.
 */
export async function tieredVerdict(
  ctx: EdgeContext,
  tier: ToxicityTier,
  result: ToxicityResult,
  edgeAction: VerdictAction,
): Promise<TieredVerdict | undefined> {
  const settings = ctx.settings.judge;
  if (!settings.enabled) return undefined;
  const lang = confidentLanguage(ctx);
  const { escalateThreshold } = toxicityThresholds(ctx);
  const untrusted = lang !== undefined && ctx.settings.toxicity.untrustedLanguages.includes(lang);
  const grey = edgeAction === 'escalate';
  const nearGrey = edgeAction === 'allow' && result.score >= escalateThreshold - settings.stickyMargin;
  const sticky = !grey && !untrusted && nearGrey && (await tier.verdicts.isSticky(ctx.tenant, ctx.conversationId));
  if (!grey && !untrusted && !sticky) return undefined;
  const why = grey ? 'grey-zone' : untrusted ? `untrusted-language:${lang}` : 'sticky-conversation';
  const judge = tier.judge();
  const text = lastMessageText(ctx);
  const started = performance.now();
  try {
    const { verdict, tier: by } = await tier.verdicts.through(
      { tenant: ctx.tenant, stage: 'toxicity', text, edgeModel: result.model, judgeId: judge.id },
      settings.ttlSeconds,
      () => judge.judge({ text, stage: 'toxicity', language: lang, edgeScore: result.score }, settings.timeoutMs),
      settings.timeoutMs,
    );
    await tier.verdicts.markSticky(ctx.tenant, ctx.conversationId, settings.stickySeconds);
    return {
      tier: by,
      action: verdict.verdict,
      report: {
        judge: {
          id: judge.id,
          deterministic: judge.deterministic,
          why,
          ms: performance.now() - started,
          ...verdict,
        },
      },
    };
  } catch (error) {
    const code = error instanceof JudgeError ? error.code : 'error';
    const report: Partial<Report> = {
      judge: { id: judge.id, deterministic: judge.deterministic, why, ms: performance.now() - started, error: code },
    };
    if (settings.failMode === 'open') return { tier: 'edge', action: edgeAction, report };
    return {
      tier: 'judge',
      action: 'block',
      report,
      outcome: {
        desc: `judge-failed-closed ${code}`,
        report: { toxicity: result, modelVersions: [result.model], tier: 'judge', edgeAction, ...report },
        decision: { action: 'block', reason: `judge_failed: ${code}` },
        block: {
          status: 503,
          code: 'judge_unavailable',
          message: `the central judge failed (${code}) and judge.failMode is "closed"`,
        },
      },
    };
  }
}

/** The last user message as it leaves the edge (pseudonymized when the pii stage ran). */
function lastMessageText(ctx: EdgeContext): string {
  for (let i = ctx.messages.length - 1; i >= 0; i--) if (ctx.messages[i].role === 'user') return ctx.messages[i].text;
  return '';
}
