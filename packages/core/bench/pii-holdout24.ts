/**
 * TWENTY-FOURTH corpus ("hold-out 24"), written blind (without reading the detector, the recognizers, the lexicons,
 * the docs or the other corpora) and committed before its single run against the engine.
 * Theme: prompts typed to an AI chat assistant that mention private people — birthday messages for a colleague,
 * replies to someone's e-mail, reference and cover letters, complaints naming a staff member, wedding speeches,
 * condolence notes, translations for a landlord, pasted chats with speaker names — in 24 languages / varieties
 * (English of the US, UK, India, Australia and South Africa, Nigerian English/Pidgin/Yoruba, German, French, Spanish
 * of Spain and Mexico, Portuguese of Brazil and Portugal, Italian, Dutch, Polish, Turkish, Indonesian, Malay,
 * Taglish, Swahili, Hinglish, Vietnamese, Arabizi, Russian in Cyrillic). Names from many origins (pii-holdout24-
 * names.ts, hand-written), as first name, nickname, full name or title + name; about 37% of texts are all lower
 * case. Some texts also hold the person's e-mail or phone (valid per libphonenumber-js/max); they are scored too.
 * Hit: every letter or digit of the value (for a title form, the name part only) inside some detected entity
 * (tally.ts `covered`); typed: also an entity of the value's type overlapping it. Then false entities per 100
 * clean prompts of the same kinds with no person named and no contact data (~37% lower-cased as well).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout24.ts [count=1200] [seed=2424]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧, no engine.
 */
import { CLEAN_A } from './pii-holdout24-clean-a.ts';
import { CLEAN_B } from './pii-holdout24-clean-b.ts';
import { LOCAL, PEOPLE, type Person } from './pii-holdout24-names.ts';
import { TEXTS_A } from './pii-holdout24-texts-a.ts';
import { TEXTS_B } from './pii-holdout24-texts-b.ts';
import { TEXTS_C } from './pii-holdout24-texts-c.ts';
import { TITLES } from './pii-holdout24-titles.ts';
import { email, phone, pick, prng, type Rand } from './pii-holdout24-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 2424);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = prng(seed);

const TEXTS: Record<string, string[]> = { ...TEXTS_A, ...TEXTS_B, ...TEXTS_C };
const CLEAN: Record<string, string[]> = { ...CLEAN_A, ...CLEAN_B };
const LANGS = Object.keys(TEXTS);
const ISO3: Record<string, string> = {
  'en-us': 'eng',
  'en-gb': 'eng',
  'en-in': 'eng',
  'en-au': 'eng',
  'en-za': 'eng',
  yo: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  'es-mx': 'spa',
  'pt-br': 'por',
  'pt-pt': 'por',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  id: 'ind',
  ms: 'msa',
  tl: 'tgl',
  sw: 'swa',
  hi: 'hin',
  vi: 'vie',
  arz: 'ara',
  ru: 'rus',
};

type Span = { type: string; start: number; end: number; v: string; form: string; person?: Person; role: string };
type Prompt = { lang: string; lower: boolean; text: string; spans: Span[] };

const lowerIt = (s: string) => s.replaceAll('İ', 'i').toLowerCase();
const region = (p: Person) => p.origin.split('/')[0];

function person(x: Rand, lang: string, g: string | undefined, not?: Person): Person {
  const local = lang === 'ru' || x() < 0.55;
  const pool = PEOPLE.filter(
    (p) => (local ? LOCAL[lang].includes(p.origin) : p.origin !== 'slavic/cyrillic') && (!g || p.g === g) && p !== not,
  );
  return pick(x, pool);
}

/** The name as written: [text before the name, the name, text after, form]. */
function nameForm(x: Rand, p: Person, slot: string, lang: string): [string, string, string, string] {
  let form: string;
  if (slot === 'F') form = 'full';
  else if (slot === 'f' || slot === 'b') form = p.nick && x() < 0.3 ? 'nick' : 'first';
  else if (slot === 't') form = x() < 0.75 ? 'title' : 'full';
  else form = pick(x, ['first', 'full', 'title', p.nick ? 'nick' : 'first']);
  if (form === 'first') return ['', p.first, '', form];
  if (form === 'nick') return ['', p.nick ?? p.first, '', form];
  if (form === 'full') return ['', p.full, '', form];
  const t = pick(
    x,
    TITLES[lang].filter(([g]) => g === '*' || g === p.g),
  )[1];
  const a = t.indexOf('{');
  const b = t.lastIndexOf('}') + 1;
  const mid = t
    .slice(a, b)
    .replace('{f}', p.first)
    .replace('{l}', p.last)
    .replace('{p}', p.patronymic ?? '');
  return [t.slice(0, a), mid, t.slice(b), form];
}

