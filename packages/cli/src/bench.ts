/** `edge-ai bench` — bytes on disk per bundled model and warm single-thread latency on a 512-character input. */
import { readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stringFlag } from './args.ts';
import { percentile, round } from './metrics.ts';
import { progress } from './progress.ts';

const SAMPLE =
  'Hello, my name is Maria Schmidt and I live in Berlin. I work for Siemens and I would like to know how to reset ' +
  'the password of my account, because the old one does not work anymore since last Tuesday. Could you also tell ' +
  'me whether the office in Munich is open on Saturdays? My colleague John Miller from London said it might be ' +
  'closed during the holidays, which would be a problem for our team meeting next week. Thanks a lot for your help ';

export const BENCH_TEXT = SAMPLE.repeat(2).slice(0, 512);

/** A 64-token prompt (64 whitespace-separated words) for the embedder's latency line. */
export const EMBED_BENCH_TEXT = SAMPLE.split(/\s+/).filter(Boolean).slice(0, 64).join(' ');

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return total;
}

async function latency(label: string, fn: () => Promise<unknown>, iterations: number) {
  for (let i = 0; i < 10; i++) await fn();
  const ms: number[] = [];
  const bar = progress(label, iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
    bar.tick();
  }
  bar.done();
  return { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) };
}

export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'cache') return (await import('./bench-cache.ts')).run(argv.slice(1));
  const args = parseArgs(argv, ['json']);
  const iterations = Number(stringFlag(args, 'iterations') ?? 300);
  const models = await import('@edge-ai/models');
  const sizes: Record<string, { model_onnx_bytes: number; total_bytes: number }> = {};
  for (const name of readdirSync(models.modelsDir).sort()) {
    const dir = join(models.modelsDir, name);
    if (!statSync(dir).isDirectory()) continue;
    const onnx = join(dir, 'model.onnx');
    sizes[name] = {
      model_onnx_bytes: statSync(onnx, { throwIfNoEntry: false })?.size ?? 0,
      total_bytes: dirBytes(dir),
    };
  }
  await models.warm();
  const text = BENCH_TEXT;
  const latencyMs = {
    lid: await latency('lid', () => models.detectLanguage(text), iterations),
    toxicity: await latency('toxicity', () => models.scoreToxicity(text), iterations),
    ner: await latency('ner', () => models.recognizeEntities(text), iterations),
    embed_64_tokens: await latency('embed', () => models.embedTexts([EMBED_BENCH_TEXT]), iterations),
    all: await latency(
      'all',
      async () => {
        await models.detectLanguage(text);
        await models.scoreToxicity(text);
        await models.recognizeEntities(text);
      },
      iterations,
    ),
  };
  const report = {
    input_chars: text.length,
    iterations,
    threads: 1,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    sizes,
    total_bytes: Object.values(sizes).reduce((a, s) => a + s.total_bytes, 0),
    latency_ms: latencyMs,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
