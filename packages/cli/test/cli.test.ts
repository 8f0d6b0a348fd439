import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('evaluates the semantic cache: hit rate on same pairs, false-hit rate on different ones, by lang and kind', () => {
    const r = cli('eval', 'cache', '--data', fixture('cache-pairs.jsonl'), '--json', '--sweep');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped 1 malformed row/);
    const out = JSON.parse(r.stdout);
    expect(out.task).toBe('cache');
    expect(out.model).toMatch(/^embed-[0-9a-f]{8}$/);
    expect(out.overall.n_same + out.overall.n_diff).toBe(35);
    expect(out.overall.threshold).toBeGreaterThan(0);
    expect(out.overall.hit_rate).toBeGreaterThanOrEqual(0);
    expect(out.overall.false_hit_rate).toBeLessThanOrEqual(out.guard.none.false_hit_rate);
    expect(Object.keys(out.by).sort()).toEqual(['kind', 'lang']);
    expect(out.by.lang.zh.n_same).toBe(2);
    expect(out.by.kind.negation.n_diff).toBe(5);
    expect(out.by.kind.negation.hit_rate).toBeNull();
    // every change of meaning in this file is one the guard checks for: with it no pair is a false hit
    expect(out.overall.false_hit_rate).toBe(0);
    expect(Object.keys(out.guard)).toContain('without_negation');
    // the bundled verifier decides above its cosine floor; the report says what it buys against the cosine rule
    expect(out.overall.threshold).toBe(out.verifier.min_cosine);
    expect(out.verifier.threshold).toBeGreaterThan(0);
    expect(out.verifier.without.n_same).toBe(out.overall.n_same);
    expect(out.verifier.cosine_rule.threshold).toBeGreaterThan(out.verifier.min_cosine);
    // at threshold -1 without the verifier everything the guard lets through is a hit
    const all = JSON.parse(
      cli(
        'eval',
        'cache',
        '--data',
        fixture('cache-pairs.jsonl'),
        '--json',
        '--sweep',
        '--threshold',
        '-1',
        '--no-verifier',
      ).stdout,
    );
    expect(all.verifier).toBeUndefined();
    expect(all.guard.none.hit_rate).toBe(1);
    expect(all.guard.none.false_hit_rate).toBe(1);
    expect(cli('eval', 'cache', '--data', fixture('cache-pairs.jsonl'), '--threshold', '2').code).not.toBe(0);
    // the sweep: the verifier's probability with a verifier, else the cosine
    for (const [sweep, swept, steps] of [
      [out.sweep, 'verifier', 99],
      [all.sweep, 'cosine', 50],
    ] as const) {
      expect([sweep.swept, sweep.steps.length]).toEqual([swept, steps]);
      // false hits never rise with the threshold
      for (let i = 1; i < sweep.steps.length; i++)
        expect(sweep.steps[i].false_hit_rate).toBeLessThanOrEqual(sweep.steps[i - 1].false_hit_rate);
    }
  });

  it('evaluates NER at entity level with per-type figures', () => {
    const out = JSON.parse(cli('eval', 'ner', '--data', fixture('ner.jsonl'), '--json').stdout);
    expect(out.n).toBe(2);
    expect(out.malformed).toBe(1);
    expect(out.overall.tp + out.overall.fn).toBe(4);
    expect(Object.keys(out.overall.by_type)).toEqual(['PER', 'LOC', 'ORG']);
    expect(out.by.lang.en.n).toBe(2);
  });

  it('measures utility on everyday prompts: share unchanged and entities per 100 prompts, by language', () => {
    const r = cli('eval', 'utility', '--data', fixture('everyday-prompts.jsonl'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.task).toBe('utility');
    expect(out.n).toBe(286);
    expect(Object.keys(out.by.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    // the targets of issue #16: ≥ 97 % unchanged in every language, ≤ 1 false PERSON per 100 prompts
    for (const group of Object.values(out.by.lang) as { unchanged: number }[]) {
      expect(group.unchanged).toBeGreaterThanOrEqual(0.97);
    }
    expect(out.overall.changed_per_100.PERSON ?? 0).toBeLessThanOrEqual(1);
    // places are found and reported, but left in place
    expect(out.overall.found_per_100.LOCATION).toBeGreaterThan(10);
    expect(out.overall.changed_per_100.LOCATION).toBeUndefined();
    expect(out.latency_ms.p50).toBeGreaterThan(0);
  });

  it('utility without NER counts structured types only, and skips malformed rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edge-ai-utility-'));
    const file = join(dir, 'rows.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Sort 5 3 8 1 in Python', lang: 'en' }),
        JSON.stringify({ text: 'Mail jane@example.com the recipe', lang: 'en' }),
        JSON.stringify({ text: 'Ich wohne in der Hauptstraße 5, 10115 Berlin', lang: 'de' }),
        '{"lang": "en"}',
      ].join('\n'),
    );
    const r = cli('eval', 'utility', '--data', file, '--json', '--no-ner');
    expect(r.stderr).toMatch(/skipped 1 malformed row/);
    const out = JSON.parse(r.stdout);
    expect(out.overall.n).toBe(3);
    expect(out.overall.unchanged).toBeCloseTo(1 / 3, 3);
    expect(out.overall.changed_per_100).toEqual({ ADDRESS: 33.3333, EMAIL: 33.3333 });
    expect(out.by.lang.de).toMatchObject({ n: 1, unchanged: 0 });
    expect(out.changed_examples[1].changed).toBe('Ich wohne in der <ADDRESS_1>');
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
