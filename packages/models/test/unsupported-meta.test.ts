import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The training scripts can produce variants (lid word head / cluster specialist / word pairs, toxicity lexicon
// features) that no bundled model uses and this runtime does not run: a model folder declaring one must fail loudly.
const bundled = new URL('../models/', import.meta.url);
let dir = '';

function modelsWith(
  lid: Record<string, unknown>,
  toxicity: Record<string, unknown>,
  toxicityMeta: Record<string, unknown> = {},
): void {
  dir = mkdtempSync(join(tmpdir(), 'edge-ai-models-'));
  const read = (p: string) => JSON.parse(readFileSync(new URL(p, bundled), 'utf8'));
  const lidMeta = read('lid/model.json');
  const toxMeta = read('toxicity/meta.json');
  mkdirSync(join(dir, 'lid'));
  mkdirSync(join(dir, 'toxicity'));
  writeFileSync(join(dir, 'lid/model.json'), JSON.stringify({ ...lidMeta, ...lid }));
  writeFileSync(
    join(dir, 'toxicity/meta.json'),
    JSON.stringify({ ...toxMeta, ...toxicityMeta, featurizer: { ...toxMeta.featurizer, ...toxicity } }),
  );
  vi.stubEnv('EDGE_AI_MODELS_DIR', dir);
  vi.resetModules();
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('model metadata this runtime does not support', () => {
  it('lid refuses a model.json with a cluster specialist', async () => {
    modelsWith({ specialist: { buckets: 16, char: [3], labels: [], clusters: [], w: 1 } }, {});
    const { lidMeta } = await import('../src/lid.ts');
    expect(() => lidMeta()).toThrow(/uses specialist/);
    expect(() => lidMeta()).toThrow(/uses specialist/); // not cached after a failed check
  });

  it('lid refuses a calibration without positive scales for 1, 2 and 3+ words', async () => {
    modelsWith({ calibration: { scales_by_words: { '1': 0.6, '2': 0 } } }, {});
    const { lidMeta } = await import('../src/lid.ts');
    expect(() => lidMeta()).toThrow(/needs positive scales_by_words/);
  });

  it('toxicity refuses a meta.json that declares lexicon features', async () => {
    modelsWith({}, { lexicon: 'lexicon.json' });
    const { toxicityThreshold } = await import('../src/toxicity.ts');
    expect(() => toxicityThreshold()).toThrow(/declares lexicon features/);
    expect(() => toxicityThreshold()).toThrow(/declares lexicon features/);
  });

  it('toxicity refuses categories it does not know or without a threshold', async () => {
    modelsWith({}, {}, { categories: { names: ['sarcasm'], thresholds: { sarcasm: 0.5 } } });
    const { toxicityThreshold } = await import('../src/toxicity.ts');
    expect(() => toxicityThreshold()).toThrow(/categories .* need known names, each with a threshold/);
    modelsWith({}, {}, { categories: { names: ['threat'], thresholds: {} } });
    const again = await import('../src/toxicity.ts');
    expect(() => again.toxicityThreshold()).toThrow(/need known names/);
  });

  it('both accept the bundled metadata unchanged', async () => {
    modelsWith({}, {});
    const { lidMeta } = await import('../src/lid.ts');
    const { toxicityThreshold } = await import('../src/toxicity.ts');
    expect(lidMeta().labels.length).toBeGreaterThanOrEqual(100);
    expect(toxicityThreshold()).toBeGreaterThan(0);
  });
});
