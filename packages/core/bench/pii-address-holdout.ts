/**
 * HOLD-OUT address set, written after the recognizer and never used to tune it: street names from surnames of other
 * locales (de_AT, fr_CH, es_MX, it, nl_BE, pl, pt_BR, en_AU), places from GeoNames localized names, other formats
 * (units, abbreviations, "bis", "Nr.", ranges, country-prefixed and glued postcodes, line breaks, lowercase chat) and
 * other carrier sentences. Then false hits: ADDRESS entities found in clean text — the everyday prompts fixture and
 * STS-B machine-translated sentences (news and captions; an entity there is counted as false unless it is an address).
 * Usage: node packages/core/bench/pii-address-holdout.ts [../shared/data] [perLang=150] [seed=2024]
 */
import { readFileSync } from 'node:fs';
import { createPiiEngine } from '../src/pii/index.ts';
import { addressInCarrier } from './address-coverage.ts';

const data = process.argv[2] ?? '../shared/data';
const perLang = Number(process.argv[3] ?? 150);
let x = Number(process.argv[4] ?? 2024) | 1;
const rnd = () => {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (x >>> 0) / 4294967296;
};
const one = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const n = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
const d = (k: number) => Array.from({ length: k }, () => n(0, 9)).join('');
const surnames = (locale: string): string[] =>
  JSON.parse(readFileSync(`${data}/ner/faker_lexicons/${locale}.json`, 'utf8')).last_name.filter((s: string) =>
    /^\p{Lu}[\p{Ll}]+$/u.test(s),
  );
const geo = JSON.parse(readFileSync(`${data}/ner/geonames_city_names/geonames_localized_names.json`, 'utf8'));
const cities = (lang: string): string[] =>
  Object.entries(geo[lang] ?? {})
    .filter(([id, name]) => /^\d+$/.test(id) && /^\p{Lu}[\p{L} -]+$/u.test(name as string))
    .map(([, name]) => name as string);

const S = {
  en: surnames('en_AU'),
  de: surnames('de_AT'),
  fr: surnames('fr_CH'),
  es: surnames('es_MX'),
  it: surnames('it'),
  nl: surnames('nl_BE'),
  pl: surnames('pl'),
  pt: surnames('pt_BR'),
};
const C = Object.fromEntries(Object.keys(S).map((l) => [l, cities(l)])) as Record<keyof typeof S, string[]>;
const hn = () =>
  one([`${n(1, 99)}`, `${n(100, 999)}`, `${n(1, 60)}${one(['a', 'b', 'c'])}`, `${n(2, 40)}-${n(41, 60)}`]);

