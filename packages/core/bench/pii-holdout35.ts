/**
 * Hold-out 35, written blind (without reading the detector, its lexicons, docs, tests or other corpora) and committed
 * before its single run against the engine. Theme: PERSON NAMES in the social and messaging text people paste into an
 * AI assistant — Instagram/TikTok/YouTube comments, Reddit and forum replies, Discord/Slack/WhatsApp/Telegram/Zalo
 * group messages and chat exports, dating-app chats, parents' and neighbourhood groups, gaming chats, reviews naming
 * staff — in 17 varieties (English US/UK/IN/NG/PH, es, pt-BR, fr, de, it, nl, pl, tr, id, vi, Hinglish, Arabizi),
 * with the occasional phone (valid, libphonenumber-js/max), e-mail or street address. Names are written the way people
 * type them: full, given only, lower case, ALL CAPS, nicknames/diminutives, "Sarah K.", @handles built from names,
 * emoji glued, repeated letters ("annaaa"), given names that are ordinary words (Rose, Luz, Umut, Hoa), after kinship
 * words, in vocatives, lists, possessives, and as speaker labels of exported chats.
 * Hit = every letter/digit of the value as written lies inside some detected entity (tally.ts `covered`); typed = a
 * PERSON entity overlaps a name (PERSON or USERNAME for an @handle; PHONE/EMAIL/ADDRESS for the others).
 * Then ~200 clean messages of the same genres: every entity found there is a false entity (per 100 messages, per type).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout35.ts [count=1200] [seed=3535]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧ and never creates
 *   the engine; NER=0 runs the engine without the models package's NER (default: with it, as hold-out 13 does).
 */
import { CLEAN } from './pii-holdout35-clean.ts';
import { TEXTS_A, type Tpl } from './pii-holdout35-texts-a.ts';
import { TEXTS_B } from './pii-holdout35-texts-b.ts';
import { address, choose, email, FORMS_G, FORMS_N, phone, type Rand, sfc32, written } from './pii-holdout35-values.ts';
import { covered, tally } from './tally.ts';

const total = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 3535);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const TEXTS: Record<string, Tpl[]> = { ...TEXTS_A, ...TEXTS_B };
const LANGS = Object.keys(TEXTS);
/** Language hint passed to the engine; romanized Hindi and Arabic get none. */
const ISO3: Record<string, string | undefined> = {
  'en-US': 'eng',
  'en-UK': 'eng',
  'en-IN': 'eng',
  'en-NG': 'eng',
  'en-PH': 'eng',
  es: 'spa',
  pt: 'por',
  fr: 'fra',
  de: 'deu',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  id: 'ind',
  vi: 'vie',
  hi: undefined,
  ar: undefined,
};
/** Platform names of the templates grouped into genres. */
const GENRE: Record<string, string> = {
  ...Object.fromEntries(
    ['parents', 'pais', 'eltern', 'genitori', 'ouders', 'rodzice', 'veli', 'ortu', 'phuhuynh', 'church'].map((p) => [
      p,
      'parents-group',
    ]),
  ),
  ...Object.fromEntries(
    ['vecinos', 'voisins', 'nachbarn', 'condominio', 'buurtapp', 'osiedle', 'site', 'society'].map((p) => [
      p,
      'neighbourhood',
    ]),
  ),
  neighborhood: 'neighbourhood',
  ...Object.fromEntries(['avis', 'bewertung', 'recensione', 'opinia', 'yorum'].map((p) => [p, 'review'])),
  ...Object.fromEntries(['foro', 'forum', 'eksi', 'kaskus'].map((p) => [p, 'reddit/forum'])),
  reddit: 'reddit/forum',
  tinder: 'dating',
  ...Object.fromEntries(['shopee', 'tokopedia', 'talabat'].map((p) => [p, 'shop-order'])),
  zalo: 'whatsapp',
  messenger: 'whatsapp',
  facebook: 'instagram/fb',
  instagram: 'instagram/fb',
  twitter: 'instagram/fb',
  linkedin: 'instagram/fb',
};

type Span = { type: string; form: string; ctx: string; v: string; start: number; end: number };

function stamp(x: Rand, platform: string) {
  const hh = String(7 + Math.floor(x() * 16)).padStart(2, '0');
  const mm = String(Math.floor(x() * 60)).padStart(2, '0');
  if (platform !== 'whatsapp') return `${hh}:${mm}`;
  return `${1 + Math.floor(x() * 28)}/${1 + Math.floor(x() * 12)}/24, ${hh}:${mm}`;
}

