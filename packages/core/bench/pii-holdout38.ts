/**
 * THIRTY-EIGHTH corpus ("hold-out 38"), written blind (without reading the recognizers, lexicons, docs, tests or
 * other hold-outs) and committed before any run against the engine.
 *
 * Theme: an outside-style obfuscated-PII corpus. Messages people type to an AI chat assistant (support requests,
 * pasted forms, forwarded contacts, letters to draft, chat logs, scam reports, JSON and CSV snippets, e-mail
 * signatures) in English (US, UK, IN, AU), German, French, Spanish (ES, MX), Italian, Portuguese (BR, PT), Dutch,
 * Polish, Turkish, Swedish, Japanese (romaji, kana, kanji) and Indonesian. About 20% of texts get no language hint,
 * the rest their ISO 639-3 code.
 *
 * Values (pii-holdout38-numbers/-ids/-people.ts), with valid check digits where the real format has them: PHONE
 * (17 countries, mobile and landline prefixes and lengths, national and +/00 international), EMAIL, IP_ADDRESS (v4,
 * v6), CREDIT_CARD (Luhn: Visa, Mastercard 5x/2x, Amex), IBAN (mod 97, 12 countries, national checks for FR ES IT PT
 * NL BE), PERSON (full names per locale, given names alone, kanji names), ADDRESS (street + number, often postcode +
 * city, per locale), DATE_OF_BIRTH (after a birth cue), US_SSN, and national ids: DE_TAX_ID, ES_DNI, NL_BSN, UK_NINO,
 * FR_INSEE typed as such, ID_NUMBER for Aadhaar, TFN, NIF (PT), CURP, codice fiscale, CPF, PESEL, TCKN, personnummer,
 * My Number, NIK.
 *
 * Obfuscations (pii-holdout38-obf.ts), 0-3 per value picked at random (~25% plain): numbers: sep, irregular, spaced,
 * brackets, words, partwords (digits as words in the text's language), fullwidth, letters (O for 0, l/I for 1),
 * parens, plusword, ccwords, zw (U+200B/C/D, U+2060, U+FEFF), linebreak, lower (IBAN); e-mails: at-word, at-bracket,
 * at-local (arroba, chiocciola, Klammeraffe, małpa ...), dot-word, dot-bracket, dot-local (punto, point, kropka ...),
 * spaces, reversed ("com dot gmail at john"), homoglyph (Cyrillic/Greek), upper, zw, linebreak; names: caps, lower,
 * spaced, initials, homoglyph, leet, zw; IPs: ip-bracket, ip-paren, ip-word, ip-spaces, fullwidth, upper, zw;
 * addresses: caps, lower, linebreak, zw. Spans cover the whole value as it stands in the text.
 * About 15% as many CLEAN texts (no personal data, near misses) count false entities.
 *
 * Scoring: hit = every letter/digit of the value lies inside some detected entity (tally.ts `covered`); typed = the
 * same with the expected type (national ids: any of ID_NUMBER US_SSN DE_TAX_ID ES_DNI NL_BSN UK_NINO FR_INSEE).
 *
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout38.ts [count=1000] [seed=3838]
 * Env: DRY=1 print the texts with values marked ⟦…⟧ and a count summary, never load the engine; SHOW=1 print every
 * miss (LEAK) and every false entity; NONER=1 run the engine without the NER model.
 */

import { CLEAN, filler } from './pii-holdout38-clean.ts';
import { birth, dob, ip, type NatId, nationalId } from './pii-holdout38-ids.ts';
import { card, iban, ibanOk, luhnOk } from './pii-holdout38-numbers.ts';
import { type Out, renderNum } from './pii-holdout38-obf.ts';
import { renderEmail, renderIp, renderName, renderText } from './pii-holdout38-obf-text.ts';
import { address, email, type Person, person } from './pii-holdout38-people.ts';
import { phone } from './pii-holdout38-phones.ts';
import { DE, EN, EN_US, FR, type Templates } from './pii-holdout38-tpl-a.ts';
import { ES, IT, NL, PT, SV } from './pii-holdout38-tpl-b.ts';
import { ID, JA, PL, TR } from './pii-holdout38-tpl-c.ts';
import { LANG3, LOCALE_WEIGHT, LOCALES, type Locale, makeRng, type Rng } from './pii-holdout38-util.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 3838);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
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

