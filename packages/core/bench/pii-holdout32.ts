/**
 * Hold-out 32, written BLIND (without reading the detector, recognizers, lexicons, docs, tests or other corpora) and
 * committed before its single run against the engine. Theme: an outside red team checks whether personal data gets
 * past the PII filter in front of an AI chat assistant when users or attackers DISGUISE it — the way people dodge
 * filters in forums, marketplaces, game and dating-app chat, prompt injection, code, JSON, Markdown, HTML and CSV.
 * Catalogue (pii-holdout32-disguise.ts, 25 techniques incl. the plain baseline): spaced characters, at/dot words in
 * the text's language, defanged [at]/[.], digits as words, half words half digits, leetspeak, full-width, fancy
 * Unicode (math bold / double-struck / circled), keycap emoji, zero-width joiners and soft hyphens, Cyrillic
 * homoglyphs, odd separators, emoji separators, split over two messages, split by markup, string concatenation in
 * code, split over JSON fields, reversed with a hint, one group per line, a decoy label ("order ref", "test data"),
 * case mangling, handle-style names, URL-encoding and HTML entities. Types: PHONE, EMAIL, CREDIT_CARD, IBAN, US_SSN,
 * UK_NINO, ES_DNI, IP_ADDRESS, PERSON, ADDRESS; languages en (about half) + de fr es it pt nl pl sv tr. Values are
 * valid (libphonenumber-js/max, Luhn, mod 97 + national keys, SSN ranges, NINO prefixes, DNI letter).
 * Hit: every letter or digit of the value as written (each marked part of it; filler, markup or code between two
 * parts is not the value) lies inside some detected entity (tally.ts `covered`); typed: also an entity of the right
 * type overlaps it. Then false entities per 100 clean texts of the same genres with no personal data.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout32.ts [count=1200] [seed=3232]
 *   SHOW=1 prints every leak (type, technique, language, value, ±60 chars, entities nearby) and every false entity;
 *   DRY=1 prints the texts with each value part marked ⟦…⟧ and never creates the engine.
 */
import { cleanTexts } from './pii-holdout32-clean.ts';
import { C, type Disguised, O, TECH_NAMES, TECHNIQUES } from './pii-holdout32-disguise.ts';
import { MAKERS } from './pii-holdout32-people.ts';
import { CARRIERS, LABELS } from './pii-holdout32-texts.ts';
import { choose, sfc32 } from './pii-holdout32-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 3232);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);
const ISO3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  sv: 'swe',
  tr: 'tur',
};
const TYPES = Object.keys(MAKERS);

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count: add, print } = tally();
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  // technique first (a fifth plain, the baseline), then a type and a language it fits
  const tech = r() < 0.2 ? 'plain' : choose(r, TECH_NAMES.slice(1));
  let d: Disguised | string | undefined;
  let type = '';
  let lang = '';
  while (d === undefined) {
    type = choose(r, TYPES);
    const langs = Object.keys(LABELS[type]);
    lang =
      langs.length === 1
        ? langs[0]
        : r() < 0.4
          ? 'en'
          : choose(
              r,
              langs.filter((l) => l !== 'en'),
            );
    d = TECHNIQUES[tech](MAKERS[type](r, lang), r);
  }
  const dis: Disguised = typeof d === 'string' ? { out: d } : d;
  // a snippet of code or JSON goes into prose, not into another snippet
  const snippet = tech === 'code-concat' || tech === 'json-split';
  const carriers = CARRIERS.filter(([l, g]) => l === lang && !(snippet && ['code', 'json', 'csv'].includes(g)));
  const [, genre, carrier] = choose(r, carriers);
  let out = dis.out;
  let filled = carrier;
  if (dis.decoy) {
    if (filled.includes('{k}')) filled = filled.replaceAll('{k}', dis.decoy);
    else out = `${dis.decoy}: ${out}`;
  }
  filled = filled.replaceAll('{k}', LABELS[type][lang]);
  const marked = filled.replace('{v}', () => out);
  // strip the markers, remember the value's parts
  let text = '';
  const parts: [number, number][] = [];
  for (const ch of marked) {
    if (ch === O) parts.push([text.length, text.length]);
    else if (ch === C) parts[parts.length - 1][1] = text.length;
    else text += ch;
  }
  const written = parts.map(([s, e]) => text.slice(s, e)).join(' ‖ ');
  if (DRY) {
    console.log(`--- #${i} ${type} ${tech} ${lang} ${genre}\n${marked.replaceAll(O, '⟦').replaceAll(C, '⟧')}`);
    continue;
  }
  const found = (await engine?.detect(text, { language: ISO3[lang] })) ?? [];
  const ok = parts.every(([s, e]) => covered(text, s, e, found));
  const typed = ok && parts.some(([s, e]) => found.some((f) => f.type === type && f.start < e && s < f.end));
  const mode = tech === 'plain' ? 'plain' : 'disguised';
  for (const key of [
    `${type}\t*`,
    `${type}\t${mode}`,
    `${type}\ttech=${tech}`,
    `ALL\ttech=${tech}`,
    `ALL\t${mode}`,
    `ALL\tlang=${lang}`,
    `ALL\tlang=${lang} ${mode}`,
    `ALL\tgenre=${genre}`,
    'ALL\t*',
  ])
    add(key, ok);
  add(`${type}\ttyped`, typed);
  add('ALL\ttyped', typed);
  add(`ALL\ttyped ${mode}`, typed);
  if (!ok && SHOW) {
    const s = parts[0][0];
    const e = parts[parts.length - 1][1];
    const near = found.filter((f) => f.end > s - 60 && f.start < e + 60).map((f) => `${f.type}:${f.text}`);
    console.log(
      `LEAK\t${type}\t${tech}\t${lang}\t${JSON.stringify(written)}\t${JSON.stringify(text.slice(Math.max(0, s - 60), e + 60))}\t${JSON.stringify(near)}`,
    );
  }
}
if (!DRY) {
  console.log(`hold-out 32 (seed ${seed}, ${count} texts, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(
    'recall: hit = no letter or digit of the written value outside a detected entity; typed = right type too',
  );
  print();
}

const clean = cleanTexts(sfc32(seed + 1), 150);
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
} else {
  const per = new Map<string, number>();
  const shown: string[] = [];
  for (const [lang, t] of clean) {
    const found = (await engine?.detect(t, { language: ISO3[lang] })) ?? [];
    for (const f of found) {
      per.set(f.type, (per.get(f.type) ?? 0) + 1);
      shown.push(`FALSE\t${lang}\t${f.type}\t${JSON.stringify(f.text)}\t${JSON.stringify(t)}`);
    }
  }
  const total = [...per.values()].reduce((a, b) => a + b, 0);
  console.log(
    `false entities on ${clean.length} clean texts: ${total} = ${((100 * total) / clean.length).toFixed(1)} per 100`,
  );
  for (const [k, n] of [...per].sort()) console.log(`  ${k}\t${((100 * n) / clean.length).toFixed(1)} per 100\t(${n})`);
  if (SHOW) for (const s of shown) console.log(s);
}
