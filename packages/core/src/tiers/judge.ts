import type { LanguageModelV4, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { generateText, type LanguageModel, NoObjectGeneratedError, Output } from 'ai';
import { z } from 'zod';

/** The structured answer the judge must give. */
export const verdictSchema = z.object({
  verdict: z.enum(['allow', 'escalate', 'block']),
  categories: z.array(z.string().max(40)).max(10),
  confidence: z.number().min(0).max(1),
});
export type Verdict = z.infer<typeof verdictSchema>;
export type VerdictAction = Verdict['verdict'];

/** Any AI SDK language model object. */
export type JudgeModel = Exclude<LanguageModel, string>;

export type JudgeErrorCode = 'timeout' | 'malformed' | 'error';

export class JudgeError extends Error {
  readonly code: JudgeErrorCode;
  constructor(code: JudgeErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`judge ${code}: ${detail}`, options);
    this.name = 'JudgeError';
    this.code = code;
  }
}

export interface JudgeInput {
  /** The message as it leaves the edge (pseudonymized). */
  text: string;
  stage: 'toxicity';
  language?: string;
  /** The edge model's score, for context. */
  edgeScore: number;
}

export interface Judge {
  /** Model id used in headers and in verdict-cache keys, e.g. "openai:gpt-5-mini" or "offline-judge:rules-v1". */
  readonly id: string;
  /** True for the built-in deterministic judge (keyword rules, not a model). */
  readonly deterministic: boolean;
  judge(input: JudgeInput, timeoutMs: number): Promise<Verdict>;
}

export const JUDGE_SYSTEM = [
  'You moderate messages sent to a chat assistant. Classify the USER MESSAGE only.',
  'verdict: "block" for abuse, harassment, hate, threats or sexual content involving minors;',
  '"escalate" when the message is rude or borderline and the assistant should answer with care;',
  '"allow" for everything else, including quoted, reported, negated or counter-speech uses of offensive words.',
  'categories: short labels such as insult, threat, hate, profanity, harassment, none. confidence: 0 to 1.',
  'Placeholders such as <PERSON_1> stand for personal data that was removed; never treat them as offensive.',
  'Answer with one JSON object only: {"verdict": "allow" | "escalate" | "block", "categories": [string], "confidence": number}.',
].join(' ');

/** A judge over any AI SDK model, answering through `generateText` with a zod-validated structured output. */
export function createJudge(model: JudgeModel, id: string, deterministic = false): Judge {
  return {
    id,
    deterministic,
    async judge(input, timeoutMs) {
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new JudgeError('timeout', `no verdict within ${timeoutMs} ms`));
        }, timeoutMs);
      });
      const call = generateText({
        model,
        system: JUDGE_SYSTEM,
        prompt: judgePrompt(input),
        output: Output.object({ schema: verdictSchema, name: 'verdict' }),
        abortSignal: controller.signal,
        maxRetries: 0,
      }).then((result) => result.output);
      try {
        return await Promise.race([call, timeout]);
      } catch (error) {
        if (error instanceof JudgeError) throw error;
        if (NoObjectGeneratedError.isInstance(error)) {
          throw new JudgeError('malformed', 'the answer did not match the verdict schema', { cause: error });
        }
        throw new JudgeError('error', error instanceof Error ? error.name : 'unknown error', { cause: error });
      } finally {
        clearTimeout(timer);
        call.catch(() => {});
      }
    },
  };
}

function judgePrompt(input: JudgeInput): string {
  return [
    `Stage: ${input.stage}. Detected language: ${input.language ?? 'unknown'}.`,
    `Edge model score (0-1, small model, unreliable here): ${input.edgeScore.toFixed(2)}.`,
    'USER MESSAGE:',
    '<<<',
    input.text,
    '>>>',
  ].join('\n');
}

/**
 * OFFLINE DETERMINISTIC JUDGE — keyword rules, not a model. Used when no central model is configured, so the tiered
 * path (structured output, verdict cache, headers) works offline. Its id says so ("offline-judge:rules-v1"), and every
 * verdict carries the category "deterministic-rules".
 */
export function createOfflineJudgeModel(): LanguageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: 'offline-judge',
    modelId: 'rules-v1',
    supportedUrls: {},
    async doGenerate(call) {
      const text = JSON.stringify(ruleVerdict(messageOf(call)));
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 0, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: 0, text: undefined, reasoning: undefined },
        },
        warnings: [],
      };
    },
    async doStream() {
      throw new Error('the offline judge does not stream');
    },
  };
}

function messageOf(call: LanguageModelV4CallOptions): string {
  const user = call.prompt.find((m) => m.role === 'user');
  const prompt =
    user && Array.isArray(user.content) ? user.content.map((p) => ('text' in p ? p.text : '')).join('') : '';
  const match = /<<<\n([\s\S]*)\n>>>/.exec(prompt);
  return match ? match[1] : prompt;
}

const THREAT = /\b(kill|murder|hurt|beat|stab|shoot)\s+(you|u|him|her|them)\b|\bi\s+will\s+find\s+you\b/i;
const INSULT =
  /\b(idiot|moron|stupid|dumb|loser|bastard|asshole|jerk|scum|trash|pathetic|worthless|imbecile|idiota|estúpido|dummkopf|idiot(?:en)?|connard|crétin|imbécile)\b/i;
const PROFANITY = /\b(fuck\w*|shit\w*|damn|crap|merde|scheiße|scheisse|mierda|putain)\b/i;
const DIRECTED = /\b(you|you're|youre|ur|u|your|du|tu|t'es|vous|eres|bist)\b/i;
const DISTANCED =
  /\b(not|never|don't|isn't|wasn't|called me|said|says|quote|word|means?|why is|nicht|pas|no es)\b|["“”«»]/i;

/** The rules: threats block; a directed insult blocks unless it is quoted, reported or negated; rude words escalate. */
function ruleVerdict(text: string) {
  const categories = ['deterministic-rules'];
  if (THREAT.test(text)) return { verdict: 'block', categories: [...categories, 'threat'], confidence: 0.6 };
  const insult = INSULT.test(text);
  const profane = PROFANITY.test(text);
  if (insult && DIRECTED.test(text) && !DISTANCED.test(text)) {
    return { verdict: 'block', categories: [...categories, 'insult'], confidence: 0.55 };
  }
  if (insult || profane) {
    return { verdict: 'escalate', categories: [...categories, insult ? 'insult' : 'profanity'], confidence: 0.5 };
  }
  return { verdict: 'allow', categories: [...categories, 'none'], confidence: 0.5 };
}
