// Scores peer language identifiers on exactly the held-out rows our model is evaluated on (Tatoeba test split and
// UDHR; sentences, word pairs, single words), written by dump_heldout.py.
//
//   /usr/bin/python3 training/lid/dump_heldout.py --data ../shared/data \
//       --out training/.work/lid2/heldout.jsonl
//   node_modules/.bin/node training/lid/peers.mjs training/.work/lid2/heldout.jsonl \
//       training/.work/lid2/peers.json
//
// Peer codes are mapped onto our labels with toLidCode (src/lang-codes.ts: ISO 639-1 -> 639-3 Tatoeba style, e.g.
// zh -> cmn, ms -> zsm, no -> nob, fa -> pes; franc's arb -> ara, zlm -> zsm, ekk -> est, azj -> aze, uzn -> uzb,
// khk -> mon, kmr -> kur, ydd -> yid, als -> sqi) plus the few peer-specific codes in EXTRA below. A row counts as correct
// only when the mapped code equals the gold label; 'und' and labels a peer cannot output count as wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import cld3 from 'cld3-asm';
import { eld } from 'eld';
import { franc } from 'franc-all';
import { data as francData } from 'franc-all/data.js';
import { expressions as francScripts } from 'franc-all/expressions.js';
import { toLidCode } from '../../packages/models/src/lang-codes.ts';

const EXTRA = {
  fil: 'tgl',
  'zh-Latn': 'und',
  'ja-Latn': 'und',
  'ru-Latn': 'und',
  'bg-Latn': 'und',
  'el-Latn': 'und',
  'hi-Latn': 'und',
};
const map = (code) => (code in EXTRA ? EXTRA[code] : toLidCode(code));

const [inPath, outPath] = process.argv.slice(2);
const rows = readFileSync(inPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const labels = new Set(JSON.parse(readFileSync(inPath.replace(/\.jsonl$/, '.labels.json'), 'utf8')));

const cldFactory = await cld3.loadModule();
const cldId = cldFactory.create(0, 1000);
await eld.load('large');

const peers = {
  'franc-all': (t) => map(franc(t, { minLength: 1 })),
  'cld3-asm': (t) => map(cldId.findLanguage(t).language),
  eld: (t) => map(eld.detect(t).language || 'und'),
};

// Which of our labels each peer can output at all (its language list, mapped like its outputs).
const cldCodes = [
  ...readFileSync(new URL(import.meta.resolve('cld3-asm/dist/types/languageCode.d.ts')), 'utf8').matchAll(
    /= "([A-Za-z-]+)"/g,
  ),
].map((m) => m[1]);
const francCodes = [
  ...Object.values(francData).flatMap((v) => Object.keys(v)),
  ...Object.keys(francScripts).filter((k) => /^[a-z]{3}$/.test(k)),
];
const eldCodes = Object.values(eld.info().Languages);
const coverage = {
  'franc-all': new Set(francCodes.map(map)),
  'cld3-asm': new Set(cldCodes.map(map)),
  eld: new Set(eldCodes.map(map)),
};

const result = { rows: rows.length, peers: {} };
for (const [name, fn] of Object.entries(peers)) {
  const acc = {};
  const perLang = {};
  const t0 = performance.now();
  for (const r of rows) {
    const ok = fn(r.text) === r.lang3 ? 1 : 0;
    const keys = [`${r.source}|${r.kind}`];
    if (coverage[name].has(r.lang3)) keys.push(`${r.source}|${r.kind}|covered`);
    for (const key of keys) {
      acc[key] ??= [0, 0];
      acc[key][0] += ok;
      acc[key][1] += 1;
    }
    if (r.source === 'tatoeba' && r.kind === 'sentence') {
      perLang[r.lang3] ??= [0, 0];
      perLang[r.lang3][0] += ok;
      perLang[r.lang3][1] += 1;
    }
  }
  const ms = (performance.now() - t0) / rows.length;
  const covered = [...labels].filter((l) => coverage[name].has(l)).sort();
  result.peers[name] = {
    accuracy: Object.fromEntries(Object.entries(acc).map(([k, [a, n]]) => [k, { acc: +(a / n).toFixed(4), n }])),
    labels_covered: covered.length,
    labels_not_covered: [...labels].filter((l) => !coverage[name].has(l)).sort(),
    tatoeba_sentence_per_language: Object.fromEntries(
      Object.entries(perLang).map(([l, [a, n]]) => [l, +(a / n).toFixed(4)]),
    ),
    mean_ms_per_row: +ms.toFixed(3),
  };
  console.log(name, covered.length, 'labels;', JSON.stringify(result.peers[name].accuracy));
}
writeFileSync(outPath, JSON.stringify(result, null, 1));
