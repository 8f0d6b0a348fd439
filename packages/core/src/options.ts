import type { LanguageModel } from 'ai';
import { z } from 'zod';
import type { KVStore } from './adapters/kv.ts';
import { isKVInput, type KVInput, toKVStore } from './adapters/kv-input.ts';
import type { VerifierWeights } from './cache/verifier.ts';
import { EdgeAIConfigError } from './errors.ts';
import type { EdgeModels } from './models.ts';
import { type PiiOptions, piiOverrideSchema } from './pii/options.ts';
import type { PolicySource } from './policy.ts';
import type { DecisionLog } from './tiers/decision-log.ts';
import type { JudgeModel } from './tiers/judge.ts';
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

/** Something that embeds texts (L2-normalized vectors) and names its version; `threshold`: its recommended cosine. */
export type Embedder = Pick<Required<EdgeModels>, 'embed'> & { threshold?: number; verifier?: VerifierWeights };

const failMode = z.enum(['open', 'closed']);

/** Tells the central model what the placeholders are, so it keeps them and the answer can be restored. */
export const PLACEHOLDER_INSTRUCTION =
  'Some personal details in this conversation were replaced by placeholders such as <PERSON_1> or <ADDRESS_1> ' +
  '(type and number in angle brackets). Treat each one as the value it stands for and write it exactly as it ' +
  'appears, angle brackets included, wherever you refer to that value; never invent a value for it.';
const threshold = z.number().min(0).max(1);
const route = z.string().regex(/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/, 'expected "METHOD /path", e.g. "POST /api/chat"');

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

export const centralSchema = z
  .object({
    /** An AI SDK LanguageModel instance, or an AI Gateway model id (used when AI_GATEWAY_API_KEY is set). */
    model: z
      .union([z.string().min(1), z.custom<CentralLanguageModel>((v) => typeof v === 'object' && v !== null)])
      .optional(),
    /** OpenAI-compatible endpoint (Ollama, vLLM, LM Studio): base URL such as http://localhost:11434/v1. */
    baseURL: z.url().optional(),
    /** Model id at the OpenAI-compatible endpoint. */
    modelId: z.string().min(1).default('default'),
    /** API key for the OpenAI-compatible endpoint; read from EDGE_AI_CENTRAL_API_KEY when absent. */
    apiKey: z.string().optional(),
    system: z.string().optional(),
    /** Use the built-in offline model even when a key or endpoint is configured. */
    offline: z.boolean().default(false),
    /**
     * No first token (text, reasoning, tool input) within this many ms: the upstream call is aborted and the request
     * answered with 504 central_timeout. Default 8000, or env EDGE_AI_CENTRAL_FIRST_TOKEN_TIMEOUT_MS.
     */
    firstTokenTimeoutMs: z.number().int().positive().max(600_000).optional(),
    /**
     * Nothing streamed for this many ms after the first token: the upstream call is aborted and the stream ends with
     * an error part and a finish. Default 5000, or env EDGE_AI_CENTRAL_IDLE_TIMEOUT_MS.
     */
    idleTimeoutMs: z.number().int().positive().max(600_000).optional(),
  })
  .prefault({});

export const optionsSchema = stageSettingsSchema.extend({
  routes: z.array(route).min(1).default(['POST /api/chat']),
  maxBodyBytes: z.number().int().positive().default(1_000_000),
  /** More messages in one request get `413 too_many_messages`. */
  maxMessages: z.number().int().positive().default(500),
  /** A message with more characters (UTF-16 code units) gets `413 message_too_large`. */
  maxMessageChars: z.number().int().positive().default(200_000),
  /** How a blocked request is answered: a JSON error, or an AI SDK UI-message stream carrying a refusal. */
  blockResponse: z.enum(['json', 'stream']).default('json'),
  central: centralSchema,
  /** A KVStore, or a client wrapped for you: node-redis (`redis`), `@upstash/redis`, `@vercel/kv` (`kv`). */
  kv: z
    .custom<KVInput>(isKVInput, 'expected a KVStore, a node-redis client, or an @upstash/redis / @vercel/kv client')
    .transform((v): KVStore => toKVStore(v))
    .optional(),
  models: z
    .custom<EdgeModels>((v) => isObjectWith(v, ['detectLanguage', 'recognizeEntities', 'scoreToxicity']))
    .optional(),
  policy: z.custom<PolicySource>((v) => isObjectWith(v, ['get'])).optional(),
  /** The judge of the central tier: any AI SDK language model; default the central model (offline: a deterministic judge). */
  judgeModel: z.custom<JudgeModel>((v) => typeof v === 'object' && v !== null).optional(),
  /** Where decisions are logged when `log.enabled`: default the KV store; `@edge-ai/next` has a JSON-lines file log. */
  decisionLog: z.custom<DecisionLog>((v) => isObjectWith(v, ['append'])).optional(),
  /**
   * A policy read (Edge Config, file) taking longer fails: the last good policy applies (`policy_unavailable`).
   * Default 500, or env EDGE_AI_POLICY_TIMEOUT_MS.
   */
  policyTimeoutMs: z.number().int().positive().max(60_000).optional(),
  /** Embedder for the semantic cache when the edge models have none (or to replace theirs). */
  embedder: z.custom<Embedder>((v) => isObjectWith(v, ['embed'])).optional(),
  /**
   * Cache-through of edge inference (language, entities, toxicity): results keyed by hash(text + stage + model
   * version), so a repeated input skips inference. `store: "memory"` keeps them in this process (bounded LRU);
   * `"kv"` uses the configured KV (shared by instances, one round trip per lookup).
   */
  inferenceCache: z
    .object({
      enabled: z.boolean().default(true),
      store: z.enum(['memory', 'kv']).default('memory'),
      ttlSeconds: z.number().int().positive().default(86_400),
      maxEntries: z.number().int().positive().default(5_000),
    })
    .prefault({}),
  /** Tenant of a request; default "default". */
  tenant: z.custom<(request: Request) => string>((v) => typeof v === 'function').optional(),
  /** User of a request; default the `x-user-id` header or "anonymous". */
  user: z.custom<(request: Request) => string>((v) => typeof v === 'function').optional(),
});

/** A language model object (AI SDK v2-v4 specification), not a gateway id. */
export type CentralLanguageModel = Exclude<LanguageModel, string>;

export type EdgeAIOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;
export type StageSettings = z.output<typeof stageSettingsSchema>;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isObjectWith(value: unknown, methods: string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function')
  );
}

/** The stage settings part of resolved options (what the policy may override). */
export function stageSettingsOf(opts: ResolvedOptions): StageSettings {
  const keys = stageSettingsSchema.keyof().options;
  return Object.fromEntries(keys.map((k) => [k, opts[k]])) as StageSettings;
}

/** Validates options; throws EdgeAIConfigError naming every invalid field. */
export function parseOptions(options: EdgeAIOptions = {}): ResolvedOptions {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new EdgeAIConfigError(`edge-ai: invalid options\n${lines.join('\n')}`);
  }
  const { toxicity } = result.data;
  if (toxicity.escalateThreshold > toxicity.blockThreshold) {
    throw new EdgeAIConfigError(
      'edge-ai: invalid options\n  - toxicity.escalateThreshold: must not exceed toxicity.blockThreshold',
    );
  }
  return result.data;
}
