/**
 * An AbortSignal that aborts when any of `signals` does, with that signal's reason. `AbortSignal.any` where the
 * runtime has it (Node.js ≥ 20, browsers); a listener-based equivalent elsewhere (some Edge-style runtimes lack it).
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  const abortFrom = (signal: AbortSignal) => () => controller.abort(signal.reason);
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', abortFrom(signal), { once: true, signal: controller.signal });
  }
  return controller.signal;
}
