/**
 * False-positive probe: runs the structured recognizers (no NER) over public text that is expected to hold
 * little or no structured PII (SEC filings, WNUT-17 tweets, Davidson tweets, Tatoeba sentences) and prints detections
 * per 1,000 texts per source and type. Every detection there is a candidate false positive: inspect with --examples.
 * Usage: node packages/core/bench/pii-fp.ts ../shared/data [--examples]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPiiEngine, PII_ENTITY_TYPES } from '../src/pii/index.ts';

const dir = process.argv[2] ?? '../shared/data';
const examples = process.argv.includes('--examples');

function conllSentences(file: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (cur.length) out.push(cur.join(' '));
      cur = [];
    } else cur.push(line.split(/\s+/)[0]);
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}
function csvColumn(file: string, pattern: RegExp): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => pattern.exec(l)?.[1] ?? '')
    .filter(Boolean);
}

const sources: Record<string, string[]> = {
  'sec-filings': [
    ...conllSentences(join(dir, 'ner/sec-filings/FIN3.txt')),
    ...conllSentences(join(dir, 'ner/sec-filings/FIN5.txt')),
  ],
  wnut17: conllSentences(join(dir, 'ner/wnut17/wnut17train.conll')),
  davidson: csvColumn(join(dir, 'toxicity/davidson/labeled_data.csv'), /^(?:[^,]*,){6}"?(.*?)"?$/).slice(0, 10000),
  tatoeba: readFileSync(join(dir, 'langid/tatoeba_laser_train.tsv'), 'utf8')
    .split('\n')
    .filter((_, i) => i % 8 === 0)
    .map((l) => l.slice(l.indexOf('\t') + 1))
    .filter(Boolean),
};

// Structured recognizers only (NER off): every type but the three NER types.
const engine = createPiiEngine({
  entities: PII_ENTITY_TYPES.filter((t) => !['PERSON', 'LOCATION', 'ORGANIZATION'].includes(t)),
});
for (const [name, texts] of Object.entries(sources)) {
  const counts = new Map<string, number>();
  const shown = new Map<string, number>();
  for (const t of texts) {
    for (const e of await engine.detect(t)) {
      counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      if (examples && (shown.get(e.type) ?? 0) < 5) {
        shown.set(e.type, (shown.get(e.type) ?? 0) + 1);
        console.log(
          `  ${name} ${e.type} ${e.score.toFixed(2)}: ${JSON.stringify(t.slice(Math.max(0, e.start - 30), e.end + 20))}`,
        );
      }
    }
  }
  const per1k = [...counts].map(([t, n]) => `${t}=${((1000 * n) / texts.length).toFixed(2)}`).join(' ') || 'none';
  console.log(`${name}: ${texts.length} texts; detections per 1k texts: ${per1k}`);
}
