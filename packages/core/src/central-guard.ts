import type { LanguageModelV4StreamPart, LanguageModelV4StreamResult } from '@ai-sdk/provider';
import type { LanguageModelMiddleware } from 'ai';
import { EdgeAIError } from './errors.ts';
import { anySignal } from './signals.ts';

/** Time limits on one central model call (options `central.firstTokenTimeoutMs`, `central.idleTimeoutMs`). */
export interface CentralTimeouts {
  /** From the call until the first content part (text, reasoning, tool input) arrives. */
  firstTokenMs: number;
  /** Between two parts once content arrived. */
  idleMs: number;
}

export const DEFAULT_CENTRAL_TIMEOUTS: CentralTimeouts = { firstTokenMs: 8_000, idleMs: 5_000 };

/** The central model did not answer in time; its call was aborted. */
export class CentralTimeoutError extends EdgeAIError {
  readonly code: 'central_timeout' | 'central_idle_timeout';
  /** The message without the `edge-ai: ` prefix, as sent to clients. */
  readonly detail: string;
  constructor(phase: 'first_token' | 'idle', ms: number) {
    const detail =
      phase === 'first_token'
        ? `the central model sent no first token within ${ms} ms`
        : `the central model sent nothing for ${ms} ms`;
    super(detail);
    this.detail = detail;
    this.name = 'CentralTimeoutError';
    this.code = phase === 'first_token' ? 'central_timeout' : 'central_idle_timeout';
  }
}

const NOT_CONTENT = new Set(['stream-start', 'response-metadata', 'raw', 'text-start', 'reasoning-start']);
const EMPTY_USAGE = {
  inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: undefined, text: undefined, reasoning: undefined },
};

/**
 * Innermost middleware around the central model. It bounds the call (no first content part within `firstTokenMs`,
 * or nothing for `idleMs` after it: the upstream request is aborted and a `CentralTimeoutError` is raised) and it
 * never lets the model stream tear: a stream that fails, times out or is cut ends with an `error` part and a
 * `finish` part (reason "error"). A cancelled stream (client gone) aborts the upstream request.
 */
export function centralGuardMiddleware(timeouts: CentralTimeouts): LanguageModelMiddleware {
  return {
    async wrapStream({ model, params }) {
      const upstream = new AbortController();
      const signal = params.abortSignal ? anySignal([params.abortSignal, upstream.signal]) : upstream.signal;
      const deadline = Date.now() + timeouts.firstTokenMs;
      const call = Promise.resolve(model.doStream({ ...params, abortSignal: signal }));
      call.catch(() => {}); // settled below or abandoned after a timeout
      const result = await withTimeout(call, timeouts.firstTokenMs, () => {
        const error = new CentralTimeoutError('first_token', timeouts.firstTokenMs);
        upstream.abort(error);
        return error;
      });
      return { ...result, stream: guardStream(result, timeouts, deadline, upstream, params.abortSignal) };
    },
  };
}

function guardStream(
  result: LanguageModelV4StreamResult,
  timeouts: CentralTimeouts,
  deadline: number,
  upstream: AbortController,
  callerSignal: AbortSignal | undefined,
): ReadableStream<LanguageModelV4StreamPart> {
  const reader = result.stream.getReader();
  let content = false;
  let ended = false;
  const fail = (controller: ReadableStreamDefaultController<LanguageModelV4StreamPart>, error: unknown) => {
    ended = true;
    reader.cancel(error).catch(() => {});
    controller.enqueue({ type: 'error', error });
    controller.enqueue({ type: 'finish', finishReason: { unified: 'error', raw: undefined }, usage: EMPTY_USAGE });
    controller.close();
  };
  return new ReadableStream<LanguageModelV4StreamPart>({
    async pull(controller) {
      if (ended) return;
      const ms = content ? timeouts.idleMs : Math.max(0, deadline - Date.now());
      let next: ReadableStreamReadResult<LanguageModelV4StreamPart>;
      try {
        next = await withTimeout(reader.read(), ms, () => {
          const error = new CentralTimeoutError(
            content ? 'idle' : 'first_token',
            content ? timeouts.idleMs : timeouts.firstTokenMs,
          );
          upstream.abort(error);
          return error;
        });
      } catch (error) {
        // The caller aborted (client gone): end quietly, the AI SDK reports the abort itself.
        if (callerSignal?.aborted) {
          ended = true;
          controller.close();
          return;
        }
        fail(controller, error);
        return;
      }
      if (next.done) {
        ended = true;
        controller.close();
        return;
      }
      if (!NOT_CONTENT.has(next.value.type)) content = true;
      controller.enqueue(next.value);
    },
    cancel(reason) {
      ended = true;
      upstream.abort(reason);
      return reader.cancel(reason).catch(() => {});
    },
  });
}

/** `promise`, or the error made by `onTimeout` once `ms` passed (the timer never outlives the race). */
function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => unknown): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
