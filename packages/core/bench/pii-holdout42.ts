/**
 * FORTY-SECOND corpus ("hold-out 42"), written blind (without reading the recognizers, lexicons, docs, tests or other
 * hold-outs) and committed before any run against the engine.
 *
 * Theme: an OBFUSCATION FUZZ of personal data, built by its own seeded generator, imitating how people and outside
 * benchmark corpora disguise personal data in text sent to an AI assistant. Texts are support requests, e-mails, chat
 * messages, forwarded messages, pasted forms, JSON, CSV, markdown, code and log lines in 16 locales (en-US, en-GB, en-IN,
 * de-DE, fr-FR, es-ES, es-MX, it-IT, pt-BR, nl-NL, pl-PL, sv-SE, tr-TR, ja-JP, id-ID, vi-VN), each with 1–4 values of
 * PERSON, PHONE, EMAIL, IBAN (mod-97), CREDIT_CARD (Luhn), IP_ADDRESS (v4/v6), DATE_OF_BIRTH (after a birth cue),
 * ADDRESS, national ids with check digits (US_SSN, UK_NINO, DE_TAX_ID, ES_DNI, NL_BSN, FR_INSEE, else ID_NUMBER: PAN,
 * Aadhaar, CURP, codice fiscale, CPF, PESEL, personnummer, TCKN, My Number, NIK, CCCD), USERNAME, SECRET (provider-shaped
 * keys) and URL_CREDENTIALS (only "user:password" is the span). About 60% of values are disguised by 1–2 of 41
 * transforms (separators per character, regrouping, digits as words, letters for digits, full-width, homoglyphs,
 * invisible characters, at/dot words, HTML entities, percent and \u escapes, reversal, line breaks, markdown wrappers,
 * emoji, split halves — a value cut in two with words between is two spans of the same type — and more).
 *
 * Scoring: a span is hit when `covered()` (tally.ts) finds every letter/digit inside found entities; "typed" counts only
 * entities of an acceptable type. Tallied per type, language, locale, transform, genre and disguised yes/no; TEXT rows
 * count texts whose every value is hidden. Then a CLEAN set (count/4 texts, no personal data): every entity found there
 * is false.
 *
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout42.ts [count=800] [seed=4242]
 * Env: DRY=1 prints every text with values marked ⟦…⟧, tags and counts, without importing the engine;
 *      SHOW=1 prints each miss (LEAK …) and each false entity on the clean set (FALSE …);
 *      NONER=1 runs the engine without the NER model.
 */

import { makeClean } from './pii-holdout42-clean.ts';
import { type Doc, ibanValid, luhnValid, makeRng, type VType } from './pii-holdout42-core.ts';
import { makeDoc } from './pii-holdout42-docs.ts';
import { covered, tally } from './tally.ts';

const COUNT = Number(process.argv[2] ?? 800);
const SEED = Number(process.argv[3] ?? 4242);
const DRY = process.env.DRY === '1';
const SHOW = process.env.SHOW === '1';

const NATIONAL = ['US_SSN', 'UK_NINO', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'FR_INSEE'];
const ACCEPT: Record<VType, readonly string[]> = {
  PERSON: ['PERSON'],
  PHONE: ['PHONE'],
  EMAIL: ['EMAIL'],
  IBAN: ['IBAN'],
  CREDIT_CARD: ['CREDIT_CARD'],
  IP_ADDRESS: ['IP_ADDRESS'],
  DATE_OF_BIRTH: ['DATE_OF_BIRTH'],
  ADDRESS: ['ADDRESS', 'LOCATION'],
  US_SSN: ['US_SSN', 'ID_NUMBER'],
  UK_NINO: ['UK_NINO', 'ID_NUMBER'],
  DE_TAX_ID: ['DE_TAX_ID', 'ID_NUMBER'],
  ES_DNI: ['ES_DNI', 'ID_NUMBER'],
  NL_BSN: ['NL_BSN', 'ID_NUMBER'],
  FR_INSEE: ['FR_INSEE', 'ID_NUMBER'],
  ID_NUMBER: ['ID_NUMBER', ...NATIONAL],
  USERNAME: ['USERNAME', 'PERSON'],
  SECRET: ['SECRET'],
  URL_CREDENTIALS: ['URL_CREDENTIALS', 'SECRET'],
};
const BLANK = /^[\s\u200b-\u200f\u2060\ufeff\u00ad]|[\s\u200b-\u200f\u2060\ufeff\u00ad]$/u;

const rng = makeRng(SEED);
const docs: Doc[] = [];
for (let i = 0; i < COUNT; i++) docs.push(makeDoc(rng, i));
const clean = Array.from({ length: Math.round(COUNT / 4) }, (_, i) => makeClean(rng, i));

