/**
 * THIRTY-SIXTH corpus ("hold-out 36"), written blind (without reading the recognizers, lexicons, docs, tests or other
 * hold-outs) and committed before any run against the engine. Theme: PERSON NAMES, with the phone numbers, e-mails
 * and street addresses that come with them, in what people type to an AI assistant about other people and about
 * themselves: messages to a landlord or a teacher, notes from a neighbour to translate, references, chat threads to
 * summarise, replies, condolence / birthday / wedding messages, job applications and signatures, complaints about a
 * named employee, lost & found, carpool and school pick-up. 21 varieties: English US/GB/AU/IN/NG/ZA/PH, Spanish
 * ES/MX, Portuguese BR/PT, French, German, Italian, Dutch, Polish, Swedish, Turkish, Indonesian, Vietnamese and
 * romanized Hindi (passed to the engine WITHOUT a language hint; the others with their ISO 639-3 code).
 * Names come in many forms (full, given only, title + surname, title + full name, nickname, lower case, capitals,
 * double-barrelled / two surnames, with particles or apostrophes, names that are everyday words, initials) and
 * positions (opening the text, mid-sentence, after a kin word or role, vocative, signature, chat speaker label, in a
 * list, inside a quotation, possessive / genitive, after a title).
 * Hit: every letter or digit of the value (the name without its title) lies inside some detected entity (tally.ts
 * `covered`); "typed": the same, counting only entities of the value's type (PERSON for names). Then ~200 clean
 * requests of the same genres (celebrities, brands, places, job titles, holidays, products; no personal data): every
 * entity found there is a false one (celebrities found as PERSON are counted, and listed, too).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout36.ts [count=1200] [seed=3636]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧ and never creates
 *   the engine; NONER=1 runs the engine without the NER model (default: with it, as hold-out 13 does).
 */
import { CLEAN } from './pii-holdout36-clean.ts';
import { address, email, phone } from './pii-holdout36-places.ts';
import { EN, EN_LOCAL, ES, PT, type Tpl } from './pii-holdout36-texts-a.ts';
import { DE, FR, HI, ID, IT, NL, PL, SV, TR, VI } from './pii-holdout36-texts-b.ts';
import { choose, PEOPLE, type Person, person, sfc32 } from './pii-holdout36-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 3636);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const VARIETIES = Object.keys(PEOPLE);
const POOL: Record<string, Tpl[]> = { es: ES, pt: PT, fr: FR, de: DE, it: IT, nl: NL, pl: PL, sv: SV, tr: TR };
Object.assign(POOL, { id: ID, vi: VI, hi: HI });
const ISO3: Record<string, string | undefined> = { en: 'eng', es: 'spa', pt: 'por', fr: 'fra', de: 'deu', it: 'ita' };
Object.assign(ISO3, { nl: 'nld', pl: 'pol', sv: 'swe', tr: 'tur', id: 'ind', vi: 'vie', hi: undefined });
const pool = (v: string) => (v.startsWith('en-') ? [...EN, ...(EN_LOCAL[v] ?? [])] : POOL[v.slice(0, 2)]);

const f = (x: string) => x.split(',');
const POS_FORMS: Record<string, string[]> = {
  start: f('full,given,nick,lower,caps,double,particle,word,initial'),
  mid: f('full,given,nick,lower,caps,double,particle,word,initial,titlefull'),
  kin: f('full,given,nick,lower,double,particle,word'),
  voc: f('given,nick,lower,word,full'),
  sig: f('full,given,nick,initial,caps,double,particle,lower'),
  speaker: f('given,full,nick,lower,initial,word'),
  list: f('given,full,nick,lower,word,particle'),
  quote: f('full,given,nick,lower,word,double,particle'),
  poss: f('given,full,nick,word,particle,double'),
};

