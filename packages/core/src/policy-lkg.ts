import type { StageSettings } from './options.ts';
import { type EffectivePolicy, type PolicySource, resolvePolicy } from './policy.ts';

/** Which policy is in force: the source's, the last valid one (source invalid or unreachable), or the code defaults. */
export type PolicyState = 'options' | 'live' | 'last-good' | 'defaults';

export interface PolicyInForce extends EffectivePolicy {
  state: PolicyState;
}

/**
 * Last-known-good policy: an invalid or unreachable policy keeps the last valid one in force and says why (the
 * problem goes to `x-edge-ai-degraded: policy` and the decision log). Only a process that never read a valid policy
 * falls back to the code defaults (the handler's options). One per handler; the state lives in this closure.
 */
export function createPolicyKeeper(base: StageSettings, source: PolicySource | undefined) {
  let lastGood: { settings: StageSettings; at: number } | undefined;
  return {
    async resolve(): Promise<PolicyInForce> {
      const policy = await resolvePolicy(base, source);
      if (!source) return { ...policy, state: 'options' };
      if (!policy.problem) {
        lastGood = { settings: policy.settings, at: Date.now() };
        return { ...policy, state: 'live' };
      }
      if (lastGood) {
        const since = new Date(lastGood.at).toISOString();
        return {
          settings: lastGood.settings,
          source: policy.source,
          problem: `${policy.problem}; the last valid policy (read ${since}) stays in force`,
          state: 'last-good',
        };
      }
      return {
        ...policy,
        problem: `${policy.problem}; no valid policy was read yet, the code defaults are in force`,
        state: 'defaults',
      };
    },
  };
}
