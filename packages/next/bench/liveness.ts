/**
 * No request stalls the process, measured with the bundled ONNX models: each heavy input (1 MB of one token, of base64,
 * of emoji, of digits and spaces; 20,000 tiny messages with an email each; a 200 KB prompt dense with personal data)
 * goes through the handler with the caps lifted, first one at a time, then all six at once, while a small request is
 * sent every 25 ms. Prints, per row: time until the heavy requests are answered, the longest main-thread block (timer
 * gaps counted in the main thread's CPU time, so other processes on the machine do not count), the longest event-loop
 * delay in wall-clock time, and the small requests' latency p50 / p99 / max.
 * Usage: node packages/next/bench/liveness.ts [chars=1000000] [messages=20000] [--together-only]
 */
import { cpus, loadavg } from 'node:os';
import { blockProbe } from '../../core/test/helpers/block-probe.ts';
import {
  heavyInputs,
  type LoadFigures,
  percentile,
  piiDenseInput,
  underLoadAll,
} from '../../core/test/helpers/heavy-inputs.ts';
import { warmModelsHandler } from '../test/models-handler.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chars = Number(args[0] ?? 1_000_000);
const messages = Number(args[1] ?? 20_000);
const togetherOnly = process.argv.includes('--together-only');
console.warn = () => {};
const handler = await warmModelsHandler({
  maxBodyBytes: 50_000_000,
  maxMessages: 1_000_000,
  maxMessageChars: 10_000_000,
});

const inputs: [string, () => unknown][] = [
  ...heavyInputs(chars, messages),
  ['200 KB prompt dense with personal data', () => piiDenseInput(200_000)],
];
const row = (name: string, r: LoadFigures) => {
  const p = (q: number) => percentile(r.probes, q).toFixed(0);
  const statuses = [...new Set(r.statuses)].join('/');
  console.log(
    `| ${name} | ${r.ms.toFixed(0)} (${statuses}) | ${r.blockedMs.toFixed(1)} | ${r.loopDelayMaxMs.toFixed(0)} | ${p(0.5)} / ${p(0.99)} / ${p(1)} (${r.probes.length}) | ${loadavg()[0].toFixed(1)} |`,
  );
};
console.log(`${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start`);
console.log(
  '| input | handled in (ms, status) | longest main-thread block (ms) | longest event-loop delay, wall clock (ms) | small requests p50 / p99 / max (ms), count | load |',
);
console.log('|---|---|---|---|---|---|');
const handle = (request: Request) => handler.handle(request);
if (!togetherOnly) {
  for (const [name, make] of inputs) row(name, await underLoadAll(handle, [make()], blockProbe));
}
row(
  'all six at once',
  await underLoadAll(
    handle,
    inputs.map(([, make]) => make()),
    blockProbe,
  ),
);
process.exit(0);
