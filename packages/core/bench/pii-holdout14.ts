/**
 * FOURTEENTH obfuscation corpus ("hold-out 14"): OFF-PLATFORM CONTACT EVASION. Written blind (without reading the
 * recognizers, the docs, the tests or the other corpora) and committed before any run against the engine. It
 * imitates how hosts, guests, sellers, buyers, dating-app users and freelancers sneak phone numbers, e-mails, card
 * numbers, IBANs, names (and rarely an IP) past a platform's chat filter, in 10 languages (en de fr es it pt nl pl ru
 * tr): digits as number words, keycaps, O/l for 0/1, separators everywhere, values split over two sentences or chat
 * messages, "(at)", "gmail without the dot", full-width and math letters, zero-width characters, strikethrough...
 * (pii-holdout14-obf.ts). About 20% of the values are plain. Values are valid (libphonenumber-js/max, Luhn, mod 97).
 * Hit = every letter or digit of every part of the value, as it appears in the text, lies inside a detected entity
 * (a split value counts as a hit only if all its parts are covered; "parts" rows count each part); "typed" = a hit
 * and an entity of the right type overlaps it. Then false entities per 100 PII-free messages of the same genres.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout14.ts [messages=400] [seed=1414]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with the values marked ⟦…⟧ and never
 *   creates the engine; LANGCODE=iso3|none passes the language as ISO 639-3 or not at all (default: 2 letters).
 */
import { OBF, type Seg, type Value, WEIGHT } from './pii-holdout14-obf.ts';
import { CARRIERS, CLEAN, groupOf, label } from './pii-holdout14-text.ts';
import {
  card,
  cardGroups,
  choose,
  email,
  iban,
  ibanGroups,
  ip,
  LANGS,
  type Lang,
  person,
  phone,
  phoneWritten,
  type Rand,
  sfc32,
} from './pii-holdout14-values.ts';
import { covered, tally } from './tally.ts';

const messages = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 1414);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

const TYPES: [string, number][] = [
  ['PHONE', 35],
  ['EMAIL', 22],
  ['PERSON', 15],
  ['IBAN', 13],
  ['CREDIT_CARD', 11],
  ['IP_ADDRESS', 4],
];
function weighted(x: Rand, items: [string, number][]): string {
  let u = x() * items.reduce((a, [, w]) => a + w, 0);
  for (const [k, w] of items) {
    u -= w;
    if (u < 0) return k;
  }
  return items[items.length - 1][0];
}

function makeValue(type: string, lang: Lang, x: Rand): Value {
  if (type === 'PHONE') {
    const w = phoneWritten(x, phone(x, lang));
    return { type, lang, written: w, parts: [w] };
  }
  if (type === 'EMAIL') {
    const [l, d] = email(x, lang);
    return { type, lang, written: `${l}@${d}`, parts: [l, d] };
  }
  if (type === 'PERSON') {
    const [f, l] = person(x, lang);
    return { type, lang, written: `${f} ${l}`, parts: [f, l] };
  }
  if (type === 'CREDIT_CARD') {
    const c = card(x);
    const u = x();
    const w = u < 0.6 ? cardGroups(c).join(' ') : u < 0.8 ? cardGroups(c).join('-') : c;
    return { type, lang, written: w, parts: [w] };
  }
  if (type === 'IBAN') {
    const i = iban(x, lang);
    const w = x() < 0.7 ? ibanGroups(i).join(' ') : i;
    return { type, lang, written: w, parts: [w] };
  }
  const a = ip(x);
  return { type, lang, written: a, parts: [a] };
}

function obfuscate(v: Value, x: Rand): [string, Seg[]] {
  if (x() < 0.2) return ['plain', [{ t: v.written, v: true }]];
  // Draw among the obfuscations that apply to this value (probed with a throw-away generator).
  const probe = sfc32(Math.floor(x() * 2 ** 32));
  const names = Object.entries(WEIGHT).filter(([n]) => OBF[n](v, probe) !== undefined);
  for (let tries = 0; tries < 100; tries++) {
    const name = weighted(x, names);
    const segs = OBF[name](v, x);
    if (segs) return [name, segs];
  }
  return ['plain', [{ t: v.written, v: true }]];
}

