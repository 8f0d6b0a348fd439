/**
 * What the PERSON filter (src/pii/person.ts) costs in recall: gold PER spans of held-out NER test splits (never used to
 * build the lexicons), each sentence run through the bundled NER model; a gold name counts as caught when NER PERSON
 * spans cover every character of it — without the filter, and keeping only the spans the filter keeps; last column: the
 * whole engine (NER through the name view, the filter, honorifics, name fields and cues; PERSON entities only).
 * Usage: node packages/core/bench/pii-person-filter.ts [../shared/data] [maxSentences=1000]
 */
import { readFileSync } from 'node:fs';
import { recognizeEntities } from '../../models/src/index.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import { plausiblePerson } from '../src/pii/person.ts';

const data = process.argv[2] ?? '../shared/data';
const max = Number(process.argv[3] ?? 1000);
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
      if (out.length >= max) break;
    }
  }
  return out;
}
const jsonl = (file: string): Sent[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, max)
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

const engine = createPiiEngine({ ner: recognizeEntities, entities: ['PERSON'] });
console.log('set\tgold PER\tcaught by NER\tcaught with the filter\tcaught by the engine');
for (const [name, load] of SETS) {
  let total = 0;
  let raw = 0;
  let kept = 0;
  let whole = 0;
  for (const s of load()) {
    let text = '';
    const starts: number[] = [];
    s.tokens.forEach((t, i) => {
      if (i) text += ' ';
      starts.push(text.length);
      text += t;
    });
    const pred = (await recognizeEntities(text)).entities.filter((e) => e.type === 'PER');
    const filtered = pred.filter((p) => plausiblePerson(text, p.start, p.end, p.score));
    const found = await engine.detect(text);
    const covers = (spans: { start: number; end: number }[], a: number, b: number) => {
      for (let k = a; k < b; k++) if (text[k] !== ' ' && !spans.some((p) => p.start <= k && k < p.end)) return false;
      return true;
    };
    for (let i = 0; i < s.tags.length; i++) {
      if (!/^B-PER/.test(s.tags[i])) continue;
      let j = i + 1;
      while (j < s.tags.length && /^I-PER/.test(s.tags[j])) j++;
      const a = starts[i];
      const b = starts[j - 1] + s.tokens[j - 1].length;
      total++;
      if (covers(pred, a, b)) raw++;
      if (covers(filtered, a, b)) kept++;
      if (covers(found, a, b)) whole++;
    }
  }
  const pct = (k: number) => `${((100 * k) / Math.max(1, total)).toFixed(1)}%`;
  console.log(`${name}\t${total}\t${pct(raw)}\t${pct(kept)}\t${pct(whole)}`);
}
