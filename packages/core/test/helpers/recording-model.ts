import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';

/**
 * TEST DOUBLE for the central model: records every prompt it receives (to check what left the edge) and streams
 * a fixed short answer at once. Not a model; no network.
 */
export function recordingModel(answer = 'ok'): LanguageModelV4 & { prompts: LanguageModelV4CallOptions['prompt'][] } {
  const prompts: LanguageModelV4CallOptions['prompt'][] = [];
  const usage = {
    inputTokens: { total: 1, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 1, text: undefined, reasoning: undefined },
  };
  return {
    specificationVersion: 'v4',
    provider: 'test',
    modelId: 'recording',
    supportedUrls: {},
    prompts,
    async doGenerate(call) {
      prompts.push(call.prompt);
      return {
        content: [{ type: 'text', text: answer }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage,
        warnings: [],
      };
    },
    async doStream(call) {
      prompts.push(call.prompt);
      const parts: LanguageModelV4StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't0' },
        { type: 'text-delta', id: 't0', delta: answer },
        { type: 'text-end', id: 't0' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ];
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const p of parts) controller.enqueue(p);
            controller.close();
          },
        }),
      };
    },
  };
}

/** Every text the central model received, joined. */
export function promptText(prompt: LanguageModelV4CallOptions['prompt']): string {
  return prompt
    .map((m) =>
      typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? String(p.text) : '')).join(' '),
    )
    .join('\n');
}
