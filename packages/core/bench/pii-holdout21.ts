/**
 * TWENTY-FIRST corpus ("hold-out 21"), written blind (without reading the detector, recognizers, lexicons, docs or
 * the other corpora) and committed before any run against the engine. Theme: PERSON NAMES in what people paste into
 * an AI assistant: forwarded chat snippets, replies being drafted, group-chat summaries, questions about a colleague,
 * relative or customer, notes to self. 21 languages / mixes (English US/UK, Nigerian, Kenyan/Southern African, Indian,
 * Singaporean; Spanish, Brazilian Portuguese, French, German, Italian, Polish, Turkish, Indonesian, Malay, Taglish,
 * Swahili/Sheng, Hinglish, romanized Urdu, Arabizi, Vietnamese with and without diacritics); names from 18 origin
 * pools (pii-holdout21-names.ts). Each name sits in a slot: start (line start), verb (after a verb or preposition),
 * list ("X, Y and Z"), poss (possessive), speaker ("Name: ..."), greet ("hi X,"), sign (sign-off), title (after or
 * before a title / kinship term: tita, kuya, mbak, pak, bhaiya, didi, oga, mama, hoca, bey, señora, dona...).
 * Forms: given, full, family (with a title), nickname; case Title / lower / UPPER (15% of texts wholly lowercased);
 * some texts carry a valid phone (libphonenumber-js/max) or an e-mail next to the names. "wordlike" = the name is
 * also an everyday word in some language (Joy, Blessing, Can, Deniz, Luz, Hoa...), reported as its own slice.
 * Hit = every letter or digit of the name covered by detected entities (tally.ts `covered`); typed = covered by
 * PERSON entities alone. Then false PERSON entities per 100 clean texts (same styles, no names), per language.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout21.ts [count=1200] [seed=2121]
 *   count = name items (texts are drawn round-robin over the languages until that many names are placed).
 *   SHOW=1 prints every leak (and every name hit by a non-PERSON entity only) and every false entity;
 *   DRY=1 prints the texts with the names marked ⟦…⟧ and never creates the engine.
 */
import { CLEAN_A } from './pii-holdout21-clean-a.ts';
import { CLEAN_B } from './pii-holdout21-clean-b.ts';
import { makeName, type Name } from './pii-holdout21-names.ts';
import { LANGS_A, type Lang } from './pii-holdout21-texts-a.ts';
import { LANGS_B, trGenitive } from './pii-holdout21-texts-b.ts';
import {
  type Case,
  email,
  mulberry,
  phone,
  pick,
  type Rand,
  recase,
  stripVi,
  weighted,
} from './pii-holdout21-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 2121);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = mulberry(seed);

const LANGS: Record<string, Lang> = { ...LANGS_A, ...LANGS_B, 'vi-nd': LANGS_B.vi };
const CLEAN: Record<string, string[]> = { ...CLEAN_A, ...CLEAN_B, 'vi-nd': CLEAN_B.vi.map(stripVi) };
const FORMS: Record<string, Name['form']> = { g: 'given', f: 'full', s: 'family', n: 'nick' };

interface Item extends Name {
  start: number;
  end: number;
  slot: string;
  case: Case;
}

