/**
 * NINETEENTH hold-out corpus ("hold-out 19"): CODE-SWITCHED AND ROMANIZED CHAT, written blind (without reading the
 * recognizers, lexicons, docs, tests or the other corpora) and committed before any run against the engine.
 * Thirteen language mixes as typed to chat assistants and support bots: Hinglish, romanized Urdu, Taglish, Singlish,
 * Manglish, Indonesian-English, Arabizi (Egyptian, Levantine, Darija; digits 2 3 5 7 8 9 as letters), Spanglish,
 * Franglais/Québécois, Denglisch, Turkish-English, Nigerian Pidgin, Sheng. Values: local person names (given, full,
 * nickname, with honorifics like "bhai", "ji", "kuya", "abang", "oga", "Mr" around them, Arabizi spellings like
 * "Mo7amed"), phones of the matching countries written the local way (WhatsApp "+91 98765 43210", bare "91987…",
 * leading 0, dashes, slashes; each written form valid per libphonenumber-js/max), e-mails, Luhn-valid cards,
 * mod-97-valid IBANs (PK, EG, LB, FR, DE, TR), street addresses the local way. Styles: plain (lowercase, no
 * punctuation), emoji (sometimes glued to the value), abbrev (pls, no., num, ph, wa, u, dm me), stretch (repeated
 * letters, typos), shout (capitalised words). Hit = every letter/digit of the value covered by detected entities
 * (`covered` of tally.ts); typed = an entity of the value's type overlaps it. Then false entities per 100 clean
 * code-switched chats (Arabizi digit-words, slang, prices, times, order/tracking numbers, scores, years, 24/7, 2nd,
 * brands, capitalised emphasis), per type. No language hint is passed (mixed text has no single language).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout19.ts [count=800] [seed=1919]
 *   (count valued chats; 3/8 as many clean chats). SHOW=1 prints every leak and every false entity; DRY=1 prints the
 *   texts with values marked ⟦…⟧ and never creates the engine.
 */
import { MIXES } from './pii-holdout19-chats.ts';
import { cleanChats } from './pii-holdout19-clean.ts';
import { person } from './pii-holdout19-names.ts';
import { address, email } from './pii-holdout19-places.ts';
import { nameCase, STYLES, type Style, styleText } from './pii-holdout19-style.ts';
import { card, choose, iban, phone, type Rand, sfc32 } from './pii-holdout19-values.ts';
import { covered, tally } from './tally.ts';

const total = Number(process.argv[2] ?? 800);
const seed = Number(process.argv[3] ?? 1919);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);

const TYPE_OF: Record<string, string> = {
  P: 'PERSON',
  T: 'PHONE',
  E: 'EMAIL',
  C: 'CREDIT_CARD',
  I: 'IBAN',
  A: 'ADDRESS',
};
const WEIGHTS: [string, number][] = [
  ['P', 0.34],
  ['T', 0.26],
  ['E', 0.12],
  ['C', 0.08],
  ['I', 0.08],
  ['A', 0.12],
];
type Span = { type: string; start: number; end: number; v: string; form: string };

function slotValue(x: Rand, slot: string, mix: string, country: string, style: Style) {
  if (slot === 'P') {
    const p = person(x, mix);
    const [v, casing] = nameCase(p.v, style, x);
    return { pre: p.before ? `${p.before} ` : '', v, post: p.after ? ` ${p.after}` : '', form: `${p.form}/${casing}` };
  }
  let got: { v: string; form: string };
  if (slot === 'T') got = phone(x, country);
  else if (slot === 'E') got = email(x, mix, country);
  else if (slot === 'C') got = card(x, country);
  else if (slot === 'I') got = iban(x, choose(x, MIXES[mix].iban ?? []), style !== 'shout');
  else {
    got = { v: address(x, country), form: 'lower' };
    if (style === 'shout' && x() < 0.5) got = { v: got.v.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), form: 'title' };
  }
  return { pre: '', v: got.v, post: '', form: got.form };
}

