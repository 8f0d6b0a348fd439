/**
 * TWENTY-FIFTH corpus ("hold-out 25"), written blind (without reading the recognizers, lexicons, docs, tests or the
 * other corpora) and committed before its one run against the engine. Theme: public-facing user text that names
 * private people: marketplace / app-store reviews, rental / dating / classified messages, school-parent group posts,
 * forum posts with @handles and real names, customer complaints forwarded to support, lost-and-found and
 * neighbourhood posts, event announcements, obituaries and congratulations, in 28 languages / varieties (English of
 * GB/US/IN/NG/KE/PH/SG, German DE/AT, French FR/CA, Spanish ES/MX/AR, Brazilian Portuguese, Italian, Dutch, Polish,
 * Czech, Romanian, Turkish, Indonesian, Vietnamese with and without diacritics, romanized Thai, Swahili, Greek,
 * Ukrainian). Names are hand-written (pii-holdout25-names.ts), local and foreign; the main name takes one form:
 * given name alone, full name, title + name, CAPS, stretched letters, emoji attached, or given name + a #hashtag
 * of the name appended. About 30% of texts are all lower case and 6% all upper case. Phones (valid per
 * libphonenumber-js/max), e-mails, street addresses and number plates of people are scored too.
 * Hit: every letter or digit of the value lies inside detected entities (tally.ts `covered`). Typed: every letter
 * lies inside entities of the value's type (PERSON, PHONE, EMAIL, ADDRESS; plates: ID_NUMBER, reported for
 * information). @handles are reported as HANDLE(info) and left out of ALL. Then ~300 clean texts of the same genres
 * (no personal data) give false entities per 100 clean texts, per type.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout25.ts [count=900] [seed=25]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧ (no engine).
 */
import { CLEAN_A } from './pii-holdout25-clean-a.ts';
import { CLEAN_B } from './pii-holdout25-clean-b.ts';
import { FOREIGN, LOCAL, OWN_SCRIPT_ONLY, type Person, person, TITLES } from './pii-holdout25-names.ts';
import { TEXTS_A } from './pii-holdout25-texts-a.ts';
import { TEXTS_B } from './pii-holdout25-texts-b.ts';
import { TEXTS_C } from './pii-holdout25-texts-c.ts';
import { address, choose, email, handle, phone, plate, type Rand, sfc32 } from './pii-holdout25-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 900);
const seed = Number(process.argv[3] ?? 25);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const TEXTS = { ...TEXTS_A, ...TEXTS_B, ...TEXTS_C };
const CLEAN = { ...CLEAN_A, ...CLEAN_B };
const LANGS = Object.keys(TEXTS);
const ISO3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  pt: 'por',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  cs: 'ces',
  ro: 'ron',
  tr: 'tur',
  id: 'ind',
  vi: 'vie',
  th: 'tha',
  sw: 'swa',
  el: 'ell',
  uk: 'ukr',
};
const base = (lang: string) => lang.split('-')[0];
const locale = (lang: string) => (base(lang) === 'tr' ? 'tr' : base(lang) === 'el' ? 'el' : 'en');
const EXPECT: Record<string, string> = {
  PERSON: 'PERSON',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  ADDRESS: 'ADDRESS',
  PLATE: 'ID_NUMBER',
  HANDLE: 'PERSON',
};
const EMOJI = ['🙏', '❤️', '👏', '😡', '🔥', '💯', '😍', '🤬', '✨'];
const HASH = ['#JusticeFor', '#Team', '#', '#ThankYou', '#RIP', '#Congrats'];

function pick(rr: Rand, lang: string): Person {
  if (!OWN_SCRIPT_ONLY.has(lang) && rr() < 0.25) return person(choose(rr, FOREIGN), 'foreign');
  return person(choose(rr, LOCAL[lang]), 'local');
}

type Seg = { s: string; type?: string; form?: string; role?: string; p?: Person };
type Span = { type: string; form: string; role: string; origin: string; start: number; end: number; v: string };

