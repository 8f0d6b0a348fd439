import type { LanguageModel } from 'ai';
import { z } from 'zod';
import type { KVStore } from './adapters/kv.ts';
import { isKVInput, type KVInput, toKVStore } from './adapters/kv-input.ts';
import type { VerifierWeights } from './cache/verifier.ts';
import { EdgeAIConfigError } from './errors.ts';
import type { EdgeModels } from './models.ts';
import type { PolicySource } from './policy.ts';
import { type StageSettings, stageSettingsSchema } from './stage-settings.ts';
import type { DecisionLog } from './tiers/decision-log.ts';
import type { JudgeModel } from './tiers/judge.ts';

export { PLACEHOLDER_INSTRUCTION, type StageSettings, stageSettingsSchema } from './stage-settings.ts';

/** Something that embeds texts (L2-normalized vectors) and names its version; `threshold`: its recommended cosine. */
export type Embedder = Pick<Required<EdgeModels>, 'embed'> & { threshold?: number; verifier?: VerifierWeights };

const route = z.string().regex(/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/, 'expected "METHOD /path", e.g. "POST /api/chat"');

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
