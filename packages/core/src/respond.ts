import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  type ModelMessage,
  streamText,
  wrapLanguageModel,
} from 'ai';
import type { CentralModel } from './central.ts';
import type { Block } from './context.ts';
import { errorBody } from './errors.ts';
import { piiRestoreMiddleware } from './pii/middleware.ts';
import type { PipelineRun } from './pipeline.ts';
import { pseudonymizeKnown } from './stages/pii.ts';

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

/**
 * Replays a cached answer as the central model's stream would arrive: the same UI-message events (start, step, text
 * deltas of a word or two, finish with reason "stop"), so `useChat` sees no difference except the headers.
 */
export function replayResponse(text: string, headers: Headers, delayMs = 0): Response {
  const pieces = text.match(/\s*\S+(?:\s+\S{1,3}(?=\s|$))?|\s+$/g) ?? [text];
  const stream = createUIMessageStream({
    async execute({ writer }) {
      writer.write({ type: 'start' });
      writer.write({ type: 'start-step' });
      writer.write({ type: 'text-start', id: 'cache' });
      for (const delta of pieces) {
        if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
        writer.write({ type: 'text-delta', id: 'cache', delta });
      }
      writer.write({ type: 'text-end', id: 'cache' });
      writer.write({ type: 'finish-step' });
      writer.write({ type: 'finish', finishReason: 'stop' });
    },
  });
  return createUIMessageStreamResponse({ stream, headers });
}

export function blockedResponse(block: Block, headers: Headers, mode: 'json' | 'stream'): Response {
  if (mode === 'stream' && block.status === 403) {
    return textStreamResponse(`I can't help with that request (${block.code}).`, headers);
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  const body = JSON.parse(errorBody(block.code, block.message));
  body.error.stage = block.stage;
  return new Response(JSON.stringify(body), { status: block.status, headers });
}

/**
 * Streams the central model's answer as a UI-message stream. With a PII session, the model is wrapped with the
 * restoring half of the PII middleware, so placeholders are restored in the model stream itself. The stream's
 * callbacks end the run: the complete answer (placeholders put back) feeds the after-answer work (cache writes);
 * an error or an abort ends it without.
 */
export function centralStreamResponse(
  run: PipelineRun,
  central: CentralModel,
  system: string | undefined,
  headers: Headers,
  signal: AbortSignal | undefined,
): Response {
  const { ctx, pii } = run;
  const model =
    pii && pii.mapping.size > 0
      ? wrapLanguageModel({ model: central.model, middleware: piiRestoreMiddleware(pii) })
      : central.model;
  const messages: ModelMessage[] = ctx.messages
    .filter((m) => m.text.length > 0)
    .map((m) => ({ role: m.role, content: m.text }));
  signal?.addEventListener('abort', () => run.finish(undefined), { once: true });
  const result = streamText({
    model,
    system: [system, ...ctx.instructions].filter(Boolean).join('\n\n') || undefined,
    messages,
    allowSystemInMessages: true,
    abortSignal: signal,
    maxRetries: 0,
    // Errors reach the client as an `error` event; nothing is logged with prompt data.
    onError: () => run.finish(undefined),
    onAbort: () => run.finish(undefined),
    // Only an answer that finished normally is handed on (cached): not one cut by length, a content filter or an error.
    onEnd: ({ text, finishReason }) =>
      run.finish(finishReason !== 'stop' ? undefined : pii ? pseudonymizeKnown(text, pii.mapping) : text),
  });
  return result.toUIMessageStreamResponse({
    headers,
    sendReasoning: true,
    onError: (error) => `central_model_error: ${describe(error)}`,
  });
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'statusCode' in error) return `upstream status ${String(error.statusCode)}`;
  return error instanceof Error ? error.name : 'unknown error';
}
