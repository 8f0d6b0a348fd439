import { cpus, loadavg } from 'node:os';
import type { EdgeAIHandler } from '@edge-ai/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockProbe } from '../../core/test/helpers/block-probe.ts';
import { heavyInputs, percentile, underLoad } from '../../core/test/helpers/heavy-inputs.ts';
import { warmModelsHandler } from './models-handler.ts';

/**
 * The liveness check of packages/core/test/liveness.test.ts with the bundled ONNX models (language ID, NER inside
 * the PII stage, toxicity), so the real featurizers are in the request path. Caps lifted to 400,000 characters and
 * 2,000 messages (twice the default caps; `packages/next/bench/liveness.ts` runs 1 MB and 20,000 messages). The main
 * thread is never blocked 100 ms; probe latency is asserted when this process can have a core.
 */
let handler: EdgeAIHandler;

beforeAll(async () => {
  handler = await warmModelsHandler({ maxBodyBytes: 5_000_000, maxMessages: 20_000, maxMessageChars: 1_100_000 });
}, 60_000);

describe('no request stalls the process (bundled models)', () => {
  for (const [name, make] of heavyInputs(400_000, 2_000)) {
    it(`${name}: answered, the main thread never blocked 100 ms`, async () => {
      const r = await underLoad((req) => handler.handle(req), make(), blockProbe);
      const load = loadavg()[0];
      console.log(
        `${name} (bundled models): ${r.status} in ${r.ms.toFixed(0)} ms, longest main-thread block ${r.blockedMs.toFixed(1)} ms, ${r.probes.length} probes p50 ${percentile(r.probes, 0.5).toFixed(0)} / p90 ${percentile(r.probes, 0.9).toFixed(0)} ms, load ${load.toFixed(1)}; ${r.timing}`,
      );
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(60_000);
      expect(r.probes.length).toBeGreaterThan(0);
      expect(r.blockedMs).toBeLessThan(100);
      if (load < cpus().length) expect(percentile(r.probes, 0.9)).toBeLessThan(100);
    }, 90_000);
  }
});
