/**
 * SIXTH obfuscation corpus ("hold-out 6"), written blind (without reading the recognizers, the docs or the other
 * corpora) and committed before any run against the engine. It imitates what people paste into AI chat assistants:
 * their own data inside everyday requests (emails to rewrite, SQL/JSON/YAML to fix, CSV rows, chat exports with
 * timestamps, quoted support threads, CVs, Markdown tables, logs) in 12 languages. About half the values are plain,
 * half carry one light, habitual obfuscation (pii-holdout6-habits.ts). Values are valid (libphonenumber-js/max,
 * Luhn, mod 97, SSN ranges). Hit = no letter or digit of the inserted value left outside a detected entity; "typed"
 * = also an entity of the right type over it. Then false hits on PII-free everyday requests full of numbers.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout6.ts [perType=150] [seed=6060]
 *   SHOW=1 prints every leak; DRY=1 prints the texts with the value marked ⟦…⟧ and never calls the engine.
 */
import { HABITS } from './pii-holdout6-habits.ts';
import { CARRIERS, CLEAN, label } from './pii-holdout6-text.ts';
import {
  card,
  cardGroups,
  choose,
  email,
  iban,
  ip,
  phone,
  printed,
  type Rand,
  sfc32,
  ssn,
} from './pii-holdout6-values.ts';
import { covered, tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const seed = Number(process.argv[3] ?? 6060);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

/** Plain forms, the way the value is usually written. */
const VALUES: Record<string, (x: Rand, lang: string) => string> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: (x) => cardGroups(card(x)).join(choose(x, [' ', ' ', '-'])),
  IBAN: (x, lang) => (x() < 0.7 ? printed(iban(x, lang)) : iban(x, lang)),
  US_SSN: ssn,
  IP_ADDRESS: ip,
};

type Engine = {
  detect(
    text: string,
    o?: { language?: string },
  ): Promise<{ type: string; start: number; end: number; text: string }[]>;
};
const engine: Engine | undefined = DRY ? undefined : (await import('../src/pii/index.ts')).createPiiEngine();
const { count, print } = tally();
for (const [type, make] of Object.entries(VALUES)) {
  for (let i = 0; i < perType; i++) {
    const [lang, kind, carrier] = choose(r, CARRIERS);
    const raw = make(r, lang);
    let name = 'plain';
    let v: string | undefined = raw;
    if (r() < 0.5) {
      v = undefined;
      while (v === undefined) {
        name = choose(r, Object.keys(HABITS));
        v = HABITS[name](raw, type, lang, r);
      }
    }
    const filled = carrier.replaceAll('{k}', label(type, lang));
    const start = filled.indexOf('{v}');
    const text = filled.slice(0, start) + v + filled.slice(start + 3);
    const end = start + v.length;
    const mode = name === 'plain' ? 'plain' : 'obfuscated';
    if (DRY) {
      console.log(`--- ${type} ${name} ${lang} ${kind}\n${text.slice(0, start)}⟦${v}⟧${text.slice(end)}`);
      continue;
    }
    const found = (await engine?.detect(text, { language: lang })) ?? [];
    const ok = covered(text, start, end, found);
    const typed = ok && found.some((e) => e.type === type && e.start < end && start < e.end);
    for (const key of [
      `${type}\t*`,
      `${type}\t${mode}`,
      `${type}\thabit=${name}`,
      `ALL\thabit=${name}`,
      `ALL\t${mode}`,
      `ALL\tlang=${lang}`,
      `ALL\tcarrier=${kind}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && process.env.SHOW)
      console.log(
        'LEAK',
        type,
        name,
        lang,
        JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`),
      );
  }
}
if (!DRY) {
  console.log('hold-out 6 recall (no letter or digit of the value left visible; "typed" = also the right type)');
  print();
}

let falseHits = 0;
const shown: string[] = [];
for (const [lang, t] of CLEAN) {
  if (DRY) continue;
  const found = (await engine?.detect(t, { language: lang })) ?? [];
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${e.text}`);
}
if (DRY) console.log(`${CLEAN.length} clean requests (not run in DRY mode)`);
else
  console.log(
    `false hits on ${CLEAN.length} clean requests: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
  );
