import {
  createUIMessageStreamResponse,
  type LanguageModelMiddleware,
  streamText,
  type UIMessageChunk,
  wrapLanguageModel,
} from 'ai';
import type { CentralModel } from './central.ts';
import { centralFailure, describeCentralError } from './central-errors.ts';
import { type CentralTimeouts, centralGuardMiddleware } from './central-guard.ts';
import { centralPrompt } from './central-prompt.ts';
import { errorResponse } from './errors.ts';
import { piiRestoreMiddleware } from './pii/middleware.ts';
import type { PipelineRun } from './pipeline.ts';
import { anySignal } from './signals.ts';
import { pseudonymizeKnown } from './stages/pii.ts';

/** UI-message chunks that come before any answer content. */
const PREAMBLE = new Set(['start', 'start-step', 'text-start', 'reasoning-start', 'message-metadata']);

/**
 * Streams the central model's answer as a UI-message stream.
 * - The model is wrapped by the guard (first-token and idle timeouts, a failing stream ends with an error part) and,
 *   with a PII session, by the restoring half of the PII middleware, so placeholders are restored in the stream.
 * - Nothing is sent until the first content arrives: a failure before it is answered with an HTTP status and the
 *   `{ error: { code, message } }` shape (429 and 503 keep the upstream `Retry-After`; see `centralFailure`).
 * - After it, a failure ends the stream with an `error` part and a `finish` part, never a torn connection.
 * - A client that goes away (request signal, or the response body cancelled) aborts the upstream call.
 * The stream's end ends the run: the complete answer feeds the after-answer work (cache writes); an error or an
 * abort ends it without.
 */
export async function centralStreamResponse(
  run: PipelineRun,
  central: CentralModel,
  system: string | undefined,
  headers: Headers,
  signal: AbortSignal | undefined,
  timeouts: CentralTimeouts,
  /** Output scanning (tiers/output-scan.ts), between the central stream and the client. */
  scan?: { transform: TransformStream<UIMessageChunk, UIMessageChunk> },
): Promise<Response> {
  const { ctx, pii } = run;
  const prompt = await centralPrompt(
    ctx.messages,
    [system, ...ctx.instructions].filter(Boolean).join('\n\n') || undefined,
    ctx.receivedAt,
  );
  const middleware: LanguageModelMiddleware[] = [centralGuardMiddleware(timeouts)];
  if (pii && pii.mapping.size > 0) middleware.unshift(piiRestoreMiddleware(pii));
  // A sliced prompt first: every other middleware sees it as it would from streamText.
  if (prompt.middleware) middleware.unshift(prompt.middleware);
  const model = wrapLanguageModel({ model: central.model, middleware });
  const clientGone = new AbortController();
  const abortSignal = signal ? anySignal([signal, clientGone.signal]) : clientGone.signal;
  abortSignal.addEventListener('abort', () => run.finish(undefined), { once: true });
  let failure: unknown;
  const result = streamText({
    model,
    system: prompt.system,
    messages: prompt.messages,
    allowSystemInMessages: true,
    abortSignal,
    maxRetries: 0,
    // Errors reach the client (status or error part); nothing is logged with prompt data.
    onError: ({ error }) => {
      failure ??= error;
      run.finish(undefined);
    },
    onAbort: () => run.finish(undefined),
    // Only an answer that finished normally is handed on (cached): not one cut by length, a content filter or an error.
    onEnd: ({ text, finishReason }) =>
      run.finish(finishReason !== 'stop' ? undefined : pii ? pseudonymizeKnown(text, pii.mapping) : text),
  });
  const ui = result.toUIMessageStream({
    sendReasoning: true,
    onError: (error) => {
      failure ??= error;
      return describeCentralError(error);
    },
  });
  const reader = ui.getReader();
  const head: UIMessageChunk[] = [];
  for (;;) {
    let next: ReadableStreamReadResult<UIMessageChunk>;
    try {
      next = await reader.read();
    } catch (error) {
      failure ??= error;
      next = { done: true, value: undefined };
      head.push({ type: 'error', errorText: describeCentralError(error) });
    }
    if (next.done || next.value.type === 'error') {
      if (failure !== undefined || next.value?.type === 'error') {
        reader.cancel().catch(() => {});
        run.finish(undefined);
        return failureResponse(failure, headers);
      }
      break;
    }
    head.push(next.value);
    if (!PREAMBLE.has(next.value.type)) break;
  }
  const stream = rest(head, reader, clientGone);
  return createUIMessageStreamResponse({ stream: scan ? stream.pipeThrough(scan.transform) : stream, headers });
}

function failureResponse(error: unknown, headers: Headers): Response {
  const failure = centralFailure(error);
  const h = new Headers(headers);
  h.set('x-edge-ai-decision', 'error');
  if (failure.retryAfter) h.set('retry-after', failure.retryAfter);
  return errorResponse(failure.status, failure.code, failure.message, h);
}

/**
 * The chunks already read, then the rest of the UI stream. Whatever happens, it ends with a `finish` chunk after an
 * `error` chunk (a read that fails becomes an `error` chunk); cancelling it aborts the upstream call.
 */
function rest(
  head: UIMessageChunk[],
  reader: ReadableStreamDefaultReader<UIMessageChunk>,
  clientGone: AbortController,
): ReadableStream<UIMessageChunk> {
  let errored = false;
  let finished = false;
  const end = (controller: ReadableStreamDefaultController<UIMessageChunk>) => {
    if (errored && !finished) controller.enqueue({ type: 'finish', finishReason: 'error' });
    controller.close();
  };
  return new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
    },
    async pull(controller) {
      let next: ReadableStreamReadResult<UIMessageChunk>;
      try {
        next = await reader.read();
      } catch (error) {
        errored = true;
        controller.enqueue({ type: 'error', errorText: describeCentralError(error) });
        end(controller);
        return;
      }
      if (next.done) {
        end(controller);
        return;
      }
      if (next.value.type === 'error') errored = true;
      if (next.value.type === 'finish' || next.value.type === 'abort') finished = true;
      controller.enqueue(next.value);
    },
    cancel(reason) {
      clientGone.abort(reason);
      return reader.cancel(reason).catch(() => {});
    },
  });
}