function compose(x: Rand, lang: string): Prompt {
  let tpl = pick(x, TEXTS[lang]);
  let g: string | undefined;
  if (/^[mf]\|/.test(tpl)) {
    g = tpl[0];
    tpl = tpl.slice(2);
  }
  const lower = x() < 0.37;
  const lc = (s: string) => (lower ? lowerIt(s) : s);
  const a = person(x, lang, g);
  const b = person(x, lang, undefined, a);
  const parts = tpl.split(/\{([ftnFbep])\}/);
  let text = '';
  const spans: Span[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      text += lc(parts[i]);
      continue;
    }
    const slot = parts[i];
    if (slot === 'e' || slot === 'p') {
      const v = slot === 'e' ? email(x, a, lang) : phone(x, lang);
      const type = slot === 'e' ? 'EMAIL' : 'PHONE';
      spans.push({ type, start: text.length, end: text.length + v.length, v, form: 'plain', role: 'contact' });
      text += v;
      continue;
    }
    const who = slot === 'b' ? b : a;
    const [pre, mid, post, form] = nameForm(x, who, slot, lang);
    text += lc(pre);
    const v = lc(mid);
    spans.push({
      type: 'PERSON',
      start: text.length,
      end: text.length + v.length,
      v,
      form,
      person: who,
      role: slot === 'b' ? 'second' : 'main',
    });
    text += v + lc(post);
  }
  return { lang, lower, text, spans };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities }) as Engine;
}
const fallbacks = new Map<string, number>();
async function detect(text: string, lang: string): Promise<Found[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: ISO3[lang] });
  } catch {
    fallbacks.set(lang, (fallbacks.get(lang) ?? 0) + 1);
    return await engine.detect(text);
  }
}
const near = (found: Found[], s: number, e: number) =>
  found.filter((f) => f.start < e + 60 && s - 60 < f.end).map((f) => `${f.type}:${f.text}`);
const ctx = (t: string, s: number, e: number) => JSON.stringify(t.slice(Math.max(0, s - 60), e + 60));

const hit = tally();
const typed = tally();
const extra = new Map<string, number>();
const seen = new Map<string, number>();
let values = 0;
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  const p = compose(r, LANGS[i % LANGS.length]);
  const kase = p.lower ? 'lower' : 'normal';
  values += p.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.spans) {
      out += `${p.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    const tags = p.spans.map((s) => `${s.type}:${s.form}${s.person ? `:${region(s.person)}` : ''}`);
    console.log(`--- #${i} ${p.lang} ${kase} [${tags.join(', ')}]\n${out}${p.text.slice(at)}`);
    continue;
  }
  const found = await detect(p.text, p.lang);
  let all = true;
  for (const s of p.spans) {
    const ok = covered(p.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const ty = over.some((e) => e.type === s.type);
    all &&= ok;
    const keys = [`*`, `lang=${p.lang}`, `case=${kase}`];
    if (s.person) {
      const local = LOCAL[p.lang].includes(s.person.origin) ? 'local' : 'foreign';
      keys.push(`form=${s.form}`, `region=${region(s.person)}`, `role=${s.role}`, `origin=${local}`);
      hit.count(`PERSON\tlang=${p.lang} ${kase}`, ok);
    }
    for (const k of keys) {
      hit.count(`${s.type}\t${k}`, ok);
      typed.count(`${s.type} typed\t${k}`, ty);
    }
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW)
      console.log(
        'LEAK',
        s.type,
        p.lang,
        kase,
        s.form,
        JSON.stringify(s.v),
        ctx(p.text, s.start, s.end),
        near(found, s.start, s.end),
      );
  }
  for (const e of found)
    if (!p.spans.some((s) => e.start < s.end && s.start < e.end)) extra.set(e.type, (extra.get(e.type) ?? 0) + 1);
  hit.count('TEXT\tevery value hidden', all);
}
console.log(`${count} prompts, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log(`hold-out 24 recall (hit: no letter or digit of the value outside an entity) — ${Date.now() - t0} ms`);
  hit.print();
  console.log('typed (an entity of the value type overlaps it)');
  typed.print();
  console.log('entity types over each value type (values with at least one overlapping entity of that type):');
  for (const [k, c] of [...seen].sort()) console.log(`  ${k}\t${c}`);
  const ex = [...extra].sort().map(([t, c]) => `${t} ${c}`);
  console.log(`entities over no value in the ${count} prompts: ${ex.join(', ') || 'none'}`);
}

const cr = prng(seed ^ 0x5eed);
const clean = LANGS.flatMap((lang) =>
  (CLEAN[lang] ?? []).map((t) => {
    const lower = cr() < 0.37;
    return [lang, lower, lower ? lowerIt(t) : t] as const;
  }),
);
if (DRY) {
  for (const [lang, lower, t] of clean) console.log(`--- clean ${lang} ${lower ? 'lower' : 'normal'}\n${t}`);
  console.log(`${clean.length} clean prompts (not run in DRY mode)`);
} else {
  const byType = new Map<string, number>();
  const byLang = new Map<string, number>();
  const byCase = new Map<string, number>();
  let total = 0;
  for (const [lang, lower, t] of clean) {
    const found = await detect(t, lang);
    total += found.length;
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
      const k = lower ? 'lower' : 'normal';
      byCase.set(k, (byCase.get(k) ?? 0) + 1);
      if (SHOW) console.log('FALSE', e.type, lang, k, JSON.stringify(e.text), ctx(t, e.start, e.end));
    }
  }
  const lowers = clean.filter((c) => c[1]).length;
  const per = (n: number, d: number) => ((100 * n) / d).toFixed(1);
  console.log(
    `false entities on ${clean.length} clean prompts: ${total} = ${per(total, clean.length)} per 100 prompts`,
  );
  for (const [t, c] of [...byType].sort()) console.log(`  type ${t}\t${c}\t${per(c, clean.length)} per 100`);
  console.log(
    `  case lower\t${byCase.get('lower') ?? 0} on ${lowers}\tnormal\t${byCase.get('normal') ?? 0} on ${clean.length - lowers}`,
  );
  for (const [l, c] of [...byLang].sort()) console.log(`  lang ${l}\t${c}`);
  if (fallbacks.size) console.log(`language option refused, run without it: ${[...fallbacks].join('; ')}`);
}
