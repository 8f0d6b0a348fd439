/** A request-time error answered as `{ "error": { "code", "message" } }` with `status`. */
export class EdgeAIRequestError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'EdgeAIRequestError';
    this.status = status;
    this.code = code;
  }
}

/** Thrown at construction when options are invalid; the message names the field. */
export class EdgeAIConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EdgeAIConfigError';
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
