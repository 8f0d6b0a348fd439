/**
 * SECOND hold-out address set, written after the recognizer's last change and run once to report (the first hold-out,
 * pii-address-holdout.ts, was looked at while fixing the recognizer, so it no longer counts as blind). Own formats
 * (Austrian and Swiss postcodes, Cedex, "nº", "andar", "hs", uppercase PO BOX, ZIP+4, "P.zza" …), street names from
 * faker first names, places from GeoNames, own carrier sentences. Same hit rule: no letter or digit of the address
 * outside an ADDRESS entity.
 * Usage: node packages/core/bench/pii-address-holdout2.ts [../shared/data] [perLang=200] [seed=31337]
 */
import { readFileSync } from 'node:fs';
import { createPiiEngine } from '../src/pii/index.ts';
import { addressInCarrier } from './address-coverage.ts';

const data = process.argv[2] ?? '../shared/data';
const perLang = Number(process.argv[3] ?? 200);
let z = Number(process.argv[4] ?? 31337) >>> 0;
const r = () => {
  z = (z + 0x6d2b79f5) >>> 0;
  let t = z;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const any = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const num = (a: number, b: number) => String(a + Math.floor(r() * (b - a + 1)));
const dig = (k: number) => Array.from({ length: k }, () => num(0, 9)).join('');
const first = (l: string): string[] =>
  JSON.parse(readFileSync(`${data}/ner/faker_lexicons/${l}.json`, 'utf8')).first_name.filter((s: string) =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(s),
  );
const geo = JSON.parse(readFileSync(`${data}/ner/geonames_city_names/geonames_localized_names.json`, 'utf8'));
const towns = (l: string): string[] =>
  Object.entries(geo[l] as Record<string, string>)
    .filter(([k, v]) => /^\d+$/.test(k) && /^\p{Lu}[\p{L}-]+$/u.test(v))
    .map(([, v]) => v);
const F = {
  en: first('en'),
  de: first('de'),
  fr: first('fr'),
  es: first('es'),
  it: first('it'),
  nl: first('nl'),
  pl: first('pl'),
  pt: first('pt_PT'),
};
const T = {
  en: towns('en'),
  de: towns('de'),
  fr: towns('fr'),
  es: towns('es'),
  it: towns('it'),
  nl: towns('nl'),
  pl: towns('pl'),
  pt: towns('pt'),
};

const FORMATS: Record<keyof typeof F, (() => string)[]> = {
  en: [
    () =>
      `${num(1, 400)} ${any(F.en)} Road, ${any(T.en)} ${any(['SE', 'NE', 'WC', 'RG'])}${num(1, 19)} ${num(0, 9)}${any(['LB', 'TN', 'WD'])}`,
    () =>
      `${num(100, 9999)} ${any(F.en)} St Apt ${num(1, 40)}, ${any(T.en)}, ${any(['OH', 'GA', 'MA'])} ${dig(5)}-${dig(4)}`,
    () => `PO BOX ${num(1, 99999)}`,
    () => `${num(1, 90)} ${any(F.en)} Avenue`,
  ],
  de: [
    () => `${any(F.de)}straße ${num(1, 150)}\n${num(1, 9)}${dig(4)} ${any(T.de)}`,
    () => `${any(F.de)}gasse ${num(1, 40)}/${num(1, 20)}, A-${num(1, 9)}${dig(3)} Wien`,
    () => `${any(F.de)}weg ${num(1, 90)}, CH-${num(1, 9)}${dig(3)} ${any(T.de)}`,
    () => `${any(F.de)}platz ${num(1, 20)}, ${num(1, 9)}${dig(4)} ${any(T.de)}`,
  ],
  fr: [
    () => `${num(1, 200)}, rue du ${any(F.fr)}, ${num(1, 9)}${dig(4)} ${any(T.fr)} Cedex`,
    () => `${num(1, 90)} chemin des ${any(F.fr)}s`,
    () => `${num(1, 60)} quai ${any(F.fr)}, ${num(1, 9)}${dig(4)} ${any(T.fr)}`,
    () => `${num(1, 150)} avenue du Général ${any(F.fr)}`,
  ],
  es: [
    () => `C/ ${any(F.es)} ${num(1, 120)}, ${num(1, 8)}º ${any(['A', 'B', 'C'])}`,
    () => `Paseo de ${any(F.es)}, ${num(1, 300)}, ${num(1, 5)}${dig(4)} ${any(T.es)}`,
    () => `Ronda de ${any(F.es)} ${num(1, 80)}`,
    () => `Avenida ${any(F.es)}, ${num(1, 200)} - ${num(1, 5)}${dig(4)} ${any(T.es)}`,
  ],
  it: [
    () =>
      `Via ${any(F.it)} ${num(1, 150)}/${any(['A', 'B'])}, ${num(1, 9)}${dig(4)} ${any(T.it)} (${any(['FI', 'NA', 'BO'])})`,
    () => `P.zza ${any(F.it)} ${num(1, 30)}`,
    () => `Largo ${any(F.it)} ${num(1, 20)}, ${num(1, 9)}${dig(4)} ${any(T.it)}`,
    () => `Via dei ${any(F.it)} ${num(1, 99)}`,
  ],
  nl: [
    () =>
      `${any(F.nl)}straat ${num(1, 200)}-${any(['A', 'B'])}, ${num(1, 9)}${dig(3)} ${any(['AB', 'GH', 'RT'])} ${any(T.nl)}`,
    () => `${any(F.nl)}plein ${num(1, 40)}`,
    () => `${any(F.nl)}kade ${num(1, 300)} hs`,
    () => `Postbus ${num(1, 9999)}\n${num(1, 9)}${dig(3)} ${any(['AA', 'BC'])} ${any(T.nl)}`,
  ],
  pl: [
    () => `ul. ${any(F.pl)}a ${num(1, 99)}/${num(1, 60)}, ${dig(2)}-${dig(3)} ${any(T.pl)}`,
    () => `al. ${any(F.pl)} ${num(1, 200)}`,
    () => `pl. ${any(F.pl)} ${num(1, 20)}`,
    () => `os. ${any(F.pl)} ${num(1, 40)} m. ${num(1, 80)}`,
  ],
  pt: [
    () => `Rua ${any(F.pt)} nº ${num(1, 300)}, ${num(1, 9)}${dig(3)}-${dig(3)} ${any(T.pt)}`,
    () => `Avenida ${any(F.pt)}, ${num(1, 200)} - ${num(1, 9)}º andar`,
    () => `Travessa do ${any(F.pt)} ${num(1, 50)}`,
    () => `Praça ${any(F.pt)} ${num(1, 40)}, ${num(1, 9)}${dig(3)}-${dig(3)} ${any(T.pt)}`,
  ],
};
const SAY: Record<keyof typeof F, string[]> = {
  en: ['Hi, please update my address to {a}. Thanks!', '{a}', 'Shipping address:\n{a}'],
  de: ['Hallo, bitte ändern Sie meine Adresse auf {a}. Danke!', '{a}', 'Versandadresse:\n{a}'],
  fr: ['Bonjour, merci de mettre à jour mon adresse : {a}. Merci !', '{a}', 'Adresse de livraison :\n{a}'],
  es: ['Hola, por favor actualicen mi dirección a {a}. ¡Gracias!', '{a}', 'Dirección de envío:\n{a}'],
  it: ['Ciao, aggiornate il mio indirizzo in {a}. Grazie!', '{a}', 'Indirizzo di spedizione:\n{a}'],
  nl: ['Hallo, wilt u mijn adres wijzigen in {a}? Bedankt!', '{a}', 'Verzendadres:\n{a}'],
  pl: ['Dzień dobry, proszę zmienić mój adres na {a}. Dziękuję!', '{a}', 'Adres wysyłki:\n{a}'],
  pt: ['Olá, por favor atualizem a minha morada para {a}. Obrigado!', '{a}', 'Morada de envio:\n{a}'],
};

const engine = createPiiEngine();
console.log('second hold-out address set: recall (no letter or digit of the address outside an ADDRESS entity)');
for (const lang of Object.keys(FORMATS) as (keyof typeof F)[]) {
  let hit = 0;
  const misses: string[] = [];
  for (let i = 0; i < perLang; i++) {
    const a = any(FORMATS[lang])();
    const { ok, text } = await addressInCarrier(engine, any(SAY[lang]), a);
    if (ok) hit++;
    else if (misses.length < 6) misses.push(JSON.stringify(text));
  }
  console.log(
    `${lang}\t${((100 * hit) / perLang).toFixed(1)}%\t${perLang}${process.env.SHOW ? `\t${misses.join(' ')}` : ''}`,
  );
}