const NATIONAL = ['ID_NUMBER', 'US_SSN', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'UK_NINO', 'FR_INSEE'];
const TEMPLATES: Record<string, Templates> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  sv: SV,
  pl: PL,
  tr: TR,
  ja: JA,
  id: ID,
};

type Span = { type: string; accept: string[]; start: number; end: number; text: string; tf: string[]; raw: string };
type Doc = { loc: Locale; lang3?: string; genre: string; text: string; spans: Span[] };

const pickLocale = (r: Rng): Locale => {
  let w = r.next() * LOCALES.reduce((a, l) => a + LOCALE_WEIGHT[l], 0);
  for (const l of LOCALES) {
    w -= LOCALE_WEIGHT[l];
    if (w < 0) return l;
  }
  return 'en-US';
};

/** Fills one template: literal text as is, value slots rendered (and obfuscated) with their spans recorded. */
function build(r: Rng, loc: Locale, genre: string, tpl: string): Doc {
  const lang = loc.slice(0, 2);
  let text = '';
  const spans: Span[] = [];
  let lastPerson: Person | undefined;
  const b = birth(r);
  const natId = (): NatId => nationalId(r, loc, b, person(r, loc));
  const put = (type: string, out: Out, raw: string, accept = [type]) => {
    spans.push({
      type,
      accept,
      start: text.length,
      end: text.length + out.text.length,
      text: out.text,
      tf: out.tf,
      raw,
    });
    text += out.text;
  };
  for (const [i, part] of tpl.split(/\{([A-Z]+)\}/).entries()) {
    if (i % 2 === 0) {
      text += part;
      continue;
    }
    switch (part) {
      case 'N':
      case 'G': {
        const p = person(r, loc);
        lastPerson = p;
        put('PERSON', renderName(r, p, part === 'G' && !p.native), part === 'G' ? p.first : `${p.first} ${p.last}`);
        break;
      }
      case 'P': {
        const v = phone(r, loc);
        put('PHONE', renderNum(r, v, 'phone', lang), v.lead + v.groups.join(''));
        break;
      }
      case 'E': {
        const e = email(r, loc, lastPerson && r.chance(0.6) ? lastPerson : undefined);
        put('EMAIL', renderEmail(r, e, lang), `${e.local}@${e.domain.join('.')}`);
        break;
      }
      case 'I': {
        const v = ip(r);
        put('IP_ADDRESS', renderIp(r, v, lang), v.parts.join(v.v6 ? ':' : '.'));
        break;
      }
      case 'C': {
        const v = card(r);
        put('CREDIT_CARD', renderNum(r, v, 'card', lang), v.groups.join(''));
        break;
      }
      case 'B': {
        const v = iban(r, loc);
        put('IBAN', renderNum(r, v, 'iban', lang), v.groups.join(''));
        break;
      }
      case 'A': {
        const a = address(r, loc);
        put('ADDRESS', renderText(r, a, 'addr'), a);
        break;
      }
      case 'D': {
        const v = dob(r, loc, b);
        if (typeof v === 'string') put('DATE_OF_BIRTH', renderText(r, v, 'text'), v);
        else put('DATE_OF_BIRTH', renderNum(r, v, 'date', lang), v.groups.join('-'));
        break;
      }
      case 'X': {
        const n = natId();
        put(
          n.type,
          renderNum(r, n.val, 'id', lang),
          n.val.groups.join(''),
          n.type === 'US_SSN' ? ['US_SSN'] : NATIONAL,
        );
        break;
      }
      case 'XL':
        text += r.pick(natId().label);
        break;
      default:
        text += filler(r, loc, part);
    }
  }
  return { loc, lang3: r.chance(0.8) ? LANG3[lang] : undefined, genre, text, spans };
}

function corpus(r: Rng, n: number, sets: Record<string, Templates>): Doc[] {
  const docs: Doc[] = [];
  while (docs.length < n) {
    const loc = pickLocale(r);
    const set = loc === 'en-US' && sets === TEMPLATES && r.chance(0.3) ? EN_US : sets[loc.slice(0, 2)];
    if (!set) continue;
    const genre = r.pick(Object.keys(set));
    docs.push(build(r, loc, genre, r.pick(set[genre] ?? [])));
  }
  return docs;
}

const r = makeRng(seed);
const docs = corpus(r, count, TEMPLATES);
const clean = corpus(r, Math.round(count * 0.15), CLEAN);

