/**
 * FORTIETH corpus ("hold-out 40"), written blind (without reading the recognizers, lexicons, docs, tests or other
 * hold-outs) and committed before any run against the engine.
 *
 * Theme: medium-length realistic DOCUMENTS and MESSAGES with personal data, as users paste them into an AI
 * assistant (often behind a "can you proofread this?" line): HR letters, medical appointment notes, insurance
 * claims, rental applications, school enrolment forms, bank card disputes, customer-support tickets with
 * signatures, travel bookings, delivery complaints, police reports, CV headers and wedding guest lists; laid out
 * as letters, forms, e-mails (Subject line, signature block), CV headers or numbered lists; 60-250 words and 2-8
 * values each, with near misses around them (case/ticket/tracking numbers, amounts, ordinary dates).
 *
 * Locales: en-US en-GB en-CA en-IE en-SG, de-DE de-AT de-CH, fr-FR fr-BE fr-CA, es-ES es-AR es-CO, it-IT, pt-PT
 * pt-BR, nl-NL nl-BE, pl-PL, cs-CZ, da-DK, nb-NO, fi-FI, el-GR (Greek script), ru-RU (Cyrillic), hi-IN (Hindi-
 * English mix). About 75% of texts pass the ISO 639-3 code as `language`, the rest pass none.
 *
 * Types: PERSON (title outside the value), EMAIL, PHONE (national and +cc/00cc formats per country), ADDRESS
 * (kind street, town = postcode + town as its own value, or full = one span), IBAN (mod-97, country lengths),
 * CREDIT_CARD (Luhn), IP_ADDRESS (v4/v6), DATE_OF_BIRTH (after a birth cue), national IDs with their check digits
 * (US_SSN, UK_NINO, DE_TAX_ID, FR_INSEE, ES_DNI incl. NIE, NL_BSN; ID_NUMBER for SIN, PPSN, NRIC, AT SVNR, AHV,
 * Belgian RRN, CUIL, Colombian cédula, Codice Fiscale, NIF, CPF, PESEL, rodné číslo, CPR, fødselsnummer, HETU,
 * AMKA, SNILS, INN, Aadhaar, PAN), USERNAME (after a username/login label), URL_CREDENTIALS (user:password@ URL),
 * SECRET (password or API key after a label).
 *
 * Disguises (one per value, about half the values stay plain): sep (odd separators, defanged IP), zw (a zero-width
 * character inside), nl (a line break inside), homoglyph (one or two Cyrillic/Greek look-alikes, or Latin ones in
 * Greek/Cyrillic values), fullwidth (full-width digits), caps (upper case), atdot (" at "/" dot " words of the
 * text's language), spellcc (country code spelled out in the language), pairs (digits in groups of two).
 *
 * Clean set (~150 per 800): the same genres and languages with no personal data, only near misses (order and
 * invoice numbers, amounts, IBAN-shaped product codes, non-birth dates, public institutions with their addresses,
 * famous people, versions, flight numbers, hashes); every entity found there counts as false.
 *
 * Scoring: hit = every letter/digit of the value inside some detected entity (tally.ts `covered`); typed = the same
 * with an acceptable type (the recorded type; any national-ID type for IDs; LOCATION too for a town; SECRET too
 * for URL_CREDENTIALS).
 *
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout40.ts [count=800] [seed=4040]
 * Env: DRY=1 prints the texts with values marked ⟦…⟧ and the counts, never loading the engine; SHOW=1 prints each
 * miss (LEAK ...) and each false entity of the clean set; NONER=1 runs the engine without the NER model.
 */

import { cleanDocs, type Doc, GENRES, personalDocs, type Span } from './pii-holdout40-compose.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 800);
const seed = Number(process.argv[3] ?? 4040);
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

const IDS = ['ID_NUMBER', 'ES_DNI', 'NL_BSN', 'DE_TAX_ID', 'FR_INSEE', 'UK_NINO', 'US_SSN'];
function acceptable(s: Span): string[] {
  if (IDS.includes(s.type)) return IDS;
  if (s.kind === 'town') return ['ADDRESS', 'LOCATION'];
  if (s.type === 'URL_CREDENTIALS') return ['URL_CREDENTIALS', 'SECRET'];
  return [s.type];
}

function check(d: Doc) {
  let last = -1;
  for (const s of d.spans) {
    if (d.text.slice(s.start, s.end) !== s.text) throw new Error(`span text mismatch ${JSON.stringify(s)}`);
    if (s.start < last || s.end <= s.start) throw new Error(`overlapping or empty span ${JSON.stringify(s)}`);
    last = s.end;
  }
}

