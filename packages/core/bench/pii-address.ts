/**
 * DEVELOPMENT address set (the one the ADDRESS recognizer was tuned on): street names and places from the faker
 * lexicons in ../shared/data, the usual format of each language, a handful of carrier sentences.
 * Prints recall per language (hit = no letter or digit of the address outside an ADDRESS entity).
 * Usage: node packages/core/bench/pii-address.ts [../shared/data] [perLang=150] [seed=7]
 * The hold-out set, written separately and never used for tuning, is bench/pii-address-holdout.ts.
 */
import { readFileSync } from 'node:fs';
import { createPiiEngine } from '../src/pii/index.ts';
import { addressInCarrier } from './address-coverage.ts';

const data = process.argv[2] ?? '../shared/data';
const perLang = Number(process.argv[3] ?? 150);
let seed = Number(process.argv[4] ?? 7) >>> 0;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
const lex = (locale: string) => JSON.parse(readFileSync(`${data}/ner/faker_lexicons/${locale}.json`, 'utf8'));

const en = lex('en');
const gb = lex('en_GB');
const de = lex('de');
const fr = lex('fr');
const es = lex('es');
const it = lex('it');
const nl = lex('nl');
const pl = lex('pl');
const pt = lex('pt_PT');
const house = () => `${int(1, 250)}${rand() < 0.15 ? pick(['a', 'b', 'A']) : ''}`;
const ukPostcode = () =>
  `${pick(['NW', 'SW', 'E', 'N', 'M', 'B', 'LS', 'EH'])}${int(1, 20)} ${int(1, 9)}${pick(['AB', 'XE', 'DL', 'QT', 'HY'])}`;

