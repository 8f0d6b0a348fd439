import type { Env } from '../env.ts';
import { parseOptions, stageSettingsOf } from '../options.ts';
import { checkPolicy } from '../policy-check.ts';

/**
 * Checks a policy document before it is published (settings page, CI): the gate's own runtime checks (construction
 * schema, cross-field rules, PII engine options) over the default options. Returns one reason per invalid part.
 */
export function checkPolicyDocument(document: Record<string, unknown>, env: Env = {}): string[] {
  return checkPolicy(stageSettingsOf(parseOptions({})), document, env).problems;
}
