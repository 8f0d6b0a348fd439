/**
 * THIRTIETH corpus ("hold-out 30"): an OBFUSCATION FUZZ GENERATOR, written blind (without reading the recognizers,
 * the docs, the tests or the other corpora) and committed before any run against the engine. It draws valid base
 * values (phones valid per libphonenumber-js/max in national and international formats of the text's country and
 * of others, Luhn cards, mod-97 IBANs, IPv4/IPv6, full names of the locale, a few street addresses, e-mails), applies
 * 1-3 obfuscation transforms (pii-holdout30-obf.ts: separators, line breaks, digits as words, digit and letter
 * homoglyphs, fullwidth / Arabic-Indic / keycap digits, zero-width and soft hyphens, "at"/"dot" words, reversal with
 * a hint, split across two lines or messages, leetspeak, case, country code said aloud...) and places the result in
 * a message typed to an AI assistant or in a marketplace / dating / support chat, in 13 locales (English US/UK/IN,
 * German, French, Spanish, Italian, Portuguese BR, Dutch, Polish, Turkish, Russian, Indonesian). About 15% of the
 * values stay plain as the baseline row.
 * Hit: every letter or digit of the inserted value (of both parts when split) lies inside some detected entity
 * (tally.ts `covered`). Typed: the same with only the entities of the value's type. Then false entities per 100 clean
 * messages (numbers, prices, times, versions, codes, "at"/"dot" phrases; no personal data).
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout30.ts [count=1200] [seed=30030]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧, no engine.
 */
import { CLEAN } from './pii-holdout30-clean.ts';
import { obfuscate } from './pii-holdout30-obf.ts';
import { CARRIERS, EXTRA, LABELS } from './pii-holdout30-text.ts';
import {
  address,
  card,
  email,
  iban,
  ip,
  LOCALES,
  person,
  phone,
  pick,
  printedIban,
  prng,
  type Rand,
} from './pii-holdout30-values.ts';
import { HINTS, lang2 } from './pii-holdout30-words.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1200);
const seed = Number(process.argv[3] ?? 30030);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = prng(seed);

const TYPES: [string, number][] = [
  ['PHONE', 25],
  ['EMAIL', 20],
  ['CREDIT_CARD', 12],
  ['IBAN', 12],
  ['IP_ADDRESS', 10],
  ['PERSON', 15],
  ['ADDRESS', 6],
];
const drawType = (x: Rand) => {
  let k = x() * 100;
  for (const [t, w] of TYPES) {
    k -= w;
    if (k < 0) return t;
  }
  return 'PHONE';
};

type Case = {
  loc: string;
  type: string;
  names: string[];
  ctx: string;
  text: string;
  spans: [number, number][];
  shown: string;
};

/** Cut a split value near its middle, at a space/separator if there is one. */
function cut(v: string, x: Rand): [string, string] {
  const mid = Math.floor(v.length / 2);
  const seps = Array.from({ length: v.length }, (_, i) => i).filter(
    (i) => /[\s\-./|_@]/.test(v[i]) && i > 2 && i < v.length - 3,
  );
  const at = seps.length
    ? seps.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))[0]
    : mid + Math.floor(x() * 3) - 1;
  return [v.slice(0, at).trimEnd(), v.slice(at).replace(/^[\s]+/, '')];
}

function compose(i: number, x: Rand): Case {
  const locs = Object.keys(LOCALES);
  const loc = locs[i % locs.length];
  const lang = lang2(loc);
  const country = LOCALES[loc][1];
  const type = drawType(x);
  let raw: string;
  let cc: string | undefined;
  if (type === 'PHONE') {
    const p = phone(x, country);
    raw = p.text;
    cc = p.cc;
  } else if (type === 'EMAIL') raw = email(x, loc);
  else if (type === 'CREDIT_CARD') raw = card(x);
  else if (type === 'IBAN') {
    const b = iban(x, country);
    raw = x() < 0.6 ? printedIban(b) : b;
  } else if (type === 'IP_ADDRESS') raw = ip(x);
  else if (type === 'PERSON') raw = person(x, loc);
  else raw = address(x, loc);
  const o = x() < 0.15 ? { v: raw, names: ['plain'] } : obfuscate(raw, { r: x, lang, type, cc, names: [] });
  const [ctx, tpl] = pick(x, [...CARRIERS[lang], ...(EXTRA[loc] ?? [])]);
  const filled = tpl.replaceAll('{k}', pick(x, LABELS[lang][type]));
  const [before, after] = filled.split('{v}');
  const [hRev, h1, h2] = HINTS[lang];
  // pieces: strings are literal text, [s] is a piece of the value
  let pieces: (string | [string])[];
  if (o.names.includes('split')) {
    const [p1, p2] = cut(o.v, x);
    pieces =
      x() < 0.5
        ? [`${before}${h1}: `, [p1], `${after}\n${h2} `, [p2]]
        : [`[21:0${Math.floor(x() * 9)}] ${before}`, [p1], `${after}\n[21:1${Math.floor(x() * 9)}] ${h2} `, [p2]];
  } else if (o.names.includes('reverse')) {
    pieces =
      x() < 0.5 ? [`${before}(${hRev}) `, [o.v], after] : [before, [o.v], ` (${hRev.replace(/\s*:$/, '')})${after}`];
  } else pieces = [before, [o.v], after];
  let text = '';
  const spans: [number, number][] = [];
  let shown = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      shown += p;
    } else {
      spans.push([text.length, text.length + p[0].length]);
      text += p[0];
      shown += `⟦${p[0]}⟧`;
    }
  }
  return { loc, type, names: o.names, ctx, text, spans, shown };
}

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities }) as Engine;
}
/** Harness guard: a language code the engine refuses is retried without one. */
async function detect(text: string, loc: string): Promise<Entity[]> {
  if (!engine) return [];
  try {
    return await engine.detect(text, { language: LOCALES[loc][0] });
  } catch {
    return await engine.detect(text);
  }
}

