/**
 * FORTY-FIRST corpus ("hold-out 41"), written blind (without reading the recognizers, lexicons, docs, tests or other
 * hold-outs) and committed before any run against the engine.
 *
 * Theme: group-chat exports and voice-note transcripts pasted into an AI assistant with a request on top ("summarise
 * this thread", "who owes what", "translate", "make a schedule from this"). 3–12 chat lines per text.
 * Formats: WhatsApp "[12/03/24, 21:14:05] Name: text" (wa-bracket) and "12/03/2024, 21:14 - Name: text" (wa-dash),
 * Telegram "Name, [12.03.24 21:14]" (telegram), Slack "Name  9:14 PM" (slack), Discord "Name — Today at 21:14"
 * (discord), iMessage-like "Name: text" (plain), and speech-to-text voice notes without capitals or punctuation,
 * with or without a "Voice note from Name (0:42):" header (transcript).
 * Locales: en-US en-GB en-IN en-NG en-ZA en-AU, es-ES es-MX es-AR, pt-BR, fr-FR, de-DE, it-IT, nl-NL, pl-PL, tr-TR,
 * id-ID, tl-PH (Taglish), sw-KE (Swahili-English), ar-LB and ar-EG (Arabizi, digits 3/7/2 for letters). The ISO 639-3
 * code goes as `language` for ~70% of texts.
 * Types: PERSON (speaker labels and names mentioned in messages, each occurrence its own span; forms cap, lower, caps,
 * nickname, word-name; full names count as cap), PHONE (national/international per country, a few speaker labels
 * saved as numbers; in transcripts partly or fully spoken as words), EMAIL (plain or spoken "x dot y at gmail dot
 * com"), ADDRESS (street + number, maybe postcode/city), IBAN (mod-97 valid), DATE_OF_BIRTH (only after a birth cue),
 * USERNAME (handle with @ or after a label; USERNAME or PERSON both count as typed).
 * hint=yes: a cue for the value's type stands right before it (a label, "call me on", "IBAN", "born", "@", the speaker
 * slot of the export, "account name" before a person); hint=no: the value stands bare.
 * Clean set: ~count/4 exports in the same formats and languages with role speakers ("Mom", "Boss", "Support", "Bot",
 * "Me") and no personal data (plans, prices, times, places, brands, celebrities, order and flight numbers); every
 * entity found there is counted as false.
 * Scoring: hit = every letter/digit of the value lies inside some detected entity (tally.ts `covered`); typed = the
 * same with entities of an acceptable type only.
 *
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout41.ts [count=800] [seed=4141]
 * Env: DRY=1 prints the texts with values marked ⟦…⟧ and their tags, and the counts, without creating the engine;
 * SHOW=1 prints every miss (LEAK …) and every false entity on the clean set; NONER=1 runs the engine without NER.
 */
import { type Doc, makeDoc, type Span } from './pii-holdout41-chat.ts';
import { ibanValid, makeRng } from './pii-holdout41-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 800);
const seed = Number(process.argv[3] ?? 4141);
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

const ACCEPT: Record<string, readonly string[]> = {
  PERSON: ['PERSON'],
  PHONE: ['PHONE'],
  EMAIL: ['EMAIL'],
  ADDRESS: ['ADDRESS'],
  IBAN: ['IBAN'],
  DATE_OF_BIRTH: ['DATE_OF_BIRTH'],
  USERNAME: ['USERNAME', 'PERSON'],
};

// ---- corpus ----

const r = makeRng(seed);
const docs: Doc[] = [];
while (docs.length < count) {
  const d = makeDoc(r, false);
  if (d.spans.length > 0) docs.push(d);
}
const rc = makeRng(seed ^ 0x41c1ea);
const cleanDocs: Doc[] = [];
for (let i = 0; i < Math.max(50, Math.round(count / 4)); i++) cleanDocs.push(makeDoc(rc, true));

/** Every span's text is its value, spans do not overlap, IBANs pass mod-97, the clean set holds no value. */
function check(d: Doc, i: number) {
  const sorted = [...d.spans].sort((a, b) => a.start - b.start);
  sorted.forEach((s, k) => {
    if (d.text.slice(s.start, s.end) !== s.value) throw new Error(`text #${i}: span ${JSON.stringify(s)} ≠ text`);
    if (s.value.trim() !== s.value || s.value === '') throw new Error(`text #${i}: span with blank edge ${s.value}`);
    if (k > 0 && sorted[k - 1].end > s.start) throw new Error(`text #${i}: overlap at ${s.start}`);
    if (s.type === 'IBAN' && !ibanValid(s.value)) throw new Error(`text #${i}: bad IBAN ${s.value}`);
  });
}
docs.forEach(check);
cleanDocs.forEach((d, i) => {
  check(d, i);
  if (d.spans.length) throw new Error(`clean text #${i} holds values`);
});

const lang = (d: Doc) => d.locale.slice(0, 2);

// ---- dry run ----

