import type { Env } from '../env.ts';
import { checkPolicy } from '../policy-check.ts';
import type { StageSettings } from '../stage-settings.ts';

/** Stable bucket 0-99 of a tenant (FNV-1a over salt and tenant): the same tenant always lands in the same bucket. */
export function rolloutBucket(salt: string, tenant: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${salt}\u0000${tenant}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export interface TenantSettings {
  settings: StageSettings;
  /** The tenant is in the rollout group and gets `gate.rollout.settings`. */
  rollout: boolean;
  /** `gate.enabled: false`: every stage is off. */
  gateOff: boolean;
  problem?: string;
}

/**
 * The settings of one tenant's request: the rollout override for `gate.rollout.percent` % of tenants, then the kill
 * switch (`gate.enabled: false` turns every stage off, no redeploy). Invalid parts of the override are ignored with a problem.
 */
export function tenantSettings(settings: StageSettings, tenant: string, env: Env = {}): TenantSettings {
  let out = settings;
  let rollout = false;
  let problem: string | undefined;
  const { percent, salt, settings: override } = settings.gate.rollout;
  if (percent > 0 && Object.keys(override).length > 0 && rolloutBucket(salt, tenant) < percent) {
    // Checked like a policy (same schema and cross-field rules); invalid parts are left out with a reason.
    const checked = checkPolicy(settings, override, env, settings);
    out = checked.settings;
    rollout = true;
    if (checked.problems.length > 0) problem = checked.problems.map((p) => `rollout: ${p}`).join('; ');
  }
  if (out.gate.enabled) return { settings: out, rollout, gateOff: false, problem };
  const off = { enabled: false };
  return {
    settings: {
      ...out,
      language: { ...out.language, ...off },
      pii: { ...out.pii, ...off },
      toxicity: { ...out.toxicity, ...off },
      cache: { ...out.cache, ...off },
      output: { ...out.output, ...off },
    },
    rollout,
    gateOff: true,
    problem,
  };
}
