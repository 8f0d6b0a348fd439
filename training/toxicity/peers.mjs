// Peer baseline: the `obscenity` English matcher (englishDataset + recommended transformers) on given texts.
// Usage (repo root): node_modules/.bin/node training/toxicity/peers.mjs <texts.json> <out.json>
// Output: per text the number of matched terms (score; hits >= 1 = flagged).
import { readFileSync, writeFileSync } from 'node:fs';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

const [inPath, outPath] = process.argv.slice(2);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const texts = JSON.parse(readFileSync(inPath, 'utf8'));
const t0 = performance.now();
const hits = texts.map((t) => matcher.getAllMatches(t).length);
const ms = (performance.now() - t0) / Math.max(1, texts.length);
writeFileSync(outPath, JSON.stringify({ hits, ms_per_text: ms }));
