/**
 * Embedder featurizer: hashed words, word bigrams, char 3/4-grams and CJK char 1-3-grams.
 * Must match training/embed/features.py exactly (checked by test/embed.test.ts against a fixture written by the
 * training export).
 */
import { crc32Utf8 } from './toxicity-features.ts';

export const EMBED_FEATURIZER = { buckets: 1 << 15, maxChars: 2000, maxIds: 1024 };

const PLACEHOLDER = /<([A-Z][A-Z_]*?)_\d+>/g;
const WORD = /^[\p{L}\p{M}\p{N}]$/u;

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2fa1f)
  );
}

export function normalizeEmbedText(text: string): string {
  const t = Array.from(text).slice(0, EMBED_FEATURIZER.maxChars).join('');
  return t
    .replace(PLACEHOLDER, (_, type: string) => ` xx${type.toLowerCase().replace(/_/g, '')} `)
    .normalize('NFKC')
    .toLowerCase();
}

/** Runs of word characters ('w') and of CJK characters ('c'). */
function runs(text: string): ['w' | 'c', string][] {
  const out: ['w' | 'c', string][] = [];
  let cur = '';
  let kind: '' | 'w' | 'c' = '';
  for (const c of normalizeEmbedText(text)) {
    const k = isCjk(c.codePointAt(0) as number) ? 'c' : WORD.test(c) ? 'w' : '';
    if (k !== kind && cur) {
      out.push([kind as 'w' | 'c', cur]);
      cur = '';
    }
    kind = k;
    if (k) cur += c;
  }
  if (cur && kind) out.push([kind, cur]);
  return out;
}

export function embedFeatureStrings(text: string): string[] {
  const feats: string[] = [];
  let prev: string | undefined;
  for (const [kind, r] of runs(text)) {
    if (kind === 'c') {
      const cps = Array.from(r);
      for (const n of [1, 2, 3]) {
        for (let j = 0; j + n <= cps.length; j++) feats.push(`c:${cps.slice(j, j + n).join('')}`);
      }
      prev = undefined;
      continue;
    }
    feats.push(`w:${r}`);
    if (prev !== undefined) feats.push(`b:${prev} ${r}`);
    prev = r;
    const cps = Array.from(`<${r}>`);
    if (cps.length > 4) {
      for (const n of [3, 4]) {
        for (let j = 0; j + n <= cps.length; j++) feats.push(`g:${cps.slice(j, j + n).join('')}`);
      }
    }
  }
  return feats;
}

export function embedHash(feature: string): number {
  return (crc32Utf8(feature) % (EMBED_FEATURIZER.buckets - 1)) + 1;
}

/** Hashed feature ids in 1..buckets-1 (never empty). */
export function embedFeatures(text: string): number[] {
  const ids = embedFeatureStrings(text).slice(0, EMBED_FEATURIZER.maxIds).map(embedHash);
  return ids.length ? ids : [embedHash('w:')];
}
