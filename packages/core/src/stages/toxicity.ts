import { lastUserText } from '../context.ts';
import type { EdgeModels } from '../models.ts';
import type { Report, Stage, StageOutcome } from '../stage.ts';
import { shadowOf } from '../tiers/shadow.ts';
import { type ToxicityTier, tieredVerdict, toxicityThresholds } from '../tiers/toxicity-tier.ts';
import { categoryVerdict } from '../toxicity-categories.ts';

/**
 * Scores the last user message (original text, before pseudonymization) and makes the whole decision:
 * block at `blockThreshold`; between `escalateThreshold` and it, escalate (when `escalate.enabled`): the request
 * goes on with `escalate.instruction` and is reported as `escalate`; otherwise pass. Thresholds may differ per
 * detected language (`byLanguage`). With the judge enabled (and a `tier`), the grey zone, untrusted languages and
 * sticky conversations are decided by the central judge (verdict cache first). `categories` rules (for models that
 * score categories) then waive the score's decision for allowed kinds of text or raise it on a category's own level
 * (categoryVerdict). In `shadow` mode the decision is reported but never acted on.
 */
export function toxicityStage(models: () => Promise<EdgeModels>, tier?: ToxicityTier): Stage {
  return {
    name: 'toxicity',
    async run(ctx) {
      const escalate = ctx.settings.escalate;
      const { blockThreshold, escalateThreshold } = toxicityThresholds(ctx);
      const result = await (await models()).scoreToxicity(lastUserText(ctx));
      const score = result.score.toFixed(2);
      const scoreAction =
        result.score >= blockThreshold ? 'block' : result.score >= escalateThreshold ? 'escalate' : 'allow';
      const byCategory = categoryVerdict(result, ctx.settings.toxicity.categories, scoreAction);
      const edgeAction = byCategory.action;
      const raised = byCategory.raisedBy;
      const waived = byCategory.waivedAs ? ` (${byCategory.waivedAs.join('+')} allowed)` : '';
      const tiered = tier ? await tieredVerdict(ctx, tier, result, edgeAction) : undefined;
      if (tiered?.outcome)
        return ctx.settings.toxicity.mode === 'shadow' ? shadowOf('toxicity', tiered.outcome) : tiered.outcome;
      const action = tiered?.action ?? edgeAction;
      const by = tiered && tiered.tier !== 'edge' ? ` ${tiered.tier}` : '';
      const report: Partial<Report> = {
        toxicity: result,
        modelVersions: [result.model],
        tier: tiered?.tier ?? 'edge',
        edgeAction,
        ...tiered?.report,
      };
      const cat = raised && !by ? `:${raised.category}:${raised.score.toFixed(2)}` : '';
      const reason = `toxicity:${score}${cat}${by ? `:${tiered?.tier}` : ''}`;
      let outcome: StageOutcome;
      if (action === 'block') {
        outcome = {
          desc: `block ${score}${cat} ${result.model}${by}`,
          report,
          decision: { action: 'block', reason },
          block: {
            status: 403,
            code: 'toxic_content',
            message: by
              ? `the message was blocked as abusive (central verdict, ${tiered?.tier})`
              : raised
                ? `the message was blocked as abusive (${raised.category} ${raised.score.toFixed(2)} >= ${raised.level})`
                : `the message was blocked as abusive (score ${score} >= ${blockThreshold})`,
          },
        };
      } else if (action === 'escalate' && escalate.enabled) {
        outcome = {
          desc: `escalate ${score}${cat} ${result.model}${by}`,
          report,
          decision: { action: 'escalate', reason },
          instructions: [escalate.instruction],
        };
      } else {
        outcome = { desc: `pass ${score} ${result.model}${by}${waived}`, report };
      }
      return ctx.settings.toxicity.mode === 'shadow' ? shadowOf('toxicity', outcome) : outcome;
    },
  };
}