function mainName(rr: Rand, lang: string, p: Person): { segs: Seg[]; form: string; tag?: Seg[] } {
  const x = rr();
  const up = (s: string) => s.toLocaleUpperCase(locale(lang));
  const v = (s: string, form: string): Seg => ({ s, type: 'PERSON', form, role: 'main', p });
  if (x < 0.33) return { segs: [v(p.call, 'first')], form: 'first' };
  if (x < 0.63) return { segs: [v(p.full, 'full')], form: 'full' };
  if (x < 0.75) {
    const t = choose(rr, TITLES[lang]);
    const name = t.part === 'family' ? p.family : t.part === 'given' ? p.call : p.full;
    return { segs: [{ s: t.pre }, v(name, 'title'), { s: t.post }], form: 'title' };
  }
  if (x < 0.82) return { segs: [v(up(rr() < 0.5 ? p.call : p.full), 'caps')], form: 'caps' };
  if (x < 0.88) {
    const last = p.call.at(-1) ?? '';
    return { segs: [v(p.call + last.repeat(2 + Math.floor(rr() * 3)), 'stretched')], form: 'stretched' };
  }
  if (x < 0.95) {
    const name = rr() < 0.6 ? p.call : p.full;
    return { segs: [v(name, 'emoji'), { s: choose(rr, EMOJI) }], form: 'emoji' };
  }
  const joined = (rr() < 0.5 ? p.call : `${p.call} ${p.family}`).replace(/[\s-]+/g, '');
  return { segs: [v(p.call, 'first')], form: 'first', tag: [{ s: ` ${choose(rr, HASH)}` }, v(joined, 'hashtag')] };
}

function compose(rr: Rand, lang: string) {
  const [genre, tpl] = choose(rr, TEXTS[lang]);
  const p = pick(rr, lang);
  const m = pick(rr, lang);
  const who = pick(rr, lang);
  const main = mainName(rr, lang, p);
  const segs: Seg[] = [];
  let at = 0;
  for (const mt of tpl.matchAll(/\{([NMHPEAL])\}/g)) {
    segs.push({ s: tpl.slice(at, mt.index) });
    at = (mt.index ?? 0) + mt[0].length;
    const k = mt[1];
    if (k === 'N') segs.push(...main.segs);
    else if (k === 'M')
      segs.push({ s: rr() < 0.5 ? m.call : m.full, type: 'PERSON', form: 'second', role: 'second', p: m });
    else if (k === 'H') segs.push({ s: handle(rr, who), type: 'HANDLE', form: 'handle', role: 'handle' });
    else if (k === 'P') segs.push({ s: phone(rr, lang), type: 'PHONE', form: 'plain', role: 'contact' });
    else if (k === 'E')
      segs.push({ s: email(rr, lang, tpl.includes('{M}') ? m : p), type: 'EMAIL', form: 'plain', role: 'contact' });
    else if (k === 'A') segs.push({ s: address(rr, lang), type: 'ADDRESS', form: 'plain', role: 'contact' });
    else if (k === 'L') segs.push({ s: plate(rr, lang), type: 'PLATE', form: 'plain', role: 'contact' });
  }
  segs.push({ s: tpl.slice(at) });
  if (main.tag) segs.push(...main.tag);
  const c = rr();
  const kase = c < 0.3 ? 'lower' : c < 0.36 ? 'upper' : 'as-written';
  let text = '';
  const spans: Span[] = [];
  for (const g of segs) {
    let s = g.s;
    if (kase === 'lower') s = s.toLocaleLowerCase(locale(lang));
    if (kase === 'upper' && g.type !== 'EMAIL' && g.type !== 'HANDLE') s = s.toLocaleUpperCase(locale(lang));
    if (g.type)
      spans.push({
        type: g.type,
        form: g.form ?? 'plain',
        role: g.role ?? '',
        origin: g.p?.origin ?? '-',
        start: text.length,
        end: text.length + s.length,
        v: s,
      });
    text += s;
  }
  return { lang, genre, kase, text, spans };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}
const detect = async (text: string, lang: string) => (await engine?.detect(text, { language: ISO3[base(lang)] })) ?? [];

