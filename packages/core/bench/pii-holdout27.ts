/**
 * TWENTY-SEVENTH corpus ("hold-out 27"), written blind (without reading the detector, recognizers, lexicons, docs,
 * tests or other hold-outs) and committed before its single run against the engine. Theme: everyday requests to an
 * AI chat assistant carrying the writer's and other people's data: replies to neighbours, rental applications,
 * teacher messages to translate, group chats to summarise, insurance claims, references, wedding invitations, CV
 * headers, delivery complaints, condolence/birthday/thank-you notes, in 29 locales of 21 languages (English US/UK/IN/
 * NG/PH/AU, es-ES/MX, pt-BR/PT, Vietnamese with and without diacritics, Thai and Hindi romanized). About 30% of
 * texts are all lower case, about 10% carry one writer's obfuscation (name spaced out, digit for a letter, e-mail
 * with at/dot, phone digits split). Values: person names (given / full / title+surname / nickname), e-mails, phones
 * (valid per libphonenumber-js/max; international, national, E.164, odd spacing, spoken digits), addresses (local
 * formats, units/floors, some split by a line break), vehicle plates, dates of birth (after a birth word), IBANs
 * (mod 97). Hit: every letter/digit of the value lies inside detected entities (tally.ts `covered`); typed: inside
 * entities of the value's type (plates: ID_NUMBER). Then false entities per 100 clean requests, per type.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout27.ts [count=1000] [seed=272727]
 *   SHOW=1 prints every leak and every false entity; DRY=1 prints texts with values marked ⟦…⟧ (no engine);
 *   NER=0 runs the engine without the NER model.
 */
import { cleanTexts } from './pii-holdout27-clean.ts';
import { PEOPLE } from './pii-holdout27-people.ts';
import type { Locale } from './pii-holdout27-places.ts';
import { LOCALES } from './pii-holdout27-places-b.ts';
import { TEXTS_A, type Tpl } from './pii-holdout27-texts-a.ts';
import { TEXTS_B } from './pii-holdout27-texts-b.ts';
import { dob, email, iban, type PhoneForm, phone, pick, type Rand, sfc32 } from './pii-holdout27-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 272727);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = sfc32(seed);
const TPL: Record<string, Tpl[]> = { ...TEXTS_A, ...TEXTS_B };
const TYPE: Record<string, string> = {
  P: 'PERSON',
  G: 'PERSON',
  F: 'PERSON',
  E: 'EMAIL',
  T: 'PHONE',
  A: 'ADDRESS',
  L: 'PLATE',
  D: 'DATE_OF_BIRTH',
  I: 'IBAN',
};
const ENGINE_TYPE = (t: string) => (t === 'PLATE' ? 'ID_NUMBER' : t);
const WORD_LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'id', 'tr'];

interface Span {
  type: string;
  form: string;
  obf: string;
  start: number;
  end: number;
  v: string;
}

const native = (s: string) => s.split('|')[0];
const latin = (s: string) => s.split('|').at(-1) as string;
const stripVi = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

/** The writer's obfuscations of one value (undefined where it does not apply). */
function obfuscate(x: Rand, type: string, v: string): [string, string] | undefined {
  if (type === 'PERSON')
    return x() < 0.5
      ? [
          'name-spaced',
          v
            .split(' ')
            .map((w) => [...w].join(' '))
            .join('   '),
        ]
      : ['name-digit', v.replace(/[aeio]/, (c) => ({ a: '4', e: '3', i: '1', o: '0' })[c] as string)];
  if (type === 'EMAIL') {
    const [l, d] = v.split('@');
    return [
      'email-at-dot',
      pick(x, [
        `${l} at ${d.replaceAll('.', ' dot ')}`,
        `${l} [at] ${d.replaceAll('.', ' [dot] ')}`,
        `${l}(at)${d}`,
        `${l} @ ${d.replaceAll('.', ' . ')}`,
      ]),
    ];
  }
  if (type === 'PHONE' && /\d/.test(v)) return ['phone-split', [...v.replace(/[^\d+]/g, '')].join(' ')];
  return undefined;
}

