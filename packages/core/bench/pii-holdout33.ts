/**
 * THIRTY-THIRD corpus ("hold-out 33"), written blind (without reading the recognizers, lexicons, docs, tests or the
 * other corpora) and committed before any run against the engine. It imitates the synthetic PII datasets outside
 * evaluators use (Gretel "synthetic_pii_finance_multilingual", ai4privacy "open-pii-masking"): realistic multi-sentence
 * documents — loan agreements, bank statements, insurance claims, complaint e-mails, KYC forms, payroll notices,
 * medical billing letters, lease contracts, court notices, customs declarations — about 70% English (US, UK, Canada,
 * Australia, India, South Africa), the rest German, French, Spanish, Italian, Dutch, Portuguese and Swedish. Each
 * document carries several values: person names (full, middle name, initials, surname first, title + surname, title +
 * full name, lone surname referred to later, first name alone, a second person), addresses (one line or letterhead
 * lines), phones (valid per libphonenumber-js/max), e-mails, dates of birth, national IDs with their checksums (US SSN,
 * UK NINO, NHS number, Canadian SIN, Australian TFN, Indian PAN / Aadhaar, South African ID, Steuer-ID, INSEE, DNI/NIE,
 * codice fiscale, BSN, NIF, personnummer), IBANs (mod 97), domestic bank account numbers, cards (Luhn) and usernames;
 * and unmarked distractors (companies, amounts, policy / claim / loan / invoice numbers, other dates, times, percentages).
 * Hit: every letter or digit of the value lies inside some detected entity (tally.ts `covered`); typed: an entity of
 * the value's type overlaps it. Then false entities per 100 clean documents of the same kinds (per type), and the
 * entities found in the personal documents that touch no value (per type, per 100 documents).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout33.ts [count=800] [seed=3333]
 *   SHOW=1 prints every leak (type, form, language, value, ±60 characters, entities nearby) and every false entity;
 *   DRY=1 prints the documents with values marked ⟦…⟧ and never creates the engine; NER=0 runs without the NER model.
 */
import { CLEAN_EN, CLEAN_EU } from './pii-holdout33-clean.ts';
import { makeDoc, type Span, unmark } from './pii-holdout33-doc.ts';
import { EN, type Template } from './pii-holdout33-docs-en.ts';
import { EU } from './pii-holdout33-docs-eu.ts';
import { LANG, type Loc } from './pii-holdout33-names.ts';
import { pick, sfc32 } from './pii-holdout33-values.ts';
import { covered, tally } from './tally.ts';

const docs = Number(process.argv[2] ?? 800);
const seed = Number(process.argv[3] ?? 3333);
const CLEAN_DOCS = 150;
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const ISO3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  sv: 'swe',
};
const EN_LOCS: Loc[] = ['US', 'GB', 'CA', 'AU', 'IN', 'ZA'];
const EU_LOCS: Loc[] = ['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'SE'];

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const ner = process.env.NER === '0' ? undefined : (await import('../../models/src/index.ts')).recognizeEntities;
  engine = (await import('../src/pii/index.ts')).createPiiEngine(ner ? { ner } : {});
}

function compose(r: () => number, english: Template[], other: Record<string, Template[]>) {
  const en = r() < 0.7;
  const loc = en
    ? pick(r, EN_LOCS)
    : pick(
        r,
        EU_LOCS.filter((l) => other[LANG[l]]?.length),
      );
  const [kind, make] = pick(r, en ? english : other[LANG[loc]]);
  const d = makeDoc(r, loc);
  return { loc, lang: LANG[loc], kind, ...unmark(make(d)) };
}
const around = (text: string, s: number, e: number, w = 60) =>
  JSON.stringify(`${text.slice(Math.max(0, s - w), s)}⟦${text.slice(s, e)}⟧${text.slice(e, e + w)}`);
const marked = (text: string, spans: Span[]) => {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${text.slice(at, s.start)}⟦${s.v}⟧`;
    at = s.end;
  }
  return out + text.slice(at);
};

const r = sfc32(seed);
const { count, print } = tally();
const seen = new Map<string, number>();
const extra = new Map<string, number>();
let values = 0;
const t0 = Date.now();
for (let i = 0; i < docs; i++) {
  const doc = compose(r, EN, EU);
  values += doc.spans.length;
  if (DRY) {
    console.log(
      `--- #${i} ${doc.loc} ${doc.kind} [${doc.spans.map((s) => `${s.type}:${s.form}`).join(', ')}]\n${marked(doc.text, doc.spans)}`,
    );
    continue;
  }
  const found = (await engine?.detect(doc.text, { language: ISO3[doc.lang] })) ?? [];
  let all = true;
  for (const s of doc.spans) {
    const ok = covered(doc.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const typed = over.some((e) => e.type === s.type);
    all &&= ok;
    for (const key of [
      `${s.type}\t*`,
      `${s.type}\tform=${s.form}`,
      `${s.type}\tlang=${doc.lang}`,
      `ALL\tlang=${doc.lang}`,
      `ALL\tlocale=${doc.loc}`,
      `ALL\tkind=${doc.kind}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW) {
      const near = found.filter((e) => e.end > s.start - 60 && e.start < s.end + 60).map((e) => `${e.type}:${e.text}`);
      console.log(
        'LEAK',
        s.type,
        s.form,
        doc.lang,
        doc.loc,
        doc.kind,
        JSON.stringify(s.v),
        around(doc.text, s.start, s.end),
        JSON.stringify(near),
      );
    }
  }
  count('DOC\tevery value hidden', all);
  for (const e of found)
    if (!doc.spans.some((s) => e.start < s.end && s.start < e.end)) extra.set(e.type, (extra.get(e.type) ?? 0) + 1);
}
console.log(`${docs} documents, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log('hold-out 33 recall (hit: no letter or digit of the value left visible; typed: right type overlaps)');
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
  console.log(`entities touching no value in the ${docs} personal documents (per 100 documents):`);
  for (const [t, c] of [...extra].sort()) console.log(`  ${t}\t${c}\t${((100 * c) / docs).toFixed(1)}`);
}

const rc = sfc32(seed + 1);
const cleanDocs = Array.from({ length: CLEAN_DOCS }, () => compose(rc, CLEAN_EN, CLEAN_EU));
for (const c of cleanDocs) if (c.spans.length) throw new Error(`clean document with a value: ${c.kind}`);
if (DRY) {
  for (const c of cleanDocs.slice(0, 30)) console.log(`--- clean ${c.loc} ${c.kind}\n${c.text}`);
  console.log(`${CLEAN_DOCS} clean documents (not run in DRY mode)`);
} else {
  const perType = new Map<string, number>();
  let total = 0;
  for (const c of cleanDocs) {
    const found = (await engine?.detect(c.text, { language: ISO3[c.lang] })) ?? [];
    total += found.length;
    for (const e of found) {
      perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
      if (SHOW) console.log('FALSE', e.type, c.lang, c.loc, c.kind, around(c.text, e.start, e.end, 40));
    }
  }
  console.log(
    `false entities on ${CLEAN_DOCS} clean documents: ${total} = ${((100 * total) / CLEAN_DOCS).toFixed(1)} per 100 documents`,
  );
  for (const [t, c] of [...perType].sort()) console.log(`  ${t}\t${c}\t${((100 * c) / CLEAN_DOCS).toFixed(1)} per 100`);
  console.log(`time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
