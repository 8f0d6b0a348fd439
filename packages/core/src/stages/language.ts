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
      ctx.language = result;
      ctx.modelVersions.add(result.model);
      const confident = result.confidence >= minConfidence && result.lang !== 'und';
      if (allowed.length > 0 && confident && !allowed.includes(result.lang)) {
        ctx.block = {
          stage: 'language',
          status: 403,
          code: 'language_not_allowed',
          message: `language ${result.lang} is not allowed on this route`,
        };
        ctx.decisions.push({ stage: 'language', action: 'block', reason: `language_not_allowed:${result.lang}` });
      }
      return `${confident ? result.lang : 'und'} ${result.confidence.toFixed(2)} ${result.model}`;
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
