import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';

export interface SlowModelOptions {
  /** Delay before the first text delta (ms). */
  firstTokenMs?: number;
  /** Delay between deltas (ms). */
  chunkMs?: number;
  /** The answer to stream for the n-th call (0-based) and its prompt. */
  answer?: (n: number, prompt: LanguageModelV4CallOptions['prompt']) => string;
  /** How the stream ends ("stop" unless told). */
  finish?: 'stop' | 'length' | 'content-filter';
  /** Receives each call's abort signal. */
  signals?: (AbortSignal | undefined)[];
}

/**
 * TEST DOUBLE for the central model: counts its calls and streams `answer(n)` word by word after a delay, like a
 * remote model would; once the call's abort signal fires, the stream fails with its reason. Not a model; no network.
 */
export function slowModel(options: SlowModelOptions = {}): LanguageModelV4 & { calls: number } {
  const usage = {
    inputTokens: { total: 1, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 1, text: undefined, reasoning: undefined },
  };
  const model = {
    specificationVersion: 'v4' as const,
    provider: 'test',
    modelId: 'slow',
    supportedUrls: {},
    calls: 0,
    async doGenerate(): Promise<never> {
      throw new Error('not used');
    },
    async doStream(call: LanguageModelV4CallOptions) {
      const n = model.calls++;
      options.signals?.push(call.abortSignal);
      const text = (options.answer ?? ((i) => `Answer number ${i}.`))(n, call.prompt);
      const pieces = text.match(/\s*\S+/g) ?? [text];
      let index = 0;
      const finish = options.finish ?? 'stop';
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            controller.enqueue({ type: 'stream-start', warnings: [] });
            controller.enqueue({ type: 'text-start', id: 't0' });
          },
          async pull(controller) {
            const wait = index === 0 ? (options.firstTokenMs ?? 0) : (options.chunkMs ?? 0);
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            if (call.abortSignal?.aborted) return controller.error(call.abortSignal.reason);
            if (index < pieces.length) {
              controller.enqueue({ type: 'text-delta', id: 't0', delta: pieces[index++] });
              return;
            }
            controller.enqueue({ type: 'text-end', id: 't0' });
            controller.enqueue({ type: 'finish', finishReason: { unified: finish, raw: finish }, usage });
            controller.close();
          },
        }),
      };
    },
  };
  return model;
}
