import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { LanguageModelMiddleware, ModelMessage } from 'ai';
import { createSlicer, runStepsSliced, type Steps } from './pii/yield.ts';
import type { ChatMessage } from './request.ts';

/** Messages converted between two points where the conversion may pause. */
const STEP = 500;

/**
 * The central model's prompt, built here in slices of the scheduler instead of by the AI SDK: `streamText` converts
 * its messages in one piece (20,000 messages: 33-110 ms of main-thread work). The result is what the SDK's own
 * conversion gives for text messages (the system text first, then one message per non-empty text; a test compares
 * them). `streamText` gets `messages` (only the last one, so its own conversion stays small) and the middleware,
 * placed first, hands the model the full prompt.
 */
export async function slicedPrompt(
  chat: readonly ChatMessage[],
  system: string | undefined,
  /** When the request came in (the scheduler's rank, see yield.ts). */
  since?: number,
): Promise<{ messages: ModelMessage[]; middleware: LanguageModelMiddleware }> {
  const prompt = await runStepsSliced(promptSteps(chat, system), createSlicer(since));
  const last = chat.findLast((m) => m.text.length > 0);
  const messages: ModelMessage[] = last ? [{ role: last.role, content: last.text }] : [];
  return {
    messages,
    middleware: { specificationVersion: 'v4', transformParams: async ({ params }) => ({ ...params, prompt }) },
  };
}

/**
 * What `streamText` gets for a conversation: up to `STEP` messages, the messages and system text as they are (the SDK
 * converts them itself, quickly); longer ones, the sliced prompt and its middleware (place it first).
 */
export async function centralPrompt(
  chat: readonly ChatMessage[],
  system: string | undefined,
  /** When the request came in (the scheduler's rank, see yield.ts). */
  since?: number,
): Promise<{ system?: string; messages: ModelMessage[]; middleware?: LanguageModelMiddleware }> {
  if (chat.length > STEP) return slicedPrompt(chat, system, since);
  const messages: ModelMessage[] = chat
    .filter((m) => m.text.length > 0)
    .map((m) => ({ role: m.role, content: m.text }) as ModelMessage);
  return { system, messages };
}

function* promptSteps(chat: readonly ChatMessage[], system: string | undefined): Steps<LanguageModelV4Prompt> {
  const prompt: LanguageModelV4Prompt = system ? [{ role: 'system', content: system }] : [];
  for (let i = 0; i < chat.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    const { role, text } = chat[i];
    if (text.length === 0) continue;
    prompt.push(role === 'system' ? { role, content: text } : { role, content: [{ type: 'text', text }] });
  }
  return prompt;
}