const GEN: Record<string, () => string> = {
  en: () =>
    pick([
      () => `${house()} ${pick(gb.street_name)}, ${pick(['London', 'Leeds', 'Bristol'])} ${ukPostcode()}`,
      () => `${pick(gb.street_name)} ${house()}, ${pick(['London', 'Leeds'])} ${ukPostcode()}`,
      () =>
        `${int(10, 9999)} ${pick(en.street_name)}, ${pick(['Springfield', 'Austin', 'Denver'])}, ${pick(['IL', 'TX', 'CO'])} ${digits(5)}`,
      () => `P.O. Box ${int(10, 9999)}, ${pick(['Springfield', 'Austin'])}, ${pick(['IL', 'TX'])} ${digits(5)}`,
      () => `${house()} ${pick(en.street_name)}`,
    ])(),
  de: () =>
    pick([
      () => `${pick(de.street_name)} ${house()}, ${int(1, 9)}${digits(4)} ${pick(de.city_name)}`,
      () => `${pick(de.street_name)} ${house()}`,
      () => `Postfach ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}, ${int(1, 9)}${digits(4)} ${pick(de.city_name)}`,
    ])(),
  fr: () =>
    pick([
      () => `${house()} rue ${pick(fr.street_suffix)}, ${int(1, 9)}${digits(4)} ${pick(fr.city_name)}`,
      () =>
        `${house()} ${pick(['avenue', 'boulevard', 'place'])} ${pick(fr.street_suffix)}, ${int(1, 9)}${digits(4)} ${pick(fr.city_name)}`,
      () => `${house()}, rue ${pick(fr.street_suffix)}`,
      () => `BP ${int(10, 999)}, ${int(1, 9)}${digits(4)} ${pick(fr.city_name)}`,
    ])(),
  es: () =>
    pick([
      () =>
        `${pick(['Calle', 'Avenida', 'Paseo'])} ${pick(es.first_name)} ${pick(es.last_name)}, ${house()}, ${int(1, 5)}${digits(4)} ${pick(es.city_name)}`,
      () => `C/ ${pick(es.last_name)} ${house()}`,
      () => `Calle de ${pick(es.last_name)}, ${house()}`,
    ])(),
  it: () =>
    pick([
      () =>
        `${pick(['Via', 'Viale', 'Piazza', 'Corso'])} ${pick(it.last_name)} ${house()}, ${int(1, 9)}${digits(4)} ${pick(it.city_name)}`,
      () => `Via ${pick(it.first_name)} ${pick(it.last_name)}, ${house()}`,
      () => `Casella Postale ${int(1, 999)}, ${int(1, 9)}${digits(4)} ${pick(it.city_name)}`,
    ])(),
  nl: () =>
    pick([
      () =>
        `${pick(nl.last_name)}${pick(nl.street_suffix)} ${house()}, ${int(1, 9)}${digits(3)} ${pick(['AB', 'CJ', 'KL', 'XR'])} ${pick(['Amsterdam', 'Utrecht', 'Den Haag'])}`,
      () => `${pick(nl.last_name)}${pick(nl.street_suffix)} ${house()}`,
      () => `Postbus ${int(1, 9999)}, ${int(1, 9)}${digits(3)} ${pick(['AB', 'CJ'])} ${pick(['Rotterdam', 'Leiden'])}`,
    ])(),
  pl: () =>
    pick([
      () => `ul. ${pick(pl.last_name)} ${house()}, ${digits(2)}-${digits(3)} ${pick(pl.city_name)}`,
      () => `ul. ${pick(pl.last_name)} ${int(1, 99)}/${int(1, 40)}`,
      () => `al. ${pick(pl.last_name)} ${house()}, ${digits(2)}-${digits(3)} ${pick(pl.city_name)}`,
    ])(),
  pt: () =>
    pick([
      () =>
        `Rua ${pick(pt.first_name)} ${pick(pt.last_name)}, ${house()}, ${int(1, 9)}${digits(3)}-${digits(3)} ${pick(pt.city_name)}`,
      () => `Avenida ${pick(pt.last_name)} ${house()}`,
      () => `Travessa ${pick(pt.last_name)}, ${house()}, ${int(1, 9)}${digits(3)}-${digits(3)} ${pick(pt.city_name)}`,
    ])(),
};
const CARRIERS: Record<string, string[]> = {
  en: ['I live at {a}.', 'Please ship it to {a}', 'my address is {a}, thanks'],
  de: ['Ich wohne in der {a}.', 'Lieferadresse: {a}', 'Bitte schicken Sie es an {a}.'],
  fr: ["J'habite au {a}.", 'Adresse : {a}', 'Envoyez-le au {a} svp'],
  es: ['Vivo en {a}.', 'Mi dirección es {a}', 'Envíalo a {a}, gracias'],
  it: ['Abito in {a}.', 'Indirizzo: {a}', 'Spedisci a {a} per favore'],
  nl: ['Ik woon op {a}.', 'Adres: {a}', 'Stuur het naar {a} aub'],
  pl: ['Mieszkam przy {a}.', 'Adres: {a}', 'Proszę wysłać na {a}'],
  pt: ['Moro na {a}.', 'Morada: {a}', 'Envie para {a}, obrigado'],
};

export async function recallBy(gen: Record<string, () => string>, carriers: Record<string, string[]>, n: number) {
  const engine = createPiiEngine();
  const out: Record<string, { hit: number; n: number; misses: string[] }> = {};
  for (const lang of Object.keys(gen)) {
    const s = { hit: 0, n: 0, misses: [] as string[] };
    for (let i = 0; i < n; i++) {
      const a = gen[lang]();
      const { ok, text } = await addressInCarrier(engine, pick(carriers[lang]), a);
      s.n++;
      if (ok) s.hit++;
      else if (s.misses.length < 5) s.misses.push(text);
    }
    out[lang] = s;
  }
  return out;
}

if (import.meta.main) {
  const res = await recallBy(GEN, CARRIERS, perLang);
  console.log('development address set: recall (no letter or digit of the address outside an ADDRESS entity)');
  for (const [lang, s] of Object.entries(res)) {
    console.log(
      `${lang}\t${((100 * s.hit) / s.n).toFixed(1)}%\t${s.n}${process.env.SHOW ? `\t${s.misses.join(' || ')}` : ''}`,
    );
  }
}
