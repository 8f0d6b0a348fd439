/**
 * TWELFTH hold-out ("hold-out 12"), written blind (without reading the recognizers, the docs or the other corpora)
 * and committed before any run against the engine. It imitates the synthetic PII benchmarks built with Python Faker
 * (presidio-research's generator, ai4privacy-style sets): template sentences (pii-holdout12-text.ts) filled with
 * values in the formats Faker itself produces (pii-holdout12-faker.ts): phone_number per locale with random digits
 * (validity per libphonenumber-js/max recorded, so results split valid / not valid), free/company/safe email,
 * credit_card_number per card type and credit_card_full blocks, unspaced iban per locale, en_US ssn, ipv4 / private /
 * network / ipv6, names and addresses per locale. Hit = no letter or digit of an inserted value left outside a
 * detected entity; "typed" = an entity of the right type overlaps it. Then false hits on PII-free sentences.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout12.ts [sentences=600] [seed=1212]
 *   SHOW=1 prints every leak; DRY=1 prints the sentences with the values marked ⟦…⟧ and never calls the engine.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import {
  address,
  card,
  choose,
  city,
  email,
  expiry,
  firstName,
  iban,
  int,
  ip,
  type Locale,
  person,
  phone,
  type Rand,
  REGION,
  sfc32,
  ssn,
} from './pii-holdout12-faker.ts';
import { CLEAN, TEMPLATES } from './pii-holdout12-text.ts';
import { covered, tally } from './tally.ts';

const sentences = Number(process.argv[2] ?? 600);
const seed = Number(process.argv[3] ?? 1212);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

const LOCALES: Record<string, Locale[]> = {
  eng: ['en_US', 'en_US', 'en_US', 'en_US', 'en_GB', 'en_IN', 'de_DE', 'fr_FR', 'es_ES', 'it_IT', 'nl_NL', 'pl_PL', 'pt_BR', 'ja_JP'],
  deu: ['de_DE'], fra: ['fr_FR'], spa: ['es_ES'], ita: ['it_IT'], nld: ['nl_NL'], pol: ['pl_PL'], por: ['pt_BR'],
}; // biome-ignore format: table

type Span = { type: string; fmt: string; start: number; end: number; valid?: boolean };
/** Scored placeholders: each returns [type, value, fmt]; {ccfull} is handled apart (two values in one block). */
const FILL: Record<string, (x: Rand, l: Locale) => [string, string, string]> = {
  name: (x, l) => ['PERSON', ...person(x, l)],
  first: (x, l) => ['PERSON', firstName(x, l), 'first_name'],
  phone: (x, l) => ['PHONE', ...phone(x, l)],
  email: (x, l) => ['EMAIL', ...email(x, l)],
  cc: (x) => {
    const c = card(x);
    return ['CREDIT_CARD', c.number, c.fmt];
  },
  iban: (x, l) => ['IBAN', ...iban(x, l)],
  ssn: (x) => ['US_SSN', ...ssn(x)],
  ip: (x) => ['IP_ADDRESS', ...ip(x)],
  address: (x, l) => ['ADDRESS', ...address(x, l, true)],
  street: (x, l) => ['ADDRESS', ...address(x, l, false)],
};
const pad = (n: number) => String(n).padStart(2, '0');
const FILLER: Record<string, (x: Rand, l: Locale) => string> = {
  date: (x) =>
    x() < 0.6
      ? `${int(x, 1970, 2025)}-${pad(int(x, 1, 12))}-${pad(int(x, 1, 28))}`
      : `${pad(int(x, 1, 12))}/${pad(int(x, 1, 28))}/${int(x, 1970, 2025)}`,
  time: (x) => `${pad(int(x, 0, 23))}:${pad(int(x, 0, 59))}:${pad(int(x, 0, 59))}`,
  amount: (x) => String(int(x, 10, 99999)),
  city: (x, l) => city(x, l),
};

function fill(template: string, l: Locale): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const add = (type: string, value: string, fmt: string) => {
    const valid = type === 'PHONE' ? isValidPhoneNumber(value, REGION[l] as 'US') : undefined;
    spans.push({ type, fmt, start: text.length, end: text.length + value.length, valid });
    text += value;
  };
  for (const part of template.split(/(\{[a-z]+\})/)) {
    const key = /^\{([a-z]+)\}$/.exec(part)?.[1];
    if (!key) text += part;
    else if (key === 'ccfull') {
      // Faker's credit_card_full: "{provider}\n{owner}\n{number} {expire_date}\n{security}: {security_nb}\n"
      const c = card(r);
      text += `${c.fmt}\n`;
      add('PERSON', person(r, l)[0], 'credit_card_full');
      text += '\n';
      add('CREDIT_CARD', c.number, `${c.fmt} (full)`);
      text += ` ${expiry(r)}\n${c.sec}: ${String(int(r, 0, 10 ** c.cvcLen - 1)).padStart(c.cvcLen, '0')}\n`;
    } else if (FILL[key]) add(...FILL[key](r, l));
    else if (FILLER[key]) text += FILLER[key](r, l);
    else throw new Error(`unknown placeholder ${part}`);
  }
  return { text, spans };
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
const { count, print } = tally();
for (let i = 0; i < sentences; i++) {
  const [lang, template] = choose(r, TEMPLATES);
  const loc = choose(r, LOCALES[lang]);
  const { text, spans } = fill(template, loc);
  for (const s of spans) if (text.slice(s.start, s.end).trim() !== text.slice(s.start, s.end) || s.end <= s.start)
    throw new Error(`bad span ${JSON.stringify(s)} in ${JSON.stringify(text)}`); // biome-ignore format: one line
  if (DRY) {
    let marked = text;
    for (const s of [...spans].reverse())
      marked = `${marked.slice(0, s.start)}⟦${marked.slice(s.start, s.end)}⟧${marked.slice(s.end)}`;
    console.log(
      `--- ${lang} ${loc} ${spans.map((s) => `${s.type}:${s.fmt}${s.valid === false ? '(invalid)' : ''}`).join(' ')}\n${marked}`,
    );
    continue;
  }
  const found = (await engine?.detect(text, { language: lang })) ?? [];
  for (const s of spans) {
    const ok = covered(text, s.start, s.end, found);
    const typed = ok && found.some((e) => e.type === s.type && e.start < s.end && s.start < e.end);
    const keys = [`${s.type}\t*`, `${s.type}\tfmt=${s.fmt}`, `${s.type}\tlocale=${loc}`, `ALL\tlang=${lang}`, 'ALL\t*'];
    if (s.valid !== undefined)
      keys.push(`PHONE\t${s.valid ? 'valid' : 'not valid'}`, `PHONE\t${s.valid ? 'valid' : 'not valid'} ${loc}`);
    for (const k of keys) count(k, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && process.env.SHOW)
      console.log('LEAK', s.type, s.fmt, loc, JSON.stringify(text.slice(s.start, s.end)), JSON.stringify(text),
        found.map((e) => `${e.type}:${e.text}`)); // biome-ignore format: one call
  }
}
if (!DRY) {
  console.log('hold-out 12 recall (no letter or digit of the value left visible; "typed" = also the right type)');
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
if (DRY) console.log(`${CLEAN.length} clean sentences (not run in DRY mode)`);
else
  console.log(
    `false hits on ${CLEAN.length} clean sentences: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
  );