function marked(d: Doc): string {
  let out = '';
  let at = 0;
  for (const s of [...d.spans].sort((a, b) => a.start - b.start)) {
    out += `${d.text.slice(at, s.start)}⟦${s.value}⟧`;
    at = s.end;
  }
  return out + d.text.slice(at);
}

function tags(s: Span): string {
  const t = [s.type, s.role && `role=${s.role}`, s.form && `form=${s.form}`, `hint=${s.hint ? 'yes' : 'no'}`];
  if (s.type === 'PHONE' || s.type === 'EMAIL' || s.type === 'USERNAME') t.push(`spoken=${s.spoken ? 'yes' : 'no'}`);
  return t.filter(Boolean).join(' ');
}

if (DRY) {
  const n = tally();
  docs.forEach((d, i) => {
    console.log(`--- #${i} ${d.locale} ${d.format} language=${d.lang3 ?? '-'}`);
    console.log(marked(d));
    for (const s of d.spans) console.log(`    ${tags(s)}: ${JSON.stringify(s.value)}`);
    n.count(`TEXT\tformat=${d.format}`, true);
    n.count(`TEXT\tlang=${d.locale}`, true);
    for (const s of d.spans) {
      n.count(`${s.type}\t*`, true);
      n.count('ALL\t*', true);
      if (s.type === 'PERSON') n.count(`PERSON\tform=${s.form}`, true);
      if (s.type === 'PERSON' || s.type === 'PHONE') n.count(`${s.type}\trole=${s.role || 'message'}`, true);
      if (s.type === 'PHONE' || s.type === 'EMAIL') n.count(`${s.type}\tspoken=${s.spoken ? 'yes' : 'no'}`, true);
      n.count(`ALL\tformat=${d.format}`, true);
      n.count(`ALL\tlang=${d.locale}`, true);
      n.count(`ALL\thint=${s.hint ? 'yes' : 'no'}`, true);
    }
  });
  cleanDocs.forEach((d, i) => {
    console.log(`--- clean #${i} ${d.locale} ${d.format} language=${d.lang3 ?? '-'}`);
    console.log(d.text);
    n.count(`CLEAN\tformat=${d.format}`, true);
  });
  console.log(`\n${docs.length} texts, ${cleanDocs.length} clean texts; rows per key:`);
  for (const [k, [, rows]] of [...n.stats].sort()) console.log(`${k}\t${rows}`);
  process.exit(0);
}

// ---- live run ----

const t = tally();
const run = engine as Engine;
for (const d of docs) {
  const found = await run.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
  let all = true;
  for (const s of d.spans) {
    const ok = covered(d.text, s.start, s.end, found);
    const typed = covered(
      d.text,
      s.start,
      s.end,
      found.filter((e) => ACCEPT[s.type].includes(e.type)),
    );
    all &&= ok;
    t.count(`${s.type}\t*`, ok);
    t.count('ALL\t*', ok);
    t.count('ALL\ttyped', typed);
    t.count(`${s.type}\ttyped`, typed);
    if (s.type === 'PERSON') {
      t.count(`PERSON\trole=${s.role}`, ok);
      t.count(`PERSON\tform=${s.form}`, ok);
    }
    if (s.type === 'PHONE') t.count(`PHONE\trole=${s.role || 'message'}`, ok);
    if (s.type === 'PHONE' || s.type === 'EMAIL') t.count(`${s.type}\tspoken=${s.spoken ? 'yes' : 'no'}`, ok);
    t.count(`ALL\tformat=${d.format}`, ok);
    t.count(`ALL\tlang=${d.locale}`, ok);
    t.count(`${s.type}\tlang=${lang(d)}`, ok);
    t.count(`ALL\thint=${s.hint ? 'yes' : 'no'}`, ok);
    t.count(`ALL\tlanguage option=${d.lang3 ? 'yes' : 'no'}`, ok);
    if (SHOW && !ok) {
      const a = Math.max(0, s.start - 60);
      const z = Math.min(d.text.length, s.end + 60);
      const near = found
        .filter((e) => e.end > a && e.start < z)
        .map((e) => `${e.type}:${e.text}`)
        .join(' ');
      const ctx = JSON.stringify(d.text.slice(a, z));
      console.log(
        `LEAK ${s.type} ${s.form || '-'} ${d.locale} ${d.format} ${JSON.stringify(s.value)} ${ctx} [${near}]`,
      );
    }
  }
  t.count('TEXT\tevery value hidden', all);
}
t.print();
console.log();

const perType = new Map<string, number>();
let falses = 0;
const shown: string[] = [];
for (const d of cleanDocs) {
  const found = await run.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
  for (const e of found) {
    falses++;
    perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    if (SHOW) shown.push(`  FALSE ${d.locale} ${e.type}: ${e.text}`);
  }
}
const per100 = (n: number) => ((100 * n) / cleanDocs.length).toFixed(1);
console.log(`false entities on ${cleanDocs.length} clean texts: ${falses} = ${per100(falses)} per 100 texts`);
for (const [k, n] of [...perType].sort()) console.log(`  type=${k}\t${n}\t${per100(n)} per 100`);
for (const l of shown) console.log(l);