function marked(d: Doc) {
  let out = d.text;
  for (const s of [...d.spans].reverse())
    out = `${out.slice(0, s.start)}⟦${out.slice(s.start, s.end)}⟧${out.slice(s.end)}`;
  return out;
}

const docs = personalDocs(count, seed);
const clean = cleanDocs(Math.max(10, Math.round((count * 150) / 800)), seed);
for (const d of [...docs, ...clean]) check(d);

if (DRY) {
  const n = new Map<string, number>();
  const add = (k: string) => n.set(k, (n.get(k) ?? 0) + 1);
  const wc: number[] = [];
  for (const [i, d] of docs.entries()) {
    console.log(`--- #${i} ${d.locale} ${d.genre} language=${d.l3 ?? '-'} values=${d.spans.length}`);
    console.log(marked(d));
    for (const s of d.spans) console.log(`  · ${s.type} ${s.kind} ${s.disguise} ${JSON.stringify(s.text)}`);
    wc.push(d.text.split(/\s+/).filter(Boolean).length);
    add(`texts\tgenre=${d.genre}`);
    add(`texts\tlocale=${d.locale}`);
    add(`texts\thint=${d.l3 ? 'yes' : 'no'}`);
    add(`texts\tvalues=${d.spans.length}`);
    for (const s of d.spans) {
      add(`values\ttype=${s.type}`);
      add(`values\tdisguise=${s.disguise}`);
      add(`values\tlocale=${d.locale}`);
      add(`values\tkind=${s.type}/${s.kind}`);
      add('values\tALL');
    }
  }
  for (const [i, d] of clean.entries()) {
    console.log(`--- clean #${i} ${d.locale} ${d.genre} language=${d.l3 ?? '-'}`);
    console.log(d.text);
  }
  console.log('\n=== counts');
  for (const [k, v] of [...n].sort()) console.log(`${k}\t${v}`);
  const mean = wc.reduce((a, b) => a + b, 0) / wc.length;
  console.log(`words per text: min ${Math.min(...wc)} max ${Math.max(...wc)} mean ${mean.toFixed(1)}`);
  console.log(`clean texts: ${clean.length}; genres ${GENRES.length}`);
} else if (engine) {
  const t = tally();
  const hint = (d: Doc) => (d.l3 ? { language: d.l3 } : {});
  for (const d of docs) {
    const found = await engine.detect(d.text, hint(d));
    let all = true;
    for (const s of d.spans) {
      const ok = covered(d.text, s.start, s.end, found);
      const acc = acceptable(s);
      const typed = covered(
        d.text,
        s.start,
        s.end,
        found.filter((e) => acc.includes(e.type)),
      );
      all &&= ok;
      t.count(`${s.type}\t*`, ok);
      t.count('ALL\t*', ok);
      t.count('ALL\ttyped', typed);
      t.count(`${s.type}\ttyped`, typed);
      t.count(`ALL\tdisguise=${s.disguise}`, ok);
      t.count(`${s.type}\tdisguise=${s.disguise}`, ok);
      t.count(`ALL\tlang=${d.locale}`, ok);
      t.count(`${s.type}\tlang=${d.lang}`, ok);
      t.count(`ALL\tgenre=${d.genre}`, ok);
      t.count(`ALL\thint=${d.l3 ? 'yes' : 'no'}`, ok);
      if (!ok && SHOW) {
        const ctx = d.text.slice(Math.max(0, s.start - 60), Math.min(d.text.length, s.end + 60));
        const near = found
          .filter((e) => e.end >= s.start - 60 && e.start <= s.end + 60)
          .map((e) => `${e.type}:${e.text}`)
          .join(' | ');
        console.log(
          `LEAK ${s.type} ${s.disguise} ${d.locale} ${JSON.stringify(s.text)} ${JSON.stringify(ctx)} [${near}]`,
        );
      }
    }
    t.count('TEXT\tevery value hidden', all);
  }
  t.print();
  console.log();
  const per = new Map<string, number>();
  let total = 0;
  for (const d of clean) {
    const found = await engine.detect(d.text, hint(d));
    for (const e of found) {
      total++;
      per.set(e.type, (per.get(e.type) ?? 0) + 1);
      if (SHOW) console.log(`  FALSE ${d.locale} ${e.type}: ${JSON.stringify(e.text)}`);
    }
  }
  const rate = (k: number) => ((100 * k) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean texts: ${total} = ${rate(total)} per 100 texts`);
  for (const [k, v] of [...per].sort()) console.log(`  type=${k}\t${v}\t${rate(v)} per 100`);
}
