import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cosine, embedTexts, embedThreshold, loadEmbedder } from '../src/embed.ts';
import { EMBED_FEATURIZER, embedFeatureStrings, embedFeatures } from '../src/embed-features.ts';
import { edgeModels } from '../src/index.ts';

const parity = JSON.parse(readFileSync(new URL('./fixtures/embed-features.json', import.meta.url), 'utf8')) as {
  text: string;
  features: string[];
  ids: number[];
  vector: number[];
}[];

describe('embed featurizer', () => {
  it('produces the same feature strings and hashed ids as the Python training featurizer', () => {
    expect(parity.length).toBeGreaterThan(20);
    for (const c of parity) {
      expect(embedFeatureStrings(c.text).slice(0, EMBED_FEATURIZER.maxIds)).toEqual(c.features);
      expect(embedFeatures(c.text)).toEqual(c.ids);
    }
  });
});

describe('loadEmbedder', () => {
  it('loads once, reports a content-hash version and the dimension', async () => {
    const [a, b] = await Promise.all([loadEmbedder(), loadEmbedder()]);
    expect(a).toBe(b);
    expect(a.version).toMatch(/^embed-[0-9a-f]{8}$/);
    expect(a.dim).toBe(parity[0].vector.length);
  });

  it('returns the vectors the exported int8 graph computes in training (numpy), L2-normalized', async () => {
    const e = await loadEmbedder();
    const vectors = await e.embed(parity.map((c) => c.text));
    expect(vectors).toHaveLength(parity.length);
    vectors.forEach((v, i) => {
      expect(Math.abs(cosine(v, v) - 1)).toBeLessThan(1e-4);
      for (let k = 0; k < v.length; k++) expect(v[k]).toBeCloseTo(parity[i].vector[k], 4);
    });
  });

  it('embeds a batch the same as one text at a time, and more than one graph batch', async () => {
    const e = await loadEmbedder();
    const texts = Array.from({ length: 70 }, (_, i) => `question number ${i} about passwords`);
    const batch = await e.embed(texts);
    const single = await e.embed([texts[69]]);
    expect(batch).toHaveLength(70);
    for (let k = 0; k < e.dim; k++) expect(batch[69][k]).toBeCloseTo(single[0][k], 5);
  });

  it('is the EdgeModels.embed of the package adapter, and an empty list embeds to nothing', async () => {
    const { version } = await loadEmbedder();
    const out = await edgeModels.embed?.(['hello']);
    expect(out?.model).toBe(version);
    expect((await embedTexts([])).vectors).toEqual([]);
  });
});

describe('embedding quality probes', () => {
  it('puts a paraphrase closer than a different question on the same topic (en, de, es)', async () => {
    const threshold = embedThreshold();
    expect(threshold).toBeGreaterThan(0);
    const e = await loadEmbedder();
    for (const [q, para, other] of PROBES) {
      const [vq, vp, vo] = await e.embed([q, para, other]);
      expect(cosine(vq, vp), `${q} | ${para}`).toBeGreaterThan(cosine(vq, vo));
    }
  });
});

/** (question, paraphrase, different question) */
const PROBES: [string, string, string][] = [
  ['How do I reset my password?', 'How can I reset my password?', 'How do I delete my account?'],
  ['Wie setze ich mein Passwort zurück?', 'Wie kann ich mein Passwort zurücksetzen?', 'Wie lösche ich mein Konto?'],
  ['¿Cómo cambio mi contraseña?', '¿Cómo puedo cambiar mi contraseña?', '¿Cómo borro mi cuenta?'],
];
