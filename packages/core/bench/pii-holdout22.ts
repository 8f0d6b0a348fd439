/**
 * TWENTY-SECOND hold-out ("hold-out 22"), written blind (without reading the detector, recognizers, lexicons, docs or
 * other corpora) and committed before any run against the engine. Theme: PERSON NAMES in informal messages typed on
 * phones or dictated by voice that users paste into an AI assistant ("help me reply to this", "translate this"):
 * mostly lower case or random capitals, little punctuation, voice-to-text run-ons, elongations, emoji, abbreviations,
 * nicknames and diminutives, kinship/polite words with a name, names glued to emoji/particles/suffixes, repeated
 * names. 26 language varieties (English US/UK/NG/GH/ZA/IN/PH, Spanish MX/AR, Portuguese BR, French FR/West Africa,
 * German, Dutch, Turkish, Indonesian, Malay, Tagalog, Swahili, Hindi and Urdu romanized, Arabic romanized EG/LEV/GULF,
 * Vietnamese without diacritics, Thai romanized); names from 24 origin regions written from the author's knowledge.
 * Hit = every letter of the name value covered by detected entities (`covered` from tally.ts); "typed" = the value
 * covered by PERSON entities alone. Items are keyed by language, slot, case, form, origin region and "wordlike" (the
 * name is also an everyday word somewhere: Hope, Deniz, Bintang, Nam ...). Then false PERSON entities per 100 clean
 * messages (same styles, kinship words without names, brands, places, food, slang), overall and per language; other
 * entity types on clean messages are reported separately.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout22.ts [count=1200] [seed=2222]
 *   SHOW=1 prints every leak (language, slot, form, value, ±60 chars, entities nearby) and every false entity;
 *   DRY=1 prints the texts with the values marked ⟦…⟧ and never creates the engine.
 * The engine is given the ISO 639-3 code of the message's base language (eng, spa, por, fra, deu, nld, tur, ind,
 * msa, tgl, swa, hin, urd, ara, vie, tha); if a call with that code throws, it is retried without one (counted).
 */
import { CLEAN_A } from './pii-holdout22-clean-a.ts';
import { CLEAN_B } from './pii-holdout22-clean-b.ts';
import { CLEAN_C } from './pii-holdout22-clean-c.ts';
import { compose, type Message } from './pii-holdout22-compose.ts';
import { sfc32 } from './pii-holdout22-names.ts';
import { EN } from './pii-holdout22-texts-a.ts';
import { EU } from './pii-holdout22-texts-b.ts';
import { AS } from './pii-holdout22-texts-c.ts';
import { covered, tally } from './tally.ts';

const target = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 2222);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);
const LANGS = { ...EN, ...EU, ...AS };
const CLEAN: Record<string, string[]> = { ...CLEAN_A, ...CLEAN_B, ...CLEAN_C };
const keys = Object.keys(LANGS);
const base = (lang: string) => lang.split('-')[0];

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities }) as Engine;
}
let retried = 0;
async function detect(text: string, iso: string): Promise<Found[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: iso });
  } catch {
    retried++;
    return engine.detect(text, {});
  }
}

const messages: Message[] = [];
for (let i = 0, n = 0; n < target; i++) {
  const lang = keys[i % keys.length];
  const m = compose(r, lang, LANGS[lang]);
  messages.push(m);
  n += m.items.length;
}

const { count, print } = tally();
const typedT = tally();
const leaks: string[] = [];
let items = 0;
for (const m of messages) {
  items += m.items.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const it of [...m.items].sort((x, y) => x.start - y.start)) {
      out += `${m.text.slice(at, it.start)}⟦${it.value}⟧`;
      at = it.end;
    }
    const tags = m.items.map((it) => `${it.slot}/${it.form}/${it.region}${it.wordlike ? '/wordlike' : ''}`);
    console.log(`--- ${m.lang} ${m.cse} [${tags.join(', ')}]\n${out}${m.text.slice(at)}`);
    continue;
  }
  const found = await detect(m.text, LANGS[m.lang].iso);
  const persons = found.filter((e) => e.type === 'PERSON');
  let all = true;
  for (const it of m.items) {
    const ok = covered(m.text, it.start, it.end, found);
    const typed = covered(m.text, it.start, it.end, persons);
    all &&= ok;
    for (const key of [
      'ALL\t*',
      `lang\t${m.lang}`,
      `base\t${base(m.lang)}`,
      `slot\t${it.slot}`,
      `case\t${m.cse}`,
      `form\t${it.form}`,
      `region\t${it.region}`,
      `wordlike\t${it.wordlike ? 'yes' : 'no'}`,
    ]) {
      count(key, ok);
      typedT.count(key, typed);
    }
    if (!typed && SHOW) {
      const near = found.filter((e) => e.start < it.end + 60 && it.start - 60 < e.end);
      leaks.push(
        [
          ok ? 'UNTYPED' : 'LEAK',
          m.lang,
          it.slot,
          m.cse,
          it.form,
          it.region,
          it.wordlike ? 'wordlike' : '-',
          JSON.stringify(it.value),
          JSON.stringify(m.text.slice(Math.max(0, it.start - 60), it.end + 60)),
          JSON.stringify(near.map((e) => `${e.type}:${e.text}`)),
        ].join('\t'),
      );
    }
  }
  count('MSG\tevery name hidden', all);
}
console.log(`hold-out 22: ${messages.length} messages, ${items} name items, seed ${seed}`);
if (!DRY) {
  console.log('recall, hit (every letter of the name covered by any entity):');
  print();
  console.log('recall, typed (every letter covered by PERSON entities):');
  typedT.print();
}

const clean = Object.entries(CLEAN).flatMap(([lang, ts]) => ts.map((t) => [lang, t] as const));
if (DRY) console.log(`${clean.length} clean messages (not run in DRY mode)`);
else {
  const perLang = new Map<string, [number, number]>();
  const other = new Map<string, number>();
  const falses: string[] = [];
  let person = 0;
  for (const [lang, t] of clean) {
    const found = await detect(t, LANGS[lang].iso);
    const p = found.filter((e) => e.type === 'PERSON').length;
    person += p;
    const s = perLang.get(lang) ?? [0, 0];
    s[0] += p;
    s[1]++;
    perLang.set(lang, s);
    for (const e of found) {
      if (e.type !== 'PERSON') other.set(e.type, (other.get(e.type) ?? 0) + 1);
      falses.push(`FALSE\t${lang}\t${e.type}\t${JSON.stringify(e.text)}\t${JSON.stringify(t)}`);
    }
  }
  const per100 = (x: number, n: number) => ((100 * x) / n).toFixed(1);
  console.log(
    `false PERSON on ${clean.length} clean messages: ${person} = ${per100(person, clean.length)} per 100 messages`,
  );
  for (const [lang, [p, n]] of [...perLang].sort())
    console.log(`  false PERSON\t${lang}\t${per100(p, n)}/100\t(${p} in ${n})`);
  const others = [...other].sort().map(([k, c]) => `${k} ${c} (${per100(c, clean.length)}/100)`);
  console.log(`other entity types on clean messages: ${others.length ? others.join(', ') : 'none'}`);
  if (retried) console.log(`calls retried without a language code: ${retried}`);
  if (SHOW) {
    console.log('--- leaks (LEAK = letters left visible; UNTYPED = covered but not by PERSON) ---');
    for (const l of leaks) console.log(l);
    console.log('--- every entity found on clean messages ---');
    for (const f of falses) console.log(f);
  }
}
