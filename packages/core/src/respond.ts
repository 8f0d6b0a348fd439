import { createUIMessageStream, createUIMessageStreamResponse, type UIMessageChunk } from 'ai';
import type { Block } from './context.ts';
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

/**
 * Replays a cached answer as the central model's stream would arrive: the same UI-message events (start, step, text
 * deltas of a word or two, finish with reason "stop"), so `useChat` sees no difference except the headers.
 */
export function replayResponse(
  text: string,
  headers: Headers,
  delayMs = 0,
  /** Output scanning (tiers/output-scan.ts), when enabled. */
  transform?: TransformStream<UIMessageChunk, UIMessageChunk>,
): Response {
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
  return createUIMessageStreamResponse({ stream: transform ? stream.pipeThrough(transform) : stream, headers });
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
