/**
 * TWENTIETH hold-out corpus ("hold-out 20"), written blind (without reading the detector, its recognizers, lexicons,
 * docs, tests or the other hold-out corpora) and committed before any run against the engine.
 * Theme: customer-support and marketplace chats in emerging markets (delivery, e-commerce, ride-hailing, mobile money,
 * banks, telcos) from IN PK BD ID MY PH VN TH NG KE GH ZA EG MA SA AE TR BR MX CO: 1-4 turns, user/agent lines, plain,
 * with speaker labels, with timestamps or as a WhatsApp export named after the customer; English, the local language
 * or a mix, typed the way people type (lower case, slang, emojis), Thai, Arabic, Urdu, Bengali and Devanagari script
 * where natural. Values: PERSON (full, given, nickname, surname after a local form of address; ~1/3 lower case),
 * PHONE (libphonenumber-js/max valid mobiles; local, international, E.164, wa.me-style, native digits), EMAIL,
 * CREDIT_CARD (Luhn), IBAN (mod 97; PK SA AE EG TR BR), ADDRESS (local layouts) and ID_NUMBER (PAN, Aadhaar with
 * Verhoeff, CNIC, CPF, CURP, SA ID with Luhn, TC Kimlik, Saudi ID, Emirates ID, MyKad, NIK).
 * Hit = every letter or digit of the inserted value inside a detected entity (`covered` of tally.ts); typed = an
 * entity of the right type over it (for ID_NUMBER any national-id type). Then false entities per 100 chats of the
 * same genres with no personal data (order and tracking numbers, amounts, dates, brands, places, emphasis, slang).
 * The engine runs with NER (as hold-out 13) and no language hint.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout20.ts [count=900] [seed=2020]
 *   (count valued chats, count/3 clean chats). SHOW=1 prints every leak and every false entity; DRY=1 prints the
 *   texts with the values marked ⟦…⟧ and never creates the engine.
 */
import { type Built, CCS, clean, valued } from './pii-holdout20-compose.ts';
import { prng } from './pii-holdout20-values.ts';
import { covered, tally } from './tally.ts';

const count = Number(process.argv[2] ?? 900);
const seed = Number(process.argv[3] ?? 2020);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;

type Entity = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string): Promise<Entity[]> };
let engine: Engine | undefined;
if (!DRY) {
  const models = await import('../../models/src/index.ts');
  engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
}

const ID_TYPES = new Set(['ID_NUMBER', 'US_SSN', 'DE_TAX_ID', 'ES_DNI', 'NL_BSN', 'UK_NINO', 'FR_INSEE']);
const rightType = (want: string, got: string) =>
  want === 'ID_NUMBER' ? ID_TYPES.has(got) || /(^|_)ID($|_)|NATIONAL/.test(got) : want === got;
const caseOf = (v: string) =>
  v.toLowerCase() === v.toUpperCase() ? 'caseless' : v === v.toLowerCase() ? 'lower' : 'as-typed';
const marked = (b: Built) => {
  let out = '';
  let at = 0;
  const all = b.spans.flatMap((s) => [s, ...(s.also ?? [])]);
  for (const s of all.sort((x, y) => x.start - y.start)) {
    out += `${b.text.slice(at, s.start)}⟦${b.text.slice(s.start, s.end)}⟧`;
    at = s.end;
  }
  return out + b.text.slice(at);
};
const near = (found: Entity[], a: number, b: number) =>
  found.filter((e) => e.end > a - 60 && e.start < b + 60).map((e) => `${e.type}:${e.text}`);

