import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A judge model (AI SDK mock) answering `text` after `delayMs`; honours the abort signal like a provider does. */
export function judgeModel(answer: string | ((call: LanguageModelV4CallOptions) => string), delayMs = 0) {
  return new MockLanguageModelV4({
    provider: 'judge-test',
    modelId: 'mock-judge',
    doGenerate: async (call) => {
      if (delayMs > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs);
          call.abortSignal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      }
      const text = typeof answer === 'function' ? answer(call) : answer;
      return { content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] };
    },
  });
}

/** A judge model whose provider call fails (an upstream error). */
export function failingJudgeModel(delayMs = 0) {
  return new MockLanguageModelV4({
    provider: 'judge-test',
    modelId: 'failing',
    doGenerate: async () => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      throw new Error('upstream 500');
    },
  });
}

export const verdictJSON = (verdict: string, categories: string[] = ['insult'], confidence = 0.9) =>
  JSON.stringify({ verdict, categories, confidence });
