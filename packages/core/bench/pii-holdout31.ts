/**
 * THIRTY-FIRST corpus ("hold-out 31"), written blind (without reading the recognizers, the docs, the tests or the
 * other corpora) and committed before any run against the engine. It imitates the public synthetic PII-masking
 * datasets outside evaluators use (ai4privacy "pii-masking" style, Gretel-style synthetic documents): short
 * LLM-written-looking texts (1-6 sentences) in English (about half), French, German, Italian, Spanish, Dutch,
 * Portuguese (PT and BR) and a few romanized Hindi/Telugu-English ones ("in"), in the domains education, healthcare,
 * finance, legal, HR, e-commerce, travel and IT support. Values are written the way such generators write them: lone
 * first or last names, full names with middle names, prefixed names (the prefix is not scored), e-mails built from the
 * names, addresses split into building number + street, secondary unit, city and ZIP/postcode (sometimes on separate
 * sentences), phones in the locale's formats (valid for libphonenumber-js/max), dates of birth in many formats, Luhn
 * cards, mod-97 IBANs, IPv4/IPv6; plus distractors (amounts, order numbers, times, job titles, company names).
 * Hit = every letter and digit of the value lies inside a detected entity (tally.ts `covered`); "typed" = the same with
 * entities of the right type only. Usernames are in the texts but not scored (no engine type; shown as INFO).
 * Then false entities per 100 clean texts of the same domains (and, apart, texts naming cities as destinations).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout31.ts [count=1000] [seed=3131]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧, no engine.
 */
