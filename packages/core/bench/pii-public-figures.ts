/**
 * The optional public-figures allow list (`publicFigures: true`, src/pii/lexicon.ts): how many names it lets through.
 * - private: random first + last name pairs from the faker lexicons of en de fr es it nl pl pt (synthetic private
 *   people) — every one let through is a leak;
 * - held-out chat/web text: full names (two or more words) tagged PER in the UD English EWT and Tweebank test splits
 *   (a mix of private and public people; examples printed);
 * - held-out Wikipedia: full names tagged PER in the WikiANN test splits (not used to build the list) — the share of
 *   public figures it recognises.
 * Usage: node packages/core/bench/pii-public-figures.ts [../shared/data] [private=20000] [seed=5]
 */
import { readFileSync } from 'node:fs';
import { isPublicFigure } from '../src/pii/lexicon.ts';

const data = process.argv[2] ?? '../shared/data';
const privateN = Number(process.argv[3] ?? 20000);
let seed = Number(process.argv[4] ?? 5) >>> 0;
const rand = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const lex = (l: string) => JSON.parse(readFileSync(`${data}/ner/faker_lexicons/${l}.json`, 'utf8'));
const locales = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt_PT']
  .map(lex)
  .filter((d) => d.first_name.length && d.last_name.length);
let leaked = 0;
const leakedNames: string[] = [];
for (let i = 0; i < privateN; i++) {
  const d = pick(locales);
  const name = `${pick(d.first_name)} ${pick(d.last_name)}`;
  if (isPublicFigure(name)) {
    leaked++;
    if (leakedNames.length < 10) leakedNames.push(name);
  }
}
console.log(
  `private (faker pairs)\t${leaked}/${privateN} let through (${((100 * leaked) / privateN).toFixed(2)}%)\t${leakedNames.join(', ')}`,
);

type Sent = { tokens: string[]; tags: string[] };
const jsonl = (f: string): Sent[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
function conllu(file: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { tokens: [], tags: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const p = line.split('\t');
    if (p.length === 3) {
      cur.tokens.push(p[1]);
      cur.tags.push(p[2]);
    } else if (cur.tokens.length) {
      out.push(cur);
      cur = { tokens: [], tags: [] };
    }
  }
  return out;
}
function fullNames(sents: Sent[]): string[] {
  const out: string[] = [];
  for (const s of sents) {
    for (let i = 0; i < s.tags.length; i++) {
      if (!/^B-PER/.test(s.tags[i])) continue;
      let j = i + 1;
      while (j < s.tags.length && /^I-PER/.test(s.tags[j])) j++;
      if (j - i >= 2) out.push(s.tokens.slice(i, j).join(' '));
    }
  }
  return out;
}
const report = (label: string, names: string[], show: boolean) => {
  const through = names.filter(isPublicFigure);
  console.log(
    `${label}\t${through.length}/${names.length} let through (${((100 * through.length) / Math.max(1, names.length)).toFixed(1)}%)${show ? `\t${through.slice(0, 15).join(', ')}` : ''}`,
  );
};
report(
  'held-out chat/web (EWT + Tweebank test)',
  fullNames([
    ...jsonl(`${data}/ner/extra/uner_en_ewt.test.jsonl`),
    ...jsonl(`${data}/ner/extra/tweebank_ner_en.test.jsonl`),
  ]),
  true,
);
for (const l of ['de', 'en', 'es', 'nl', 'pl'])
  report(`held-out WikiANN ${l} test`, fullNames(conllu(`${data}/ner/wikiann/${l}/test.conllu`)), false);