type Span = { type: string; start: number; end: number; v: string; form: string; pos: string };
function compose(variety: string) {
  const [genre, tpl] = choose(r, pool(variety));
  const spans: Span[] = [];
  const people: Person[] = [];
  let text = '';
  let at = 0;
  for (const m of tpl.matchAll(/\{(?:([nt]):(\w+)|([pea]))\}/g)) {
    text += tpl.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
    let put = '';
    let vs = 0;
    let ve = 0;
    let span: Omit<Span, 'start' | 'end' | 'v'>;
    if (m[1]) {
      const pos = m[1] === 't' && m[2] !== 'title' ? `${m[2]}+title` : m[2];
      const form = m[1] === 't' ? (r() < 0.8 ? 'title' : 'titlefull') : choose(r, POS_FORMS[m[2]]);
      const p = person(r, variety, form);
      people.push(p);
      put = p.text;
      vs = p.vs;
      ve = p.ve;
      span = { type: 'PERSON', form: p.form, pos };
    } else if (m[3] === 'p') {
      const [v, fmt] = phone(r, variety);
      put = v;
      ve = v.length;
      span = { type: 'PHONE', form: fmt, pos: '-' };
    } else if (m[3] === 'e') {
      const who = people.length && r() < 0.6 ? people[0] : undefined;
      const [v, fmt] = email(r, variety, who);
      put = v;
      ve = v.length;
      span = { type: 'EMAIL', form: who ? `${fmt}+named` : fmt, pos: '-' };
    } else {
      put = address(r, variety);
      ve = put.length;
      span = { type: 'ADDRESS', form: 'street', pos: '-' };
    }
    spans.push({ ...span, start: text.length + vs, end: text.length + ve, v: put.slice(vs, ve) });
    text += put;
  }
  text += tpl.slice(at);
  return { variety, genre, text, spans };
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const pii = await import('../src/pii/index.ts');
  if (process.env.NONER) engine = pii.createPiiEngine();
  else {
    const models = await import('../../models/src/index.ts');
    engine = pii.createPiiEngine({ ner: models.recognizeEntities });
  }
}

const { count: add, print } = tally();
const seen = new Map<string, number>();
let values = 0;
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  const p = compose(VARIETIES[i % VARIETIES.length]);
  const lang = p.variety.slice(0, 2);
  values += p.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.spans) {
      out += `${p.text.slice(at, s.start)}⟦${p.text.slice(s.start, s.end)}⟧`;
      at = s.end;
    }
    const tags = p.spans.map((s) => `${s.type}:${s.form}@${s.pos}`).join(', ');
    console.log(`--- #${i} ${p.variety} ${p.genre} [${tags}]\n${out}${p.text.slice(at)}`);
    continue;
  }
  const lang3 = ISO3[lang];
  const found = (await engine?.detect(p.text, lang3 ? { language: lang3 } : {})) ?? [];
  let all = true;
  for (const s of p.spans) {
    const ok = covered(p.text, s.start, s.end, found);
    const typed = covered(
      p.text,
      s.start,
      s.end,
      found.filter((e) => e.type === s.type),
    );
    all &&= ok;
    const keys = [`${s.type}\t*`, `${s.type}\tlang=${lang}`, `ALL\tlang=${lang}`, 'ALL\t*'];
    keys.push(`${s.type}\tform=${s.form}`, `ALL\tgenre=${p.genre}`);
    if (s.type === 'PERSON') keys.push(`PERSON\tpos=${s.pos}`, `PERSON\tvariety=${p.variety}`);
    for (const k of keys) add(k, ok);
    add(`${s.type}\ttyped`, typed);
    if (s.type === 'PERSON') add(`PERSON typed\tform=${s.form}`, typed);
    add('ALL\ttyped', typed);
    for (const t of new Set(found.filter((e) => e.start < s.end && s.start < e.end).map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW) {
      const near = found.filter((e) => e.end > s.start - 60 && e.start < s.end + 60);
      console.log(
        'LEAK',
        s.type,
        s.form,
        s.pos,
        p.variety,
        JSON.stringify(s.v),
        JSON.stringify(p.text.slice(Math.max(0, s.start - 60), s.end + 60)),
        near.map((e) => `${e.type}:${e.text}`),
      );
    }
  }
  add('TEXT\tevery value hidden', all);
}
console.log(`${count} texts, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log(
    'hold-out 36 recall (hit: no letter or digit of the value left visible; typed: same with the right type)',
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
}

if (DRY) console.log(`${CLEAN.length} clean requests (not run in DRY mode)`);
else {
  const byType = new Map<string, number>();
  const byLang = new Map<string, number>();
  const shown: string[] = [];
  for (const [lang, t] of CLEAN) {
    const lang3 = ISO3[lang];
    const found = (await engine?.detect(t, lang3 ? { language: lang3 } : {})) ?? [];
    for (const e of found) {
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
      shown.push(`${lang} ${e.type}: ${e.text}`);
    }
  }
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  const per100 = (n: number) => ((100 * n) / CLEAN.length).toFixed(1);
  console.log(`false entities on ${CLEAN.length} clean requests: ${total} = ${per100(total)} per 100`);
  for (const [k, n] of [...byType].sort()) console.log(`  type=${k}\t${n}\t${per100(n)} per 100`);
  for (const [k, n] of [...byLang].sort()) console.log(`  lang=${k}\t${n}`);
  if (SHOW) for (const s of shown) console.log(`  FALSE ${s}`);
  console.log(`elapsed ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
