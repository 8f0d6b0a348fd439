import { NextRequest } from 'next/server.js';

export const pendings: Promise<unknown>[] = [];

/** The `event` argument Next passes to proxy.ts; collects waitUntil promises. */
export const fetchEvent = {
  waitUntil(promise: Promise<unknown>) {
    pendings.push(promise);
  },
} as unknown as import('next/server.js').NextFetchEvent;

export function chatRequest(body: unknown, init: { headers?: Record<string, string>; path?: string } = {}) {
  return new NextRequest(`http://localhost:3000${init.path ?? '/api/chat'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
}

export function uiBody(text: string, id = 'conv-1') {
  return {
    id,
    messages: [{ id: `m-${text.length}`, role: 'user', parts: [{ type: 'text', text }] }],
    trigger: 'submit-message',
  };
}
