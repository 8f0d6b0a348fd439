/**
 * One error family. Every message starts with `edge-ai: `.
 * - `EdgeAIConfigError`: invalid options or missing keys, thrown at construction (subclass: `PiiOptionsError`).
 * - `EdgeAIRequestError`: bad input on an AI route, answered as `{ "error": { "code", "message" } }` with `status`.
 * - `EdgeAIError` itself: a runtime failure (e.g. the KV store behaved inconsistently).
 */
const PREFIX = 'edge-ai: ';

export class EdgeAIError extends Error {
  constructor(message: string) {
    super(message.startsWith(PREFIX) ? message : `${PREFIX}${message}`);
    this.name = 'EdgeAIError';
  }
}

/** Thrown at construction when options are invalid or a required key is missing; the message names the field. */
export class EdgeAIConfigError extends EdgeAIError {
  constructor(message: string) {
    super(message);
    this.name = 'EdgeAIConfigError';
  }
}

/** A request-time error answered as `{ "error": { "code", "message" } }` with `status` (the message has no prefix there). */
export class EdgeAIRequestError extends EdgeAIError {
  readonly code: string;
  readonly status: number;
  /** The message as sent to the client, without the `edge-ai: ` prefix. */
  readonly detail: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'EdgeAIRequestError';
    this.status = status;
    this.code = code;
    this.detail = message;
  }
}

export function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

export function errorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set('content-type', 'application/json; charset=utf-8');
  return new Response(errorBody(code, message), { status, headers: h });
}
