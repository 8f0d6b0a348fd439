/**
 * No request stalls the process, measured with the bundled ONNX models: each heavy input (1 MB of one token, of base64,
 * of emoji, of digits and spaces; 20,000 tiny messages with an email each) goes through the handler with the caps
 * lifted while a small request is sent every 25 ms. Prints, per input: time to handle it, the longest main-thread block
 * (timer gaps counted in the main thread's CPU time, so other processes on the machine do not count), and the small
 * requests' latency. Usage: node packages/next/bench/liveness.ts [chars=1000000] [messages=20000]
 */
import { cpus, loadavg } from 'node:os';
import { createEdgeAIHandler, createMemoryKV } from '@edge-ai/core';
import { edgeModels } from '@edge-ai/models';
import { blockProbe } from '../../core/test/helpers/block-probe.ts';
import { heavyInputs, percentile, underLoad } from '../../core/test/helpers/heavy-inputs.ts';
import { recordingModel } from '../../core/test/helpers/recording-model.ts';

const chars = Number(process.argv[2] ?? 1_000_000);
const messages = Number(process.argv[3] ?? 20_000);
console.warn = () => {};
const handler = createEdgeAIHandler({
  models: edgeModels,
  kv: createMemoryKV(),
  central: { model: recordingModel('fine') },
  cache: { enabled: false },
  maxBodyBytes: 50_000_000,
  maxMessages: 1_000_000,
  maxMessageChars: 10_000_000,
});
await edgeModels.warm?.();
const warm = new Request('http://localhost/api/chat', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ prompt: 'warm up: call +33 6 12 34 56 78, a@b.example.com, Maria Schneider in Hamburg' }),
});
await (await handler.handle(warm)).response.text();
console.log(`${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start`);
console.log(
  '| input | handled in (ms) | longest main-thread block (ms) | small requests p50 / p90 / max (ms) | load |',
);
console.log('|---|---|---|---|---|');
for (const [name, make] of heavyInputs(chars, messages)) {
  const r = await underLoad((request) => handler.handle(request), make(), blockProbe);
  const p = (q: number) => percentile(r.probes, q).toFixed(0);
  console.log(
    `| ${name} | ${r.ms.toFixed(0)} (${r.status}) | ${r.blockedMs.toFixed(1)} | ${p(0.5)} / ${p(0.9)} / ${p(1)} (${r.probes.length}) | ${loadavg()[0].toFixed(1)} |`,
  );
}
process.exit(0);
