import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
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

export function blockedResponse(block: Block, headers: Headers, mode: 'json' | 'stream'): Response {
  if (mode === 'stream' && block.status === 403) {
    return textStreamResponse(`I can't help with that request (${block.code}).`, headers);
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  const body = JSON.parse(errorBody(block.code, block.message));
  body.error.stage = block.stage;
  return new Response(JSON.stringify(body), { status: block.status, headers });
}