function personForm(x: Rand, loc: Locale, g: string, s: string, nick: string, title: string): [string, string] {
  const k = x();
  if (k < 0.35) return ['given', g];
  if (k < 0.7) return ['full', loc.lang === 'vi' ? `${s} ${g}` : `${g} ${s}`];
  if (k < 0.85) return ['title', `${title} ${['vi', 'ms', 'th', 'tl', 'sw'].includes(loc.lang) ? g : s}`];
  return ['nickname', nick];
}

function compose(i: number) {
  const loc = LOCALES[i % LOCALES.length];
  const ppl = PEOPLE[loc.id];
  const tpls = TPL[loc.lang].filter(([, t]) => loc.iban || !t.includes('{I}'));
  const [task, tpl] = pick(r, tpls);
  const lower = r() < 0.3;
  const persons: [string, string][] = [];
  const person = (k: number) => {
    while (persons.length < k) {
      const g = pick(r, ppl.given);
      const s = pick(r, ppl.sur);
      if (!persons.some(([a, b]) => a === g || b === s) || persons.length > 3) persons.push([g, s]);
    }
    return persons[k - 1];
  };
  const parts: [string, string | undefined, string][] = []; // [text, type, form]
  const cache = new Map<string, [string, string]>();
  let at = 0;
  for (const m of tpl.matchAll(/\{([PGFETALDI])(\d?)\}/g)) {
    parts.push([tpl.slice(at, m.index), undefined, '']);
    at = (m.index ?? 0) + m[0].length;
    const key = m[1] + m[2];
    let got = cache.get(key);
    if (!got) {
      const k = Number(m[2] || 1);
      const [g, s] = m[1] === 'P' || m[1] === 'G' || m[1] === 'F' || m[1] === 'E' ? person(k) : ['', ''];
      if (m[1] === 'P') got = personForm(r, loc, native(g), native(s), native(pick(r, ppl.nicks)), pick(r, ppl.titles));
      else if (m[1] === 'G') got = ['given', native(g)];
      else if (m[1] === 'F')
        got = ['full', loc.lang === 'vi' ? `${native(s)} ${native(g)}` : `${native(g)} ${native(s)}`];
      else if (m[1] === 'E') got = ['plain', email(r, latin(g), latin(s), ppl.domains)];
      else if (m[1] === 'T') {
        let f = pick(r, [
          'intl',
          'intl',
          'national',
          'national',
          'national',
          'e164',
          'odd-spacing',
          'words',
        ] as PhoneForm[]);
        if (f === 'words' && !WORD_LANGS.includes(loc.lang)) f = 'national';
        got = [f, phone(r, loc.region, loc.lang, f)];
      } else if (m[1] === 'A') {
        const a = loc.addr(r);
        got = [a.includes('\n') ? 'line-break' : 'one-line', a];
      } else if (m[1] === 'L') got = ['plain', loc.plate(r)];
      else if (m[1] === 'D') got = ['plain', dob(r, loc.lang, !!loc.us)];
      else {
        const printed = r() < 0.6;
        got = [printed ? 'printed' : 'compact', iban(r, loc.iban, printed)];
      }
      cache.set(key, got);
    }
    parts.push([got[1], TYPE[m[1]], got[0]]);
  }
  parts.push([tpl.slice(at), undefined, '']);
  const obfAt =
    r() < 0.1
      ? pick(
          r,
          parts.map((p, k) => (p[1] && obfuscate(() => 0, p[1], p[0]) ? k : -1)).filter((k) => k >= 0),
        )
      : undefined;
  let text = '';
  const spans: Span[] = [];
  for (const [k, [v0, type, form]] of parts.entries()) {
    let v = v0;
    let obf = 'plain';
    if (k === obfAt && type) [obf, v] = obfuscate(r, type, v) ?? ['plain', v];
    if (loc.id === 'vi-nd') v = stripVi(v);
    if (lower) v = v.toLowerCase();
    if (type) spans.push({ type, form, obf, start: text.length, end: text.length + v.length, v });
    text += v;
  }
  return { loc, task, lower, text, spans };
}

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
let engine: Engine | undefined;
if (!DRY) {
  const pii = await import('../src/pii/index.ts');
  if (process.env.NER === '0') engine = pii.createPiiEngine();
  else {
    const models = await import('../../models/src/index.ts');
    engine = pii.createPiiEngine({ ner: models.recognizeEntities });
  }
}

