/**
 * TWENTY-SIXTH hold-out corpus ("hold-out 26"), written blind (without reading the detector, the recognizers, the docs
 * or the other corpora) and committed before its single run against the engine.
 * Theme: messages users paste into an AI chat app that carry several kinds of personal data at once, part of it
 * obfuscated by the writer: forms to fill or translate, complaint e-mails, tenancy / moving notes, job applications,
 * car-accident insurance claims, parcel problems, school enrolment, visa requests, in 21 language varieties (English
 * US/UK/IN/NG/AU, German, French, Spanish, Portuguese BR, Italian, Dutch, Polish, Turkish, Indonesian, Vietnamese,
 * Romanian, Czech, Greek, Ukrainian, Swahili, Tagalog). Each message holds 2-5 values among names, e-mails, phones
 * (libphonenumber-js/max valid), street addresses, vehicle plates, dates of birth, IBANs (mod 97) and cards (Luhn).
 * About a third of the values are obfuscated (pii-holdout26-obf.ts), about a quarter of the messages are lower case.
 * Hit: every letter or digit of the value lies inside detected entities (tally.ts `covered`); typed: inside entities
 * of the value's type (plates: ID_NUMBER). Then false entities per 100 clean messages of the same genres, per type.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout26.ts [count=1000] [seed=2626]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints the texts with values marked ⟦…⟧, no engine.
 */
import { CLEAN_A } from './pii-holdout26-clean-a.ts';
import { CLEAN_B } from './pii-holdout26-clean-b.ts';
import { OBF } from './pii-holdout26-obf.ts';
import { LANGS, type Person, person } from './pii-holdout26-people.ts';
import { ADDRESS } from './pii-holdout26-places.ts';
import { TEXTS_A, type Tpl } from './pii-holdout26-texts-a.ts';
import { TEXTS_B } from './pii-holdout26-texts-b.ts';
import { TEXTS_C } from './pii-holdout26-texts-c.ts';
import {
  card,
  dob,
  emailOf,
  IBAN_REGIONS,
  iban,
  int,
  phone,
  pick,
  plate,
  prng,
  type Rand,
} from './pii-holdout26-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 2626);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = prng(seed);
const TEXTS: Record<string, Tpl[]> = { ...TEXTS_A, ...TEXTS_B, ...TEXTS_C };
const CLEAN: Record<string, string[]> = { ...CLEAN_A, ...CLEAN_B };
const LANG_KEYS = Object.keys(LANGS);
const ENGINE_TYPE: Record<string, string> = { PLATE: 'ID_NUMBER' };

interface Span {
  type: string;
  obf: string;
  v: string;
  start: number;
  end: number;
}
interface Msg {
  lang: string;
  genre: string;
  lower: boolean;
  text: string;
  spans: Span[];
}

const lowerOf = (s: string, lang: string) => (lang === 'tr' ? s.toLocaleLowerCase('tr') : s.toLowerCase());

