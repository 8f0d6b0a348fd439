import { type CentralTimeouts, DEFAULT_CENTRAL_TIMEOUTS } from './central-guard.ts';
import type { Env } from './env.ts';
import { EdgeAIConfigError } from './errors.ts';
import type { ResolvedOptions } from './options.ts';

/**
 * The central model's time limits: options `central.firstTokenTimeoutMs` / `central.idleTimeoutMs`, else env
 * EDGE_AI_CENTRAL_FIRST_TOKEN_TIMEOUT_MS / EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS, else 8000 / 5000 ms.
 */
export function centralTimeouts(central: Partial<ResolvedOptions['central']>, env: Env): CentralTimeouts {
  return {
    firstTokenMs:
      central.firstTokenTimeoutMs ??
      envMs(env, 'EDGE_AI_CENTRAL_FIRST_TOKEN_TIMEOUT_MS') ??
      DEFAULT_CENTRAL_TIMEOUTS.firstTokenMs,
    idleMs: central.idleTimeoutMs ?? envMs(env, 'EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS') ?? DEFAULT_CENTRAL_TIMEOUTS.idleMs,
  };
}

/** A timeout in ms from the environment; a malformed value is a configuration error naming the variable. */
export function envMs(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 600_000) {
    throw new EdgeAIConfigError(`${name} must be a whole number of milliseconds between 1 and 600000, got "${raw}"`);
  }
  return value;
}
