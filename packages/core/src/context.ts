import type { LanguageResult, ToxicityResult } from './models.ts';
import type { ChatInput, ChatMessage } from './request.ts';
import type { StageSettings } from './stage-settings.ts';

export type StageName = 'language' | 'pii' | 'toxicity' | 'cache';

/** Server-Timing entries: one per stage, and `escalate`, which reports the request's escalation decision. */
export type TimingName = StageName | 'escalate';

export interface Decision {
  stage: StageName | 'policy';
  action: 'pass' | 'block' | 'escalate' | 'hit' | 'miss' | 'bypass' | 'degraded' | 'transform' | 'shadow';
  reason?: string;
}

export interface Timing {
  stage: TimingName;
  ms: number;
  desc: string;
}

export interface Block {
  stage: StageName;
  status: number;
  code: string;
  message: string;
}

/** What a request carries before any stage ran. Created per request; nothing is shared between requests. */
export interface EdgeRequest {
  readonly requestId: string;
  readonly tenant: string;
  readonly user: string;
  readonly conversationId: string;
  /** The AI route it came in on, "METHOD /path" (per-route settings such as the cache threshold). */
  readonly route?: string;
  readonly input: ChatInput;
  readonly settings: StageSettings;
  /** Path of the AI route (for per-route policy such as `language.allowedByRoute`). */
  readonly path?: string;
  /**
   * `performance.now()` when the handler got the request: the scheduler of long CPU work (pii/yield.ts) runs the
   * youngest request's slices first, so a small request is not queued behind heavy ones.
   */
  readonly receivedAt?: number;
}

/**
 * What a stage sees: the request, and what the earlier stages decided (applied by the pipeline from their
 * outcomes). Read-only: a stage reports through the outcome it returns, never by writing here.
 */
export interface EdgeContext extends EdgeRequest {
  /** The messages as they will leave the edge (pseudonymized once the pii stage ran). */
  readonly messages: readonly ChatMessage[];
  /** Extra system instructions for the central model. */
  readonly instructions: readonly string[];
  /** Personal-data values found (and replaced unless allowed). */
  readonly piiCount: number;
  /** The detected language of the last user message, once the language stage ran. */
  readonly language?: LanguageResult;
  /** The escalation decision, when a stage escalated the request. */
  readonly escalation?: Decision;
  /** The toxicity score of the last user message, once the toxicity stage ran. */
  readonly toxicity?: ToxicityResult;
  /** Content-hash versions of the edge models that ran so far. */
  readonly modelVersions?: readonly string[];
  /** True once the pii stage pseudonymized the messages (so they may be embedded and stored). */
  readonly pseudonymized?: boolean;
}

/** Text of the last user message in the original input (never leaves the edge). */
export function lastUserText(ctx: EdgeRequest): string {
  for (let i = ctx.input.messages.length - 1; i >= 0; i--) {
    const message = ctx.input.messages[i];
    if (message.role === 'user') return message.text;
  }
  return '';
}
