import { lastUserText } from '../context.ts';
import type { EdgeModels } from '../models.ts';
import type { Stage } from '../stage.ts';

/** Scores the last user message (original text, before pseudonymization); blocks or escalates by threshold. */
export function toxicityStage(models: () => Promise<EdgeModels>): Stage {
  return {
    name: 'toxicity',
    async run(ctx) {
      const { blockThreshold, escalateThreshold } = ctx.settings.toxicity;
      const result = await (await models()).scoreToxicity(lastUserText(ctx));
      ctx.toxicity = result;
      ctx.modelVersions.add(result.model);
      const score = result.score.toFixed(2);
      if (result.score >= blockThreshold) {
        ctx.block = {
          stage: 'toxicity',
          status: 403,
          code: 'toxic_content',
          message: `the message was blocked as abusive (score ${score} >= ${blockThreshold})`,
        };
        ctx.decisions.push({ stage: 'toxicity', action: 'block', reason: `toxicity:${score}` });
        return `block ${score} ${result.model}`;
      }
      if (result.score >= escalateThreshold) {
        ctx.escalation = { reason: 'toxicity', score: result.score };
        return `escalate ${score} ${result.model}`;
      }
      return `pass ${score} ${result.model}`;
    },
  };
}