function compose(lang: string, x: Rand) {
  const [platform, tpl] = choose(x, TEXTS[lang]);
  const spans: Span[] = [];
  let text = '';
  let at = 0;
  for (const m of tpl.matchAll(/\{([NGHSPEAT])(?::(\w+))?\}/g)) {
    text += tpl.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
    const kind = m[1];
    if (kind === 'T') {
      text += stamp(x, platform);
      continue;
    }
    let s: { type: string; v: string; form: string; ctx: string };
    if (kind === 'P') s = { type: 'PHONE', v: phone(x, lang), form: 'phone', ctx: 'contact' };
    else if (kind === 'E') s = { type: 'EMAIL', v: email(x, lang), form: 'email', ctx: 'contact' };
    else if (kind === 'A') s = { type: 'ADDRESS', v: address(x, lang), form: 'address', ctx: 'contact' };
    else {
      const form = kind === 'H' ? 'handle' : kind === 'S' ? 'speaker' : choose(x, kind === 'G' ? FORMS_G : FORMS_N);
      const w = written(x, lang, form);
      const ctx = kind === 'H' ? 'mention' : kind === 'S' ? 'speaker' : (m[2] ?? 'subj');
      s = { type: 'PERSON', v: w.v, form: w.form, ctx };
    }
    spans.push({ ...s, start: text.length, end: text.length + s.v.length });
    text += s.v;
  }
  text += tpl.slice(at);
  return { lang, platform, genre: GENRE[platform] ?? platform, text, spans };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
let nerNote = 'with NER (models package)';
if (!DRY) {
  const { createPiiEngine } = await import('../src/pii/index.ts');
  if (process.env.NER === '0') {
    engine = createPiiEngine();
    nerNote = 'without NER (NER=0)';
  } else {
    try {
      const models = await import('../../models/src/index.ts');
      engine = createPiiEngine({ ner: models.recognizeEntities });
    } catch (e) {
      engine = createPiiEngine();
      nerNote = `without NER (models import failed: ${(e as Error).message})`;
    }
  }
}
let langFallbacks = 0;
async function detect(text: string, lang: string): Promise<Found[]> {
  if (!engine) return [];
  const language = ISO3[lang];
  try {
    return await engine.detect(text, language ? { language } : {});
  } catch {
    langFallbacks++;
    return await engine.detect(text);
  }
}

const ctxOf = (text: string, s: number, e: number) =>
  JSON.stringify(`${text.slice(Math.max(0, s - 60), s)}⟦${text.slice(s, e)}⟧${text.slice(e, e + 60)}`);
const ACCEPT: Record<string, string[]> = {
  PERSON: ['PERSON'],
  PHONE: ['PHONE'],
  EMAIL: ['EMAIL'],
  ADDRESS: ['ADDRESS'],
};

const { count, print } = tally();
const seen = new Map<string, number>();
let values = 0;
for (let i = 0; i < total; i++) {
  const p = compose(LANGS[i % LANGS.length], r);
  values += p.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.spans) {
      out += `${p.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    console.log(
      `--- #${i} ${p.lang} ${p.platform} [${p.spans.map((s) => `${s.type}:${s.form}/${s.ctx}`).join(', ')}]\n${out}${p.text.slice(at)}`,
    );
    continue;
  }
  const found = await detect(p.text, p.lang);
  let all = true;
  for (const s of p.spans) {
    const ok = covered(p.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const accept = s.form === 'handle' ? ['PERSON', 'USERNAME'] : ACCEPT[s.type];
    const typed = ok && over.some((e) => accept.includes(e.type));
    all &&= ok;
    const keys = [
      `${s.type}\t*`,
      `${s.type}\tlang=${p.lang}`,
      `ALL\tlang=${p.lang}`,
      `ALL\tgenre=${p.genre}`,
      'ALL\t*',
    ];
    if (s.type === 'PERSON')
      keys.push(
        `PERSON\tform=${s.form}`,
        `PERSON\tctx=${s.ctx}`,
        `PERSON\tgenre=${p.genre}`,
        `PERSON\tplatform=${p.platform}`,
      );
    for (const k of keys) count(k, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (s.type === 'PERSON') {
      count(`PERSON\ttyped form=${s.form}`, typed);
      count(`PERSON\ttyped lang=${p.lang}`, typed);
    }
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW)
      console.log(
        'LEAK',
        s.type,
        s.form,
        s.ctx,
        p.lang,
        p.platform,
        JSON.stringify(s.v),
        ctxOf(p.text, s.start, s.end),
        found
          .filter((e) => e.end > s.start - 60 && e.start < s.end + 60)
          .map((e) => `${e.type}:${e.text}`)
          .join(' | ') || '(nothing nearby)',
      );
  }
  count('TEXT\tevery value hidden', all);
}
console.log(`hold-out 35: ${total} texts, ${values} values, seed ${seed}, ${DRY ? 'DRY' : nerNote}`);
if (!DRY) {
  console.log('recall (hit: no letter or digit of the value left visible; typed: an entity of the right type over it)');
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
  if (langFallbacks) console.log(`language hint refused ${langFallbacks} times (detected without it)`);
}

const clean = LANGS.flatMap((lang) => CLEAN[lang].map((t) => [lang, t] as const));
if (DRY) console.log(`${clean.length} clean messages (not run in DRY mode)`);
else {
  const byType = new Map<string, number>();
  const byLang = new Map<string, number>();
  let falseHits = 0;
  let dirty = 0;
  for (const [lang, t] of clean) {
    const found = await detect(t, lang);
    falseHits += found.length;
    if (found.length) dirty++;
    byLang.set(lang, (byLang.get(lang) ?? 0) + found.length);
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      if (SHOW) console.log('FALSE', lang, e.type, JSON.stringify(e.text), ctxOf(t, e.start, e.end));
    }
  }
  const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(
    `false entities on ${clean.length} clean messages: ${falseHits} = ${per100(falseHits)} per 100 messages; ${dirty} messages with any`,
  );
  for (const [t, n] of [...byType].sort()) console.log(`  false ${t}\t${n}\t${per100(n)} per 100`);
  for (const [l, n] of [...byLang].sort()) console.log(`  false lang=${l}\t${n}`);
}
