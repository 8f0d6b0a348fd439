/**
 * HOLD-OUT 37: street-level postal addresses of private people, as typed to an AI assistant or a delivery/support
 * chat ("deliver to …", "my new address is …", "change my billing address to …", "the party is at …", forms,
 * signatures, letterheads), written blind (without reading the recognizers, lexicons, docs, tests or other corpora)
 * and committed before any run against the engine. 28 country formats (US, UK, IE, CA, CA-QC, AU, NZ, IN, NG, ZA, PH,
 * DE, AT, CH, FR, BE, ES, IT, NL, PL, PT, BR, MX, AR, TR, ID, JP in Japanese script, JP in romaji) in 11 languages;
 * layouts one-line / multi-line / no-postcode / street-only; styles plain / lower-case chat / ALL CAPS / with a
 * landmark ("near …", "opp. …"); kinds street / PO box / rural / house name; unit (flat, floor, apt) before or after.
 * Hit = every letter or digit of the whole address lies inside some detected entity (tally.ts `covered`); "typed" =
 * covered by ADDRESS entities alone; "street" = the same for the street line only (street + house number, or the PO
 * box / house name / rural line). Then false entities per 100 on 200 clean messages about places (cities,
 * landmarks, shops, published addresses of famous places, directions, "Main Street" as a general term).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout37.ts [count=1200] [seed=3737]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with the address marked ⟦…⟧ (street part
 *   in «…») and never creates the engine.
 */
import { type Addr, choose, MAKERS_A, type Rand, sfc32 } from './pii-holdout37-addr-a.ts';
import { MAKERS_B } from './pii-holdout37-addr-b.ts';
import { MAKERS_C } from './pii-holdout37-addr-c.ts';
import { MAKERS_D } from './pii-holdout37-addr-d.ts';
import { MAKERS_E } from './pii-holdout37-addr-e.ts';
import { CLEAN } from './pii-holdout37-clean.ts';
import { CARRIERS, isBlock } from './pii-holdout37-texts.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 3737);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);
const MAKERS = { ...MAKERS_A, ...MAKERS_D, ...MAKERS_B, ...MAKERS_E, ...MAKERS_C };
const COUNTRIES = Object.keys(MAKERS);
const ISO3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  pt: 'por',
  tr: 'tur',
  id: 'ind',
  ja: 'jpn',
};

type Ent = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Ent[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}
let fallbacks = 0;
async function detect(text: string, lang: string): Promise<Ent[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: ISO3[lang] });
  } catch {
    fallbacks++;
    return await engine.detect(text);
  }
}

type Case = {
  a: Addr;
  text: string;
  start: number;
  end: number;
  ss: number;
  se: number;
  layout: string;
  style: string;
  carrier: string;
};

/** One message: an address laid out, styled and put in a carrier; offsets of the whole value and its street line. */
function make(x: Rand): Case {
  const a = MAKERS[choose(x, COUNTRIES)](x);
  let lines = [...a.lines];
  let si = a.si;
  let layout = 'one-line';
  const k = x();
  if (k < 0.25) layout = 'multi-line';
  else if (k < 0.45) {
    layout = 'no-postcode';
    lines = [...a.short];
  } else if (k < 0.6 && a.kind !== 'street') {
    layout = 'no-postcode';
    lines = [...a.short];
  } else if (k < 0.6) {
    layout = 'street-only';
    const i = a.short.indexOf(a.lines[a.si]);
    lines = i >= 0 ? a.short.slice(0, i + 1) : [a.lines[a.si]];
  }
  si = lines.indexOf(a.lines[a.si]);
  let style = 'plain';
  if (a.landmarks && x() < 0.35) {
    lines.splice(si + 1, 0, choose(x, a.landmarks));
    style = 'landmark';
  }
  const s = x();
  if (a.lang !== 'ja' && s < 0.15) style = 'lower';
  else if (a.lang !== 'ja' && s < 0.25) style = 'caps';
  const pool = CARRIERS[a.lang].filter((c) => layout !== 'multi-line' || isBlock(c));
  const carrier = choose(x, pool);
  let sep = layout === 'multi-line' ? '\n' : (a.sep ?? ', ');
  if (style === 'lower' && sep === ', ' && x() < 0.4) sep = ' ';
  const loc = a.lang === 'tr' ? 'tr' : undefined;
  const tf = (t: string) =>
    style === 'lower' ? t.toLocaleLowerCase(loc) : style === 'caps' ? t.toLocaleUpperCase(loc) : t;
  const [pre, post] = carrier.t.split('{a}');
  const head = style === 'lower' ? pre.toLocaleLowerCase(loc) : pre;
  let value = '';
  let ss = 0;
  let se = 0;
  lines.forEach((l, i) => {
    if (i > 0) value += sep;
    if (i === si) ss = head.length + value.length;
    value += tf(l);
    if (i === si) se = head.length + value.length;
  });
  const text = head + value + (style === 'lower' ? post.toLocaleLowerCase(loc) : post);
  return { a, text, start: head.length, end: head.length + value.length, ss, se, layout, style, carrier: carrier.kind };
}

