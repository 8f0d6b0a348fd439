import type { Env } from './env.ts';
import { createPiiEngine } from './pii/engine.ts';
import { type PiiOptions, piiOptionsSchema } from './pii/options.ts';
import { resolveVaultKey } from './pii/vault.ts';
import { type StageSettings, stageSettingsSchema } from './stage-settings.ts';

/** Validated runtime policy: settings from the valid parts, and one reason per part that was ignored. */
export interface CheckedPolicy {
  settings: StageSettings;
  problems: string[];
}

type Section = keyof StageSettings;
const SECTIONS = Object.keys(stageSettingsSchema.shape) as Section[];

/**
 * Validates a raw policy override part by part, with the same schema and cross-field rules as construction
 * (`parseOptions`) and, for `pii.engine`, the PII engine's own schema and key checks. Valid parts apply over `base`
 * (the options); a part that fails is ignored with a stated reason and keeps its value from `previous` (the last
 * good policy); unknown keys are ignored with a reason. Never throws.
 */
export function checkPolicy(
  base: StageSettings,
  raw: Record<string, unknown>,
  env: Env = {},
  previous: StageSettings = base,
): CheckedPolicy {
  const fallback = base;
  const problems: string[] = [];
  const settings: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(raw)) {
    if (!SECTIONS.includes(key as Section)) {
      problems.push(`policy_invalid: ${key}: unknown key, ignored`);
      continue;
    }
    const section = key as Section;
    if (!isRecord(value)) {
      problems.push(`policy_invalid: ${section}: expected an object, ignored`);
      settings[section] = previous[section];
      continue;
    }
    const { engine, ...rest } = value;
    const schema = stageSettingsSchema.shape[section];
    for (const k of Object.keys(rest)) {
      if (!(k in schema.unwrap().shape) || (section === 'pii' && k === 'engine')) {
        problems.push(`policy_invalid: ${section}.${k}: unknown key, ignored`);
        delete rest[k];
      }
    }
    const current = fallback[section] as Record<string, unknown>;
    const parsed = schema.safeParse(mergeDeep(current, section === 'pii' ? rest : value));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`policy_invalid: ${[section, ...issue.path].join('.')}: ${issue.message}; ${section} ignored`);
      settings[section] = previous[section];
      continue;
    }
    const next = parsed.data as Record<string, unknown>;
    if (section === 'toxicity') {
      const t = next as StageSettings['toxicity'];
      if (t.escalateThreshold > t.blockThreshold) {
        problems.push(
          'policy_invalid: toxicity.escalateThreshold: must not exceed toxicity.blockThreshold; toxicity ignored',
        );
        settings[section] = previous[section];
        continue;
      }
    }
    if (section === 'pii') {
      next.engine = (current as StageSettings['pii']).engine;
      if (engine !== undefined) {
        const checked = checkEngine(next.engine as PiiOptions, engine, env, previous.pii.engine);
        problems.push(...checked.problems);
        next.engine = checked.engine;
      }
    }
    settings[section] = next;
  }
  return { settings: settings as StageSettings, problems };
}

/** `pii.engine` overrides merged over the current engine options; unknown keys dropped, an invalid whole ignored. */
function checkEngine(
  current: PiiOptions,
  override: unknown,
  env: Env,
  previous: PiiOptions,
): { engine: PiiOptions; problems: string[] } {
  if (!isRecord(override)) {
    return { engine: previous, problems: ['policy_invalid: pii.engine: expected an object, ignored'] };
  }
  const problems: string[] = [];
  // A copy: unknown keys are deleted from it, never from the source's (cached) object.
  let copy: Record<string, unknown>;
  try {
    copy = JSON.parse(JSON.stringify(override));
  } catch {
    return { engine: previous, problems: ['policy_invalid: pii.engine: not plain JSON data, ignored'] };
  }
  const merged = mergeDeep(current as Record<string, unknown>, copy);
  for (let round = 0; round < 4; round++) {
    const parsed = piiOptionsSchema.safeParse(merged);
    const unknown = parsed.success ? [] : parsed.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length === 0) break;
    for (const issue of unknown) {
      const parent = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], merged);
      for (const k of (issue as { keys: string[] }).keys) {
        problems.push(`policy_invalid: ${['pii.engine', ...issue.path, k].join('.')}: unknown key, ignored`);
        if (isRecord(parent)) delete parent[k];
      }
    }
  }
  try {
    const { vault, ...rest } = merged as PiiOptions;
    // The engine is built as the pii stage builds it (the KV is not needed to check the options).
    createPiiEngine({ ...rest, vault: { ...vault, kv: undefined } }, env);
    if (vault?.key) resolveVaultKey({ key: vault.key, allowEphemeralKey: false, env });
  } catch (error) {
    const message = (error as Error).message.replace(/^edge-ai: (invalid PII options: )?/, '');
    problems.push(`policy_invalid: pii.engine: ${message}; pii.engine ignored`);
    return { engine: previous, problems };
  }
  return { engine: merged as PiiOptions, problems };
}

export function mergeDeep(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isRecord(value) && isPlainRecord(current) ? mergeDeep(current, value) : value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object (not a KV client or another class instance), safe to copy key by key. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  );
}
