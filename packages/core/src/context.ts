import type { LanguageResult, ToxicityResult } from './models.ts';
import type { StageSettings } from './options.ts';

type UIChunk = { type: string } & Record<string, unknown>;

import type { ChatInput, ChatMessage } from './request.ts';

export type StageName = 'language' | 'pii' | 'toxicity' | 'cache' | 'escalate';

export interface Decision {
  stage: StageName | 'policy' | 'central';
  action: 'pass' | 'block' | 'escalate' | 'hit' | 'miss' | 'bypass' | 'degraded' | 'transform';
  reason?: string;
}

export interface Timing {
  stage: StageName;
  ms: number;
  desc: string;
}

export interface Block {
  stage: StageName;
  status: number;
  code: string;
  message: string;
}

/** Everything one request carries through the stages. Created per request; nothing is shared between requests. */
export interface EdgeContext {
  readonly requestId: string;
  readonly tenant: string;
  readonly user: string;
  readonly conversationId: string;
  readonly input: ChatInput;
  readonly settings: StageSettings;
  /** The messages as they will leave the edge (pseudonymized by the pii stage). */
  messages: ChatMessage[];
  /** Extra system instructions for the central model (added by the escalate stage). */
  instructions: string[];
  language?: LanguageResult;
  toxicity?: ToxicityResult;
  piiCount: number;
  /** Content-hash versions of the edge models that ran. */
  modelVersions: Set<string>;
  decisions: Decision[];
  timings: Timing[];
  cache: 'hit' | 'miss' | 'bypass' | 'off';
  cachedAnswer?: string;
  escalation?: { reason: string; score?: number };
  block?: Block;
  /** Restores placeholders in a UI-message stream: text, reasoning and tool parts (set by the pii stage). */
  restoreStream?: () => TransformStream<UIChunk, UIChunk>;
  /** Restores placeholders in a complete string. */
  restoreText?: (text: string) => string;
  /** Background work (KV writes) for `waitUntil`. */
  pending: Promise<unknown>[];
}

export function createContext(init: {
  requestId: string;
  tenant: string;
  user: string;
  conversationId: string;
  input: ChatInput;
  settings: StageSettings;
}): EdgeContext {
  return {
    ...init,
    messages: init.input.messages.map((m) => ({ ...m })),
    instructions: [],
    piiCount: 0,
    modelVersions: new Set(),
    decisions: [],
    timings: [],
    cache: 'off',
    pending: [],
  };
}

/** Text of the last user message in the original input (never leaves the edge). */
export function lastUserText(ctx: EdgeContext): string {
  for (let i = ctx.input.messages.length - 1; i >= 0; i--) {
    const message = ctx.input.messages[i];
    if (message.role === 'user') return message.text;
  }
  return '';
}
