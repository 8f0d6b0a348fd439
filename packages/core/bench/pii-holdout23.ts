/**
 * TWENTY-THIRD hold-out ("hold-out 23"), written blind (without reading the detector, recognizers, lexicons, docs,
 * tests or the other corpora) and committed before any run against the engine. Theme: PERSON NAMES in workplace and
 * customer-facing messages pasted into an AI assistant: Slack/Teams threads (mentions without '@', "cc X",
 * "ping X"), standup notes, meeting minutes with attendee lines, HR and shift messages, delivery and field-service
 * notes, support tickets, hand-over notes, WhatsApp business groups; sentence case and all-lower-case quick chat,
 * first names, full names, initial + surname, first name + initial, nicknames, names after a form of address
 * ("Frau Weber", "Pak Budi", "Priya ji", "anh Hùng"), a few rosters in capitals. 21 language varieties (7 Englishes,
 * es, pt-BR, fr, de, it, nl, pl, tr, id, ms, vi, sw, Arabic and Hindi in Latin letters); names from 19 regions
 * (70% from the variety's home regions), 'wordlike' = a part of the name is also an everyday word somewhere.
 * Hit = every letter of the name covered by detected entities (tally.ts `covered`); typed = covered by PERSON
 * entities alone. Then name-free messages in the same styles: false PERSON per 100 clean texts (overall, per
 * variety) and the other entity types found on them.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout23.ts [count=1200] [seed=2323]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with names marked ⟦…⟧, no engine.
 */
import { CLEAN_HAND, CLEAN_HAND_B } from './pii-holdout23-clean.ts';
import { choose, FORMS, type Form, person, REGIONS, render, sfc32 } from './pii-holdout23-names.ts';
import { LANGS_A, type Lang } from './pii-holdout23-texts-a.ts';
import { LANGS_B } from './pii-holdout23-texts-b.ts';
import { covered, tally } from './tally.ts';

const total = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 2323);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);
const LANGS: Record<string, Lang> = { ...LANGS_A, ...LANGS_B };
const IDS = Object.keys(LANGS);
const ALL_REGIONS = Object.keys(REGIONS);
const FORM_WEIGHTS: [Form, number][] = [
  ['first', 30],
  ['full', 24],
  ['hon', 16],
  ['nick', 11],
  ['initial', 9],
  ['firstinit', 10],
];
const pickForm = (): Form => {
  let x = r() * 100;
  for (const [f, w] of FORM_WEIGHTS) {
    x -= w;
    if (x < 0) return f;
  }
  return FORMS[0];
};

type Seg = { s: string; slot?: string; mod?: string; item?: Item };
type Item = { v: string; slot: string; form: string; region: string; wordlike: boolean; cas: string; start: number };
const parse = (t: string): Seg[] =>
  t.split(/(\{\w+(?::\w+)?\})/).map((s) => {
    const m = s.match(/^\{(\w+)(?::(\w+))?\}$/);
    return m ? { s: '', slot: m[1], mod: m[2] } : { s };
  });

/** Case endings after a name: German genitive s, Turkish dative/genitive/accusative with vowel harmony. */
function suffix(v: string, mod: string | undefined, proper: boolean): string {
  if (!mod) return '';
  const low = v.toLocaleLowerCase('tr');
  if (mod === 's') return /[sßxz]$/.test(low) ? "'" : 's';
  const vow = [...low].filter((c) => 'aıoueiöü'.includes(c)).at(-1) ?? 'e';
  const back = 'aıou'.includes(vow);
  const endsV = /[aıoueiöü]$/.test(low);
  const ap = proper ? "'" : '';
  if (mod === 'dat') return ap + (endsV ? 'y' : '') + (back ? 'a' : 'e');
  const four =
    vow === 'a' || vow === 'ı' ? 'ı' : vow === 'e' || vow === 'i' ? 'i' : vow === 'o' || vow === 'u' ? 'u' : 'ü';
  if (mod === 'gen') return `${ap}${endsV ? 'n' : ''}${four}n`;
  return ap + (endsV ? 'y' : '') + four;
}

/** Joins the segments and turns each name's offset within its segment into an offset in the text. */
function join(segs: Seg[]) {
  let out = '';
  for (const g of segs) {
    if (g.item) g.item.start = out.length + (g.item.start ?? 0);
    out += g.s;
  }
  return out;
}

