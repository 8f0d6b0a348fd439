import { z } from 'zod';

const threshold = z.number().min(0).max(1);
const failMode = z.enum(['open', 'closed']);
const lang = z.string().min(2);

/** `live` acts on a decision; `shadow` decides, records and reports it (headers, decision log) but never acts. */
export const stageMode = z.enum(['live', 'shadow']).default('live');

/** Per-language toxicity thresholds; a missing value falls back to the stage's default threshold. */
export const languageThresholds = z
  .record(lang, z.object({ blockThreshold: threshold.optional(), escalateThreshold: threshold.optional() }))
  .default({});

/**
 * The central tier for what the edge cannot judge: toxicity scores in the grey zone (between `escalateThreshold` and
 * `blockThreshold`) and every message in a language listed in `toxicity.untrustedLanguages` go to a judge model.
 */
export const judgeSettings = z
  .object({
    enabled: z.boolean().default(false),
    /** When the judge fails or times out: "open" keeps the edge decision (degraded), "closed" blocks (503). */
    failMode: failMode.default('open'),
    timeoutMs: z.number().int().positive().default(4000),
    /** How long a verdict stays in the verdict cache (KV). */
    ttlSeconds: z.number().int().positive().default(86_400),
    /** Conversation stickiness: once judged, later turns within `stickyMargin` below the grey zone are judged too. */
    stickySeconds: z.number().int().nonnegative().default(1800),
    stickyMargin: threshold.default(0.15),
  })
  .prefault({});

/** Scanning of the streamed answer. */
export const outputSettings = z
  .object({
    enabled: z.boolean().default(false),
    mode: stageMode,
    /** Answer windows scoring at or above this are toxic. */
    toxicityThreshold: threshold.default(0.9),
    /** What to do with a toxic window: stop the stream with a reason, or replace the window. */
    onToxic: z.enum(['stop', 'redact']).default('stop'),
    /** Personal data in the answer that was not in the prompt: redact it in place, stop the stream, or let it pass. */
    onNewPii: z.enum(['redact', 'stop', 'off']).default('redact'),
    /** Most characters held back before a window is scanned and released (about one sentence). */
    windowChars: z.number().int().min(20).max(2000).default(240),
  })
  .prefault({});

/** Kill switch and percentage rollout. */
export const gateSettings = z
  .object({
    /** false turns every stage off (the request goes straight to the central model) without a redeploy. */
    enabled: z.boolean().default(true),
    /** Settings merged over the policy for `percent` % of tenants (stable hash of salt + tenant). */
    rollout: z
      .object({
        percent: z.number().min(0).max(100).default(0),
        salt: z.string().default('edge-ai'),
        settings: z.record(z.string(), z.unknown()).default({}),
      })
      .prefault({}),
  })
  .prefault({});

/** Decision log: every decision, pseudonymized text only. */
export const logSettings = z
  .object({
    enabled: z.boolean().default(false),
    ttlSeconds: z
      .number()
      .int()
      .positive()
      .default(7 * 86_400),
  })
  .prefault({});

/** Central model per detected language (model ids in the central provider's namespace). */
export const routingSettings = z
  .object({ centralByLanguage: z.record(lang, z.string().min(1)).default({}) })
  .prefault({});
