import { describe, expect, it } from 'vitest';
import { createSlicer, foreground, heavyTurn } from '../src/pii/yield.ts';
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
    // Every worker ran its first slice at once; then the youngest goes first, and all finish (no starvation).
    expect(new Set(order.slice(0, 8 * 3)).size).toBe(8);
    expect(order.length).toBe(8 * 40);
    expect(order.at(-1)).toBe(0);
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

describe('the youngest request first', () => {
  it("a young request's pause goes before the slices of older work waiting", async () => {
    const order: string[] = [];
    const worker = async (id: string, since: number, slices: number) => {
      const slicer = createSlicer(since);
      for (let i = 0; i < slices; i++) {
        spin(9);
        await slicer.pause();
        order.push(id);
      }
    };
    const old = Array.from({ length: 4 }, (_, i) => worker(`old${i}`, 1 + i, 6));
    // Let the old workers queue up, then a young one starts.
    await new Promise((r) => setTimeout(r, 1));
    const t0 = performance.now();
    await worker('young', performance.now(), 3);
    const youngMs = performance.now() - t0;
    await Promise.all(old);
    // The young worker's three pauses each waited for at most the piece of work running, not for four old slices.
    const firstYoung = order.indexOf('young');
    const lastYoung = order.lastIndexOf('young');
    expect(order.slice(firstYoung, lastYoung + 1).filter((id) => id !== 'young').length).toBeLessThanOrEqual(3);
    expect(youngMs).toBeLessThan(4 * 4 * 9);
    // The old ones all finished (held back, not starved).
    expect(order.filter((id) => id.startsWith('old')).length).toBe(24);
  });

  it('older work waits while a young request is in flight, 25 ms at most at a time', async () => {
    const since = performance.now() - 1000;
    const old = createSlicer(since);
    const done = foreground(performance.now());
    const t0 = performance.now();
    spin(3);
    await old.pause(); // inside its slice (3 ms run), but a young request is in flight: it gives way
    const held = performance.now() - t0;
    done();
    expect(held).toBeGreaterThanOrEqual(20);
    expect(held).toBeLessThan(150);
    // Once the young request is done, older work goes on at once.
    const again = createSlicer(since);
    const t1 = performance.now();
    spin(9);
    await again.pause();
    expect(performance.now() - t1).toBeLessThan(40);
  });

  it('older work goes on as soon as the young request is done', async () => {
    const old = createSlicer(performance.now() - 1000);
    const done = foreground(performance.now());
    setTimeout(done, 5);
    const t0 = performance.now();
    await old.pause();
    expect(performance.now() - t0).toBeLessThan(40);
  });

  it('a mark whose caller dropped it lapses after 50 ms', async () => {
    foreground(performance.now()); // a page passed on: nobody says when it is done
    await new Promise((r) => setTimeout(r, 60));
    const old = createSlicer(performance.now() - 1000);
    const t0 = performance.now();
    await old.pause(); // inside its slice, and nothing young in flight: returns at once
    expect(performance.now() - t0).toBeLessThan(5);
  });

  it('a steady stream of young requests does not starve older work', async () => {
    const stop = { done: false };
    const stream = (async () => {
      while (!stop.done) {
        foreground(performance.now()); // a page every 10 ms, each young for 50 ms: always one in flight
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const old = createSlicer(performance.now() - 1000);
    const t0 = performance.now();
    for (let i = 0; i < 8; i++) {
      spin(9);
      await old.pause();
    }
    const ms = performance.now() - t0;
    stop.done = true;
    await stream;
    // eight slices of 9 ms, each after at most a 25 ms hold (plus timer slack)
    expect(ms).toBeLessThan(8 * (9 + 25) + 150);
  });
});
