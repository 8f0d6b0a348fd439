import { lastUserText } from '../context.ts';
import type { EdgeModels } from '../models.ts';
import type { Stage } from '../stage.ts';

/**
 * Scores the last user message (original text, before pseudonymization) and makes the whole decision:
 * block at `blockThreshold`; between `escalateThreshold` and it, escalate (when `escalate.enabled`): the request
 * goes on with `escalate.instruction` and is reported as `escalate`; otherwise pass.
 */
export function toxicityStage(models: () => Promise<EdgeModels>): Stage {
  return {
    name: 'toxicity',
    async run(ctx) {
      const { blockThreshold, escalateThreshold } = ctx.settings.toxicity;
      const escalate = ctx.settings.escalate;
      const result = await (await models()).scoreToxicity(lastUserText(ctx));
      const score = result.score.toFixed(2);
      const report = { toxicity: result, modelVersions: [result.model] };
      if (result.score >= blockThreshold) {
        return {
          desc: `block ${score} ${result.model}`,
          report,
          decision: { action: 'block', reason: `toxicity:${score}` },
          block: {
            status: 403,
            code: 'toxic_content',
            message: `the message was blocked as abusive (score ${score} >= ${blockThreshold})`,
          },
        };
      }
      if (result.score >= escalateThreshold && escalate.enabled) {
        return {
          desc: `escalate ${score} ${result.model}`,
          report,
          decision: { action: 'escalate', reason: `toxicity:${score}` },
          instructions: [escalate.instruction],
        };
      }
      return { desc: `pass ${score} ${result.model}`, report };
    },
  };
}
