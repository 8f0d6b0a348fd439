/**
 * EIGHTEENTH hold-out corpus ("hold-out 18"), written blind (without reading the recognizers, the docs, the tests or
 * the other corpora) and committed before any run against the engine. Theme: STRUCTURED PII IN NON-LATIN SCRIPTS AND
 * LOCALE DIGITS. Users of a chat assistant write in Arabic, Persian, Urdu, Hindi, Bengali, Thai, Chinese, Japanese,
 * Korean, Russian, Ukrainian, Greek, Hebrew and Turkish and put their own phone numbers, e-mails, card numbers, IBANs
 * and IP addresses into everyday requests (translate this, fill this form, write to my landlord, check my booking,
 * my router shows..., write to the bank). Values are valid: phones by libphonenumber-js/max in the local national and
 * international formats, Luhn cards of the local brands (mada, Meeza, Shetab, RuPay, UnionPay, JCB, Mir, Troy...),
 * mod-97 IBANs of real IBAN countries with the right length and BBAN shape, e-mails with Latin local parts, native
 * IDN domains or native local parts, IPv4/IPv6. About half are plain; half carry ONE habitual locale variation
 * (pii-holdout18-habits.ts): native digits (٠-٩, ۰-۹, ०-९, ০-৯, ๐-๙, full-width ０-９), mixed native/ASCII digits,
 * bidi marks (U+200E/U+200F/U+061C/U+2066-2069) around or inside, full-width text or ＠/．, Japanese ー as hyphen,
 * typographic dashes, no-break spaces, the locale's quotes, Turkish İ upper-casing, a Cyrillic look-alike in an IBAN
 * country code, the Arabic decimal separator in an IPv4. Carriers put the value next to ، ۔ । ， 。 ; or glued to CJK
 * and Thai text or to a particle (です, 로, 'den).
 * Hit = every letter/digit of the inserted value lies inside a detected entity (`covered` from tally.ts); typed = an
 * entity of the value's type overlaps it. Then false entities per 100 clean requests (same languages, many numbers).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout18.ts [count=900] [seed=1818]
 *   count valued requests (one value each) and count/3 clean ones. SHOW=1 prints every leak (type, habit, language,
 *   the value, ±60 chars of context, entities found nearby), every mistyped hit and every false entity; DRY=1 prints
 *   the texts with the value marked ⟦…⟧ and never creates the engine. No NER model is attached (structured values).
 */

import { cleanTexts } from './pii-holdout18-clean.ts';
import { HABITS } from './pii-holdout18-habits.ts';
import { CARRIERS_A, LABELS_A } from './pii-holdout18-text-a.ts';
import { CARRIERS_B, LABELS_B } from './pii-holdout18-text-b.ts';
import { card, choose, email, iban, ip, LANGS, type Lang, phone, type Rand, sfc32 } from './pii-holdout18-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 900);
const seed = Number(process.argv[3] ?? 1818);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const MAKERS: Record<string, [letter: string, make: (x: Rand, lang: Lang) => [string, string]]> = {
  PHONE: ['P', phone],
  EMAIL: ['E', email],
  CREDIT_CARD: ['C', card],
  IBAN: ['I', iban],
  IP_ADDRESS: ['A', ip],
};
const TYPES = Object.keys(MAKERS);
const WEIGHT: Record<string, number> = {
  'quotes-wrap': 0.3,
  'ja-dash': 2.5,
  'tr-upper': 2.5,
  'cyrillic-cc': 2,
  'arabic-decimal-sep': 2,
  'fullwidth-at': 2,
};
const CARRIERS = { ...CARRIERS_A, ...CARRIERS_B };
const LABELS = { ...LABELS_A, ...LABELS_B };
const ISO3: Record<Lang, string> = {
  ar: 'ara',
  fa: 'fas',
  ur: 'urd',
  hi: 'hin',
  bn: 'ben',
  th: 'tha',
  zh: 'zho',
  ja: 'jpn',
  ko: 'kor',
  ru: 'rus',
  uk: 'ukr',
  el: 'ell',
  he: 'heb',
  tr: 'tur',
};

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
const engine: Engine | undefined = DRY ? undefined : (await import('../src/pii/index.ts')).createPiiEngine();
let fallbacks = 0;
/** detect with the language hint; should the engine refuse the hint, once more without it (counted, reported). */
async function detect(text: string, lang: Lang): Promise<Found[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: ISO3[lang] });
  } catch {
    fallbacks++;
    return engine.detect(text);
  }
}
const visible = (s: string) => (/\p{Cf}/u.test(s) ? ` value=${JSON.stringify(s)}` : '');

