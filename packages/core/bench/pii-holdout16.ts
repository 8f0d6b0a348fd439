/**
 * SIXTEENTH hold-out ("hold-out 16"), written BLIND (without reading the recognizers, lexicons, docs, tests or other
 * corpora) and committed before any run against the engine: speech-to-text transcripts of calls to a customer
 * service line or voice assistant in 8 languages, with speaker turns, lowercase or truecased text, little or no
 * punctuation, numbers as digits or words, fillers, self-corrections, values split over turns, spelled e-mails and
 * names. Values are valid (libphonenumber-js/max, Luhn, mod 97). Each value is one or more pieces; a piece is hit
 * when `covered` (no letter or digit left outside a detected entity), a value when all its pieces are; "typed" =
 * an entity of the right type overlaps every piece. Then clean call snippets: false entities per 100 snippets.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout16.ts [calls=400] [seed=1616]
 *   SHOW=1 prints every leak and false entity; DRY=1 prints the texts with pieces marked ⟦…⟧, never creates the engine.
 */
import { CLEAN, LABELS, OPEN, THANKS } from './pii-holdout16-lines.ts';
import { RENDER, type Turn } from './pii-holdout16-speak.ts';
import { choose, int, LANGS, type Lang, prng } from './pii-holdout16-values.ts';
import { covered, tally } from './tally.ts';

const calls = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 1616);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = prng(seed);

type Piece = { start: number; end: number };
type Value = { type: string; form: string; pieces: Piece[] };

function compose(lang: Lang) {
  const style = int(r, 0, 4);
  const lower = r() < 0.5;
  const punct = r() < 0.4;
  const types = Object.keys(RENDER);
  const picked: string[] = [];
  const k = int(r, 2, 3);
  while (picked.length < k) {
    const t = choose(r, types);
    if (!picked.includes(t)) picked.push(t);
  }
  const [o1, o2] = choose(r, OPEN[lang]);
  const turns: Turn[] = [
    { agent: true, segs: [o1] },
    { agent: false, segs: [o2] },
  ];
  const made: { type: string; form: string; from: number }[] = [];
  for (const t of picked) {
    const v = RENDER[t](r, lang);
    made.push({ type: t, form: v.form, from: turns.length });
    turns.push(...v.turns);
    if (r() < 0.6) turns.push({ agent: true, segs: [choose(r, THANKS[lang])] });
  }
  const [la, lc] =
    style === 0
      ? LABELS[lang]
      : style === 1
        ? ['Speaker 1', 'Speaker 2']
        : style === 2
          ? ['SPEAKER_00', 'SPEAKER_01']
          : style === 3
            ? ['A', 'C']
            : ['Assistant', 'User'];
  let text = '';
  let sec = int(r, 0, 20);
  const pieces: Piece[][] = turns.map(() => []);
  turns.forEach((turn, i) => {
    sec += int(r, 2, 9);
    const ts = `[${[Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60].map((x) => String(x).padStart(2, '0')).join(':')}] `;
    text += `${i ? '\n' : ''}${style === 1 ? ts : ''}${turn.agent ? la : lc}: `;
    for (const s of turn.segs) {
      const raw = typeof s === 'string' ? s : s.p;
      const out = lower ? raw.toLowerCase() : raw;
      if (out.length !== raw.length) throw new Error('case change altered length');
      if (typeof s !== 'string') pieces[i].push({ start: text.length, end: text.length + out.length });
      text += out;
    }
    text = text.trimEnd();
    if (punct) text += turn.question ? '?' : '.';
  });
  const values: Value[] = made.map((m, j) => {
    const to = j + 1 < made.length ? made[j + 1].from : turns.length;
    return { type: m.type, form: m.form, pieces: pieces.slice(m.from, to).flat() };
  });
  return { text, values };
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count, print } = tally();
let nValues = 0;
let nPieces = 0;
for (let i = 0; i < calls; i++) {
  const lang = LANGS[i % LANGS.length];
  const { text, values } = compose(lang);
  for (const v of values)
    for (const p of v.pieces) if (!/[\p{L}\p{N}]/u.test(text.slice(p.start, p.end))) throw new Error('empty piece');
  nValues += values.length;
  nPieces += values.reduce((a, v) => a + v.pieces.length, 0);
  if (DRY) {
    const all = values.flatMap((v) => v.pieces).sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const p of all) {
      out += `${text.slice(at, p.start)}⟦${text.slice(p.start, p.end)}⟧`;
      at = p.end;
    }
    console.log(`--- #${i} ${lang} [${values.map((v) => `${v.type}:${v.form}`).join(', ')}]\n${out}${text.slice(at)}`);
    continue;
  }
  const found = (await engine?.detect(text, { language: lang })) ?? [];
  for (const v of values) {
    const hits = v.pieces.map((p) => covered(text, p.start, p.end, found));
    const ok = hits.every(Boolean);
    const typed =
      ok && v.pieces.every((p) => found.some((e) => e.type === v.type && e.start < p.end && p.start < e.end));
    for (const key of [
      `${v.type}\t*`,
      `${v.type}\tform=${v.form}`,
      `${v.type}\tlang=${lang}`,
      `ALL\tform=${v.form}`,
      `ALL\tlang=${lang}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${v.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    for (const h of hits) {
      count(`PIECE\t${v.type}`, h);
      count('PIECE\t*', h);
    }
    if (!ok && SHOW)
      console.log(
        'LEAK',
        v.type,
        v.form,
        lang,
        JSON.stringify(v.pieces.map((p) => text.slice(p.start, p.end))),
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log(
    `hold-out 16 (call transcripts): ${calls} calls, ${nValues} values, ${nPieces} pieces; hit = every piece covered`,
  );
  print();
} else console.log(`${calls} calls, ${nValues} values, ${nPieces} pieces`);

let falseHits = 0;
for (const [lang, t] of CLEAN) {
  if (DRY) continue;
  const found = (await engine?.detect(t, { language: lang })) ?? [];
  falseHits += found.length;
  if (SHOW) for (const e of found) console.log('FALSE', lang, `${e.type}: ${e.text}`, JSON.stringify(t));
}
if (DRY) console.log(`${CLEAN.length} clean snippets (not run in DRY mode)`);
else
  console.log(
    `false entities on ${CLEAN.length} clean snippets: ${falseHits} (${((100 * falseHits) / CLEAN.length).toFixed(1)} per 100)`,
  );
