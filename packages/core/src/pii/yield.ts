/**
 * Cooperative scheduling of long CPU work in the request path, so one request cannot starve the others.
 *
 * - `createSlicer()` gives one piece of work (one detection, one stage run) its own clock: `pause()` returns at once
 *   until that work has run SLICE_MS since it last resumed, then waits its turn. Short requests never wait.
 * - Waiting work is released one piece per event-loop turn, first come first served, so timers, I/O and short
 *   requests run between any two slices however many heavy requests are in flight. (One `setImmediate` per waiter
 *   released them all in the same turn: six concurrent heavy requests held the loop for 144-215 ms.)
 * - `heavyTurn(work)` runs asynchronous heavy work (an ONNX Runtime inference, which onnxruntime-node runs on the main
 *   thread) alone: the next waiter is released only after it settled.
 */
const SLICE_MS = 8;

// Node's setImmediate when there is one (it runs after I/O, without the 1 ms timer clamp); else a zero timer.
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
const waiting: (() => void)[] = [];
let scheduled = false;
let exclusive = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (immediate) immediate(releaseNext);
  else setTimeout(releaseNext, 0);
}

function releaseNext(): void {
  scheduled = false;
  if (exclusive) return;
  const next = waiting.shift();
  if (!next) return;
  next();
  if (waiting.length > 0) schedule();
}

/** Resolves when it is this caller's turn (at the earliest in the next event-loop turn). */
function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}

export interface Slicer {
  /** Returns at once while this work's slice lasts; else waits for its next turn. */
  pause(): Promise<void>;
}

export function createSlicer(): Slicer {
  let resumed = performance.now();
  return {
    async pause() {
      if (performance.now() - resumed < SLICE_MS) return;
      await nextTurn();
      resumed = performance.now();
    },
  };
}

/**
 * Runs `work` in a turn of its own; nothing else queued here runs until it settled. `work` must not itself call
 * `pause()` of a slicer or `heavyTurn` (it would wait for itself).
 */
export async function heavyTurn<T>(work: () => Promise<T>): Promise<T> {
  await new Promise<void>((resolve) => {
    waiting.push(() => {
      exclusive = true;
      resolve();
    });
    schedule();
  });
  try {
    return await work();
  } finally {
    exclusive = false;
    if (waiting.length > 0) schedule();
  }
}

/**
 * Work written once as a generator that yields at points where it may pause (every few thousand steps), run either
 * in one piece (`runSteps`) or cut into slices of the scheduler (`runStepsSliced`).
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runStepsSliced<T>(steps: Steps<T>, slicer: Slicer = createSlicer()): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await slicer.pause();
  }
}
