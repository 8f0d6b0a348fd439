import type { Env } from './env.ts';
import type { EffectivePolicy, PolicySource } from './policy.ts';
import { checkPolicy } from './policy-check.ts';
import type { StageSettings } from './stage-settings.ts';

export const DEFAULT_POLICY_TIMEOUT_MS = 500;
/** After a failed read, the last good policy is used without asking the source again for this long. */
export const POLICY_RETRY_AFTER_MS = 5_000;

export interface PolicyReaderOptions {
  /** A read that takes longer counts as failed (`policy_unavailable: timeout`). */
  timeoutMs?: number;
  retryAfterMs?: number;
  /** Keys for the `pii.engine` checks (EDGE_AI_VAULT_KEY, EDGE_AI_PII_SALT). */
  env?: Env;
  /** Called once each time the stated problem changes (e.g. `console.warn`). */
  onProblem?: (problem: string) => void;
}

/** Reads the runtime policy for each request. */
export interface PolicyReader {
  read(): Promise<EffectivePolicy>;
}

/**
 * The runtime policy, bounded and validated:
 * - a read takes at most `timeoutMs`; concurrent requests share one read;
 * - a read that fails or times out (Edge Config down, frozen, slow) gives the last good policy (the options before
 *   any good read) with `policy_unavailable: …`, and for `retryAfterMs` the source is not asked again, so an outage
 *   costs one request at most `timeoutMs` and the others nothing;
 * - what is read is validated part by part (`checkPolicy`): an invalid part keeps its last good value and is reported
 *   as `policy_invalid: …`; the valid parts apply and become the last good policy.
 * The problems are joined into `problem` (reported as a degraded `policy` decision, `x-edge-ai-degraded: policy`).
 */
export function createPolicyReader(
  base: StageSettings,
  source: PolicySource | undefined,
  options: PolicyReaderOptions = {},
): PolicyReader {
  if (!source) return { read: async () => ({ settings: base, source: 'options' }) };
  const timeoutMs = options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS;
  const retryAfterMs = options.retryAfterMs ?? POLICY_RETRY_AFTER_MS;
  let lastGood: { settings: StageSettings; at: number } | undefined;
  let inflight: Promise<EffectivePolicy> | undefined;
  let failedUntil = 0;
  let failure = '';
  let lastProblem: string | undefined;

  const fallback = (reason: string): EffectivePolicy => ({
    settings: lastGood?.settings ?? base,
    source: source.name,
    problem: `policy_unavailable: ${reason}; using ${lastGood ? `the last good policy (read ${new Date(lastGood.at).toISOString()})` : 'the configured options'}`,
  });

  const readOnce = async (): Promise<EffectivePolicy> => {
    let raw: unknown;
    try {
      raw = await withTimeout(
        Promise.resolve().then(() => source.get()),
        timeoutMs,
      );
    } catch (error) {
      failedUntil = Date.now() + retryAfterMs;
      failure = (error as Error)?.message ?? String(error);
      return fallback(failure);
    }
    failedUntil = 0;
    if (raw === undefined || raw === null) {
      lastGood = { settings: base, at: Date.now() };
      return { settings: base, source: source.name };
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      return {
        settings: lastGood?.settings ?? base,
        source: source.name,
        problem: 'policy_invalid: expected an object, ignored',
      };
    }
    // Valid parts apply over the options; an invalid part keeps its last good value.
    const checked = checkPolicy(base, raw as Record<string, unknown>, options.env, lastGood?.settings);
    const settings = checked.settings;
    lastGood = { settings, at: Date.now() };
    return checked.problems.length > 0
      ? { settings, source: source.name, problem: checked.problems.join('; ') }
      : { settings, source: source.name };
  };

  const report = (policy: EffectivePolicy): EffectivePolicy => {
    if (policy.problem !== lastProblem) {
      lastProblem = policy.problem;
      if (policy.problem) options.onProblem?.(policy.problem);
    }
    return policy;
  };

  return {
    async read() {
      if (Date.now() < failedUntil) return report(fallback(failure));
      inflight ??= readOnce().finally(() => {
        inflight = undefined;
      });
      return report(await inflight);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
