import { describe, expect, it } from 'vitest';
import { createSlicer, heavyTurn } from '../src/pii/yield.ts';
import { blockProbe } from './helpers/block-probe.ts';

/** Busy work of `ms` milliseconds of this thread's time. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

describe('slicer.pause(): one slice per event-loop turn, however many callers', () => {
  it('eight concurrent workers never hold the loop for more than about one slice', async () => {
    const stop = { done: false };
    const order: number[] = [];
    const worker = async (id: number) => {
      const slicer = createSlicer();
      for (let i = 0; i < 40; i++) {
        spin(3);
        order.push(id);
        await slicer.pause();
      }
    };
    const all = Promise.all(Array.from({ length: 8 }, (_, id) => worker(id)));
    // Started in one go, each worker runs its first slice at once; measured from the first turn on.
    const blocked = blockProbe(stop);
    await all;
    stop.done = true;
    // Released together, the eight would run ≥ 8 × (8 ms slice + 3 ms) ≈ 88 ms between two timer ticks.
    expect(await blocked).toBeLessThan(40);
    // First come, first served: every worker progresses (no starvation).
    expect(new Set(order.slice(0, 80)).size).toBe(8);
  });

  it('short work never waits; heavy turns run alone and in order', async () => {
    const slicer = createSlicer();
    const t0 = performance.now();
    await slicer.pause();
    expect(performance.now() - t0).toBeLessThan(5);
    const log: string[] = [];
    const job = (name: string) =>
      heavyTurn(async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 5));
        spin(2);
        log.push(`${name} end`);
        return name;
      });
    expect(await Promise.all([job('a'), job('b'), job('c')])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });
});
