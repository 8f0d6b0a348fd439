import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { blockProbe } from './helpers/block-probe.ts';
import { promptText, recordingModel } from './helpers/recording-model.ts';

/**
 * One heavy request must not stall the process: while it is handled, a small request sent every 25 ms is answered in
 * under 100 ms and the event-loop delay stays under 100 ms. The caps are lifted here so the heavy inputs are really
 * processed (with the defaults they are refused with 413 at once, see request-limits.test.ts).
 */
const central = recordingModel();
const handler = createEdgeAIHandler({
  models: modelsDouble(),
  kv: createMemoryKV(),
  central: { model: central },
  cache: { enabled: false },
  maxBodyBytes: 5_000_000,
  maxMessages: 20_000,
  maxMessageChars: 1_100_000,
});
const post = (body: unknown) =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const HEAVY: [string, () => unknown][] = [
  ['1 MB of one token', () => ({ prompt: 'a'.repeat(1_000_000) })],
  [
    '1 MB of base64',
    () => ({ prompt: Array.from({ length: 1_000_000 }, () => B64[Math.floor(rand() * 64)]).join('') }),
  ],
  ['1 MB of emoji', () => ({ prompt: '😀'.repeat(250_000) })],
  ['1 MB of digits and spaces', () => ({ prompt: '1 '.repeat(500_000) })],
  [
    '20,000 tiny messages, each with an email',
    () => ({
      messages: Array.from({ length: 20_000 }, (_, i) => ({
        role: i % 2 ? 'assistant' : 'user',
        content: `hi ${i}, mail u${i}@example.com`,
      })),
    }),
  ],
];

async function probe(stop: { done: boolean }): Promise<number[]> {
  const latencies: number[] = [];
  while (!stop.done) {
    const t0 = performance.now();
    const { response } = await handler.handle(post({ prompt: 'hello there, how are you?' }));
    await response.text();
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 25));
  }
  return latencies;
}

describe('no request stalls the process', () => {
  for (const [name, make] of HEAVY) {
    it(`${name}: handled within the budget while other requests are answered in < 100 ms`, async () => {
      const body = JSON.stringify(make());
      // Warm-up loads what a first request loads once (phone metadata, the AI SDK stream path).
      await (
        await handler.handle(
          post({
            prompt:
              'warm up: call +33 6 12 34 56 78, a@b.example.com, card 4111 1111 1111 1111, ssn 123-45-6789, 1 2 3 4 5 6 7 8 9 0 1 2',
          }),
        )
      ).response.text();
      const lag = monitorEventLoopDelay({ resolution: 5 });
      const stop = { done: false };
      lag.enable();
      const probing = probe(stop);
      const blocking = blockProbe(stop);
      const t0 = performance.now();
      const { response } = await handler.handle(post(body));
      await response.text();
      const ms = performance.now() - t0;
      stop.done = true;
      const latencies = await probing;
      const blocked = await blocking;
      lag.disable();
      const p99Lag = lag.percentile(99) / 1e6;
      const sorted = [...latencies].sort((a, b) => a - b);
      const p90 = sorted[Math.floor(sorted.length * 0.9)];
      console.log(
        `${name}: ${ms.toFixed(0)} ms, ${latencies.length} probes, probe p90 ${p90.toFixed(1)} ms / max ${sorted.at(-1)?.toFixed(1)} ms, event-loop delay p99 ${p99Lag.toFixed(1)} ms / max ${(lag.max / 1e6).toFixed(1)} ms, longest CPU-attributed block ${blocked.toFixed(1)} ms, load ${loadavg()[0].toFixed(1)}`,
      );
      expect(response.status).toBe(200);
      expect(ms).toBeLessThan(45_000);
      expect(latencies.length).toBeGreaterThan(0);
      expect(blocked).toBeLessThan(100);
      // Wall-clock figures measure the OS scheduler when other processes (parallel test files) hold the cores; they
      // are asserted when this process can have a core. Percentiles, not maxima: a GC pause of 1 MB strings is no stall.
      if (loadavg()[0] < cpus().length) {
        expect(p90).toBeLessThan(100);
        expect(p99Lag).toBeLessThan(100);
      }
    }, 60_000);
  }

  it('the 20,000 messages reach the central model with every email replaced', () => {
    const sent = promptText(central.prompts.find((p) => p.length > 1000) ?? []);
    expect(sent).not.toMatch(/u\d+@example\.com/);
    expect(sent.match(/<EMAIL_\d+>/g)?.length).toBe(20_000);
  });
});
