/**
 * Localized pieces of hold-out 14 (off-platform contact evasion), written blind (without reading the recognizers,
 * the docs, the tests or the other corpora): digit words, "at"/"dot" words, the phrases people put between the two
 * halves of a split value, asides in parentheses, "read it backwards", "replace # with @", name splits.
 */
import type { Lang } from './pii-holdout14-values.ts';

export const NUM: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
};

export const PLUS: Record<Lang, string> = {
  en: 'plus',
  de: 'plus',
  fr: 'plus',
  es: 'más',
  it: 'più',
  pt: 'mais',
  nl: 'plus',
  pl: 'plus',
  ru: 'плюс',
  tr: 'artı',
};

export const AT: Record<Lang, string[]> = {
  en: ['(at)', '[at]', 'at', '{at}'],
  de: ['(at)', 'ät', '[at]', 'Klammeraffe'],
  fr: ['(at)', 'arobase', '[arobase]', 'at'],
  es: ['(arroba)', 'arroba', '[at]', '(at)'],
  it: ['(at)', 'chiocciola', '[chiocciola]', 'at'],
  pt: ['(arroba)', 'arroba', '[at]', '(at)'],
  nl: ['(at)', 'apenstaartje', '[at]', 'at'],
  pl: ['(at)', 'małpa', '[małpa]', 'at'],
  ru: ['собака', '(собака)', '(at)', 'at'],
  tr: ['(at)', 'et', '[at]', '(et işareti)'],
};

export const DOT: Record<Lang, string[]> = {
  en: ['(dot)', 'dot', '[dot]'],
  de: ['(punkt)', 'punkt', '[dot]'],
  fr: ['(point)', 'point', '[dot]'],
  es: ['(punto)', 'punto', '[dot]'],
  it: ['(punto)', 'punto', '[dot]'],
  pt: ['(ponto)', 'ponto', '[dot]'],
  nl: ['(punt)', 'punt', '[dot]'],
  pl: ['(kropka)', 'kropka', '[dot]'],
  ru: ['(точка)', 'точка', '[dot]'],
  tr: ['(nokta)', 'nokta', '[dot]'],
};

/** [before the first part, between the parts, after the second part]. */
export const SPLIT: Record<Lang, [string, string, string][]> = {
  en: [
    ['first part ', ', rest is ', ''],
    ['starts with ', '. And then ', ' :)'],
    ['', ' ... the app cuts it, second half: ', ''],
  ],
  de: [
    ['erster Teil ', ', der Rest ', ''],
    ['fängt an mit ', '. Danach kommt ', ' ;)'],
    ['', ' ... die App schneidet es ab, zweite Hälfte: ', ''],
  ],
  fr: [
    ['début ', ', la suite ', ''],
    ['ça commence par ', '. Et après ', ' ;)'],
    ['', ' … le site coupe, la fin : ', ''],
  ],
  es: [
    ['primera parte ', ', el resto ', ''],
    ['empieza por ', '. Y luego ', ' jaja'],
    ['', ' … la app lo corta, la segunda mitad: ', ''],
  ],
  it: [
    ['prima parte ', ', il resto ', ''],
    ['inizia con ', '. Poi ', ' ;)'],
    ['', ' … il sito lo taglia, seconda parte: ', ''],
  ],
  pt: [
    ['primeira parte ', ', o resto ', ''],
    ['começa com ', '. Depois ', ' kkk'],
    ['', ' … o app corta, a segunda metade: ', ''],
  ],
  nl: [
    ['eerste deel ', ', de rest ', ''],
    ['begint met ', '. Daarna ', ' ;)'],
    ['', ' … de site knipt het af, tweede helft: ', ''],
  ],
  pl: [
    ['pierwsza część ', ', reszta ', ''],
    ['zaczyna się od ', '. A potem ', ' :)'],
    ['', ' … portal ucina, druga połowa: ', ''],
  ],
  ru: [
    ['первая часть ', ', остальное ', ''],
    ['начинается на ', '. Дальше ', ' )))'],
    ['', ' … авито режет, вторая половина: ', ''],
  ],
  tr: [
    ['ilk kısım ', ', devamı ', ''],
    ['şununla başlıyor ', '. Sonra ', ' :)'],
    ['', ' … site kesiyor, ikinci yarısı: ', ''],
  ],
};

/** Asides people put in parentheses between the groups. */
export const ASIDE: Record<Lang, string[]> = {
  en: ['(lol)', '(the app hides numbers)', '(no spaces)', '(sorry)', '(yes really)'],
  de: ['(lol)', '(die App blockt Nummern)', '(ohne Leerzeichen)', '(sorry)', '(echt jetzt)'],
  fr: ['(mdr)', '(le site bloque les numéros)', '(sans espaces)', '(désolé)', '(oui oui)'],
  es: ['(jaja)', '(la app bloquea los números)', '(sin espacios)', '(perdona)', '(en serio)'],
  it: ['(ahah)', '(il sito blocca i numeri)', '(senza spazi)', '(scusa)', '(sì davvero)'],
  pt: ['(kkk)', '(o app bloqueia números)', '(sem espaços)', '(desculpa)', '(sério)'],
  nl: ['(haha)', '(de app blokkeert nummers)', '(zonder spaties)', '(sorry)', '(echt waar)'],
  pl: ['(xd)', '(portal blokuje numery)', '(bez spacji)', '(sorki)', '(serio)'],
  ru: ['(ахах)', '(авито блочит номера)', '(без пробелов)', '(извини)', '(да-да)'],
  tr: ['(:D)', '(site numarayı engelliyor)', '(boşluksuz)', '(pardon)', '(ciddiyim)'],
};

