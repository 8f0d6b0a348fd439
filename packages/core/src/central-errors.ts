import { CentralTimeoutError } from './central-guard.ts';

/** How a central model failure before its first token is answered over HTTP. */
export interface CentralFailure {
  status: 429 | 502 | 503 | 504;
  code: string;
  message: string;
  /** The upstream `Retry-After` (seconds or an HTTP date), passed through on 429 and 503. */
  retryAfter?: string;
}

/**
 * Maps what the central model call failed with (AI SDK `APICallError`, gateway errors, network errors, the guard's
 * timeouts) to a status: upstream 429 -> 429 and 503 -> 503 (both with `Retry-After` when the upstream sent one),
 * timeouts -> 504, every other upstream status or a broken response -> 502. Messages carry no prompt data.
 */
export function centralFailure(error: unknown): CentralFailure {
  if (error instanceof CentralTimeoutError) return { status: 504, code: error.code, message: error.detail };
  const status = statusOf(error);
  const retryAfter = retryAfterOf(error);
  if (status === 429) {
    return { status: 429, code: 'central_rate_limited', message: 'the central model is rate limited', retryAfter };
  }
  if (status === 503) {
    return { status: 503, code: 'central_unavailable', message: 'the central model is unavailable', retryAfter };
  }
  if (status === 408 || status === 504) {
    return { status: 504, code: 'central_timeout', message: `the central model timed out (upstream status ${status})` };
  }
  if (status !== undefined) {
    return { status: 502, code: 'central_error', message: `the central model answered with status ${status}` };
  }
  if (isNetworkError(error)) {
    return { status: 502, code: 'central_unreachable', message: 'the central model could not be reached' };
  }
  return { status: 502, code: 'central_error', message: `the central model failed (${nameOf(error)})` };
}

/** Short, prompt-free description for an `error` part after the first token. */
export function describeCentralError(error: unknown): string {
  if (error instanceof CentralTimeoutError) return `${error.code}: ${error.detail}`;
  const status = statusOf(error);
  if (status !== undefined) return `central_model_error: upstream status ${status}`;
  if (isNetworkError(error)) return 'central_model_error: connection lost';
  return `central_model_error: ${nameOf(error)}`;
}

function statusOf(error: unknown): number | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const status = (e as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return undefined;
}

function retryAfterOf(error: unknown): string | undefined {
  const headers = (error as { responseHeaders?: unknown } | undefined)?.responseHeaders;
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as Record<string, string | undefined>;
  const value = h['retry-after'] ?? h['Retry-After'];
  if (value && /^(\d{1,6}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/.test(value.trim())) {
    return value.trim();
  }
  const ms = Number(h['retry-after-ms']);
  return Number.isFinite(ms) && ms >= 0 ? String(Math.ceil(ms / 1000)) : undefined;
}

const NETWORK =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EPIPE|ETIMEDOUT|UND_ERR|socket|terminated|fetch failed|network/i;

function isNetworkError(error: unknown): boolean {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && NETWORK.test(code)) return true;
    if (typeof message === 'string' && NETWORK.test(message)) return true;
  }
  return false;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