const GEN: Record<keyof typeof S, () => string> = {
  en: () =>
    one([
      () =>
        `Flat ${n(1, 9)}, ${n(1, 300)} ${one(S.en)} ${one(['Lane', 'Road', 'Street', 'Avenue'])}, ${one(C.en)} ${one(['BS', 'CF', 'G', 'L'])}${n(1, 30)} ${n(1, 9)}${one(['DJ', 'PF', 'UW'])}`,
      () =>
        `${n(1, 3000)} ${one(S.en)} ${one(['Ave', 'St', 'Rd', 'Blvd'])}, ${one(C.en)}, ${one(['NY', 'CA', 'WA', 'FL'])} ${d(5)}`,
      () => `Apt ${n(1, 20)}${one(['A', 'B'])}, ${n(100, 999)} ${one(S.en)} Drive`,
      () => `PO Box ${n(1, 9999)}`,
      () =>
        `${n(1, 200)} ${one(S.en)} Street\n${one(C.en)}\n${one(['SW', 'EC', 'W'])}${n(1, 9)} ${n(1, 9)}${one(['AA', 'HX'])}`,
    ])(),
  de: () =>
    one([
      () => `${one(S.de)}allee ${hn()}, ${d(5)} ${one(C.de)}`,
      () => `${one(S.de)}str. ${hn()}`,
      () => `${one(S.de)}straße Nr. ${n(1, 200)}`,
      () => `${one(S.de)}weg ${hn()}\n${d(5)} ${one(C.de)}`,
      () => `Postfach ${d(6)}, D-${d(5)} ${one(C.de)}`,
      () => `${one(C.de).split(' ')[0]}er Straße ${hn()}`,
    ])(),
  fr: () =>
    one([
      () => `${n(1, 99)} bis, avenue ${one(S.fr)}, ${d(5)} ${one(C.fr)}`,
      () => `${n(1, 200)} bd ${one(S.fr)}`,
      () => `${n(1, 99)} allée des ${one(S.fr)}s, ${d(5)} ${one(C.fr)}`,
      () => `Boîte postale ${n(1, 999)}, ${d(5)} ${one(C.fr)}`,
      () => `${n(1, 99)}, impasse ${one(S.fr)}\nF-${d(5)} ${one(C.fr)}`,
    ])(),
  es: () =>
    one([
      () => `Avda. de ${one(S.es)} ${n(1, 200)}, ${n(1, 9)}º ${one(['A', 'B'])}, ${d(5)} ${one(C.es)}`,
      () => `C/ ${one(S.es)}, ${n(1, 99)}`,
      () => `Plaza de ${one(S.es)}, ${n(1, 20)}, ${d(5)} ${one(C.es)}`,
      () => `Apartado de Correos ${n(1, 9999)}`,
      () => `Camino ${one(S.es)} s/n, ${one(C.es)}`,
    ])(),
  it: () =>
    one([
      () => `Viale ${one(S.it)} ${n(1, 200)}, ${d(5)} ${one(C.it)} (${one(['RM', 'MI', 'TO'])})`,
      () => `Piazza ${one(S.it)}, ${n(1, 40)}`,
      () => `Corso ${one(S.it)} ${n(1, 300)}/${one(['A', 'B'])}`,
      () => `Casella Postale ${n(1, 999)}, ${d(5)} ${one(C.it)}`,
      () => `Vicolo ${one(S.it)} ${n(1, 30)}`,
    ])(),
  nl: () =>
    one([
      () => `${one(S.nl)}straat ${hn()}, ${n(1, 9)}${d(3)}${one(['AB', 'KP', 'TR'])} ${one(C.nl)}`,
      () => `${one(S.nl)}weg ${n(1, 90)}${one(['', 'a', 'bis'])}`,
      () => `Postbus ${n(1, 9999)}, ${n(1, 9)}${d(3)} ${one(['AA', 'BX'])} ${one(C.nl)}`,
      () => `${one(S.nl)}laan ${n(1, 300)}\n${n(1, 9)}${d(3)} ${one(['CD', 'EF'])} ${one(C.nl)}`,
    ])(),
  pl: () =>
    one([
      () => `ul. ${one(S.pl)} ${n(1, 99)} m. ${n(1, 40)}, ${d(2)}-${d(3)} ${one(C.pl)}`,
      () => `al. ${one(S.pl)} ${n(1, 99)}/${n(1, 99)}`,
      () => `os. ${one(S.pl)} ${n(1, 30)}`,
      () => `skrytka pocztowa ${n(1, 999)}, ${d(2)}-${d(3)} ${one(C.pl)}`,
      () => `ulica ${one(S.pl)} ${n(1, 120)}`,
    ])(),
  pt: () =>
    one([
      () => `Av. da ${one(S.pt)}, ${n(1, 300)}, ${n(1, 9)}${d(3)}-${d(3)} ${one(C.pt)}`,
      () => `Rua do ${one(S.pt)} ${n(1, 99)}, ${n(1, 5)}.º Esq.`,
      () => `Largo do ${one(S.pt)} ${n(1, 30)}`,
      () => `Apartado ${n(1, 999)}, ${n(1, 9)}${d(3)}-${d(3)} ${one(C.pt)}`,
      () => `Praça ${one(S.pt)}, ${n(1, 20)}`,
    ])(),
};
const CARRY: Record<keyof typeof S, string[]> = {
  en: [
    'pls send the invoice to {a} asap',
    'Delivery:\n{a}',
    'new address -> {a}',
    'can you check if {a} is in zone 2?',
  ],
  de: ['Rechnung bitte an {a}', 'neue Anschrift: {a}', 'schick das Paket an {a}, danke', 'Wir sind umgezogen: {a}'],
  fr: ['envoie la facture au {a} stp', 'Livraison : {a}', 'Nouvelle adresse -> {a}', 'le colis doit aller au {a}'],
  es: ['manda la factura a {a} porfa', 'Entrega: {a}', 'nueva dirección -> {a}', 'el paquete va a {a}'],
  it: ['manda la fattura a {a} grazie', 'Consegna: {a}', 'nuovo indirizzo -> {a}', 'il pacco va in {a}'],
  nl: ['stuur de factuur naar {a} graag', 'Levering: {a}', 'nieuw adres -> {a}', 'het pakket gaat naar {a}'],
  pl: ['wyślij fakturę na {a} dzięki', 'Dostawa: {a}', 'nowy adres -> {a}', 'paczka idzie na {a}'],
  pt: ['manda a fatura para {a} por favor', 'Entrega: {a}', 'nova morada -> {a}', 'o pacote vai para {a}'],
};

