/**
 * THIRTY-NINTH corpus ("hold-out 39"), written blind (without reading the recognizers, lexicons, docs, tests or other
 * hold-outs) and committed before any run against the engine.
 *
 * Theme: PERSON NAMES AS TYPED IN CASUAL CHAT to an AI assistant — lower-case names ("tell maria i'm late"),
 * nicknames and diminutives (bob, chia, wojtek, zé, mehmetcim), vocatives at the start or end ("hey tom, …",
 * "…, thanks sarah"), names after kin and role words ("meine schwester anna", "mi suegra carmen"), names that are
 * everyday words (rose, hope, will, mark, pilar, paz, can, umut, deniz, blessing, sunday), typos and dropped accents
 * (jose, bjorn, micheal), all-lower and mixed-case full names, names in run-on sentences, quoted chat lines
 * ("[10:42] kim: ok"), lists ("invite tom, ana and raj"), possessives ("jake's car", "der hund von lena", "ayşe'nin
 * arabası"). Each text has 1–3 names (a person may be named twice, each mention its own span), type PERSON; ~15% of
 * texts add a phone or e-mail of the first person (PHONE / EMAIL, plain format). ~80% of texts pass the ISO 639-3
 * language hint, ~20% none.
 *
 * Languages: English (US, UK, India, Nigeria, Philippines), German, French, Spanish, Italian, Portuguese (BR), Dutch,
 * Polish, Turkish, Swedish, Indonesian, Czech, Romanian.
 * Forms: lower, cap, caps, nick, word (name that is a common word), typo (accent dropped / misspelled), full-lower,
 * full-cap (given name capitalised, surname capitalised or left lower).
 * Positions: start, vocative-start, vocative-end, kin, role, mid, list, possessive, quote, after-verb,
 * object-of-preposition.
 * CLEAN set: 250 name-free chat messages in the same languages with near-miss words; every entity found is false.
 *
 * Scoring: hit = every letter/digit of the value lies inside some detected entity (tally.ts `covered`); typed = the
 * same counting only entities of the expected type. Keys: `TYPE\t*`, `ALL\t*`, `TYPE\ttyped`, `PERSON\tform=…`,
 * `PERSON typed\tform=…`, `PERSON\tpos=…`, `PERSON\tlang=…`, `ALL\thint=yes|no`, `TEXT\tevery value hidden`.
 *
 * Usage (from the repo root):
 *   node_modules/.bin/node --conditions=@edge-ai/source packages/core/bench/pii-holdout39.ts [count=1200] [seed=3939]
 * Env: DRY=1 prints the texts with values marked ⟦…⟧ and their tags, checks offsets, never creates the engine;
 *      SHOW=1 prints every miss (LEAK …) and every false entity on the clean set; NONER=1 runs without the NER model.
 */
import { CLEAN, CLEAN_L3 } from './pii-holdout39-clean.ts';
import { build, makeRng, type Sample } from './pii-holdout39-gen.ts';
import { LANGS } from './pii-holdout39-langs.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 3939);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const pii = await import('../src/pii/index.ts');
  if (process.env.NONER) engine = pii.createPiiEngine();
  else {
    const models = await import('../../models/src/index.ts');
    engine = pii.createPiiEngine({ ner: models.recognizeEntities });
  }
}

const samples: Sample[] = build(LANGS, count, seed);

/** Offsets, boundaries and overlap checks (DRY and live alike: a broken corpus must not be scored). */
function check(s: Sample) {
  let prev = -1;
  for (const sp of [...s.spans].sort((a, b) => a.start - b.start)) {
    if (s.text.slice(sp.start, sp.end) !== sp.value) throw new Error(`offset mismatch in ${JSON.stringify(s.text)}`);
    if (sp.start < prev) throw new Error(`overlap in ${JSON.stringify(s.text)}`);
    prev = sp.end;
    const before = s.text.slice(0, sp.start);
    const after = s.text.slice(sp.end);
    if (/[\p{L}\p{N}]$/u.test(before)) throw new Error(`glued left: ${JSON.stringify(s.text)}`);
    if (!sp.suf && /^[\p{L}\p{N}]/u.test(after)) throw new Error(`glued right: ${JSON.stringify(s.text)}`);
  }
}
for (const s of samples) check(s);

const mark = (s: Sample) => {
  let out = '';
  let at = 0;
  for (const sp of [...s.spans].sort((a, b) => a.start - b.start)) {
    out += `${s.text.slice(at, sp.start)}⟦${sp.value}⟧`;
    at = sp.end;
  }
  return (out + s.text.slice(at)).replace(/\n/g, ' ⏎ ');
};