import { CLEAN, DEST } from './pii-holdout31-clean.ts';
import { type Composed, compose } from './pii-holdout31-compose.ts';
import { EN, IN, type Templates } from './pii-holdout31-texts-en.ts';
import { DE, FR, IT } from './pii-holdout31-texts-eu1.ts';
import { ES, NL, PT } from './pii-holdout31-texts-eu2.ts';
import { choose, ibanOk, luhnOk, type Rand, sfc32 } from './pii-holdout31-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 3131);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const TEMPLATES: Record<string, Templates> = { en: EN, in: IN, fr: FR, de: DE, it: IT, es: ES, nl: NL, pt: PT };
const ISO3: Record<string, string> = {
  en: 'eng',
  in: 'eng',
  fr: 'fra',
  de: 'deu',
  it: 'ita',
  es: 'spa',
  nl: 'nld',
  pt: 'por',
};
/** English about half the texts, romanized Indian English 5%, the six other languages share the rest. */
function pickLang(x: Rand) {
  const u = x();
  return u < 0.45 ? 'en' : u < 0.5 ? 'in' : choose(x, ['fr', 'de', 'it', 'es', 'nl', 'pt']);
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const marked = (c: Composed) => {
  let out = '';
  let at = 0;
  for (const s of c.spans) {
    out += `${c.text.slice(at, s.start)}⟦${s.v}⟧`;
    at = s.end;
  }
  return out + c.text.slice(at);
};
const near = (found: Found[], a: number, b: number) =>
  found.filter((e) => e.start < b + 60 && a - 60 < e.end).map((e) => `${e.type}:${JSON.stringify(e.text)}`);

const { count: add, print } = tally();
const seen = new Map<string, number>();
const leaks: string[] = [];
let values = 0;
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  const lang = pickLang(r);
  const byDomain = TEMPLATES[lang];
  const domain = choose(r, Object.keys(byDomain));
  const c = compose(r, lang, domain, choose(r, byDomain[domain]));
  for (const s of c.spans) {
    if (s.type === 'CREDIT_CARD' && !luhnOk(s.v.replace(/\D/g, ''))) throw new Error(`bad card ${s.v}`);
    if (s.type === 'IBAN' && !ibanOk(s.v)) throw new Error(`bad IBAN ${s.v}`);
  }
  values += c.spans.filter((s) => s.type !== 'USERNAME').length;
  if (DRY) {
    console.log(
      `--- #${i} ${lang}/${c.region} ${domain} [${c.spans.map((s) => `${s.type}:${s.form}`).join(', ')}]\n${marked(c)}`,
    );
    continue;
  }
  const found = (await engine?.detect(c.text, { language: ISO3[lang] })) ?? [];
  let all = true;
  for (const s of c.spans) {
    const ok = covered(c.text, s.start, s.end, found);
    const typed = covered(
      c.text,
      s.start,
      s.end,
      found.filter((e) => e.type === s.type),
    );
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    if (s.type === 'USERNAME') {
      add('INFO-USERNAME (not scored)\t*', ok);
      continue;
    }
    all &&= ok;
    const keys = [
      `${s.type}\t*`,
      `${s.type}\tform=${s.form}`,
      `${s.type}\tlang=${lang}`,
      `ALL\tlang=${lang}`,
      `ALL\tdomain=${domain}`,
      'ALL\t*',
    ];
    if (s.type === 'PERSON') keys.push(`PERSON\tgroup=${/full/.test(s.form) ? 'full name' : 'lone first/last'}`);
    if (s.type === 'ADDRESS')
      keys.push(
        `ADDRESS\tlayout=${s.layout}`,
        `ADDRESS\tgroup=${/street|secondary/.test(s.form) ? 'street part' : 'lone city/zip'}`,
      );
    if (s.type === 'PHONE' || s.type === 'IBAN' || s.type === 'ADDRESS') keys.push(`${s.type}\tregion=${c.region}`);
    if (!(s.type === 'ADDRESS' && /city|zip/.test(s.form))) keys.push('ALL\t* without lone city/zip');
    for (const k of keys) add(k, ok);
    add(`${s.type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    if (s.type === 'ADDRESS' && /city|zip/.test(s.form))
      add(
        `ADDRESS\ttyped ADDRESS or LOCATION, form=${s.form}`,
        covered(
          c.text,
          s.start,
          s.end,
          found.filter((e) => e.type === 'ADDRESS' || e.type === 'LOCATION'),
        ),
      );
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW) {
      const ctx = c.text.slice(Math.max(0, s.start - 60), s.end + 60);
      leaks.push(
        `LEAK ${s.type} ${s.form} ${lang}/${c.region} ${JSON.stringify(s.v)} | ${JSON.stringify(ctx)} | near: ${near(found, s.start, s.end).join(', ') || '-'}`,
      );
    }
  }
  add('TEXT\tevery scored value hidden', all);
}
console.log(`hold-out 31: ${count} texts, ${values} scored values, seed ${seed}`);
if (!DRY) {
  console.log(
    'recall (hit: no letter or digit of the value left visible; typed: covered by entities of the right type)',
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, n] of [...seen].sort()) console.log(`  ${key}\t${n}`);
}

const cleanRuns: [string, [string, string, string][]][] = [
  ['clean', CLEAN],
  ['clean-destinations', DEST],
];
const rc = sfc32(seed + 1);
for (const [group, list] of cleanRuns) {
  const texts = [...list, ...list].map(([lang, domain, t]) => compose(rc, lang, domain, t));
  if (DRY) {
    for (const c of texts) console.log(`--- ${group} ${c.lang} ${c.domain}\n${c.text}`);
    continue;
  }
  const byType = new Map<string, number>();
  const shown: string[] = [];
  for (const c of texts) {
    const found = (await engine?.detect(c.text, { language: ISO3[c.lang] })) ?? [];
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      shown.push(`  FALSE ${group} ${c.lang} ${e.type}: ${JSON.stringify(e.text)} | ${JSON.stringify(c.text)}`);
    }
  }
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  const per = (n: number) => ((100 * n) / texts.length).toFixed(1);
  console.log(`false entities on ${texts.length} ${group} texts: ${total} = ${per(total)} per 100 texts`);
  for (const [t, n] of [...byType].sort()) console.log(`  ${group}\t${t}\t${n}\t${per(n)} per 100`);
  if (SHOW) for (const s of shown) console.log(s);
}
if (SHOW) for (const l of leaks) console.log(l);
if (!DRY) console.log(`time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
