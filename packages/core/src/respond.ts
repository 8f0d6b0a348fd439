import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  type ModelMessage,
  streamText,
  type UIMessageChunk,
} from 'ai';
import type { CentralModel } from './central.ts';
import type { EdgeContext } from './context.ts';
import { errorBody } from './errors.ts';

/** Streams a fixed text (cache hit, refusal) as UI-message stream events. */
export function textStreamResponse(text: string, headers: Headers, status = 200): Response {
  const stream = createUIMessageStream({
    execute({ writer }) {
      writer.write({ type: 'text-start', id: 'edge' });
      writer.write({ type: 'text-delta', id: 'edge', delta: text });
      writer.write({ type: 'text-end', id: 'edge' });
    },
  });
  return createUIMessageStreamResponse({ stream, headers, status });
}

export function blockedResponse(ctx: EdgeContext, headers: Headers, mode: 'json' | 'stream'): Response {
  const block = ctx.block;
  if (!block) throw new Error('blockedResponse called without a block');
  if (mode === 'stream' && block.status === 403) {
    return textStreamResponse(`I can't help with that request (${block.code}).`, headers);
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  const body = JSON.parse(errorBody(block.code, block.message));
  body.error.stage = block.stage;
  return new Response(JSON.stringify(body), { status: block.status, headers });
}

/**
 * Streams the central model's answer as a UI-message stream. Placeholders are restored per text part
 * while streaming; `onComplete` receives the pseudonymized answer once the stream ended without error.
 */
export function centralStreamResponse(
  ctx: EdgeContext,
  central: CentralModel,
  system: string | undefined,
  headers: Headers,
  signal: AbortSignal | undefined,
  onComplete: (answer: string) => Promise<unknown>,
): { response: Response; done: Promise<unknown> } {
  const systemText = [system, ...ctx.instructions].filter(Boolean).join('\n\n') || undefined;
  const messages: ModelMessage[] = ctx.messages
    .filter((m) => m.text.length > 0)
    .map((m) => ({ role: m.role, content: m.text }) as ModelMessage);
  const result = streamText({
    model: central.model,
    system: systemText,
    messages,
    allowSystemInMessages: true,
    abortSignal: signal,
    maxRetries: 0,
    // Errors reach the client as an `error` event (see onError below); nothing is logged with prompt data.
    onError: () => {},
  });
  let finished!: (value: unknown) => void;
  const done = new Promise((resolve) => {
    finished = resolve;
  });
  let answer = '';
  let failed = false;
  // Collects the answer as the central model wrote it (pseudonymized) for the stages' onAnswer hooks.
  const collect = new TransformStream<UIMessageChunk, UIMessageChunk>({
    transform(chunk, controller) {
      if (chunk.type === 'text-delta') answer += chunk.delta;
      if (chunk.type === 'error') failed = true;
      controller.enqueue(chunk);
    },
    flush() {
      finished(failed ? undefined : onComplete(answer));
    },
  });
  const ui = result.toUIMessageStream({
    sendReasoning: true,
    onError: (error) => `central_model_error: ${describe(error)}`,
  });
  let stream = ui.pipeThrough(collect);
  if (ctx.restoreStream)
    stream = stream.pipeThrough(ctx.restoreStream() as unknown as TransformStream<UIMessageChunk, UIMessageChunk>);
  signal?.addEventListener('abort', () => finished(undefined), { once: true });
  return { response: createUIMessageStreamResponse({ stream, headers }), done };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'statusCode' in error) return `upstream status ${String(error.statusCode)}`;
  return error instanceof Error ? error.name : 'unknown error';
}
