import { z } from 'zod';
import { TOXICITY_CATEGORIES, type ToxicityCategory, type ToxicityResult } from './models.ts';
import type { VerdictAction as Action } from './tiers/judge.ts';

const level = z.number().min(0).max(1);

/**
 * One category's rule: `"allow"` (the score's block or escalate is waived when the text is of an allowed kind and of
 * no other, see `categoryVerdict`), or a block and/or escalate level on the category's own probability.
 */
const categoryRule = z.union([
  z.literal('allow'),
  z
    .strictObject({ block: level.optional(), escalate: level.optional() })
    .refine((r) => r.block !== undefined || r.escalate !== undefined, 'expected "allow" or block and/or escalate')
    .refine(
      (r) => r.block === undefined || r.escalate === undefined || r.escalate <= r.block,
      'escalate must not exceed block',
    ),
]);

/** `toxicity.categories`: rules per category, for models that score categories (ToxicityResult.categories). */
export const toxicityCategoryRules = z
  .strictObject({
    profanity: categoryRule.optional(),
    insult: categoryRule.optional(),
    identity_attack: categoryRule.optional(),
    threat: categoryRule.optional(),
  } satisfies Record<ToxicityCategory, unknown>)
  .default({});

export type ToxicityCategoryRules = z.infer<typeof toxicityCategoryRules>;

export interface CategoryVerdict {
  action: Action;
  /** The category whose own level raised the action (block or escalate). */
  raisedBy?: { category: ToxicityCategory; score: number; level: number };
  /** Allowed categories that waived the score's block or escalate. */
  waivedAs?: ToxicityCategory[];
}

const RANK: Record<Action, number> = { allow: 0, escalate: 1, block: 2 };

/**
 * Applies the category rules to the score's action. A category counts as present when its probability is at or above
 * the model's recommended cut (`categoryThresholds`, 0.5 where the model gives none). The score's block or escalate
 * is waived (→ allow) when at least one `"allow"` category is present and no other category is. Then each category
 * with levels raises the action to block (probability ≥ block) or escalate (≥ escalate), never lowers it.
 * Without category scores (a model that has none) the rules do nothing.
 */
export function categoryVerdict(
  result: ToxicityResult,
  rules: ToxicityCategoryRules,
  scoreAction: Action,
): CategoryVerdict {
  const scores = result.categories;
  if (!scores || Object.keys(rules).length === 0) return { action: scoreAction };
  const present = (c: ToxicityCategory) => {
    const p = scores[c];
    return p !== undefined && p >= (result.categoryThresholds?.[c] ?? 0.5);
  };
  const allowed = TOXICITY_CATEGORIES.filter((c) => rules[c] === 'allow');
  let verdict: CategoryVerdict = { action: scoreAction };
  const waivedAs = allowed.filter(present);
  if (
    scoreAction !== 'allow' &&
    waivedAs.length > 0 &&
    !TOXICITY_CATEGORIES.some((c) => !allowed.includes(c) && present(c))
  ) {
    verdict = { action: 'allow', waivedAs };
  }
  for (const category of TOXICITY_CATEGORIES) {
    const rule = rules[category];
    const score = scores[category];
    if (rule === undefined || rule === 'allow' || score === undefined) continue;
    for (const action of ['block', 'escalate'] as const) {
      const at = rule[action];
      if (at !== undefined && score >= at && RANK[action] > RANK[verdict.action]) {
        verdict = { action, raisedBy: { category, score, level: at } };
      }
    }
  }
  return verdict;
}
