import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lidMeta } from '../src/lid.ts';
import { modelVersion } from '../src/runtime.ts';
import { edgeDecides, edgeLanguages, modelTrust } from '../src/trust.ts';

const bundled = new URL('../models/', import.meta.url);

describe('per-language trust table (models/trust.json)', () => {
  it('was measured on the bundled model files (regenerate it with training/calibration when a model changes)', () => {
    const t = modelTrust();
    for (const name of ['lid', 'toxicity', 'ner'] as const) {
      const bytes = readFileSync(new URL(`${name}/model.onnx`, bundled));
      expect(t.models[name], name).toBe(modelVersion(name, bytes));
    }
  });

  it('has a language-ID decision for every label, with a confidence cut whenever the edge may decide', () => {
    const { languages } = modelTrust();
    for (const lang of lidMeta().labels) {
      const lid = languages[lang]?.lid;
      expect(lid, lang).toBeDefined();
      if (lid && lid.edge !== 'escalate') {
        expect(lid.minConfidence, lang).toBeGreaterThan(0);
        expect(lid.minConfidence, lang).toBeLessThanOrEqual(1);
        expect(lid.acc50, lang).toBeGreaterThanOrEqual(0.95);
      }
    }
  });

  it('lists the languages per task from the table, stricter for the gate than for each task', () => {
    const { languages } = modelTrust();
    const lid = edgeLanguages('lid');
    expect(lid).toEqual(
      Object.keys(languages)
        .filter((l) => languages[l].lid?.edge === 'alone')
        .sort(),
    );
    expect(edgeLanguages('lid', { includeConfident: true }).length).toBeGreaterThanOrEqual(lid.length);
    for (const l of edgeLanguages('gate', { includeConfident: true })) {
      expect(edgeLanguages('lid', { includeConfident: true })).toContain(l);
      expect(edgeLanguages('toxicity', { includeConfident: true })).toContain(l);
    }
  });

  it('lets the edge decide only at or above the language-ID confidence cut of a trusted language', () => {
    const { languages } = modelTrust();
    const lang = Object.keys(languages).find(
      (l) => languages[l].lid?.edge === 'alone' && languages[l].ner?.edge === 'alone',
    );
    expect(lang).toBeDefined();
    const cut = languages[lang as string].lid?.minConfidence as number;
    expect(edgeDecides(lang as string, cut, 'ner')).toBe(true);
    expect(edgeDecides(lang as string, cut - 0.01, 'ner')).toBe(false);
    expect(edgeDecides('xxx', 1, 'ner')).toBe(false);
    const untrusted = Object.keys(languages).find((l) => languages[l].lid?.edge === 'escalate');
    expect(edgeDecides(untrusted as string, 1, 'ner')).toBe(false);
  });
});

describe('a malformed trust.json', () => {
  let dir = '';
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails loudly, naming the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'edge-ai-trust-'));
    writeFileSync(
      join(dir, 'trust.json'),
      JSON.stringify({ version: 1, languages: { eng: { lid: { edge: 'maybe' } } } }),
    );
    vi.stubEnv('EDGE_AI_MODELS_DIR', dir);
    vi.resetModules();
    const mod = await import('../src/trust.ts');
    expect(() => mod.modelTrust()).toThrow(/trust\.json.*\(eng\)/);
  });
});
