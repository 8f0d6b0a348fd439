/**
 * Cost of withEdgeAI on routes that are not AI routes, against a bare proxy that only calls NextResponse.next().
 * Prints figures (not a timed test): `node packages/next/bench/passthrough.ts`.
 */
import { type NextFetchEvent, NextRequest, NextResponse } from 'next/server.js';
import { withEdgeAI } from '../src/index.ts';

const event = { waitUntil() {} } as unknown as NextFetchEvent;
const gated = withEdgeAI({ central: { offline: true }, models: undefined });
const bare = async (_request: NextRequest) => NextResponse.next();
const paths = ['/', '/about', '/api/users/42', '/_next/static/chunk.js', '/api/chat'];
const requests = paths.map((p) => new NextRequest(`http://localhost:3000${p}`, { method: 'GET' }));

async function time(fn: (r: NextRequest) => Promise<unknown>, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const r = requests[i % requests.length];
    const t = process.hrtime.bigint();
    await fn(r);
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return samples.sort((a, b) => a - b);
}

const pick = (s: number[], q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
await time((r) => gated(r, event) as Promise<unknown>, 5000);
await time(bare, 5000);
const a = await time((r) => gated(r, event) as Promise<unknown>, 50_000);
const b = await time(bare, 50_000);
console.log(
  JSON.stringify(
    {
      rounds: 50_000,
      withEdgeAI_us: { p50: pick(a, 0.5), p99: pick(a, 0.99) },
      bare_next_us: { p50: pick(b, 0.5), p99: pick(b, 0.99) },
      overhead_p50_us: +(pick(a, 0.5) - pick(b, 0.5)).toFixed(2),
    },
    null,
    2,
  ),
);
process.exit(0);
