/**
 * Cooperative yielding for long CPU work in the request path: `pause()` returns at once unless more than
 * SLICE_MS passed since the last yield, then waits for a macrotask so timers, I/O and other requests run.
 * One request therefore never holds the event loop much longer than one slice.
 */
const SLICE_MS = 8;
let last = performance.now();

// Node's setImmediate when there is one (it runs after I/O, without the 1 ms timer clamp); else a zero timer.
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
const macrotask = (): Promise<void> =>
  new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));

export async function pause(): Promise<void> {
  if (performance.now() - last < SLICE_MS) return;
  await macrotask();
  last = performance.now();
}
