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
import type { OutputScan } from './tiers/output-scan.ts';

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
  scan?: OutputScan,
): Response {
  const { ctx, pii } = run;
  const model =
    pii && pii.mapping.size > 0
      ? wrapLanguageModel({ model: central.model, middleware: piiRestoreMiddleware(pii) })
      : central.model;
  const messages: ModelMessage[] = ctx.messages
    .filter((m) => m.text.length > 0)
    .map((m) => ({ role: m.role, content: m.text }));
  const abandon = () => {
    scan?.end();
    run.finish(undefined);
  };
  signal?.addEventListener('abort', abandon, { once: true });
  const result = streamText({
    model,
    system: [system, ...ctx.instructions].filter(Boolean).join('\n\n') || undefined,
    messages,
    allowSystemInMessages: true,
    abortSignal: signal,
    maxRetries: 0,
    // Errors reach the client as an `error` event; nothing is logged with prompt data.
    onError: () => run.finish(undefined),
    onAbort: abandon,
    onEnd: ({ text, finishReason }) => {
      const answer = finishReason === 'error' ? undefined : pii ? pseudonymizeKnown(text, pii.mapping) : text;
      // A scanned answer is cached only when the scanner changed nothing in it.
      if (scan) scan.done.then((acted) => run.finish(acted.some((d) => !d.shadow) ? undefined : answer));
      else run.finish(answer);
    },
  });
  const onError = (error: unknown) => `central_model_error: ${describe(error)}`;
  if (!scan) return result.toUIMessageStreamResponse({ headers, sendReasoning: true, onError });
  const stream = result.toUIMessageStream({ sendReasoning: true, onError }).pipeThrough(scan.transform);
  return createUIMessageStreamResponse({ stream, headers });
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'statusCode' in error) return `upstream status ${String(error.statusCode)}`;
  return error instanceof Error ? error.name : 'unknown error';
}