/** One message with names; returns the text and its name items (start offsets in the text). */
function compose(lang: string) {
  const L = LANGS[lang];
  const tpl = choose(r, L.t);
  const informal = tpl.startsWith('~');
  const lower = informal && r() < 0.45;
  const loc = lang === 'tr' ? 'tr' : undefined;
  const segs = parse(informal ? tpl.slice(1) : tpl);
  if (lower) for (const g of segs) g.s = g.s.toLocaleLowerCase(loc);
  const used = new Set<string>();
  for (const g of segs) {
    if (!g.slot) continue;
    let it: Item | undefined;
    let pre = '';
    let post = '';
    for (let k = 0; k < 12 && (!it || used.has(it.v.toLowerCase())); k++) {
      const region = r() < 0.7 ? choose(r, L.home) : choose(r, ALL_REGIONS);
      const p = person(r, region);
      const form = pickForm();
      const hons = L.hon.filter((h) => !/^[mf]:/.test(h) || h.startsWith(p.female ? 'f:' : 'm:'));
      const hon = choose(r, hons).replace(/^[mf]:/, '');
      const n = render(r, p, form, hon);
      [pre, post] = form === 'hon' ? hon.split(/%[FL]/) : ['', ''];
      it = { v: n.v, slot: g.slot, form: n.form, region, wordlike: n.w, cas: lower ? 'lower' : 'cap', start: 0 };
      if (!lower && ['att', 'list', 'role', 'cc', 'sign'].includes(g.slot) && r() < 0.08) {
        it.v = it.v.toLocaleUpperCase(lang === 'tr' ? 'tr' : undefined);
        it.cas = 'upper';
      }
    }
    if (!it) continue;
    used.add(it.v.toLowerCase());
    if (lower) {
      it.v = it.v.toLocaleLowerCase(loc);
      pre = pre.toLocaleLowerCase(loc);
      post = post.toLocaleLowerCase(loc);
    }
    const before = segs[segs.indexOf(g) - 1]?.s ?? '';
    if (lang === 'de' && pre.startsWith('Herr ') && /\b(an|von|mit|für) $/i.test(before)) pre = `Herrn ${pre.slice(5)}`;
    it.start = pre.length;
    g.s = pre + it.v + post + suffix(it.v, g.mod, true);
    g.item = it;
  }
  const text = join(segs);
  return { text, items: segs.flatMap((g) => (g.item ? [g.item] : [])) };
}

/** The name-free copy of a template (skipped when a slot carries a case ending). */
function cleanCopy(lang: string, tpl: string): string | undefined {
  const L = LANGS[lang];
  const informal = tpl.startsWith('~');
  const segs = parse(informal ? tpl.slice(1) : tpl);
  if (segs.some((g) => g.mod)) return undefined;
  let out = '';
  const used = new Set<string>();
  for (const g of segs) {
    if (!g.slot) {
      out += g.s;
      continue;
    }
    const pool =
      g.slot === 'role'
        ? ['']
        : ['att', 'list'].includes(g.slot)
          ? L.G
          : g.slot === 'sign'
            ? L.S
            : g.slot === 'mention'
              ? L.V
              : L.P;
    let f = choose(r, pool);
    for (let k = 0; k < 8 && used.has(f); k++) f = choose(r, pool);
    used.add(f);
    if (out === '' || /\n$|[.!?]\s+$/.test(out)) f = f.charAt(0).toUpperCase() + f.slice(1);
    out += f;
  }
  out = out.replace(/ {2,}/g, ' ').replace(/ ([.,])/g, '$1');
  return informal && r() < 0.45 ? out.toLocaleLowerCase(lang === 'tr' ? 'tr' : undefined) : out;
}

type Engine = {
  detect(
    text: string,
    o?: { language?: string },
  ): Promise<{ type: string; start: number; end: number; text: string }[]>;
};
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}
const detect = async (lang: string, text: string) => {
  const code = LANGS[lang].code;
  return (await engine?.detect(text, code ? { language: code } : {})) ?? [];
};

