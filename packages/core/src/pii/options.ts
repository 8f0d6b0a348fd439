import { z } from 'zod';
import type { KVStore } from '../adapters/kv.ts';
import { isKVInput, type KVInput, toKVStore } from '../adapters/kv-input.ts';
import { EdgeAIConfigError } from '../errors.ts';
import type { EntityResult } from '../models.ts';
import { PII_ENTITY_TYPES } from './types.ts';

/** Named-entity recognizer contract (the ONNX model's `recognizeEntities` fits it). */
export type NerFunction = (text: string) => Promise<EntityResult>;

const entityType = z.enum(PII_ENTITY_TYPES);
const action = z.enum(['pseudonymize', 'mask', 'redact', 'hash', 'allow']);
const score = z.number().min(0).max(1);

/** Built-in actions of types that are allowed by default (overridden by `actions`). */
export const DEFAULT_TYPE_ACTIONS: Readonly<Partial<Record<(typeof PII_ENTITY_TYPES)[number], PiiActionName>>> = {
  LOCATION: 'allow',
  ORGANIZATION: 'allow',
};
type PiiActionName = z.infer<typeof action>;

/** Every default of the PII engine lives here, once. */
export const piiOptionsSchema = z.strictObject({
  /** Entity types to detect. */
  entities: z
    .array(entityType)
    .min(1)
    .default([...PII_ENTITY_TYPES]),
  /** Region for national phone numbers (ISO 3166-1 alpha-2); international (+..) numbers are found anyway. */
  defaultRegion: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "US"')
    .default('US'),
  /**
   * The tenant's regions (ISO 3166-1 alpha-2), tried after the detected language's countries and before
   * `defaultRegion` for national phone numbers; every other region is tried after them.
   */
  regions: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "FR"')).default([]),
  /** Minimum score for every type without its own threshold. */
  minScore: score.default(0.5),
  thresholds: z.partialRecord(entityType, score).default({}),
  /** Action for every type without an entry in `actions`. */
  defaultAction: action.default('pseudonymize'),
  /**
   * Action per type. LOCATION and ORGANIZATION are `allow` unless set here: detected and reported, not replaced
   * (a question about a place or a company keeps its meaning), except where `cues` applies.
   */
  actions: z
    .partialRecord(entityType, action)
    .default({})
    .transform((a) => ({ ...DEFAULT_TYPE_ACTIONS, ...a })),
  /**
   * An allowed LOCATION / ORGANIZATION is replaced (with `defaultAction`) when it is part of an address or follows a
   * personal cue ("I live in", "my employer", "ich wohne in", "j'habite à" … see cues.ts).
   */
  cues: z.boolean().default(true),
  /**
   * Leave well-known people unreplaced ("Who was Albert Einstein?"): full names written about on Wikipedia (lexicon.ts,
   * from the WikiANN training data). Off by default: a private person who shares such a name passes too.
   */
  publicFigures: z.boolean().default(false),
  /** Values never reported (compared case-insensitively, ignoring invisible characters). */
  allow: z.array(z.string().min(1)).default([]),
  /** Values always reported as the given type (whole-word, case-insensitive). */
  deny: z.partialRecord(entityType, z.array(z.string().min(1))).default({}),
  context: z
    .strictObject({
      /** Characters before a match searched for context words (after: half of it). */
      window: z.number().int().min(0).max(200).default(40),
      boost: score.default(0.35),
      penalty: score.default(0.4),
    })
    .prefault({}),
  /** Minimum Shannon entropy (bits/char) of a generic token to count as a secret. */
  entropyThreshold: z.number().min(0).max(8).default(4),
  /** Named-entity recognizer for PERSON / LOCATION / ORGANIZATION. Omit to use structured recognizers only. */
  ner: z
    .custom<NerFunction>((v) => typeof v === 'function', 'expected a function (text) => Promise<EntityResult>')
    .optional(),
  /** Salt for the `hash` action (HMAC-SHA256). Falls back to env EDGE_AI_PII_SALT. */
  hashSalt: z.string().min(16, 'use at least 16 characters').optional(),
  mask: z
    .strictObject({
      char: z.string().length(1).default('*'),
      /** Trailing letters/digits kept visible when the value has at least 12 of them. */
      keepLast: z.number().int().min(0).max(8).default(4),
    })
    .prefault({}),
  vault: z
    .strictObject({
      /** KV store for the pseudonym vault. Without it, pseudonyms are stable within one session object only. */
      kv: z
        .custom<KVInput>(isKVInput, 'expected a KVStore (get/set/setIfAbsent/incr/del) or a Redis / Upstash client')
        .transform((v): KVStore => toKVStore(v, { field: 'vault.kv' }))
        .optional(),
      /** Base64 of 32 bytes. Falls back to env EDGE_AI_VAULT_KEY. */
      key: z.string().optional(),
      ttlSeconds: z
        .number()
        .int()
        .positive()
        .default(24 * 3600),
      /** Development only: generate a per-process key (with a one-time warning) when no key is configured. */
      allowEphemeralKey: z.boolean().default(false),
      prefix: z.string().min(1).default('edge-ai:pii'),
    })
    .prefault({}),
});

/**
 * What the runtime policy may change per tenant, route or language (`pii.byTenant` / `byRoute` / `byLanguage`):
 * merged over `pii.engine`, `actions` type by type.
 */
export const piiOverrideSchema = z.strictObject({
  actions: z.partialRecord(entityType, action).optional(),
  defaultAction: action.optional(),
  cues: z.boolean().optional(),
  publicFigures: z.boolean().optional(),
  entities: z.array(entityType).min(1).optional(),
  allow: z.array(z.string().min(1)).optional(),
});
export type PiiOverride = z.infer<typeof piiOverrideSchema>;

/** `base` with the overrides applied in order (later ones win; `actions` merged type by type). */
export function applyPiiOverrides(base: PiiOptions, overrides: readonly (PiiOverride | undefined)[]): PiiOptions {
  let out: PiiOptions = base;
  for (const o of overrides) {
    if (!o) continue;
    const { actions, ...rest } = o;
    out = { ...out, ...rest, ...(actions ? { actions: { ...(out.actions ?? {}), ...actions } } : {}) };
  }
  return out;
}

export type PiiOptions = z.input<typeof piiOptionsSchema>;
export type ResolvedPiiOptions = z.output<typeof piiOptionsSchema>;

/** Invalid PII engine options (an EdgeAIConfigError). */
export class PiiOptionsError extends EdgeAIConfigError {
  constructor(message: string) {
    super(message);
    this.name = 'PiiOptionsError';
  }
}

/** Validates options; throws PiiOptionsError naming each invalid field. */
export function parsePiiOptions(options: PiiOptions = {}): ResolvedPiiOptions {
  const parsed = piiOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new PiiOptionsError(`invalid PII options: ${details}`);
}
