/**
 * No request stalls another, measured where users run it: the built example app (`next build`, then `next start`,
 * bundled ONNX models, default caps) in front of a loopback OpenAI-compatible server. Each heavy body the caps let
 * through (200 KB of one token, of base64, of emoji, of digits and spaces; 500 messages each with an email; a 190 KB
 * prompt dense with personal data) is sent alone, then all six at once, while a page (`GET /`) and a small chat request
 * are each requested every 25 ms. Prints, per row, the heavy requests' time and status, and each probe's latency p50 /
 * p99 / max (time to the whole answer; the first row is the probes alone, for comparison).
 * Usage (after `pnpm --filter next-chat build`): node examples/next-chat/bench/liveness-http.ts [--together-only]
 */
import { loadavg } from 'node:os';
import { startFaultProvider } from '../../../packages/core/test/helpers/fault-provider.ts';
import { heavyInputs, percentile, piiDenseInput } from '../../../packages/core/test/helpers/heavy-inputs.ts';
import { startApp } from '../test/server.ts';

const togetherOnly = process.argv.includes('--together-only');
const provider = await startFaultProvider({ kind: 'ok', deltas: ['Fine, ', 'thanks.'] });
const app = await startApp({ EDGE_AI_CENTRAL_BASE_URL: provider.baseURL, EDGE_AI_CENTRAL_MODEL: 'local-model' });

const chat = (body: unknown) =>
  fetch(`${app.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const timed = async (send: () => Promise<Response>) => {
  const t0 = performance.now();
  const response = await send();
  await response.text();
  return { ms: performance.now() - t0, status: response.status };
};
const small = () => chat({ prompt: 'hello there, how are you?' });
const page = () => fetch(`${app.url}/`);

// Warm up: models loaded, the page rendered once, a request with personal data answered.
for (let i = 0; i < 3; i++) {
  await timed(page);
  await timed(() => chat({ prompt: 'warm up: call +33 6 12 34 56 78, a@b.example.com, Maria Schneider in Hamburg' }));
}

const inputs: [string, () => unknown][] = [
  ...heavyInputs(200_000, 500),
  ['190 KB prompt dense with personal data', () => piiDenseInput(190_000)],
];

async function underLoad(bodies: unknown[], idleMs = 0) {
  const stop = { done: false };
  const probes = { page: [] as number[], small: [] as number[] };
  const probe = async (kind: 'page' | 'small', send: () => Promise<Response>) => {
    while (!stop.done) {
      probes[kind].push((await timed(send)).ms);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const probing = [probe('page', page), probe('small', small)];
  const t0 = performance.now();
  if (idleMs) await new Promise((r) => setTimeout(r, idleMs));
  const heavy = await Promise.all(bodies.map((b) => timed(() => chat(b))));
  const ms = performance.now() - t0;
  stop.done = true;
  await Promise.all(probing);
  return { ms, statuses: [...new Set(heavy.map((h) => h.status))], probes };
}

const figures = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const p = (q: number) => percentile(s, q).toFixed(0);
  return `${p(0.5)} / ${p(0.99)} / ${p(1)} (${s.length})`;
};
console.log(`built example app, next start; load average ${loadavg()[0].toFixed(1)} at the start`);
console.log(
  '| input | handled in (ms, status) | page `GET /` p50 / p99 / max (ms), count | small chat request p50 / p99 / max (ms), count | load |',
);
console.log('|---|---|---|---|---|');
const row = (name: string, r: Awaited<ReturnType<typeof underLoad>>) =>
  console.log(
    `| ${name} | ${r.ms.toFixed(0)} (${r.statuses.join('/')}) | ${figures(r.probes.page)} | ${figures(r.probes.small)} | ${loadavg()[0].toFixed(1)} |`,
  );
try {
  row('none (probes alone, 2 s)', await underLoad([], 2000));
  if (!togetherOnly) for (const [name, make] of inputs) row(name, await underLoad([make()]));
  row('all six at once', await underLoad(inputs.map(([, make]) => make())));
} finally {
  await app.stop();
  await provider.close();
}