function compose(lang: string, x: Rand) {
  const L = LANGS[lang];
  let tpl = pick(x, L.t);
  if (lang === 'vi-nd') tpl = stripVi(tpl);
  const allLower = x() < 0.15;
  const items: Item[] = [];
  let text = '';
  let pii = false;
  let at = 0;
  const lit = (s: string) => {
    text += allLower ? recase(s, 'lower', lang) : s;
  };
  for (const m of tpl.matchAll(/\{(\w+)(?:\.([gfsn]))?\}/g)) {
    lit(tpl.slice(at, m.index));
    at = m.index + m[0].length;
    const slot = m[1];
    if (slot === 'phone') {
      pii = true;
      text += phone(x, pick(x, L.countries));
      continue;
    }
    if (slot === 'email') {
      pii = true;
      const reg = weighted(x, L.mix);
      const addr = email(x, makeName(x, reg, 'given').value, makeName(x, reg, 'family').value, L.domains);
      text += allLower ? addr.toLowerCase() : addr;
      continue;
    }
    if (slot === 'gen') {
      text += trGenitive(items.at(-1)?.value ?? 'e');
      continue;
    }
    const form =
      FORMS[m[2] ?? ''] ??
      (weighted(
        x,
        slot === 'speaker' ? { given: 50, full: 40, nick: 10 } : { given: 45, full: 30, nick: 25 },
      ) as Name['form']);
    let name = makeName(x, weighted(x, L.mix), form);
    for (let k = 0; k < 5 && items.some((i) => i.value.toLowerCase() === name.value.toLowerCase()); k++)
      name = makeName(x, weighted(x, L.mix), form);
    const c: Case = allLower ? 'lower' : (weighted(x, { title: 70, lower: 20, upper: 10 }) as Case);
    const value = recase(lang === 'vi-nd' ? stripVi(name.value) : name.value, c, lang);
    items.push({ ...name, value, slot, case: c, start: text.length, end: text.length + value.length });
    text += value;
  }
  lit(tpl.slice(at));
  return { text, items, pii };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const hit = tally();
const typed = tally();
const seen = new Map<string, number>();
const langs = Object.keys(LANGS);
let placed = 0;
let texts = 0;
let wordlike = 0;
const near = (s: number, e: number, found: readonly Found[]) =>
  found.filter((f) => f.start < e + 60 && s - 60 < f.end).map((f) => `${f.type}:${f.text}`);
while (placed < count) {
  const lang = langs[texts % langs.length];
  texts++;
  const p = compose(lang, r);
  placed += p.items.length;
  wordlike += p.items.filter((i) => i.wordlike).length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.items) {
      out += `${p.text.slice(at, s.start)}⟦${s.value}⟧`;
      at = s.end;
    }
    const tags = p.items.map((i) => `${i.slot}/${i.form}/${i.case}/${i.region}${i.wordlike ? '/W' : ''}`);
    console.log(`--- #${texts} ${lang} [${tags.join(', ')}]${p.pii ? ' +pii' : ''}\n${out}${p.text.slice(at)}`);
    continue;
  }
  const found = (await engine?.detect(p.text, { language: LANGS[lang].iso })) ?? [];
  const persons = found.filter((e) => e.type === 'PERSON');
  let all = true;
  for (const s of p.items) {
    const ok = covered(p.text, s.start, s.end, found);
    const ty = covered(p.text, s.start, s.end, persons);
    all &&= ok;
    const w = `wordlike=${s.wordlike ? 'yes' : 'no'}`;
    for (const key of [
      '*',
      `lang=${lang}`,
      `slot=${s.slot}`,
      `case=${s.case}`,
      `region=${s.region}`,
      `macro=${s.macro}`,
      `form=${s.form}`,
      w,
      `pii=${p.pii ? 'near' : 'alone'}`,
    ])
      hit.count(`PERSON\t${key}`, ok);
    for (const key of ['*', `lang=${lang}`, `slot=${s.slot}`, `case=${s.case}`, `form=${s.form}`, w])
      typed.count(`PERSON typed\t${key}`, ty);
    for (const t of new Set(found.filter((e) => e.start < s.end && s.start < e.end).map((e) => e.type)))
      seen.set(t, (seen.get(t) ?? 0) + 1);
    if (SHOW && (!ok || !ty))
      console.log(
        ok ? 'UNTYPED' : 'LEAK',
        'PERSON',
        lang,
        `slot=${s.slot} form=${s.form} case=${s.case} region=${s.region}${s.wordlike ? ' wordlike' : ''}`,
        JSON.stringify(s.value),
        JSON.stringify(p.text.slice(Math.max(0, s.start - 60), s.end + 60)),
        near(s.start, s.end, found),
      );
  }
  hit.count('TEXT\tevery name hidden', all);
}
console.log(
  `${texts} texts, ${placed} names (${wordlike} wordlike = ${((100 * wordlike) / placed).toFixed(1)}%), ${langs.length} languages`,
);
if (!DRY) {
  console.log('hold-out 21 recall (hit: no letter or digit of the name left outside an entity; typed: inside PERSON)');
  hit.print();
  typed.print();
  console.log('entity types overlapping the names (names with at least one such entity):');
  for (const [t, c] of [...seen].sort()) console.log(`  ${t}\t${c}`);
}

const clean = Object.entries(CLEAN).flatMap(([lang, ts]) => ts.map((t) => [lang, t] as const));
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
  console.log(`${clean.length} clean texts (not run in DRY mode)`);
} else {
  const per = new Map<string, [number, number]>();
  const other = new Map<string, number>();
  let falsePerson = 0;
  for (const [lang, t] of clean) {
    const found = (await engine?.detect(t, { language: LANGS[lang].iso })) ?? [];
    const n = found.filter((e) => e.type === 'PERSON').length;
    falsePerson += n;
    const s = per.get(lang) ?? [0, 0];
    per.set(lang, [s[0] + n, s[1] + 1]);
    for (const e of found) {
      if (e.type !== 'PERSON') other.set(e.type, (other.get(e.type) ?? 0) + 1);
      if (SHOW)
        console.log(
          'FALSE',
          e.type,
          lang,
          JSON.stringify(e.text),
          JSON.stringify(t.slice(Math.max(0, e.start - 60), e.end + 60)),
        );
    }
  }
  const rate = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  console.log(
    `false PERSON on ${clean.length} clean texts: ${falsePerson} = ${rate(falsePerson, clean.length)} per 100 texts`,
  );
  for (const [lang, [n, k]] of [...per].sort()) console.log(`clean\tlang=${lang}\t${rate(n, k)} PERSON/100\t${k}`);
  console.log(
    `other entity types on clean texts (not counted above): ${[...other].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
  );
}