const { count: add, print } = tally();
const seen = new Map<string, number>();
let obfuscated = 0;
for (let i = 0; i < count; i++) {
  const type = TYPES[i % TYPES.length];
  const lang = LANGS[Math.floor(i / TYPES.length) % LANGS.length];
  const [letter, make] = MAKERS[type];
  const [kind, , carrier] = choose(
    r,
    CARRIERS[lang].filter((c) => c[1].includes(letter)),
  );
  const [raw, form] = make(r, lang);
  let habit = 'plain';
  let v = raw;
  if (r() < 0.5) {
    const fits = Object.entries(HABITS)
      .map(([name, h]) => [name, h(raw, type, lang, r)] as const)
      .filter((x): x is readonly [string, string] => x[1] !== undefined && x[1] !== raw);
    // weighted: the generic quotes less, the narrow locale-only habits more
    const total = fits.reduce((a, [name]) => a + (WEIGHT[name] ?? 1), 0);
    let x = r() * total;
    for (const [name, w] of fits) {
      x -= WEIGHT[name] ?? 1;
      if (x < 0) {
        [habit, v] = [name, w];
        break;
      }
    }
  }
  if (habit !== 'plain') obfuscated++;
  const filled = carrier.replaceAll('{k}', choose(r, LABELS[lang][type]));
  const start = filled.indexOf('{v}');
  const text = filled.slice(0, start) + v + filled.slice(start + 3);
  const end = start + v.length;
  if (DRY) {
    console.log(
      `--- #${i} ${type} ${form} ${habit} ${lang} ${kind}${visible(v)}\n${text.slice(0, start)}⟦${v}⟧${text.slice(end)}`,
    );
    continue;
  }
  const found = await detect(text, lang);
  const ok = covered(text, start, end, found);
  const over = found.filter((e) => e.start < end && start < e.end);
  const typed = ok && over.some((e) => e.type === type);
  const mode = habit === 'plain' ? 'plain' : 'locale-variant';
  for (const key of [
    `${type}\t*`,
    `${type}\t${mode}`,
    `${type}\thabit=${habit}`,
    `${type}\tform=${form}`,
    `${type}\tlang=${lang}`,
    `ALL\thabit=${habit}`,
    `ALL\t${mode}`,
    `ALL\tlang=${lang}`,
    `ALL\tcarrier=${kind}`,
    'ALL\t*',
  ])
    add(key, ok);
  add(`${type}\ttyped`, typed);
  add('ALL\ttyped', typed);
  for (const t of new Set(over.map((e) => e.type))) seen.set(`${type}\t${t}`, (seen.get(`${type}\t${t}`) ?? 0) + 1);
  if (SHOW && (!ok || !typed)) {
    const near = found.filter((e) => e.end > start - 60 && e.start < end + 60).map((e) => `${e.type}:${e.text}`);
    const ctx = `${text.slice(Math.max(0, start - 60), start)}⟦${v}⟧${text.slice(end, end + 60)}`;
    console.log(
      ok ? 'MISTYPED' : 'LEAK',
      type,
      habit,
      lang,
      form,
      JSON.stringify(v),
      JSON.stringify(ctx),
      JSON.stringify(near),
    );
  }
}
console.log(
  `${count} valued requests, ${obfuscated} with a locale variant (${((100 * obfuscated) / count).toFixed(1)}%)`,
);
if (!DRY) {
  console.log(
    'hold-out 18 recall (hit: no letter or digit of the value left outside an entity; typed: right type over it)',
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
}

const clean = cleanTexts(r, Math.round(count / 3));
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
  console.log(`${clean.length} clean requests (not run in DRY mode)`);
} else {
  let falseHits = 0;
  const perType = new Map<string, number>();
  const perLang = new Map<string, number>();
  for (const [lang, t] of clean) {
    const found = await detect(t, lang);
    falseHits += found.length;
    for (const e of found) {
      perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
      perLang.set(lang, (perLang.get(lang) ?? 0) + 1);
      if (SHOW) console.log('FALSE', lang, e.type, JSON.stringify(e.text), JSON.stringify(t));
    }
  }
  const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean requests: ${falseHits} = ${per100(falseHits)} per 100 requests`);
  for (const [t, n] of [...perType].sort()) console.log(`  type=${t}\t${n}\t${per100(n)} per 100`);
  for (const [l, n] of [...perLang].sort()) console.log(`  lang=${l}\t${n}`);
  if (fallbacks) console.log(`language hint refused ${fallbacks} times (detected without it)`);
}
