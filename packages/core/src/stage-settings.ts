/**
 * The stage settings: the part of the options that operators may also change at runtime through the policy (Edge
 * Config or a local file), read by the policy (policy.ts) and by every request's context (context.ts). The whole
 * options (options.ts) extend it.
 */
import { z } from 'zod';
import { type PiiOptions, piiOverrideSchema } from './pii/options.ts';
import {
  gateSettings,
  judgeSettings,
  languageThresholds,
  logSettings,
  outputSettings,
  routingSettings,
  stageMode,
} from './tiers/settings.ts';
import { toxicityCategoryRules } from './toxicity-categories.ts';

const failMode = z.enum(['open', 'closed']);

/** Tells the central model what the placeholders are, so it keeps them and the answer can be restored. */
export const PLACEHOLDER_INSTRUCTION =
  'Some personal details in this conversation were replaced by placeholders such as <PERSON_1> or <ADDRESS_1> ' +
  '(type and number in angle brackets). Treat each one as the value it stands for and write it exactly as it ' +
  'appears, angle brackets included, wherever you refer to that value; never invent a value for it.';
const threshold = z.number().min(0).max(1);

/** Stage settings that operators may also change at runtime through the policy (Edge Config or a local file). */
export const stageSettingsSchema = z.object({
  language: z
    .object({
      enabled: z.boolean().default(true),
      failMode: failMode.default('open'),
      /** ISO 639-3 codes that may pass; empty = every language. */
      allowed: z.array(z.string().min(2)).default([]),
      /** Below this confidence a language is treated as undetermined and never blocked. */
      minConfidence: threshold.default(0.5),
      mode: stageMode,
      /** Allowed languages per route path (e.g. "/api/chat"), replacing `allowed` on that route. */
      allowedByRoute: z.record(z.string(), z.array(z.string().min(2))).default({}),
    })
    .prefault({}),
  pii: z
    .object({
      enabled: z.boolean().default(true),
      failMode: failMode.default('closed'),
      /** Options handed to the PII engine (entities, thresholds, actions, vault …), validated by the engine's schema. */
      engine: z.custom<PiiOptions>((v) => isPlainObject(v), 'expected an object of PII engine options').default({}),
      /** Overrides of `engine` (actions, defaultAction, cues, publicFigures, entities, allow) per language: ISO 639-3 as detected ("deu") or ISO 639-1 ("de"). */
      byLanguage: z.record(z.string().min(2), piiOverrideSchema).default({}),
      /** …per route ("POST /api/chat"); wins over `byLanguage`. */
      byRoute: z.record(z.string().min(1), piiOverrideSchema).default({}),
      /** …per tenant; wins over `byRoute` and `byLanguage`. */
      byTenant: z.record(z.string().min(1), piiOverrideSchema).default({}),
      /** System instruction added when something was pseudonymized ("" = none). */
      instruction: z.string().default(PLACEHOLDER_INSTRUCTION),
    })
    .prefault({}),
  toxicity: z
    .object({
      enabled: z.boolean().default(true),
      failMode: failMode.default('open'),
      /** Score at or above which the request is blocked. */
      blockThreshold: threshold.default(0.9),
      /** Score at or above which the request is escalated (see `escalate`); below it, it passes. */
      escalateThreshold: threshold.default(0.6),
      mode: stageMode,
      /** Thresholds per detected language (ISO 639-3), over the two above. */
      byLanguage: languageThresholds,
      /** Languages the edge model is not trusted on: with the judge enabled, every such message is judged centrally. */
      untrustedLanguages: z.array(z.string().min(2)).default([]),
      /**
       * Rules per category (profanity, insult, identity_attack, threat) for models that score them: `"allow"`, or
       * `{ block?, escalate? }` levels on the category's probability (see toxicity-categories.ts).
       */
      categories: toxicityCategoryRules,
    })
    .prefault({}),
  cache: z
    .object({
      enabled: z.boolean().default(true),
      failMode: failMode.default('open'),
      ttlSeconds: z.number().int().positive().default(3600),
      /** Skip the cache when personal data was found, so no answer about one person is served to another. */
      skipWhenPII: z.boolean().default(true),
      /** Who shares cached answers: every user of a tenant, or each user only with themselves. */
      scope: z.enum(['tenant', 'user']).default('tenant'),
      /** Paraphrase hits through the edge embedder (`models.embed` or the `embedder` option); exact-only without one. */
      semantic: z
        .object({
          enabled: z.boolean().default(true),
          /**
           * Cosine similarity at or above which a stored question may answer (then the false-hit guard decides).
           * Unset: the embedder's recommendation (`embedThreshold`; bundled: models/embed/meta.json), else 0.9.
           */
          threshold: threshold.optional(),
          /** Threshold per route ("POST /api/chat"): overrides `threshold`. */
          routes: z.record(z.string(), threshold).default({}),
          /** Threshold per tenant: overrides the route and the default. */
          tenants: z.record(z.string(), threshold).default({}),
        })
        .prefault({}),
      /** Concurrent misses on one question make one central call; the others wait and replay its answer. */
      coalesce: z
        .object({
          enabled: z.boolean().default(true),
          lockSeconds: z.number().int().positive().default(30),
          waitMs: z.number().int().min(0).default(20_000),
          pollMs: z.number().int().positive().default(25),
        })
        .prefault({}),
      /** Pause between replayed chunks of a cached answer (ms); 0 sends them as fast as the client reads. */
      replayDelayMs: z.number().int().min(0).max(1000).default(0),
    })
    .prefault({}),
  /**
   * How the toxicity stage treats scores between `escalateThreshold` and `blockThreshold`: with `enabled`, the request
   * goes on with `instruction` and is reported as `escalate` (and bypasses the cache); without, it passes.
   * `failMode` is accepted for compatibility and has no effect (escalation cannot fail on its own).
   */
  escalate: z
    .object({
      enabled: z.boolean().default(true),
      failMode: failMode.default('open'),
      /** System instruction added when a request is escalated. */
      instruction: z
        .string()
        .default(
          'The user message may contain abusive language. Answer calmly and helpfully, do not repeat insults, and decline harmful requests.',
        ),
    })
    .prefault({}),
  judge: judgeSettings,
  output: outputSettings,
  gate: gateSettings,
  log: logSettings,
  routing: routingSettings,
});

export type StageSettings = z.output<typeof stageSettingsSchema>;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