const t0 = Date.now();
const { count: add, print } = tally();
const seen = new Map<string, number>();
let values = 0;
for (let i = 0; i < count; i++) {
  const x = compose(r, LANGS[i % LANGS.length]);
  values += x.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of x.spans) {
      out += `${x.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    console.log(`--- #${i} ${x.lang} ${x.genre} ${x.kase} [${x.spans.map((s) => `${s.type}:${s.form}`)}]`);
    console.log(out + x.text.slice(at));
    continue;
  }
  const found = await detect(x.text, x.lang);
  let all = true;
  for (const s of x.spans) {
    const ok = covered(x.text, s.start, s.end, found);
    const typed = covered(
      x.text,
      s.start,
      s.end,
      found.filter((e) => e.type === EXPECT[s.type]),
    );
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (s.type === 'HANDLE') {
      add('HANDLE(info)\t*', ok);
      continue;
    }
    all &&= ok;
    const keys = [
      `${s.type}\t*`,
      `${s.type}\tlang=${x.lang}`,
      `${s.type}\tcase=${x.kase}`,
      'ALL\t*',
      `ALL\tlang=${x.lang}`,
    ];
    if (s.type === 'PERSON')
      keys.push(
        `PERSON\tform=${s.form}`,
        `PERSON\tgenre=${x.genre}`,
        `PERSON\torigin=${s.origin}`,
        `PERSON\trole=${s.role}`,
      );
    for (const k of keys) add(k, ok);
    add(`${s.type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    if (s.type === 'PERSON')
      for (const k of keys.filter((k) => k.startsWith('PERSON'))) add(k.replace('PERSON\t', 'PERSON:typed\t'), typed);
    if (!ok && SHOW) {
      const a = Math.max(0, s.start - 60);
      const b = Math.min(x.text.length, s.end + 60);
      const near = found.filter((e) => e.end > a && e.start < b).map((e) => `${e.type}:${e.text}`);
      console.log(
        `LEAK ${s.type} ${x.lang} ${s.form} ${x.kase} ${x.genre} ${JSON.stringify(s.v)} | ${JSON.stringify(x.text.slice(a, b))} | found ${JSON.stringify(near)}`,
      );
    }
  }
  add('TEXT\tevery value hidden', all);
}
console.log(`${count} texts, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log(
    'hold-out 25 recall (hit: every letter/digit inside detected entities; typed: inside entities of its type)',
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [k, c] of [...seen].sort()) console.log(`  ${k}\t${c}`);
}

// Clean texts: each template twice with different fills, same case mix as above (own PRNG, independent of count).
const rc = sfc32(seed ^ 0x5eed);
const clean: [string, string][] = [];
for (const [lang, set] of Object.entries(CLEAN))
  set.tpl.forEach((tpl, t) => {
    for (let k = 0; k < 2; k++) {
      const j = t * 2 + k;
      let s = tpl.replaceAll('{C}', set.C[j % set.C.length]).replaceAll('{V}', set.V[j % set.V.length]);
      s = s.replaceAll('{X}', set.X[j % set.X.length]);
      const c = rc();
      if (c < 0.3) s = s.toLocaleLowerCase(locale(lang));
      else if (c < 0.36) s = s.toLocaleUpperCase(locale(lang));
      clean.push([lang, s]);
    }
  });
if (DRY) {
  for (const [lang, s] of clean) console.log(`--- clean ${lang}\n${s}`);
  console.log(`${clean.length} clean texts (not run in DRY mode)`);
} else {
  const per = tally();
  const byType = new Map<string, number>();
  let falseHits = 0;
  for (const [lang, s] of clean) {
    const found = await detect(s, lang);
    falseHits += found.length;
    per.count(`CLEAN\tlang=${lang} (texts with no entity)`, found.length === 0);
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      if (SHOW) console.log(`FALSE ${lang} ${e.type}: ${JSON.stringify(e.text)} | ${JSON.stringify(s)}`);
    }
  }
  const rate = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean texts: ${falseHits} = ${rate(falseHits)} per 100 texts`);
  for (const [t, n] of [...byType].sort()) console.log(`  ${t}\t${n}\t${rate(n)} per 100`);
  per.print();
}
console.log(`time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