const { count, print } = tally();
let items = 0;
let texts = 0;
const leaks: string[] = [];
for (let i = 0; items < total; i++) {
  const lang = IDS[i % IDS.length];
  const { text, items: its } = compose(lang);
  texts++;
  items += its.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const it of [...its].sort((a, b) => a.start - b.start)) {
      out += `${text.slice(at, it.start)}⟦${it.v}⟧`;
      at = it.start + it.v.length;
    }
    console.log(`--- #${i} ${lang} [${its.map((x) => `${x.slot}/${x.form}/${x.region}/${x.cas}`).join(', ')}]`);
    console.log(out + text.slice(at));
    continue;
  }
  const found = await detect(lang, text);
  const persons = found.filter((e) => e.type === 'PERSON');
  let all = true;
  for (const it of its) {
    const end = it.start + it.v.length;
    const ok = covered(text, it.start, end, found);
    const typed = covered(text, it.start, end, persons);
    all &&= ok;
    for (const key of [
      'PERSON\t*',
      `PERSON\tlang=${lang}`,
      `PERSON\tslot=${it.slot}`,
      `PERSON\tcase=${it.cas}`,
      `PERSON\tform=${it.form}`,
      `PERSON\tregion=${it.region}`,
      `PERSON\twordlike=${it.wordlike ? 'yes' : 'no'}`,
    ])
      count(key, ok);
    count('PERSON\ttyped', typed);
    count(`TYPED\tlang=${lang}`, typed);
    if (!ok && SHOW) {
      const a = Math.max(0, it.start - 60);
      const b = Math.min(text.length, end + 60);
      const near = found.filter((e) => e.start < b && a < e.end).map((e) => `${e.type}:${e.text}`);
      leaks.push(
        `LEAK PERSON ${lang} slot=${it.slot} form=${it.form} region=${it.region} case=${it.cas} ${JSON.stringify(it.v)} ${JSON.stringify(text.slice(a, b))} ${JSON.stringify(near)}`,
      );
    }
  }
  count('TEXT\tevery name hidden', all);
}
console.log(`hold-out 23: ${texts} messages, ${items} names, ${IDS.length} language varieties, seed ${seed}`);
if (!DRY) {
  console.log('hold-out 23 recall (hit: every letter of the name covered; typed: covered by PERSON alone)');
  print();
}

const clean: [string, string][] = [];
for (const lang of IDS) {
  for (const t of [...(CLEAN_HAND[lang] ?? []), ...(CLEAN_HAND_B[lang] ?? [])]) clean.push([lang, t.replace(/^~/, '')]);
  for (const tpl of LANGS[lang].t) {
    const c = cleanCopy(lang, tpl);
    if (c) clean.push([lang, c]);
  }
}
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
  console.log(`${clean.length} clean messages (not run in DRY mode)`);
} else {
  const per = new Map<string, [number, number]>();
  const other = new Map<string, number>();
  const shown: string[] = [];
  let falsePerson = 0;
  for (const [lang, t] of clean) {
    const found = await detect(lang, t);
    const s = per.get(lang) ?? [0, 0];
    const np = found.filter((e) => e.type === 'PERSON').length;
    s[0] += np;
    s[1]++;
    per.set(lang, s);
    falsePerson += np;
    for (const e of found) {
      if (e.type !== 'PERSON') other.set(e.type, (other.get(e.type) ?? 0) + 1);
      shown.push(`FALSE ${lang} ${e.type}: ${JSON.stringify(e.text)} in ${JSON.stringify(t.slice(0, 140))}`);
    }
  }
  const rate = (n: number, d: number) => ((100 * n) / d).toFixed(1);
  console.log(
    `false PERSON on ${clean.length} clean messages: ${falsePerson} = ${rate(falsePerson, clean.length)} per 100`,
  );
  for (const [lang, [n, d]] of [...per].sort())
    console.log(`  false PERSON\tlang=${lang}\t${rate(n, d)} per 100\t${n}/${d}`);
  const others = [...other].sort().map(([k, n]) => `${k} ${n} (${rate(n, clean.length)} per 100)`);
  console.log(`other entity types on clean messages: ${others.length ? others.join(', ') : 'none'}`);
  if (SHOW) for (const l of [...leaks, ...shown]) console.log(l);
}