const { count: add, print } = tally();
let nValues = 0;
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  const p = compose(i);
  nValues += p.spans.length;
  if (DRY) {
    let out = '';
    let at = 0;
    for (const s of p.spans) {
      out += `${p.text.slice(at, s.start)}⟦${s.v}⟧`;
      at = s.end;
    }
    const tags = p.spans.map((s) => `${s.type}:${s.form}${s.obf === 'plain' ? '' : `/${s.obf}`}`).join(', ');
    console.log(`--- #${i} ${p.loc.id} ${p.task}${p.lower ? ' lower' : ''} [${tags}]\n${out}${p.text.slice(at)}`);
    continue;
  }
  const found = (await engine?.detect(p.text, { language: p.loc.iso3 })) ?? [];
  let all = true;
  for (const s of p.spans) {
    const ok = covered(p.text, s.start, s.end, found);
    const typed = covered(
      p.text,
      s.start,
      s.end,
      found.filter((e) => e.type === ENGINE_TYPE(s.type)),
    );
    all &&= ok;
    const kase = p.lower ? 'lower' : 'as-written';
    const keys = [
      `${s.type}\t*`,
      `${s.type}\tcase=${kase}`,
      `${s.type}\tlang=${p.loc.id}`,
      `ALL\tlang=${p.loc.id}`,
      `ALL\tcase=${kase}`,
      `ALL\ttask=${p.task}`,
      'ALL\t*',
    ];
    if (s.form !== 'plain') keys.push(`${s.type}\tform=${s.form}`);
    if (s.obf !== 'plain') keys.push(`${s.type}\tobf=${s.obf}`, `ALL\tobf=${s.obf}`);
    else keys.push('ALL\tobf=none');
    for (const k of keys) add(k, ok);
    add(`${s.type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    if (!ok && SHOW) {
      const near = found.filter((e) => e.start < s.end + 60 && s.start - 60 < e.end).map((e) => `${e.type}:${e.text}`);
      const ctx = p.text.slice(Math.max(0, s.start - 60), s.end + 60);
      console.log(
        'LEAK',
        s.type,
        s.form,
        s.obf,
        p.loc.id,
        JSON.stringify(s.v),
        JSON.stringify(ctx),
        JSON.stringify(near),
      );
    }
  }
  add('TEXT\tevery value hidden', all);
}
console.log(`${count} texts, ${nValues} values, seed ${seed}`);
if (!DRY) {
  console.log(
    'hold-out 27 recall (hit: no letter/digit of the value outside detected entities; typed: inside entities of its type)',
  );
  print();
}

const ISO3 = new Map(LOCALES.map((l) => [l.lang, l.iso3]));
const clean = cleanTexts(sfc32(seed + 1), Math.max(1, Math.round(count / 4)));
if (DRY) {
  for (const [lang, t] of clean) console.log(`--- clean ${lang}\n${t}`);
} else {
  const per = new Map<string, number>();
  let total = 0;
  for (const [lang, t] of clean) {
    const found = (await engine?.detect(t, { language: ISO3.get(lang) })) ?? [];
    total += found.length;
    for (const e of found) {
      per.set(e.type, (per.get(e.type) ?? 0) + 1);
      if (SHOW) console.log('FALSE', lang, e.type, JSON.stringify(e.text), JSON.stringify(t));
    }
  }
  const rate = (k: number) => ((100 * k) / clean.length).toFixed(1);
  console.log(`false entities on ${clean.length} clean texts: ${total} = ${rate(total)} per 100 texts`);
  for (const [type, k] of [...per].sort()) console.log(`  ${type}\t${rate(k)} per 100\t(${k})`);
  console.log(`elapsed ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