const ISO3: Record<Lang, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  ru: 'rus',
  tr: 'tur',
};
const langOption = (lang: Lang) =>
  process.env.LANGCODE === 'none' ? {} : { language: process.env.LANGCODE === 'iso3' ? ISO3[lang] : lang };

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const { count, print } = tally();
for (let i = 0; i < messages; i++) {
  const lang = LANGS[i % LANGS.length];
  const type = weighted(r, TYPES);
  const value = makeValue(type, lang, r);
  const [genre, , carrier] = choose(
    r,
    CARRIERS[lang].filter((c) => c[1] === groupOf(type)),
  );
  const [name, segs] = obfuscate(value, r);
  const filled = carrier.replace('{k}', label(type, lang, r));
  const at = filled.indexOf('{v}');
  let text = filled.slice(0, at);
  const spans: [number, number][] = [];
  for (const s of segs) {
    if (s.v) spans.push([text.length, text.length + s.t.length]);
    text += s.t;
  }
  text += filled.slice(at + 3);
  if (DRY) {
    let out = '';
    let k = 0;
    for (const [a, b] of spans) {
      out += `${text.slice(k, a)}⟦${text.slice(a, b)}⟧`;
      k = b;
    }
    console.log(`--- ${i} ${type} ${name} ${lang} ${genre}\n${out}${text.slice(k)}`);
    continue;
  }
  const found = (await engine?.detect(text, langOption(lang))) ?? [];
  const partOk = spans.map(([a, b]) => covered(text, a, b, found));
  const ok = partOk.every(Boolean);
  const typed = ok && found.some((e) => e.type === type && spans.some(([a, b]) => e.start < b && a < e.end));
  const mode = name === 'plain' ? 'plain' : 'obfuscated';
  for (const key of [
    `${type}\t*`,
    `${type}\t${mode}`,
    `${type}\tobf=${name}`,
    `ALL\tobf=${name}`,
    `ALL\t${mode}`,
    `ALL\tlang=${lang}`,
    `ALL\tgenre=${genre}`,
    `${type}\tlang=${lang}`,
    `ALL\t${spans.length > 1 ? 'split' : 'one-part'}`,
    'ALL\t*',
  ])
    count(key, ok);
  for (const p of partOk) {
    count(`${type}\tparts`, p);
    count('ALL\tparts', p);
  }
  count(`${type}\ttyped`, typed);
  count('ALL\ttyped', typed);
  if (!ok && process.env.SHOW)
    console.log(
      'LEAK',
      type,
      name,
      lang,
      genre,
      JSON.stringify(text),
      `parts=${partOk.map((p) => (p ? 1 : 0)).join('')}`,
      found.map((e) => `${e.type}:${e.text}`),
    );
}
if (!DRY) {
  console.log(
    'hold-out 14 recall, off-platform contact evasion (every letter or digit of every part covered; "typed" = also the right type; "parts" = per part)',
  );
  print();
}

let falseHits = 0;
const shown: string[] = [];
for (const [lang, genre, t] of CLEAN) {
  if (DRY) continue;
  const found = (await engine?.detect(t, langOption(lang))) ?? [];
  falseHits += found.length;
  for (const e of found) shown.push(`${lang}/${genre} ${e.type}: ${e.text}`);
}
if (DRY) console.log(`${CLEAN.length} clean messages (not run in DRY mode)`);
else {
  console.log(
    `false entities on ${CLEAN.length} clean messages: ${falseHits} (${((100 * falseHits) / CLEAN.length).toFixed(1)} per 100)`,
  );
  if (process.env.SHOW) for (const s of shown) console.log('FALSE', s);
}
