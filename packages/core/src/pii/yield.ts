/**
 * Cooperative scheduling of long CPU work in the request path, so one request cannot starve the others.
 *
 * - `createSlicer()` gives one piece of work (one detection, one stage run) its own clock: `pause()` returns at once
 *   until that work has run SLICE_MS since it last resumed, then waits its turn. Short requests never wait.
 * - Waiting work is released one piece per event-loop turn, so timers, I/O and short requests run between any two
 *   slices however many heavy requests are in flight. (One `setImmediate` per waiter released them all in the same
 *   turn: six concurrent heavy requests held the loop for 144-215 ms.)
 * - The waiter released is the one of the youngest request (`since`: when its request came in; first come, first
 *   served among equals): a small request that had to pause goes before the slices of the long requests that came
 *   in before it, so it waits for the piece of work running now, not for one slice of every heavy request in flight
 *   (first come, first served put a small request behind six heavy requests' slices at each of its pauses: 104-133
 *   ms). Long requests run when no younger work waits; they finish, youngest first, as the small ones do.
 * - `heavyTurn(work)` runs asynchronous heavy work (an ONNX Runtime inference, which onnxruntime-node runs on the main
 *   thread) alone: the next waiter is released only after it settled. It ranks as the oldest work (`since` 0): it is
 *   heavy by definition.
 */
const SLICE_MS = 8;
/** What older work runs at least, once released, before it gives way to a young request inside its slice. */
const MIN_RUN_MS = 2;

interface Waiter {
  /** `performance.now()` when the waiter's request came in; the greatest goes first. */
  since: number;
  /** `performance.now()` when it began to wait. */
  queuedAt: number;
  release: () => void;
}

// Node's setImmediate when there is one (it runs after I/O, without the 1 ms timer clamp); else a zero timer.
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
const waiting: Waiter[] = [];
let scheduled = false;
let exclusive = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (immediate) immediate(releaseNext);
  else setTimeout(releaseNext, 0);
}

/** The waiter of the youngest request, the first one among equals. */
function takeNext(): Waiter | undefined {
  let best = 0;
  for (let i = 1; i < waiting.length; i++) if (waiting[i].since > waiting[best].since) best = i;
  return waiting.splice(best, 1)[0];
}

function releaseNext(): void {
  scheduled = false;
  if (exclusive) return;
  let next = takeNext();
  if (!next) return;
  if (heldBack(next.since)) {
    // Held back for a young request, but never for long: the waiter that waited longest goes once it waited
    // MAX_HOLD_MS (a steady stream of young requests would otherwise starve the older ones).
    waiting.push(next);
    let longest = 0;
    for (let i = 1; i < waiting.length; i++) if (waiting[i].queuedAt < waiting[longest].queuedAt) longest = i;
    const due = waiting[longest].queuedAt + MAX_HOLD_MS;
    if (performance.now() < due) {
      wakeAt(due);
      return;
    }
    next = waiting.splice(longest, 1)[0];
  }
  next.release();
  if (waiting.length > 0) schedule();
}

/**
 * Requests in their first FOREGROUND_MS, from `foreground()` until their answer is sent. While one is in
 * flight, older work waiting here is held back: each await of a young request (an ONNX Runtime call resolves in a
 * later event-loop turn; a small request makes several) would otherwise wait behind a slice of older work, and the
 * young request would pay one slice per await. Held back for at most FOREGROUND_MS per young request, and each waiter
 * for at most MAX_HOLD_MS while young requests keep coming.
 */
const FOREGROUND_MS = 50;
/** The longest older work waits while young requests are in flight (then one piece of it runs). */
const MAX_HOLD_MS = 25;
const young = new Set<number>();
let wake: ReturnType<typeof setTimeout> | undefined;
let wakeTime = Number.POSITIVE_INFINITY;

/** Runs the scheduler again at `at` (`performance.now()` time), or earlier if already asked for. */
function wakeAt(at: number): void {
  if (wake !== undefined && wakeTime <= at) return;
  if (wake !== undefined) clearTimeout(wake);
  wakeTime = at;
  wake = setTimeout(
    () => {
      wake = undefined;
      wakeTime = Number.POSITIVE_INFINITY;
      schedule();
    },
    Math.max(0, at - performance.now()),
  );
  (wake as { unref?: () => void }).unref?.();
}

/**
 * Drops the marks that are no longer young (requests still in flight, or whose caller dropped `done`: they hold nothing
 * back) and returns when the youngest left stops being young (0 when none is).
 */
function youngUntil(now: number): number {
  let until = 0;
  for (const s of young) {
    if (s + FOREGROUND_MS <= now) young.delete(s);
    else until = Math.max(until, s + FOREGROUND_MS);
  }
  return until;
}

function heldBack(since: number): boolean {
  const now = performance.now();
  if (since > now - FOREGROUND_MS) return false;
  const until = youngUntil(now);
  if (until <= now) return false;
  // Released again once the youngest request is no longer young, or earlier when it is done.
  wakeAt(until);
  return true;
}

/**
 * Marks the CPU work of a request that came in at `since` (`performance.now()`) as in flight; call the returned
 * function when it is done. For its first FOREGROUND_MS older work waiting here is held back (see above); a mark whose
 * function is never called lapses then.
 */
export function foreground(since: number): () => void {
  let key = since;
  while (young.has(key)) key += 1e-6;
  youngUntil(performance.now());
  young.add(key);
  return () => {
    if (!young.delete(key)) return;
    if (waiting.length > 0) schedule();
  };
}

/** Resolves when it is this caller's turn (at the earliest in the next event-loop turn). */
function nextTurn(since: number): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push({ since, queuedAt: performance.now(), release: resolve });
    schedule();
  });
}

export interface Slicer {
  /** Returns at once while this work's slice lasts; else waits for its next turn. */
  pause(): Promise<void>;
}

/**
 * `since`: `performance.now()` when the request this work serves came in (default: now). Every slicer and sliced step
 * of one request should get the same value, so its pauses rank as one request; 0 ranks as the oldest work (background
 * work such as warming caches runs when nothing younger waits).
 */
export function createSlicer(since = performance.now()): Slicer {
  let resumed = performance.now();
  return {
    async pause() {
      const ran = performance.now() - resumed;
      // Older work also gives way inside its slice while a young request is in flight (its awaits would wait behind
      // it), once it ran MIN_RUN_MS: released after a hold, it always makes some progress.
      if (ran < SLICE_MS && (ran < MIN_RUN_MS || young.size === 0 || !heldBack(since))) return;
      await nextTurn(since);
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
    waiting.push({
      since: 0,
      queuedAt: performance.now(),
      release: () => {
        exclusive = true;
        resolve();
      },
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
