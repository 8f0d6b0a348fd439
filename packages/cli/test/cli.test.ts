import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const bin = `${root}packages/cli/src/bin.ts`;
// The workspace packages' sources (their `@edge-ai/source` export condition), not their builds.
const SOURCE = '--conditions=@edge-ai/source';
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function cli(...args: string[]) {
  const r = spawnSync(node, [SOURCE, bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('edge-ai CLI', () => {
  it('evaluates language ID, counting malformed rows and mapping ISO 639-1 labels', () => {
    const r = cli('eval', 'lid', '--data', fixture('lid.jsonl'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped 2 malformed row/);
    const out = JSON.parse(r.stdout);
    expect(out.task).toBe('lid');
    expect(out.n).toBe(8);
    expect(out.malformed).toBe(2);
    expect(out.overall.n).toBe(8);
    expect(out.overall.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(Object.keys(out.by).sort()).toEqual(['kind', 'lang', 'source']);
    expect(out.by.lang.zh.n).toBe(1);
    expect(out.by.kind.pair.n).toBe(1);
    expect(out.by.source.handwritten.n).toBe(7);
    expect(out.latency_ms.p50).toBeGreaterThan(0);
    expect(out.latency_ms.p99).toBeGreaterThanOrEqual(out.latency_ms.p50);
    // deterministic
    expect(JSON.parse(cli('eval', 'lid', '--data', fixture('lid.jsonl'), '--json').stdout).overall).toEqual(
      out.overall,
    );
  });

  it('evaluates toxicity with precision/recall/F1/accuracy/AUC at the model threshold or --threshold', () => {
    const out = JSON.parse(cli('eval', 'toxicity', '--data', fixture('toxicity.jsonl'), '--json').stdout);
    expect(out.n).toBe(4);
    expect(out.malformed).toBe(1);
    for (const k of ['precision', 'recall', 'f1', 'accuracy', 'auc', 'threshold'])
      expect(out.overall).toHaveProperty(k);
    const fixed = JSON.parse(
      cli('eval', 'toxicity', '--data', fixture('toxicity.jsonl'), '--json', '--threshold', '0').stdout,
    );
    expect(fixed.overall.threshold).toBe(0);
    expect(fixed.overall.recall).toBe(1);
    expect(fixed.overall.auc).toBe(out.overall.auc);
  });

  it('evaluates NER at entity level with per-type figures', () => {
    const out = JSON.parse(cli('eval', 'ner', '--data', fixture('ner.jsonl'), '--json').stdout);
    expect(out.n).toBe(2);
    expect(out.malformed).toBe(1);
    expect(out.overall.tp + out.overall.fn).toBe(4);
    expect(Object.keys(out.overall.by_type)).toEqual(['PER', 'LOC', 'ORG']);
    expect(out.by.lang.en.n).toBe(2);
  });

  it('classifies one text', () => {
    const out = JSON.parse(
      execFileSync(node, [SOURCE, bin, 'classify', '--text', 'Das Wetter ist heute schön.'], { encoding: 'utf8' }),
    );
    expect(out.language.lang).toBe('deu');
    expect(typeof out.toxicity.score).toBe('number');
    expect(Array.isArray(out.entities.entities)).toBe(true);
  });

  it('prints model sizes and latency figures from bench', () => {
    const out = JSON.parse(cli('bench', '--iterations', '5').stdout);
    expect(out.input_chars).toBe(512);
    expect(out.sizes.lid.model_onnx_bytes).toBeGreaterThan(0);
    expect(out.total_bytes).toBeGreaterThan(out.sizes.lid.total_bytes);
    for (const k of ['lid', 'toxicity', 'ner', 'all']) expect(out.latency_ms[k].p50).toBeGreaterThan(0);
  });

  it('rejects unknown commands and bad usage', () => {
    expect(cli('nope').code).toBe(2);
    expect(cli('eval', 'lid').code).toBe(2);
  });
});
