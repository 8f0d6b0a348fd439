import { lastUserText } from '../context.ts';
import type { EdgeModels } from '../models.ts';
import type { Stage, StageOutcome } from '../stage.ts';
import { shadowOf } from '../tiers/shadow.ts';

/**
 * Detects the language of the last user message; blocks languages outside `allowed` (or the route's entry in
 * `allowedByRoute`) when confident. In `shadow` mode the block is reported, not applied.
 */
export function languageStage(models: () => Promise<EdgeModels>): Stage {
  return {
    name: 'language',
    async run(ctx) {
      const { minConfidence, allowedByRoute, mode } = ctx.settings.language;
      const allowed = (ctx.path && allowedByRoute[ctx.path]) || ctx.settings.language.allowed;
      const result = await (await models()).detectLanguage(languageText(lastUserText(ctx)));
      const confident = result.confidence >= minConfidence && result.lang !== 'und';
      const desc = `${confident ? result.lang : 'und'} ${result.confidence.toFixed(2)} ${result.model}`;
      const report = { language: result, modelVersions: [result.model] };
      if (allowed.length > 0 && confident && !allowed.includes(result.lang)) {
        const outcome: StageOutcome = {
          desc,
          report,
          decision: { action: 'block', reason: `language_not_allowed:${result.lang}` },
          block: {
            status: 403,
            code: 'language_not_allowed',
            message: `language ${result.lang} is not allowed on this route`,
          },
        };
        return mode === 'shadow' ? shadowOf('language', outcome) : outcome;
      }
      return { desc, report };
    },
  };
}

/** The language model reads only the first 1,000 code points; more cleaned text than this is never needed. */
const MAX_LANGUAGE_INPUT = 8_000;

/**
 * Emails, URLs and digit runs carry no language signal and mislead short-text detection: left out.
 * Linear in the text: whole whitespace-free tokens are tested (no pattern rescans a long token from every offset),
 * and only the beginning of a long text is prepared.
 */
export function languageText(text: string): string {
  return text
    .slice(0, MAX_LANGUAGE_INPUT)
    .replace(/\S+/g, (token) => (token.includes('@') || /(?:https?|ftp):\/\//i.test(token) ? ' ' : token))
    .replace(/[+(]?\d[\d\s().\-/]{3,}\d/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
