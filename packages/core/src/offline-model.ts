import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { PLACEHOLDER_RE } from './pii/restore.ts';

/**
 * The built-in offline central model: no key, no network. It streams an answer that shows what the
 * central tier received, so a user can see that personal data was pseudonymized before it left the edge.
 * Placeholders in the quoted prompt are shown as ‹TYPE_N› so the restorer leaves them visible; the
 * closing sentence uses the real placeholder form, which the edge restores in the stream.
 */
export function createOfflineModel(options: { chunkDelayMs?: number } = {}): LanguageModelV4 {
  const delay = options.chunkDelayMs ?? 12;
  return {
    specificationVersion: 'v4',
    provider: 'edge-ai',
    modelId: 'offline',
    supportedUrls: {},
    async doGenerate(call) {
      const text = answerFor(call);
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: usage(call, text),
        warnings: [],
      };
    },
    async doStream(call) {
      const text = answerFor(call);
      const pieces = text.match(/\s*\S+/g) ?? [text];
      let index = 0;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'text-start', id: 't0' });
        },
        async pull(controller) {
          if (call.abortSignal?.aborted) {
            controller.close();
            return;
          }
          if (index < pieces.length) {
            if (delay > 0) await new Promise((r) => setTimeout(r, delay));
            controller.enqueue({ type: 'text-delta', id: 't0', delta: pieces[index++] });
            return;
          }
          controller.enqueue({ type: 'text-end', id: 't0' });
          controller.enqueue({
            type: 'finish',
            finishReason: { unified: 'stop', raw: 'stop' },
            usage: usage(call, text),
          });
          controller.close();
        },
      });
      return { stream };
    },
  };
}

function answerFor(call: LanguageModelV4CallOptions): string {
  const lastUser = [...call.prompt].reverse().find((m) => m.role === 'user');
  const received =
    lastUser && Array.isArray(lastUser.content)
      ? lastUser.content.map((p) => ('text' in p ? p.text : '')).join(' ')
      : '';
  const placeholders = [...new Set(received.match(PLACEHOLDER_RE) ?? [])];
  const shown = received.replace(PLACEHOLDER_RE, visible);
  const lines = [
    'Offline model (no central model is configured, so this answer is generated locally). The central tier received:',
    '',
    `> ${shown.replace(/\n/g, '\n> ')}`,
    '',
    placeholders.length === 0
      ? 'No personal data was found in your message.'
      : `Your personal data was replaced by ${placeholders.length} placeholder(s) before it left the edge: ${placeholders.map(visible).join(', ')}. Restored for you at the edge: ${placeholders.join(', ')}.`,
  ];
  return lines.join('\n');
}

/** `<EMAIL_1>` shown as `‹EMAIL_1›`, a form the restorer leaves alone. */
function visible(placeholder: string): string {
  return `‹${placeholder.slice(1, -1)}›`;
}

function usage(call: LanguageModelV4CallOptions, text: string) {
  const input = JSON.stringify(call.prompt).length;
  return {
    inputTokens: { total: Math.ceil(input / 4), noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: Math.ceil(text.length / 4), text: undefined, reasoning: undefined },
  };
}