function compose(x: Rand, mix: string) {
  const m = MIXES[mix];
  let slot = '';
  while (!slot || (slot === 'I' && !m.iban)) {
    let k = x();
    for (const [s, w] of WEIGHTS) {
      k -= w;
      if (k < 0) {
        slot = s;
        break;
      }
    }
    slot ||= 'P';
  }
  const template = choose(
    x,
    m.chats.filter((c) => c.includes(`{${slot}}`)),
  );
  const country = choose(x, m.countries);
  const style = choose(x, STYLES);
  const parts = template.split(/(\{[PTECIA]\})/);
  let text = '';
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    const s = /^\{([PTECIA])\}$/.exec(part)?.[1];
    if (!s) {
      text += styleText(part, style, x, i > 0, i < parts.length - 1);
      return;
    }
    const val = slotValue(x, s, mix, country, style);
    text += val.pre;
    spans.push({ type: TYPE_OF[s], start: text.length, end: text.length + val.v.length, v: val.v, form: val.form });
    text += val.v + val.post;
  });
  return { text, spans, style, country };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const mixes = Object.keys(MIXES);
const { count, print } = tally();
const seen = new Map<string, number>();
let values = 0;
for (let i = 0; i < total; i++) {
  const mix = mixes[i % mixes.length];
  const c = compose(r, mix);
  values += c.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of c.spans) {
      out += `${c.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    console.log(`--- #${i} ${mix} ${c.country} ${c.style} [${c.spans.map((s) => `${s.type}:${s.form}`).join(', ')}]`);
    console.log(out + c.text.slice(at));
    continue;
  }
  const found = (await engine?.detect(c.text)) ?? [];
  let all = true;
  for (const s of c.spans) {
    const ok = covered(c.text, s.start, s.end, found);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    const typed = over.some((e) => e.type === s.type);
    all &&= ok;
    const keys = [
      `${s.type}\t*`,
      `${s.type}\tform=${s.form}`,
      `${s.type}\tmix=${mix}`,
      `${s.type}\tstyle=${c.style}`,
      `ALL\tmix=${mix}`,
      `ALL\tstyle=${c.style}`,
      'ALL\t*',
    ];
    if (s.type === 'PHONE') keys.push(`PHONE\tcountry=${c.country}`);
    for (const key of keys) count(key, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW) {
      const near = found.filter((e) => e.end > s.start - 60 && e.start < s.end + 60).map((e) => `${e.type}:${e.text}`);
      const ctx = c.text.slice(Math.max(0, s.start - 60), s.end + 60);
      console.log(`LEAK ${s.type} ${s.form} ${mix} ${c.style} ${JSON.stringify(s.v)} | ${JSON.stringify(ctx)} |`, near);
    }
  }
  count('CHAT\tevery value hidden', all);
}
console.log(`${total} chats, ${values} values (seed ${seed})`);
if (!DRY) {
  console.log('hold-out 19 recall (hit: no letter or digit of the value left visible; typed: right type overlaps)');
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, n] of [...seen].sort()) console.log(`  ${key}\t${n}`);
}

const clean = cleanChats(r, Math.round((total * 3) / 8)).map(([mix, t]) => {
  const style = choose(r, STYLES);
  return [mix, styleText(t, style, r, false, false), style] as const;
});
if (DRY) {
  for (const [mix, t, style] of clean) console.log(`--- clean ${mix} ${style}\n${t}`);
  console.log(`${clean.length} clean chats (not run in DRY mode)`);
} else {
  const perType = new Map<string, number>();
  const perMix = new Map<string, number>();
  let falseHits = 0;
  let dirty = 0;
  for (const [mix, t, style] of clean) {
    const found = (await engine?.detect(t)) ?? [];
    falseHits += found.length;
    if (found.length) dirty++;
    for (const e of found) {
      perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
      perMix.set(mix, (perMix.get(mix) ?? 0) + 1);
      if (SHOW) console.log(`FALSE ${e.type} ${mix} ${style} ${JSON.stringify(e.text)} | ${JSON.stringify(t)}`);
    }
  }
  const per100 = (n: number) => ((100 * n) / clean.length).toFixed(1);
  console.log(
    `false entities on ${clean.length} clean chats: ${falseHits} = ${per100(falseHits)} per 100 chats; chats with any: ${dirty} (${per100(dirty)}%)`,
  );
  for (const [t, n] of [...perType].sort()) console.log(`  FALSE\t${t}\t${n}\t${per100(n)} per 100`);
  for (const [m, n] of [...perMix].sort()) console.log(`  FALSE\tmix=${m}\t${n}`);
}