// Clean set: fixed lines, hint drawn with its own PRNG (deterministic per seed).
const rc = makeRng(seed ^ 0x39393939);
const clean = Object.entries(CLEAN).flatMap(([lang, lines]) => lines.map((text) => ({ lang, text, hint: rc() < 0.8 })));

if (DRY) {
  const n = new Map<string, number>();
  const add = (k: string) => n.set(k, (n.get(k) ?? 0) + 1);
  samples.forEach((s, i) => {
    console.log(`#${i} ${s.lang} ${s.hint ? `hint=${s.l3}` : 'nohint'}  ${mark(s)}`);
    console.log(`    ${s.spans.map((sp) => (sp.type === 'PERSON' ? `${sp.form}/${sp.pos}` : sp.type)).join('  ')}`);
    add(`ALL\thint=${s.hint ? 'yes' : 'no'}`);
    add(`TEXT\tpersons=${s.spans.filter((sp) => sp.type === 'PERSON').length}`);
    for (const sp of s.spans) {
      add(`${sp.type}\t*`);
      if (sp.type !== 'PERSON') continue;
      add(`PERSON\tform=${sp.form}`);
      add(`PERSON\tpos=${sp.pos}`);
      add(`PERSON\tlang=${s.lang}`);
    }
  });
  for (const c of clean) console.log(`CLEAN ${c.lang} ${c.hint ? 'hint' : 'nohint'}  ${c.text}`);
  console.log(`\n${samples.length} texts, ${clean.length} clean texts (DRY: counts only)`);
  for (const [k, v] of [...n].sort()) console.log(`${k}\t${v}`);
  const cl = new Map<string, number>();
  for (const c of clean) cl.set(c.lang, (cl.get(c.lang) ?? 0) + 1);
  console.log(`clean per lang: ${[...cl].map(([l, v]) => `${l}=${v}`).join(' ')}`);
  process.exit(0);
}
if (!engine) throw new Error('engine not created');

const { count: add, print } = tally();
for (const s of samples) {
  const found = await engine.detect(s.text, s.hint ? { language: s.l3 } : {});
  let all = true;
  for (const sp of s.spans) {
    const ok = covered(s.text, sp.start, sp.end, found);
    const typed = covered(
      s.text,
      sp.start,
      sp.end,
      found.filter((e) => e.type === sp.type),
    );
    all &&= ok;
    add(`${sp.type}\t*`, ok);
    add('ALL\t*', ok);
    add(`${sp.type}\ttyped`, typed);
    add(`ALL\thint=${s.hint ? 'yes' : 'no'}`, ok);
    if (sp.type === 'PERSON') {
      add(`PERSON\tform=${sp.form}`, ok);
      add(`PERSON typed\tform=${sp.form}`, typed);
      add(`PERSON\tpos=${sp.pos}`, ok);
      add(`PERSON\tlang=${s.lang}`, ok);
    }
    if (SHOW && !ok) {
      const a = Math.max(0, sp.start - 60);
      const b = Math.min(s.text.length, sp.end + 60);
      const near = found.filter((e) => e.end > a && e.start < b).map((e) => `${e.type}:${e.text}`);
      console.log(
        `LEAK ${sp.type} ${sp.form} ${sp.pos} ${s.lang} ${JSON.stringify(sp.value)} ${JSON.stringify(s.text.slice(a, b))} [${near.join(', ')}]`,
      );
    }
  }
  add('TEXT\tevery value hidden', all);
}
print();

const byType = new Map<string, number>();
const byLang = new Map<string, number>(Object.keys(CLEAN).map((l) => [l, 0]));
const falses: string[] = [];
let total = 0;
for (const c of clean) {
  const found = await engine.detect(c.text, c.hint ? { language: CLEAN_L3[c.lang] } : {});
  for (const e of found) {
    total++;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    byLang.set(c.lang, (byLang.get(c.lang) ?? 0) + 1);
    falses.push(`  FALSE ${c.lang} ${e.type}: ${e.text}    ‹${c.text}›`);
  }
}
const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
console.log(`false entities on ${clean.length} clean texts: ${total} = ${per100(total)} per 100 texts`);
for (const [k, v] of [...byType].sort()) console.log(`  type=${k}\t${v}\t${per100(v)} per 100`);
for (const [k, v] of [...byLang].sort()) console.log(`  lang=${k}\t${v}`);
if (SHOW) for (const f of falses) console.log(f);
