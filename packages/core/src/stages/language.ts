import { lastUserText } from '../context.ts';
import type { EdgeModels } from '../models.ts';
import type { Stage } from '../stage.ts';

/** Detects the language of the last user message; blocks languages outside `allowed` when confident. */
export function languageStage(models: () => Promise<EdgeModels>): Stage {
  return {
    name: 'language',
    async run(ctx) {
      const { allowed, minConfidence } = ctx.settings.language;
      const result = await (await models()).detectLanguage(languageText(lastUserText(ctx)));
      const confident = result.confidence >= minConfidence && result.lang !== 'und';
      const desc = `${confident ? result.lang : 'und'} ${result.confidence.toFixed(2)} ${result.model}`;
      const report = { language: result, modelVersions: [result.model] };
      if (allowed.length > 0 && confident && !allowed.includes(result.lang)) {
        return {
          desc,
          report,
          decision: { action: 'block', reason: `language_not_allowed:${result.lang}` },
          block: {
            status: 403,
            code: 'language_not_allowed',
            message: `language ${result.lang} is not allowed on this route`,
          },
        };
      }
      return { desc, report };
    },
  };
}

/** Emails, URLs and digit runs carry no language signal and mislead short-text detection: left out. */
export function languageText(text: string): string {
  return text
    .replace(/\S+@\S+|\b(?:https?|ftp):\/\/\S+|[+(]?\d[\d\s().\-/]{3,}\d/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
