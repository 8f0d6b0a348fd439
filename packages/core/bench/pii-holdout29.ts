/**
 * TWENTY-NINTH corpus ("hold-out 29"), written blind (without reading the detector, the recognizers, the docs or the
 * other corpora) and committed before any run against the engine. Theme: semi-structured records people paste into
 * an AI assistant with a request ("check this form", "write a cover letter from this", "translate this", "fill the
 * missing fields", "make a table"): CVs, school enrolments, patient intakes and referrals, rental applications, hotel
 * registration cards, delivery notes, car-sale contracts, accident and police reports, insurance claims, guest/donor/
 * member lists, tenancy notices, obituaries and birth announcements. 33 locales of 20 languages; layouts: "Label:
 * value" lines (local labels, abbreviations, typos), values on the line after the label, tables (pipe, tab, CSV),
 * prose, bullet lists, a whole form in lower case, labels in another language than the values. About 10% of records
 * carry one light obfuscation (spaced digits, at/dot e-mail, spaced letters in a name).
 * Values: names (local order, "SURNAME, Given", patronymics, two surnames, bin/ibn/al-, van der, initials), birth
 * dates in local formats, addresses (multi-line, postcodes, units, PO boxes, rural), phones valid per
 * libphonenumber-js/max, e-mails, vehicle plates and checksum-valid national IDs (both ID_NUMBER), mod-97 IBANs.
 * Hit: every letter/digit of the value lies inside detected entities (tally.ts `covered`); typed: inside entities of
 * the value's type (plates/IDs: ID_NUMBER or a specific ID type). Then false entities on ~260 clean records (product
 * sheets, timetables, shop listings, recipes) per 100 records and per type.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout29.ts [count=1000] [seed=292929]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧ (no engine).
 */
import { CLEAN_A, type CleanLang } from './pii-holdout29-clean-a.ts';
import { CLEAN_B } from './pii-holdout29-clean-b.ts';
import { record } from './pii-holdout29-records.ts';
import { sfc32 } from './pii-holdout29-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 292929);
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
  cs: 'ces',
  hu: 'hun',
  ro: 'ron',
  tr: 'tur',
  ru: 'rus',
  uk: 'ukr',
  el: 'ell',
  vi: 'vie',
  id: 'ind',
  sw: 'swa',
  tl: 'tgl',
  hi: 'hin',
};
const ID_TYPES = new Set(['ID_NUMBER', 'US_SSN', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'UK_NINO', 'FR_INSEE']);
type Ent = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Ent[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities }) as Engine;
}
let langErrors = 0;
async function detect(text: string, lang: string): Promise<Ent[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: ISO3[lang] });
  } catch {
    langErrors++;
    return engine.detect(text);
  }
}

const { count: add, print } = tally();
let values = 0;
let obfuscated = 0;
for (let i = 0; i < count; i++) {
  const rec = record(r);
  values += rec.spans.length;
  const obf = rec.spans.some((s) => s.obf !== 'plain');
  if (obf) obfuscated++;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of rec.spans) {
      out += `${rec.text.slice(at, s.start)}⟦${rec.text.slice(s.start, s.end)}⟧`;
      at = s.end;
    }
    console.log(`--- #${i} ${rec.loc} ${rec.kind} ${rec.layout}${obf ? ' +obf' : ''}\n${out}${rec.text.slice(at)}`);
    continue;
  }
  const found = await detect(rec.text, rec.lang);
  for (const s of rec.spans) {
    const ok = covered(rec.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const right = (e: Ent) => (s.type === 'ID_NUMBER' ? ID_TYPES.has(e.type) : e.type === s.type);
    const typed = covered(rec.text, s.start, s.end, over.filter(right));
    const type = s.type === 'ID_NUMBER' ? `ID_NUMBER(${s.sub})` : s.type;
    const layout = s.obf === 'plain' ? rec.layout : 'obfuscated';
    for (const key of [
      `${s.type}\t*`,
      ...(type !== s.type ? [`${type}\tsub`] : []),
      `${s.type}\tlayout=${layout}`,
      `${s.type}\tlang=${rec.lang}`,
      `ALL\tlayout=${layout}`,
      `ALL\tlang=${rec.lang}`,
      `ALL\tloc=${rec.loc}`,
      `ALL\tkind=${rec.kind}`,
      `ALL\t${s.obf === 'plain' ? 'plain' : `obf=${s.obf}`}`,
      'ALL\t*',
    ])
      add(key, ok);
    add(`${s.type}\ttyped`, typed);
    if (type !== s.type) add(`${type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    if (!ok && SHOW) {
      const near = found.filter((e) => e.end > s.start - 60 && e.start < s.end + 60).map((e) => `${e.type}:${e.text}`);
      const ctx = rec.text.slice(Math.max(0, s.start - 60), s.end + 60);
      console.log(
        'LEAK',
        type,
        rec.lang,
        rec.loc,
        layout,
        JSON.stringify(s.v),
        JSON.stringify(ctx),
        JSON.stringify(near),
      );
    }
  }
}
console.log(`${count} records, ${values} values, ${obfuscated} records with one obfuscated value`);
if (!DRY) {
  console.log(
    'hold-out 29 recall (hit: no letter or digit of the value outside detected entities; typed: inside entities of its type)',
  );
  print();
}

// ---------- clean records ----------
const CLEAN: Record<string, CleanLang> = { ...CLEAN_A, ...CLEAN_B };
const clean: [string, string][] = [];
for (const [lang, c] of Object.entries(CLEAN)) {
  for (const t of c.tables) {
    const rows = t.split('|').map((row) => row.split(';'));
    const [head, ...body] = rows;
    const pipe = [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...body.map((b) => `| ${b.join(' | ')} |`),
    ];
    clean.push([lang, `${c.req}\n\n${pipe.join('\n')}`]);
    clean.push([
      lang,
      `${rows.map((b) => b.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',')).join('\n')}\n\n${c.req}`,
    ]);
    clean.push([lang, `${c.req}\n\n${body.map((b) => b.map((v, k) => `${head[k]}: ${v}`).join('\n')).join('\n\n')}`]);
    clean.push([lang, `${c.req}\n${body.map((b) => `- ${b.join(' – ')}`).join('\n')}`.toLowerCase()]);
  }
  clean.push([lang, c.prose]);
}
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
  console.log(`${clean.length} clean records (not run in DRY mode)`);
} else {
  const per = tally();
  let falseHits = 0;
  const shown: string[] = [];
  for (const [lang, t] of clean) {
    const found = await detect(t, lang);
    falseHits += found.length;
    for (const e of found) {
      per.count(`FALSE\t${e.type}`, true);
      shown.push(`  ${lang} ${e.type}: ${JSON.stringify(e.text)}`);
    }
  }
  console.log(
    `false entities on ${clean.length} clean records: ${falseHits} = ${((100 * falseHits) / clean.length).toFixed(1)} per 100 records`,
  );
  for (const [k, [n]] of [...per.stats].sort())
    console.log(`${k}\t${((100 * n) / clean.length).toFixed(1)} per 100\t${n}`);
  if (SHOW) for (const s of shown) console.log(s);
  if (langErrors) console.log(`(${langErrors} detect calls retried without a language)`);
}
