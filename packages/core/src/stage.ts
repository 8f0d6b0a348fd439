import type { Block, Decision, EdgeContext, StageName } from './context.ts';
import type { LanguageResult, ToxicityResult } from './models.ts';
import type { PiiSession } from './pii/engine.ts';
import type { ChatMessage } from './request.ts';
import type { VerdictAction } from './tiers/judge.ts';
import type { Tier } from './tiers/verdict-cache.ts';

export type CacheState = 'hit' | 'miss' | 'bypass' | 'off';

/** What the x-edge-ai-* headers report about a request. */
export interface Report {
  language?: LanguageResult;
  toxicity?: ToxicityResult;
  piiCount: number;
  /** What was found and done, per type and action, in order of first appearance: "PERSON:pseudonymize:1". */
  piiTypes?: string[];
  cache: CacheState;
  /** How a cache hit matched, and the similarity of a semantic one. */
  cacheMatch?: 'exact' | 'semantic';
  /** Content-hash versions of the edge models that ran. */
  modelVersions: string[];
  /** Which tier made the toxicity decision. */
  tier?: Tier;
  /** What the edge model alone would have decided. */
  edgeAction?: VerdictAction;
  /** The central judge's verdict, or why it failed. */
  judge?: JudgeReport;
  /** Decisions taken in shadow mode (reported, not acted on), e.g. "toxicity:block". */
  shadow?: string[];
}

export interface JudgeReport {
  id: string;
  deterministic: boolean;
  /** Why the judge was asked: grey-zone, untrusted-language:xxx, sticky-conversation. */
  why: string;
  ms: number;
  verdict?: VerdictAction;
  categories?: string[];
  confidence?: number;
  error?: string;
}

/**
 * What a stage decided. The pipeline applies it: it records the timing and the decision, stops at a block or
 * an answer, carries messages and instructions to the later stages, and runs `afterAnswer` once the central
 * answer is complete.
 */
export interface StageOutcome {
  /** Server-Timing description, e.g. "miss", "eng 0.99 lid-1a2b3c4d". */
  desc: string;
  /** Logged and reported decision (block, escalate, transform, hit, bypass …). */
  decision?: Omit<Decision, 'stage'>;
  /** Stops the request here; the later stages are skipped. */
  block?: Omit<Block, 'stage'>;
  /** Answers the request without the central model (cache hit); the later stages are skipped. */
  answer?: string;
  /** The messages as they leave the edge from now on (pii). */
  messages?: ChatMessage[];
  /** System instructions added for the central model (escalation). */
  instructions?: string[];
  /** Values for the x-edge-ai-* headers. */
  report?: Partial<Report>;
  /** The PII session that pseudonymized the messages; the handler restores the answer with it. */
  pii?: PiiSession;
  /** Work once the central answer completed without error, given the answer as the central model wrote it. */
  afterAnswer?: (answer: string) => Promise<void>;
  /** Work once the request ended, with or without an answer (after `afterAnswer`), e.g. freeing a lock. */
  afterEnd?: () => Promise<void>;
}

/** A pipeline stage. Adding one: a file in `stages/` and a line in `stages/index.ts`. */
export interface Stage {
  readonly name: StageName;
  run(ctx: EdgeContext): Promise<StageOutcome>;
}
