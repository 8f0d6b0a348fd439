/**
 * Names read in text typed without capitals, on text the word lists never saw: the held-out fifth (training/pii/
 * common_words.py `held_out`) of the Tier A tweets and comments of toxicity/extra (pt, pl, da, en), lower-cased. Prints
 * the lower-case name spans (name-chat-lower.ts) per 100 texts and every span, so a reader can tell names (tweets name
 * players and politicians) from everyday words taken for names. Not a clean corpus: a span is not always false.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-lower-fp.ts [../shared/data]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lowerNameSpans } from '../src/pii/name-chat-lower.ts';

const data = process.argv[2] ?? '../shared/data';
const FILES = ['toldbr_pt.jsonl', 'poleval2019_task6_pl.jsonl', 'dkhate_da.jsonl', 'hatemoji_build_en.jsonl'];
const heldOut = (text: string) => createHash('md5').update(text, 'utf8').digest()[0] % 5 === 0;

for (const file of FILES) {
  const texts = readFileSync(`${data}/toxicity/extra/${file}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).text as string)
    .filter(heldOut)
    .map((t) => t.toLowerCase());
  const spans = texts.flatMap((t) => lowerNameSpans(t).map((s) => t.slice(s.start, s.end)));
  console.log(`${file}\t${texts.length} texts\t${((100 * spans.length) / texts.length).toFixed(1)} spans per 100`);
  console.log(`  ${spans.join(', ')}`);
}
