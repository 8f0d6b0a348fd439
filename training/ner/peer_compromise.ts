// Peer baseline: compromise (rule-based English NER) on the English held-out rows written by
// `peer_rows.py` (training/.work/ner-peer/rows.jsonl). people() -> PER, places() -> LOC,
// organizations() -> ORG; each match is mapped to the exact token span it covers (a match that starts or ends
// inside a token is extended to the token boundaries, trailing punctuation tokens are dropped).
// Run from the repo root: node_modules/.bin/node training/ner/peer_compromise.ts
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

interface Row {
  set: string;
  tokens: string[];
  spans: [number, number, string][]; // token index ranges [start, end) with type
}

const work = new URL('../.work/ner-peer/', import.meta.url);
const rows: Row[] = readFileSync(new URL('rows.jsonl', work), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const PUNCT = /^[\p{P}\p{S}]+$/u;

function predict(tokens: string[]): Set<string> {
  const text = tokens.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    starts.push(pos);
    pos += t.length + 1;
  }
  const tokAt = (c: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= c) k++;
    return k;
  };
  const out = new Set<string>();
  const doc = nlp(text);
  const groups: [string, ReturnType<typeof doc.people>][] = [
    ['PER', doc.people()],
    ['LOC', doc.places()],
    ['ORG', doc.organizations()],
  ];
  for (const [type, view] of groups) {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let a = tokAt(m.offset.start);
      let b = tokAt(m.offset.start + Math.max(1, m.offset.length) - 1) + 1;
      while (b > a && PUNCT.test(tokens[b - 1])) b--;
      while (a < b && PUNCT.test(tokens[a])) a++;
      if (b > a) out.add(`${a}:${b}:${type}`);
    }
  }
  return out;
}

const counts = new Map<string, [number, number, number]>();
for (const row of rows) {
  const gold = new Set(row.spans.map((s) => s.join(':')));
  const pred = predict(row.tokens);
  const c = counts.get(row.set) ?? [0, 0, 0];
  for (const s of pred) if (gold.has(s)) c[0]++;
  c[1] += [...pred].filter((s) => !gold.has(s)).length;
  c[2] += [...gold].filter((s) => !pred.has(s)).length;
  counts.set(row.set, c);
}
const res: Record<string, { p: number; r: number; f1: number; n: number; fp: number; rows: number }> = {};
for (const [set, [tp, fp, fn]] of counts) {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  const rowsOfSet = rows.filter((x) => x.set === set).length;
  res[set] = { p: r4(p), r: r4(r), f1: r4(p + r ? (2 * p * r) / (p + r) : 0), n: tp + fn, fp, rows: rowsOfSet };
}
console.log(JSON.stringify(res));
writeFileSync(new URL('compromise.json', work), JSON.stringify(res, null, 1));
