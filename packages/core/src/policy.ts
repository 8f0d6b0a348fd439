import { type StageSettings, stageSettingsSchema } from './stage-settings.ts';

/**
 * Where operators change stage toggles and thresholds without a redeploy (Edge Config, a local file).
 * `get()` returns the raw override object, e.g. `{ "toxicity": { "blockThreshold": 0.8 } }`.
 */
export interface PolicySource {
  readonly name: string;
  get(): Promise<unknown>;
}

export type EffectivePolicy = { settings: StageSettings; source: string; problem?: string };

/** Applies overrides on top of the configured settings; invalid overrides are ignored with a stated problem. */
export async function resolvePolicy(base: StageSettings, source: PolicySource | undefined): Promise<EffectivePolicy> {
  if (!source) return { settings: base, source: 'options' };
  let raw: unknown;
  try {
    raw = await source.get();
  } catch (error) {
    return { settings: base, source: source.name, problem: `policy_unavailable: ${(error as Error).message}` };
  }
  if (raw === undefined || raw === null) return { settings: base, source: source.name };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: base, source: source.name, problem: 'policy_invalid: expected an object' };
  }
  const parsed = stageSettingsSchema.safeParse(mergeDeep(base, raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      settings: base,
      source: source.name,
      problem: `policy_invalid: ${issue?.path.join('.')}: ${issue?.message}`,
    };
  }
  return { settings: parsed.data, source: source.name };
}

function mergeDeep(base: object, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    const bothObjects =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object';
    out[key] = bothObjects && !Array.isArray(current) ? mergeDeep(current, value as Record<string, unknown>) : value;
  }
  return out;
}

/** A fixed policy object, for tests and for apps that compute the policy themselves. */
export function createStaticPolicy(value: unknown): PolicySource {
  return { name: 'static', get: async () => value };
}

/** Edge Config (or any client with `get(key)`), reading one key that holds the override object. */
export function createEdgeConfigPolicy(
  client: { get(key: string): Promise<unknown> },
  options: { key?: string } = {},
): PolicySource {
  const key = options.key ?? 'edge-ai';
  return { name: 'edge-config', get: () => client.get(key) };
}