const r = prng(seed);
const { count: add, print } = tally();
const seen = new Map<string, number>();
const outside = new Map<string, number>();
let values = 0;
for (let i = 0; i < count; i++) {
  const b = valued(r, CCS[i % CCS.length]);
  values += b.spans.length;
  if (DRY) {
    console.log(`--- #${i} ${b.cc} ${b.style} [${b.spans.map((s) => `${s.type}:${s.form}`).join(', ')}]\n${marked(b)}`);
    continue;
  }
  const found = (await engine?.detect(b.text)) ?? [];
  let all = true;
  for (const s of b.spans) {
    const places = [s, ...(s.also ?? [])];
    const ok = places.every((p) => covered(b.text, p.start, p.end, found));
    const overAt = (p: { start: number; end: number }) => found.filter((e) => e.start < p.end && p.start < e.end);
    const over = places.flatMap(overAt);
    const typed = ok && places.every((p) => overAt(p).some((e) => rightType(s.type, e.type)));
    all &&= ok;
    const cs = caseOf(s.v);
    for (const key of [
      `${s.type}\t*`,
      `${s.type}\tcc=${b.cc}`,
      `${s.type}\tform=${s.form}`,
      `${s.type}\tcase=${cs}`,
      `${s.type}\tscript=${s.script}`,
      `${s.type}\trole=${s.role}`,
      `ALL\tcc=${b.cc}`,
      `ALL\tcase=${cs}`,
      `ALL\tscript=${s.script}`,
      `ALL\tstyle=${b.style}`,
      `ALL\trole=${s.role}`,
      'ALL\t*',
    ])
      add(key, ok);
    add(`${s.type}\ttyped`, typed);
    add('ALL\ttyped', typed);
    const types = new Set(over.map((e) => e.type));
    if (!types.size) types.add('(none)');
    for (const t of types) seen.set(`${s.type}\t${t}`, (seen.get(`${s.type}\t${t}`) ?? 0) + 1);
    if (!ok && SHOW)
      console.log(
        'LEAK',
        s.type,
        b.cc,
        s.script,
        s.form,
        JSON.stringify(s.v),
        JSON.stringify(b.text.slice(Math.max(0, s.start - 60), s.end + 60)),
        JSON.stringify(near(found, s.start, s.end)),
      );
  }
  add('CHAT\tevery value hidden', all);
  for (const e of found)
    if (!b.spans.flatMap((s) => [s, ...(s.also ?? [])]).some((s) => e.start < s.end && s.start < e.end)) {
      outside.set(e.type, (outside.get(e.type) ?? 0) + 1);
      if (SHOW)
        console.log(
          'OUTSIDE',
          b.cc,
          e.type,
          JSON.stringify(e.text),
          JSON.stringify(b.text.slice(Math.max(0, e.start - 60), e.end + 60)),
        );
    }
}
console.log(`${count} valued chats, ${values} values, ${CCS.length} countries`);
if (!DRY) {
  console.log('hold-out 20 recall (hit: no letter or digit of the value left visible; typed: right type over it)');
  print();
  console.log('entity types found over each value type (values with at least one overlapping entity of that type):');
  for (const [key, c] of [...seen].sort()) console.log(`  ${key}\t${c}`);
  console.log(
    `entities in valued chats outside every inserted value: ${[...outside].map(([t, c]) => `${t} ${c}`).join(', ') || 'none'}`,
  );
}

const rc = prng(seed ^ 0x5eed);
const nClean = Math.round(count / 3);
const falseByType = new Map<string, number>();
const falseByCc = new Map<string, number>();
const shown: string[] = [];
let falseAll = 0;
for (let i = 0; i < nClean; i++) {
  const b = clean(rc, CCS[i % CCS.length]);
  if (DRY) {
    console.log(`--- clean #${i} ${b.cc} ${b.style}\n${b.text}`);
    continue;
  }
  const found = (await engine?.detect(b.text)) ?? [];
  falseAll += found.length;
  for (const e of found) {
    falseByType.set(e.type, (falseByType.get(e.type) ?? 0) + 1);
    falseByCc.set(b.cc, (falseByCc.get(b.cc) ?? 0) + 1);
    shown.push(`${b.cc} ${e.type}: ${e.text}`);
    if (SHOW)
      console.log(
        'FALSE',
        b.cc,
        e.type,
        JSON.stringify(e.text),
        JSON.stringify(b.text.slice(Math.max(0, e.start - 60), e.end + 60)),
      );
  }
}
if (DRY) console.log(`${nClean} clean chats (not run in DRY mode)`);
else {
  const per = (n: number) => ((100 * n) / nClean).toFixed(1);
  console.log(`false entities on ${nClean} clean chats: ${falseAll} = ${per(falseAll)} per 100 chats`);
  for (const [t, n] of [...falseByType].sort()) console.log(`  type=${t}\t${n}\t${per(n)} per 100`);
  for (const [c, n] of [...falseByCc].sort()) console.log(`  cc=${c}\t${n}`);
  for (const s of shown) console.log(`  ${s}`);
}
