/**
 * How many real person names the PERSON filter (src/pii/person.ts) would drop: gold PER spans of held-out NER test
 * splits (never used to build the name lexicon, which comes from faker), each checked in its own sentence.
 * Usage: node packages/core/bench/pii-person-filter.ts ../shared/data
 */
import { readFileSync } from 'node:fs';
import { plausiblePerson } from '../src/pii/person.ts';

const data = process.argv[2] ?? '../shared/data';
type Sent = { tokens: string[]; tags: string[] };

function conllu(file: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { tokens: [], tags: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (parts.length === 3) {
      cur.tokens.push(parts[1]);
      cur.tags.push(parts[2]);
    } else if (cur.tokens.length) {
      out.push(cur);
      cur = { tokens: [], tags: [] };
    }
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}
const jsonl = (file: string): Sent[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const SETS: [string, () => Sent[]][] = [
  ...['de', 'en', 'es', 'nl', 'pl'].map((l): [string, () => Sent[]] => [
    `wikiann-${l}`,
    () => conllu(`${data}/ner/wikiann/${l}/test.conllu`),
  ]),
  ['uner_en_ewt', () => jsonl(`${data}/ner/extra/uner_en_ewt.test.jsonl`)],
  ['tweebank_en', () => jsonl(`${data}/ner/extra/tweebank_ner_en.test.jsonl`)],
  ['kind_it', () => jsonl(`${data}/ner/extra/kind_it.test.jsonl`)],
  ['uner_pt_bosque', () => jsonl(`${data}/ner/extra/uner_pt_bosque.test.jsonl`)],
];

for (const [name, load] of SETS) {
  let kept = 0;
  let total = 0;
  const dropped: string[] = [];
  for (const s of load()) {
    let text = '';
    const starts: number[] = [];
    s.tokens.forEach((t, i) => {
      if (i) text += ' ';
      starts.push(text.length);
      text += t;
    });
    for (let i = 0; i < s.tags.length; i++) {
      if (!/^B-PER/.test(s.tags[i])) continue;
      let j = i + 1;
      while (j < s.tags.length && /^I-PER/.test(s.tags[j])) j++;
      const start = starts[i];
      const end = starts[j - 1] + s.tokens[j - 1].length;
      total++;
      if (plausiblePerson(text, start, end)) kept++;
      else if (dropped.length < 8) dropped.push(text.slice(start, end));
    }
  }
  console.log(
    `${name}\tkept ${kept}/${total}\t${((100 * kept) / Math.max(1, total)).toFixed(1)}%\te.g. dropped: ${dropped.join(' | ')}`,
  );
}
