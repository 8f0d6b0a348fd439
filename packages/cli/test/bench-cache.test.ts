import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/cache-pairs.jsonl', import.meta.url));

describe('edge-ai bench cache', () => {
  it('prints miss overhead (memory and redis), TTFB of hits vs misses, inference cache and pair rates', () => {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is not set: the global setup starts redis-server');
    const args = [
      'bench',
      'cache',
      '--iterations',
      '10',
      '--entries',
      '20',
      '--central-ttft-ms',
      '200',
      '--workload',
      '40',
    ];
    const r = spawnSync(
      `${root}node_modules/.bin/node`,
      [`${root}packages/cli/src/bin.ts`, ...args, '--redis', url, '--pairs', fixture],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.miss_overhead.map((m: { store: string }) => m.store)).toEqual(['memory', 'redis']);
    for (const m of out.miss_overhead) expect(m.misses).toBe(10);
    expect(out.ttfb.miss_ms.p50).toBeGreaterThan(200);
    expect(out.ttfb.exact_hit_ms.n).toBe(10);
    expect(out.ttfb.exact_hit_ms.p50).toBeLessThan(out.ttfb.miss_ms.p50 / 10);
    expect(out.inference_cache.map((c: { hit_rate: number }) => c.hit_rate)).toEqual([0.75, 0.75]);
    expect(out.pairs.rows).toBe(36);
    expect(out.pairs.by.overall.n_same + out.pairs.by.overall.n_diff).toBe(36);
    expect(out.pairs.by['kind:negation'].false_hit_rate).toBe(0);
  });
});