export const BACKWARDS: Record<Lang, [string, string][]> = {
  en: [
    ['read it backwards: ', ''],
    ['', ' (reverse it)'],
  ],
  de: [
    ['rückwärts lesen: ', ''],
    ['', ' (umgedreht)'],
  ],
  fr: [
    ["à l'envers : ", ''],
    ['', ' (lire à l’envers)'],
  ],
  es: [
    ['léelo al revés: ', ''],
    ['', ' (al revés)'],
  ],
  it: [
    ['leggi al contrario: ', ''],
    ['', ' (al contrario)'],
  ],
  pt: [
    ['lê de trás pra frente: ', ''],
    ['', ' (ao contrário)'],
  ],
  nl: [
    ['achterstevoren lezen: ', ''],
    ['', ' (omgedraaid)'],
  ],
  pl: [
    ['czytaj od tyłu: ', ''],
    ['', ' (od końca)'],
  ],
  ru: [
    ['читай наоборот: ', ''],
    ['', ' (задом наперёд)'],
  ],
  tr: [
    ['tersten oku: ', ''],
    ['', ' (ters yazdım)'],
  ],
};

/** "replace X with @" hints. */
export const REPLACE: Record<Lang, (sym: string) => string> = {
  en: (s) => ` (replace ${s} with @)`,
  de: (s) => ` (${s} durch @ ersetzen)`,
  fr: (s) => ` (remplace ${s} par @)`,
  es: (s) => ` (cambia ${s} por @)`,
  it: (s) => ` (sostituisci ${s} con @)`,
  pt: (s) => ` (troca ${s} por @)`,
  nl: (s) => ` (vervang ${s} door @)`,
  pl: (s) => ` (zamień ${s} na @)`,
  ru: (s) => ` (${s} замени на @)`,
  tr: (s) => ` (${s} yerine @ koy)`,
};

/** Provider hints with {l} (local part) and {p} (provider name): "gmail without the dot". */
export const PROVIDER: Record<Lang, string[]> = {
  en: ['{l} on {p}, you know the rest', 'my {p} is {l}', '{l} {p} without the dot com'],
  de: ['{l} bei {p}, den Rest kennst du', 'mein {p} ist {l}', '{l} {p} ohne Punkt com'],
  fr: ['{l} chez {p}, tu connais la suite', 'mon {p} c’est {l}', '{l} {p} sans le point com'],
  es: ['{l} en {p}, ya sabes el resto', 'mi {p} es {l}', '{l} {p} sin el punto com'],
  it: ['{l} su {p}, il resto lo sai', 'la mia {p} è {l}', '{l} {p} senza il punto com'],
  pt: ['{l} no {p}, o resto você sabe', 'meu {p} é {l}', '{l} {p} sem o ponto com'],
  nl: ['{l} bij {p}, de rest weet je', 'mijn {p} is {l}', '{l} {p} zonder punt com'],
  pl: ['{l} na {p}, resztę znasz', 'mój {p} to {l}', '{l} {p} bez kropki com'],
  ru: ['{l} на {p}, дальше сам знаешь', 'мой {p} — {l}', '{l} {p} без точки ком'],
  tr: ['{l} {p} üzerinden, gerisini biliyorsun', '{p} adresim {l}', '{l} {p} noktasız com'],
};

/** "My name is {f}. Surname {l}" splits: [before first, between, after]. */
export const NAME_SPLIT: Record<Lang, [string, string, string][]> = {
  en: [
    ['I’m ', '. Surname is ', ', look me up'],
    ['first name ', ', last name ', ''],
  ],
  de: [
    ['ich bin ', '. Nachname ', ', such mich einfach'],
    ['Vorname ', ', Nachname ', ''],
  ],
  fr: [
    ['moi c’est ', '. Nom de famille ', ', cherche-moi'],
    ['prénom ', ', nom ', ''],
  ],
  es: [
    ['soy ', '. Apellido ', ', búscame'],
    ['nombre ', ', apellido ', ''],
  ],
  it: [
    ['sono ', '. Cognome ', ', cercami'],
    ['nome ', ', cognome ', ''],
  ],
  pt: [
    ['sou a/o ', '. Sobrenome ', ', me procura'],
    ['nome ', ', apelido ', ''],
  ],
  nl: [
    ['ik ben ', '. Achternaam ', ', zoek me maar op'],
    ['voornaam ', ', achternaam ', ''],
  ],
  pl: [
    ['jestem ', '. Nazwisko ', ', wyszukaj mnie'],
    ['imię ', ', nazwisko ', ''],
  ],
  ru: [
    ['я ', '. Фамилия ', ', найди меня'],
    ['имя ', ', фамилия ', ''],
  ],
  tr: [
    ['ben ', '. Soyadım ', ', arat beni'],
    ['adım ', ', soyadım ', ''],
  ],
};
