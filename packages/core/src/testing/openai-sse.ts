import { HttpResponse, http } from 'msw';
import { EdgeAIError } from '../errors.ts';

/**
 * msw handlers speaking the OpenAI-compatible chat-completions protocol (SSE), the way Ollama, vLLM and
 * LM Studio answer `POST {baseURL}/chat/completions` with `stream: true`. Captures every request body.
 */
export const PROVIDER_URL = 'https://central.test/v1';

export type ProviderMode =
  | { kind: 'stream'; deltas: string[]; delayMs?: number }
  | { kind: 'cut'; deltas: string[]; cutAfter: number }
  | { kind: 'status'; status: number; body?: unknown }
  /** Computes the deltas from the request body (e.g. an answer that repeats the placeholders it received). */
  | { kind: 'reply'; deltas: (body: ProviderLog['bodies'][number]) => string[]; delayMs?: number };

export interface ProviderLog {
  bodies: { model: string; stream: boolean; messages: { role: string; content: unknown }[] }[];
}

export function openAIHandlers(mode: () => ProviderMode, log: ProviderLog) {
  return [
    http.post(`${PROVIDER_URL}/chat/completions`, async ({ request }) => {
      const received = (await request.json()) as ProviderLog['bodies'][number];
      log.bodies.push(received);
      const given = mode();
      const m: ProviderMode =
        given.kind === 'reply' ? { kind: 'stream', deltas: given.deltas(received), delayMs: given.delayMs } : given;
      if (m.kind === 'status') {
        return HttpResponse.json(m.body ?? { error: { message: 'upstream failure', type: 'server_error' } }, {
          status: m.status,
        });
      }
      const encoder = new TextEncoder();
      const frames = m.deltas.map((content, i) =>
        sseFrame(openAIChunk(i === 0 ? { role: 'assistant', content } : { content })),
      );
      const cutAfter = m.kind === 'cut' ? m.cutAfter : Number.POSITIVE_INFINITY;
      const delay = m.kind === 'stream' ? (m.delayMs ?? 0) : 0;
      let index = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (delay) await new Promise((r) => setTimeout(r, delay));
          if (index >= cutAfter) {
            await new Promise((r) => setTimeout(r, 50));
            controller.error(new Error('connection reset by peer'));
            return;
          }
          if (index < frames.length) {
            controller.enqueue(encoder.encode(frames[index++]));
            return;
          }
          controller.enqueue(encoder.encode(sseFrame(openAIChunk({}, 'stop'))));
          controller.enqueue(encoder.encode('data: [DONE]\n\n'));
          controller.close();
        },
      });
      return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
    }),
  ];
}

export function openAIChunk(delta: Record<string, unknown>, finish: string | null = null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

export function sseFrame(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** Reads a UI-message SSE response into its events, in order, chunk by chunk as they arrive. */
export async function readUIEvents(response: Response): Promise<{ events: Record<string, unknown>[]; reads: number }> {
  const reader = response.body?.getReader();
  if (!reader) throw new EdgeAIError('response has no body');
  const decoder = new TextDecoder();
  let buffer = '';
  let reads = 0;
  const events: Record<string, unknown>[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    reads++;
    buffer += decoder.decode(value, { stream: true });
    let index = buffer.indexOf('\n\n');
    while (index >= 0) {
      const frame = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      const data = frame.replace(/^data: /, '');
      if (data && data !== '[DONE]') events.push(JSON.parse(data));
      index = buffer.indexOf('\n\n');
    }
  }
  return { events, reads };
}

export function textOf(events: Record<string, unknown>[]): string {
  return events
    .filter((e) => e.type === 'text-delta')
    .map((e) => e.delta)
    .join('');
}