const t0 = Date.now();
const { count: add, print } = tally();
const seen = new Map<string, number>();
for (let i = 0; i < count; i++) {
  const c = compose(i, r);
  const combo = c.names.join('+');
  if (DRY) {
    console.log(`--- #${i} ${c.type} ${c.loc} ${c.ctx} [${combo}]\n${c.shown}`);
    continue;
  }
  const found = await detect(c.text, c.loc);
  const ok = c.spans.every(([s, e]) => covered(c.text, s, e, found));
  const same = found.filter((e) => e.type === c.type);
  const typed = c.spans.every(([s, e]) => covered(c.text, s, e, same));
  const mode = combo === 'plain' ? 'plain' : 'obfuscated';
  const keys = [
    `${c.type}\t*`,
    `${c.type}\t${mode}`,
    `ALL\t${mode}`,
    `ALL\tlang=${c.loc}`,
    `ALL\tctx=${c.ctx}`,
    'ALL\t*',
  ];
  keys.push(`ALL\ttransforms=${c.names[0] === 'plain' ? 0 : c.names.length}`);
  for (const n of c.names) keys.push(`ALL\tobf=${n}`, `${c.type}\tobf=${n}`);
  for (const k of keys) add(k, ok);
  add(`${c.type}\ttyped`, typed);
  add('ALL\ttyped', typed);
  for (const [s, e] of c.spans)
    for (const t of new Set(found.filter((f) => f.start < e && s < f.end).map((f) => f.type)))
      seen.set(`${c.type}\t${t}`, (seen.get(`${c.type}\t${t}`) ?? 0) + 1);
  if (!ok && SHOW) {
    const [s0] = c.spans[0];
    const e1 = c.spans[c.spans.length - 1][1];
    const near = found.filter((f) => f.end > s0 - 60 && f.start < e1 + 60).map((f) => `${f.type}:${f.text}`);
    console.log(
      'LEAK',
      c.type,
      c.loc,
      combo,
      JSON.stringify(c.spans.map(([s, e]) => c.text.slice(s, e)).join(' ‖ ')),
      JSON.stringify(c.text.slice(Math.max(0, s0 - 60), e1 + 60)),
      JSON.stringify(near),
    );
  }
}
if (DRY) console.log(`${count} texts (DRY: engine not run)`);
else {
  console.log(
    `hold-out 30 (${count} texts, seed ${seed}): hit = every letter/digit of the value covered; typed = by entities of its type`,
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, n] of [...seen].sort()) console.log(`  ${key}\t${n}`);
}

const clean = Object.entries(CLEAN).flatMap(([lang, ts]) =>
  ts.map((t) => [Object.keys(LOCALES).find((l) => lang2(l) === lang) ?? 'en-US', t] as const),
);
if (DRY) console.log(`${clean.length} clean texts (not run in DRY mode)`);
else {
  const per = new Map<string, number>();
  const shown: string[] = [];
  let n = 0;
  for (const [loc, t] of clean) {
    const found = await detect(t, loc);
    n += found.length;
    for (const e of found) {
      per.set(e.type, (per.get(e.type) ?? 0) + 1);
      shown.push(`  FALSE ${lang2(loc)} ${e.type}: ${JSON.stringify(e.text)} in ${JSON.stringify(t)}`);
    }
  }
  const rate = (k: number) => ((100 * k) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean texts: ${n} = ${rate(n)} per 100 texts`);
  for (const [t, k] of [...per].sort()) console.log(`  ${t}\t${k}\t${rate(k)} per 100`);
  if (SHOW) for (const s of shown) console.log(s);
  console.log(`time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