const { count: add, print } = tally();
const seen = new Map<string, number>();
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  const c = make(r);
  const { a, text, start, end, ss, se } = c;
  if (DRY) {
    const v = `${text.slice(start, ss)}«${text.slice(ss, se)}»${text.slice(se, end)}`;
    console.log(
      `--- #${i} ${a.cc} ${a.lang} ${c.layout} ${c.style} ${a.kind} unit=${a.unit} ${c.carrier}\n${text.slice(0, start)}⟦${v}⟧${text.slice(end)}`,
    );
    continue;
  }
  const found = await detect(text, a.lang);
  const addr = found.filter((e) => e.type === 'ADDRESS');
  const ok = covered(text, start, end, found);
  const typed = covered(text, start, end, addr);
  const sOk = covered(text, ss, se, found);
  const sTyped = covered(text, ss, se, addr);
  for (const key of [
    'ALL\t*',
    `cc=${a.cc}\thit`,
    `lang=${a.lang}\thit`,
    `layout=${c.layout}\thit`,
    `style=${c.style}\thit`,
    `kind=${a.kind}\thit`,
    `unit=${a.unit}\thit`,
    `carrier=${c.carrier}\thit`,
  ])
    add(key, ok);
  add('ALL\ttyped', typed);
  add('STREET\t*', sOk);
  add('STREET\ttyped', sTyped);
  add(`cc=${a.cc}\ttyped`, typed);
  add(`cc=${a.cc}\tstreet`, sOk);
  add(`layout=${c.layout}\tstreet`, sOk);
  add(`style=${c.style}\tstreet`, sOk);
  add(`kind=${a.kind}\tstreet`, sOk);
  const over = found.filter((e) => e.start < end && start < e.end);
  for (const t of new Set(over.map((e) => e.type))) seen.set(t, (seen.get(t) ?? 0) + 1);
  if (!over.length) seen.set('(none)', (seen.get('(none)') ?? 0) + 1);
  if (!ok && SHOW) {
    const near = found.filter((e) => e.start < end + 60 && start - 60 < e.end).map((e) => `${e.type}:${e.text}`);
    console.log(
      'LEAK ADDRESS',
      a.cc,
      a.lang,
      c.layout,
      c.style,
      JSON.stringify(text.slice(start, end)),
      'street',
      sOk ? 'covered' : 'LEAKED',
      'ctx',
      JSON.stringify(text.slice(Math.max(0, start - 60), end + 60)),
      'found',
      JSON.stringify(near),
    );
  }
}
if (DRY) console.log(`${count} texts, ${CLEAN.length} clean messages (not run in DRY mode)`);
else {
  console.log(
    `hold-out 37: ${count} addresses, seed ${seed} (hit: every letter/digit covered; typed: by ADDRESS; street: street line only)`,
  );
  print();
  console.log('entity types overlapping an address (addresses with at least one entity of that type):');
  for (const [t, n] of [...seen].sort()) console.log(`  ${t}\t${n}`);
  const per = new Map<string, number>();
  const shown: string[] = [];
  for (const [lang, t] of CLEAN) {
    const found = await detect(t, lang);
    for (const e of found) {
      per.set(e.type, (per.get(e.type) ?? 0) + 1);
      shown.push(`  FALSE ${lang} ${e.type}: ${e.text}  | ${t}`);
    }
  }
  const total = [...per.values()].reduce((s, n) => s + n, 0);
  const p100 = (n: number) => ((100 * n) / CLEAN.length).toFixed(1);
  console.log(
    `false entities on ${CLEAN.length} clean messages: ${total} = ${p100(total)} per 100; ADDRESS ${per.get('ADDRESS') ?? 0} = ${p100(per.get('ADDRESS') ?? 0)} per 100`,
  );
  for (const [t, n] of [...per].sort()) console.log(`  ${t}\t${n}\t${p100(n)} per 100`);
  if (SHOW) for (const s of shown) console.log(s);
  console.log(`language fallbacks: ${fallbacks}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