// Self-checks: span text = value, no overlaps, no blank edges, IBAN and card valid before disguise.
for (const d of docs) {
  const sorted = [...d.spans].sort((a, b) => a.start - b.start);
  sorted.forEach((s, i) => {
    const bad = (why: string) => {
      throw new Error(`${why}: ${d.locale} ${s.type} ${JSON.stringify(s.value)} in ${JSON.stringify(d.text)}`);
    };
    if (d.text.slice(s.start, s.end) !== s.value) bad('span text differs from value');
    if (i && sorted[i - 1].end > s.start) bad('overlap');
    if (!s.value || BLANK.test(s.value)) bad('blank edge');
    if (!/[\p{L}\p{N}]/u.test(s.value)) bad('no letter or digit');
    if (s.type === 'IBAN' && !ibanValid(s.raw)) bad('IBAN mod-97');
    if (s.type === 'CREDIT_CARD' && !luhnValid(s.raw)) bad('Luhn');
  });
  if (!d.spans.length) throw new Error(`no span in ${JSON.stringify(d.text)}`);
}

const t = tally();
const rows = (key: string) => t.count(key, true);
if (DRY) {
  for (const [i, d] of docs.entries()) {
    let out = '';
    let k = 0;
    for (const s of [...d.spans].sort((a, b) => a.start - b.start)) {
      out += `${d.text.slice(k, s.start)}⟦${s.value}⟧`;
      k = s.end;
    }
    out += d.text.slice(k);
    const tags = d.spans.map((s) => `${s.type}${s.tags.length ? `[${s.tags.join('+')}]` : ''}`).join(' ');
    console.log(`=== #${i} ${d.locale} ${d.lang3 ?? '-'} ${d.genre} :: ${tags}\n${out}`);
  }
  for (const [i, c] of clean.entries()) console.log(`=== CLEAN #${i} ${c.locale} ${c.genre}\n${c.text}`);
  for (const d of docs)
    for (const s of d.spans) {
      rows(`${s.type}\t*`);
      rows(`ALL\tlang=${d.locale}`);
      rows(`ALL\tgenre=${d.genre}`);
      rows(`ALL\tdisguised=${s.tags.length ? 'yes' : 'no'}`);
      for (const tag of s.tags) rows(`ALL\ttransform=${tag}`);
    }
  t.print();
  const spans = docs.reduce((a, d) => a + d.spans.length, 0);
  console.log(`${docs.length} texts, ${spans} spans, ${clean.length} clean texts (DRY: counts are rows, not rates)`);
  process.exit(0);
}

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
if (!engine) throw new Error('no engine');

const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const d of docs) {
  const found = await engine.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
  let hidden = 0;
  for (const s of d.spans) {
    const hit = covered(d.text, s.start, s.end, found);
    const typedFound = found.filter((e) => ACCEPT[s.type].includes(e.type));
    const typed = covered(d.text, s.start, s.end, typedFound);
    if (hit) hidden++;
    const lang = d.locale.slice(0, 2);
    t.count('ALL\t*', hit);
    t.count('ALL\ttyped', typed);
    t.count(`${s.type}\t*`, hit);
    t.count(`${s.type}\ttyped`, typed);
    t.count(`${s.type}\tlang=${lang}`, hit);
    t.count(`ALL\tlang=${d.locale}`, hit);
    t.count(`ALL\tgenre=${d.genre}`, hit);
    t.count(`ALL\tdisguised=${s.tags.length ? 'yes' : 'no'}`, hit);
    for (const tag of s.tags) t.count(`ALL\ttransform=${tag}`, hit);
    if (SHOW && !hit) {
      const ctx = flat(d.text.slice(Math.max(0, s.start - 60), s.end + 60));
      const near = found
        .filter((e) => e.end > s.start - 60 && e.start < s.end + 60)
        .map((e) => `${e.type}:${flat(e.text)}`)
        .join(' ');
      console.log(`LEAK ${s.type} ${s.tags.join('+') || '-'} ${d.locale} "${flat(s.value)}" "${ctx}" [${near}]`);
    }
  }
  t.count('TEXT\tevery value hidden', hidden === d.spans.length);
}
t.print();

let falses = 0;
const perType = new Map<string, number>();
for (const c of clean) {
  const found = await engine.detect(c.text, c.lang3 ? { language: c.lang3 } : {});
  falses += found.length;
  for (const e of found) {
    perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    if (SHOW) console.log(`  FALSE ${c.locale} ${e.type}: ${flat(e.text)}`);
  }
}
const per100 = ((100 * falses) / Math.max(1, clean.length)).toFixed(1);
console.log(`false entities on ${clean.length} clean texts: F = ${falses} = ${per100} per 100 texts`);
for (const [k, v] of [...perType].sort()) console.log(`  ${k}\t${v}`);