/** One message: fill the template's slots, obfuscate about a third of the values, lower-case a quarter. */
function compose(lang: string, x: Rand): Msg {
  const [genre, tpl] = pick(x, TEXTS[lang]);
  const L = LANGS[lang];
  const p1 = person(x, lang);
  let p2: Person = person(x, lang);
  while (p2.full === p1.full) p2 = person(x, lang);
  const lower = x() < 0.25;
  const value = (slot: string): [string, string, string, string] => {
    switch (slot) {
      case 'name':
        return ['', 'PERSON', p1.full, ''];
      case 'name2':
        return ['', 'PERSON', p2.full, ''];
      case 'given':
        return ['', 'PERSON', p1.given, ''];
      case 'titled':
        return [p1.titled[0], 'PERSON', p1.titled[1], p1.titled[2]];
      case 'email':
        return ['', 'EMAIL', emailOf(x, p1.given, p1.family, L.domains), ''];
      case 'phone':
        return ['', 'PHONE', phone(x, L.region), ''];
      case 'addr':
        return ['', 'ADDRESS', ADDRESS[lang](x), ''];
      case 'plate':
        return ['', 'PLATE', plate(x, L.region), ''];
      case 'dob':
        return ['', 'DATE_OF_BIRTH', dob(x, lang, L.months), ''];
      case 'iban':
        if (!IBAN_REGIONS.includes(L.region)) throw new Error(`no IBAN for ${lang}`);
        return ['', 'IBAN', iban(x, L.region), ''];
      case 'card':
        return ['', 'CREDIT_CARD', card(x), ''];
      default:
        throw new Error(`unknown slot ${slot}`);
    }
  };
  const spans: Span[] = [];
  let text = '';
  let at = 0;
  const push = (s: string) => {
    text += lower ? lowerOf(s, lang) : s;
  };
  for (const m of tpl.matchAll(/\{(\w+)\}/g)) {
    push(tpl.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    const [pre, type, raw, post] = value(m[1]);
    let v = raw;
    let obf = 'plain';
    if (x() < 0.36) {
      const names = Object.keys(OBF[type]);
      for (let k = 0; k < 4 && obf === 'plain'; k++) {
        const n = pick(x, names);
        const o = OBF[type][n](raw, lang, x);
        if (o !== undefined && o !== raw) [obf, v] = [n, o];
      }
    }
    push(pre);
    const start = text.length;
    push(v);
    spans.push({ type, obf, v: text.slice(start), start, end: text.length });
    push(post);
  }
  push(tpl.slice(at));
  return { lang, genre, lower, text, spans };
}

/** Non-personal fillers for the clean messages. */
function cleanFill(t: string, lang: string, x: Rand) {
  const cur: Record<string, string> = {
    'en-US': '$',
    'en-GB': '£',
    'en-IN': '₹',
    'en-NG': '₦',
    'en-AU': 'A$',
    'pt-BR': 'R$',
  };
  const after: Record<string, string> = {
    pl: ' zł',
    tr: ' TL',
    id: ' rupiah',
    vi: ' đ',
    ro: ' lei',
    cs: ' Kč',
    uk: ' грн',
    sw: ' KSh',
    tl: ' pesos',
  };
  const amount = `${int(x, 12, 2400)}${x() < 0.4 ? `.${int(x, 10, 99)}` : ''}`;
  const fills: Record<string, () => string> = {
    order: () =>
      pick(x, [
        `#${int(x, 1000000, 9999999)}`,
        `ORD-2025-${int(x, 10000, 99999)}`,
        `${pick(x, ['AX', 'KT', 'ZB'])}-${int(x, 100000, 999999)}`,
        `${int(x, 100, 999)}-${int(x, 1000000, 9999999)}-${int(x, 1000000, 9999999)}`,
      ]),
    track: () =>
      pick(x, [
        `JJD${int(x, 10000000, 99999999)}${int(x, 1000000, 9999999)}`,
        `RR${int(x, 100000000, 999999999)}${pick(x, ['PL', 'DE', 'TR', 'GB'])}`,
        `1Z${int(x, 100, 999)}A${int(x, 10, 99)}0${int(x, 1000000, 9999999)}`,
        `SPX${int(x, 100000000, 999999999)}`,
      ]),
    price: () =>
      cur[lang] ? `${cur[lang]}${amount}` : after[lang] ? `${amount}${after[lang]}` : `${amount.replace('.', ',')} €`,
    date: () => {
      const d = int(x, 1, 28);
      const m = int(x, 1, 12);
      return lang === 'en-US' ? `${m}/${d}/2025` : `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.2025`;
    },
    time: () => pick(x, ['9:30', '14:00', '7 pm', '18:45', '8.15', '10 am']),
    code: () =>
      pick(x, [
        `WM-${int(x, 10, 99)}B`,
        `SKU ${int(x, 10000, 99999)}-X`,
        `TX-${int(x, 1000, 9999)}`,
        `Plus ${int(x, 2, 9)}`,
        `KX${int(x, 100, 999)}`,
      ]),
    n: () => String(int(x, 2, 40)),
  };
  const out = t.replace(/\{(\w+)\}/g, (_, k: string) => fills[k]());
  return x() < 0.25 ? lowerOf(out, lang) : out;
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

const rounds = Math.max(1, Math.round(count / 333));
const cleanList = Object.entries(CLEAN).flatMap(([lang, ts]) => ts.map((t) => [lang, t] as const));
const nClean = cleanList.length * rounds;
const nPii = Math.max(0, count - nClean);
const { count: add, print } = tally();
let values = 0;
let obfuscated = 0;
const seen = new Map<string, number>();
const leaks: string[] = [];
for (let i = 0; i < nPii; i++) {
  const m = compose(LANG_KEYS[i % LANG_KEYS.length], r);
  values += m.spans.length;
  obfuscated += m.spans.filter((s) => s.obf !== 'plain').length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of m.spans) {
      out += `${m.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    console.log(
      `--- #${i} ${m.lang} ${m.genre}${m.lower ? ' lower' : ''} [${m.spans.map((s) => `${s.type}:${s.obf}`).join(', ')}]\n${out}${m.text.slice(at)}`,
    );
    continue;
  }
  const found = (await engine?.detect(m.text, { language: LANGS[m.lang].iso3 })) ?? [];
  const caseKey = m.lower ? 'lower case' : 'as written';
  let all = true;
  for (const s of m.spans) {
    const ok = covered(m.text, s.start, s.end, found);
    const want = ENGINE_TYPE[s.type] ?? s.type;
    const typed = covered(
      m.text,
      s.start,
      s.end,
      found.filter((e) => e.type === want),
    );
    all &&= ok;
    const mode = s.obf === 'plain' ? 'plain' : 'obfuscated';
    for (const key of [
      `${s.type}\t*`,
      `${s.type}\t${mode}`,
      `${s.type}\tobf=${s.obf}`,
      `${s.type}\tlang=${m.lang}`,
      `${s.type}\tcase=${caseKey}`,
      `ALL\t${mode}`,
      `ALL\tobf=${s.obf}`,
      `ALL\tlang=${m.lang}`,
      `ALL\tcase=${caseKey}`,
      `ALL\tgenre=${m.genre}`,
      'ALL\t*',
    ])
      add(key, ok);
    add(`${s.type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    const over = found.filter((e) => e.start < s.end && s.start < e.end);
    for (const t of new Set(over.map((e) => e.type)))
      seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok) {
      const ctx = m.text.slice(Math.max(0, s.start - 60), s.end + 60);
      const near = found.filter((e) => e.end > s.start - 60 && e.start < s.end + 60).map((e) => `${e.type}:${e.text}`);
      leaks.push(
        `LEAK ${s.type} ${s.obf} ${m.lang} ${JSON.stringify(s.v)} | ${JSON.stringify(ctx)} | ${JSON.stringify(near)}`,
      );
    }
  }
  add('MESSAGE\tevery value hidden', all);
}
console.log(
  `${nPii} messages, ${values} values, ${obfuscated} obfuscated (${((100 * obfuscated) / Math.max(1, values)).toFixed(1)}%)`,
);
if (!DRY) {
  console.log(
    'hold-out 26 recall (hit: every letter/digit of the value inside entities; typed: inside entities of its type)',
  );
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
  if (SHOW) for (const l of leaks) console.log(l);
}

{
  const byType = new Map<string, number>();
  const shown: string[] = [];
  let falseHits = 0;
  for (let k = 0; k < rounds; k++)
    for (const [lang, t] of cleanList) {
      const text = cleanFill(t, lang, r);
      if (DRY) {
        console.log(`--- clean ${lang}\n${text}`);
        continue;
      }
      const found = (await engine?.detect(text, { language: LANGS[lang].iso3 })) ?? [];
      falseHits += found.length;
      for (const e of found) {
        byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        shown.push(`FALSE ${lang} ${e.type}: ${JSON.stringify(e.text)} | ${JSON.stringify(text)}`);
      }
    }
  const per100 = (n: number) => ((100 * n) / nClean).toFixed(1);
  if (DRY) console.log(`${nClean} clean messages (not run in DRY mode)`);
  else {
    console.log(`false entities on ${nClean} clean messages: ${falseHits} = ${per100(falseHits)} per 100 messages`);
    for (const [t, n] of [...byType].sort()) console.log(`  ${t}\t${n}\t${per100(n)} per 100`);
    if (SHOW) for (const s of shown) console.log(s);
  }
}