const engine = createPiiEngine();
console.log(
  'hold-out address set: recall (no letter or digit of the address outside an ADDRESS entity); lower = all lowercase',
);
for (const lang of Object.keys(GEN) as (keyof typeof S)[]) {
  let hit = 0;
  let lowerHit = 0;
  let lowerN = 0;
  const misses: string[] = [];
  for (let i = 0; i < perLang; i++) {
    let a = GEN[lang]();
    const lower = rnd() < 0.15;
    if (lower) a = a.toLowerCase();
    const { ok, text } = await addressInCarrier(engine, one(CARRY[lang]), a);
    if (lower) {
      lowerN++;
      if (ok) lowerHit++;
    } else if (ok) hit++;
    if (!ok && misses.length < 6) misses.push(JSON.stringify(text));
  }
  const upper = perLang - lowerN;
  console.log(
    `${lang}\t${((100 * hit) / upper).toFixed(1)}%\t${upper}\tlower ${((100 * lowerHit) / Math.max(1, lowerN)).toFixed(1)}%\t${lowerN}${process.env.SHOW ? `\t${misses.join(' ')}` : ''}`,
  );
}

// False hits on clean text
const clean: [string, string][] = readFileSync(
  new URL('../../cli/test/fixtures/everyday-prompts.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .map((r) => [`everyday-${r.lang}`, r.text]);
for (const lang of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']) {
  const rows = readFileSync(`${data}/paraphrase/stsb-multi-mt/data/stsb-${lang}-test.csv`, 'utf8').split(/\r?\n/);
  for (const row of rows) {
    const m = /^"?(.*?)"?,"?(.*?)"?,[\d.]+$/.exec(row);
    if (m) clean.push([`stsb-${lang}`, m[1]]);
  }
}
for (const lang of ['de', 'en', 'es', 'nl', 'pl']) {
  let sentence: string[] = [];
  for (const line of readFileSync(`${data}/ner/wikiann/${lang}/test.conllu`, 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (parts.length === 3) sentence.push(parts[1]);
    else if (sentence.length) {
      clean.push([`wikiann-${lang}`, sentence.join(' ')]);
      sentence = [];
    }
  }
}
for (const line of readFileSync(`${data}/injection/gpteacher_general.jsonl`, 'utf8').split('\n')) {
  if (line) clean.push(['gpteacher-en', JSON.parse(line).text]);
}
const fp = new Map<string, [number, number, string[]]>();
for (const [set, text] of clean) {
  const s = fp.get(set) ?? [0, 0, []];
  s[1]++;
  for (const e of await engine.detect(text)) {
    if (e.type !== 'ADDRESS') continue;
    s[0]++;
    if (s[2].length < 12) s[2].push(`${e.text} <= ${text.slice(Math.max(0, e.start - 60), e.end + 40)}`);
  }
  fp.set(set, s);
}
console.log('ADDRESS entities on clean text (per 1,000 texts)');
for (const [set, [k, total, ex]] of [...fp].sort()) {
  console.log(`${set}\t${k}\t${total}\t${((1000 * k) / total).toFixed(2)}${ex.length ? `\t${ex.join(' | ')}` : ''}`);
}