/** DRY self-checks: spans match the text, plain numbers carry valid check digits. */
function check(d: Doc) {
  for (const s of d.spans) {
    if (d.text.slice(s.start, s.end) !== s.text) throw new Error(`span mismatch in ${JSON.stringify(d.text)}`);
    if (s.type === 'CREDIT_CARD' && !luhnOk(s.raw)) throw new Error(`bad card ${s.raw}`);
    if (s.type === 'IBAN' && !ibanOk(s.raw)) throw new Error(`bad IBAN ${s.raw}`);
  }
}

const mark = (d: Doc) => {
  let out = '';
  let k = 0;
  for (const s of d.spans) {
    out += `${d.text.slice(k, s.start)}⟦${s.text}⟧`;
    k = s.end;
  }
  return out + d.text.slice(k);
};
const visible = (s: string) => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '¤');

if (DRY) {
  const t = tally();
  for (const d of docs) {
    check(d);
    console.log(`--- ${d.loc} ${d.lang3 ?? '(no hint)'} ${d.genre}\n${visible(mark(d))}`);
    for (const s of d.spans)
      console.log(`    ${s.type} [${s.start},${s.end}) ${s.tf.join('+') || 'plain'} ${JSON.stringify(s.raw)}`);
    for (const s of d.spans) {
      t.count(`${s.type}\t*`, true);
      t.count(`ALL\t*`, true);
      for (const f of s.tf.length ? s.tf : ['plain']) t.count(`ALL\tobf=${f}`, true);
      t.count(`ALL\tlang=${d.loc}`, true);
      t.count(`ALL\tgenre=${d.genre}`, true);
      t.count(`ALL\thint=${d.lang3 ? 'yes' : 'no'}`, true);
    }
  }
  for (const d of clean) console.log(`--- CLEAN ${d.loc} ${d.lang3 ?? '(no hint)'} ${d.genre}\n${d.text}`);
  console.log(
    `\n${docs.length} texts, ${docs.reduce((a, d) => a + d.spans.length, 0)} values, ${clean.length} clean texts`,
  );
  for (const [k, [, n]] of [...t.stats].sort()) console.log(`${k}\t${n}`);
} else if (engine) {
  const t = tally();
  for (const d of docs) {
    const found = await engine.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
    let allHit = true;
    for (const s of d.spans) {
      const ok = covered(d.text, s.start, s.end, found);
      const typed = covered(
        d.text,
        s.start,
        s.end,
        found.filter((e) => s.accept.includes(e.type)),
      );
      allHit &&= ok;
      t.count(`${s.type}\t*`, ok);
      t.count('ALL\t*', ok);
      t.count('ALL\ttyped', typed);
      t.count(`${s.type}\ttyped`, typed);
      t.count(`${s.type}\tobf=${s.tf.join('+') || 'plain'}`, ok);
      for (const f of s.tf.length ? s.tf : ['plain']) t.count(`ALL\tobf=${f}`, ok);
      t.count(`ALL\tlang=${d.loc}`, ok);
      t.count(`${s.type}\tlang=${d.loc}`, ok);
      t.count(`ALL\tgenre=${d.genre}`, ok);
      t.count(`ALL\thint=${d.lang3 ? 'yes' : 'no'}`, ok);
      if (SHOW && !ok) {
        const [a, z] = [Math.max(0, s.start - 60), Math.min(d.text.length, s.end + 60)];
        const near = found.filter((e) => e.end > a && e.start < z).map((e) => `${e.type}:${e.text}`);
        console.log(
          `LEAK ${s.type} ${s.tf.join('+') || 'plain'} ${d.loc} ${JSON.stringify(s.text)} ${JSON.stringify(d.text.slice(a, z))} [${near.join(', ')}]`,
        );
      }
    }
    if (d.spans.length > 0) t.count('TEXT\tevery value hidden', allHit);
  }
  t.print();
  const byType = new Map<string, number>();
  let total = 0;
  for (const d of clean) {
    const found = await engine.detect(d.text, d.lang3 ? { language: d.lang3 } : {});
    for (const e of found) {
      total++;
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      if (SHOW) console.log(`  FALSE ${d.loc} ${e.type}: ${e.text}`);
    }
  }
  const per = (n: number) => ((100 * n) / Math.max(1, clean.length)).toFixed(1);
  console.log(`false entities on ${clean.length} clean texts: ${total} = ${per(total)} per 100 texts`);
  for (const [k, n] of [...byType].sort()) console.log(`  type=${k}\t${n}\t${per(n)} per 100`);
}
