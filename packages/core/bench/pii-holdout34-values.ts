/**
 * Hold-out 34 values: a seeded PRNG and generators of valid, realistic personal values per language/region
 * (names, e-mails, phones checked with libphonenumber-js/max, street addresses, Luhn cards, mod-97 IBANs with the
 * national check digits where cheap (ES, FR, IT, PT), IPv4/IPv6, dates of birth, Spanish DNI/NIE, Dutch BSN).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32, seeded through splitmix32. */
export function sfc32(seed: number): Rand {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'tr'] as const;
export type Lang = (typeof LANGS)[number];
export const ISO3: Record<Lang, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  pl: 'pol',
  sv: 'swe',
  tr: 'tur',
};
/** Region of a language's values; English is split between the US, the UK and Ireland per message. */
export const REGION: Record<Exclude<Lang, 'en'>, string> = {
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  pl: 'PL',
  sv: 'SE',
  tr: 'TR',
};

// ---------------------------------------------------------------- names ("Given/Nick", f = female)
const GIVEN: Record<Lang, string[]> = {
  en: 'James Olivia:f Michael Emma:f Daniel Sophie:f Robert/Bob William/Bill Katherine/Kate:f Elizabeth/Liz:f Thomas/Tom Jennifer/Jen:f Christopher/Chris Priya:f Aisha:f Connor Siobhan:f Marcus Grace:f Nathaniel/Nate'.split(
    ' ',
  ),
  de: 'Lukas Anna:f Johannes/Hannes Katharina/Kathi:f Maximilian/Max Sabine:f Jürgen Franziska/Franzi:f Tobias/Tobi Ursula/Uschi:f Felix Leonie:f'.split(
    ' ',
  ),
  fr: 'Camille:f Julien Élodie:f Mathieu Sébastien/Seb Nathalie:f Guillaume Aurélie:f François Manon:f Théo Margaux:f'.split(
    ' ',
  ),
  es: 'Francisco/Paco José/Pepe María:f Lucía:f Alejandro/Álex Carmen:f Javier Guadalupe/Lupe:f Sergio Nuria:f Ignacio/Nacho Rocío:f'.split(
    ' ',
  ),
  it: 'Giuseppe/Beppe Francesca/Franci:f Alessandro/Ale Giulia:f Lorenzo Chiara:f Matteo Federica/Fede:f Salvatore/Totò Elena:f Davide Martina:f'.split(
    ' ',
  ),
  nl: 'Daan Sanne:f Jeroen Femke:f Willem/Wim Johannes/Hans Anouk:f Bram Lotte:f Maarten Eline:f Sven'.split(' '),
  pt: 'João Ana:f Pedro Beatriz/Bia:f Tiago Inês:f Rui Mariana:f Gonçalo Catarina:f Francisco/Chico Margarida/Guida:f'.split(
    ' ',
  ),
  pl: 'Katarzyna/Kasia:f Małgorzata/Gosia:f Piotr Tomasz/Tomek Agnieszka:f Krzysztof Aleksandra/Ola:f Michał Magdalena/Magda:f Paweł Joanna/Asia:f Łukasz'.split(
    ' ',
  ),
  sv: 'Erik Anna:f Lars Karin:f Johan Maja:f Oskar Ingrid:f Mikael/Micke Elin:f Gustav Astrid:f'.split(' '),
  tr: 'Mehmet Ayşe:f Mustafa Fatma:f Emre Zeynep:f Burak Elif:f Hüseyin Özge:f Can Şeyma:f'.split(' '),
};
const FAMILY: Record<Lang, string[]> = {
  en: "Thompson O'Connor Patel Walker Nguyen Fitzgerald Hughes Carter Okafor Bennett Murphy Sullivan Reyes Whitfield Kowalski Abernathy".split(
    ' ',
  ),
  de: 'Müller Schneider Wagner Becker Hoffmann Schäfer Koch Richter Krüger Weißmann Zimmermann Fröhlich Neumann'.split(
    ' ',
  ),
  fr: 'Dubois Lefèvre Moreau Girard Fontaine Rousseau Lambert Mercier Chevalier Faure Bonnet'.split(' '),
  es: 'García_López Fernández Martínez_Ruiz Sánchez Romero Navarro_Gil Domínguez Iglesias Castillo Ortega_Vidal'.split(
    ' ',
  ),
  it: 'Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo De_Luca Conti'.split(' '),
  nl: 'de_Vries Jansen van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder van_Dijk Bos Vermeulen'.split(' '),
  pt: 'Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves Carvalho'.split(' '),
  pl: 'Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Nowak Mazur Krawczyk'.split(
    ' ',
  ),
  sv: 'Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Bergström Lundgren Sjöberg Holm Åkesson'.split(' '),
  tr: 'Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç'.split(' '),
};

export interface Person {
  given: string;
  nick?: string;
  family: string;
}
export function person(r: Rand, lang: Lang): Person {
  const [g, f] = choose(r, GIVEN[lang]).split(':');
  const [given, nick] = g.split('/');
  let family = choose(r, FAMILY[lang]).replaceAll('_', ' ');
  if (lang === 'pl' && f) family = family.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  return { given, nick, family };
}

// ---------------------------------------------------------------- e-mail
const DOMAINS: Record<Lang, string[]> = {
  en: 'gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com btinternet.com protonmail.com comcast.net'.split(' '),
  de: 'gmx.de web.de t-online.de gmail.com posteo.de outlook.de'.split(' '),
  fr: 'orange.fr free.fr laposte.net gmail.com sfr.fr hotmail.fr'.split(' '),
  es: 'gmail.com hotmail.es yahoo.es telefonica.net outlook.es'.split(' '),
  it: 'libero.it gmail.com virgilio.it alice.it tiscali.it'.split(' '),
  nl: 'ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl'.split(' '),
  pt: 'sapo.pt gmail.com hotmail.com netcabo.pt'.split(' '),
  pl: 'wp.pl o2.pl onet.pl interia.pl gmail.com'.split(' '),
  sv: 'telia.com gmail.com hotmail.se outlook.com bredband.net'.split(' '),
  tr: 'gmail.com hotmail.com yandex.com.tr outlook.com'.split(' '),
};
const WORK =
  'northwind-logistics.com stadtwerke-nord.de brightpath.io cabinet-avocats.fr grupo-ibera.es studio-tecnico.it'.split(
    ' ',
  );
export const ascii = (s: string) =>
  s
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
export interface Email {
  local: string;
  domain: string;
}
export function email(r: Rand, lang: Lang, p: Person): Email {
  const g = ascii(p.given);
  const f = ascii(p.family.split(' ').at(-1) ?? p.family);
  const n = ascii(p.nick ?? p.given);
  const local = choose(r, [
    `${g}.${f}`,
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${g}${f}${pad(int(r, 60, 99))}`,
    `${g}_${f}`,
    `${f}.${g[0]}`,
    `${n}${int(r, 1, 999)}`,
    `${n}.${f}`,
  ]);
  return { local, domain: r() < 0.1 ? choose(r, WORK) : choose(r, DOMAINS[lang]) };
}

// ---------------------------------------------------------------- phone
/** National patterns: X any digit, N 2-9, [..] one of. Every draw is checked with libphonenumber-js/max. */
const PHONE: Record<string, string[]> = {
  US: [
    '212NXXXXXX',
    '312NXXXXXX',
    '415NXXXXXX',
    '617NXXXXXX',
    '206NXXXXXX',
    '512NXXXXXX',
    '303NXXXXXX',
    '404NXXXXXX',
    '614NXXXXXX',
    '919NXXXXXX',
  ],
  GB: ['07[4579]XXXXXXXX', '07[4579]XXXXXXXX', '0207NXXXXXX', '0161NXXXXXX', '0113NXXXXXX'],
  IE: ['08[35679]NXXXXXX', '08[35679]NXXXXXX', '01NXXXXXX', '021NXXXXXX'],
  DE: [
    '0151XXXXXXXX',
    '0160XXXXXXX',
    '0170XXXXXXX',
    '0176XXXXXXXX',
    '0157XXXXXXXX',
    '030NXXXXXXX',
    '089NXXXXXX',
    '0221NXXXXXX',
  ],
  FR: ['06XXXXXXXX', '07[5-9]XXXXXXX', '01NXXXXXXX', '04NXXXXXXX'],
  ES: ['6XXXXXXXX', '6XXXXXXXX', '7[1-4]XXXXXXX', '91NXXXXXX', '93NXXXXXX'],
  IT: ['3[2-9]XXXXXXXX', '3[2-9]XXXXXXXX', '06NXXXXXXX', '02NXXXXXXX'],
  NL: ['06[1-5]XXXXXXX', '06[1-5]XXXXXXX', '020NXXXXXX', '010NXXXXXX'],
  PT: ['9[1236]XXXXXXX', '9[1236]XXXXXXX', '21NXXXXXX', '22NXXXXXX'],
  PL: ['5[0137]XXXXXXX', '6[069]XXXXXXX', '7[2389]XXXXXXX', '88XXXXXXX', '22NXXXXXX'],
  SE: ['07[0236]XXXXXXX', '07[0236]XXXXXXX', '08NXXXXXX', '031NXXXXXX'],
  TR: ['05[3-5]XXXXXXXX', '05[3-5]XXXXXXXX', '0212NXXXXXX', '0216NXXXXXX'],
};
function fromPattern(r: Rand, p: string) {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === 'X') out += int(r, 0, 9);
    else if (c === 'N') out += int(r, 2, 9);
    else if (c === '[') {
      const j = p.indexOf(']', i);
      const set = p.slice(i + 1, j).replace(/(\d)-(\d)/g, (_, a, b) => {
        let s = '';
        for (let k = Number(a); k <= Number(b); k++) s += k;
        return s;
      });
      out += choose(r, set.split(''));
      i = j;
    } else out += c;
  }
  return out;
}
export interface Phone {
  region: string;
  cc: string;
  nsn: string;
  national: string;
  intl: string;
  e164: string;
}
export function phone(r: Rand, region: string): Phone {
  for (let tries = 0; tries < 200; tries++) {
    const n = fromPattern(r, choose(r, PHONE[region]));
    const p = parsePhoneNumberFromString(n, region as 'DE');
    if (!p?.isValid() || p.country !== region) continue;
    return {
      region,
      cc: p.countryCallingCode,
      nsn: p.nationalNumber,
      national: p.formatNational(),
      intl: p.formatInternational(),
      e164: p.number,
    };
  }
  throw new Error(`no valid phone for ${region}`);
}

// ---------------------------------------------------------------- cards (Luhn)
export function luhnDigit(body: string) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(r: Rand): string {
  const [prefix, len] = choose(r, [
    ['4', 16],
    ['4', 16],
    ['4', 16],
    [`5${int(r, 1, 5)}`, 16],
    [`5${int(r, 1, 5)}`, 16],
    [`2${int(r, 3, 6)}`, 16],
    [`3${choose(r, ['4', '7'])}`, 15],
    ['6011', 16],
  ] as const);
  const body = prefix + digits(r, len - 1 - prefix.length);
  return body + luhnDigit(body);
}
export const cardGroups = (c: string) =>
  c.length === 15 ? [c.slice(0, 4), c.slice(4, 10), c.slice(10)] : (c.match(/.{1,4}/g) ?? []);

// ---------------------------------------------------------------- IBAN (mod 97)
const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) m = (m * (/\d/.test(ch) ? 10 : 100) + Number.parseInt(ch, 36)) % 97;
  return m;
};
function esDc(s: string) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = 11 - ([...s].reduce((a, c, i) => a + Number(c) * w[i], 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}
function itCin(s: string) {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  [...s].forEach((c, i) => {
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[v] : v;
  });
  return String.fromCharCode(65 + (sum % 26));
}
function bban(r: Rand, cc: string): string {
  switch (cc) {
    case 'DE':
      return digits(r, 18);
    case 'GB':
      return choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 14);
    case 'IE':
      return choose(r, ['AIBK', 'BOFI']) + digits(r, 14);
    case 'FR': {
      const b = `${int(r, 10000, 30099)}${digits(r, 5)}${digits(r, 11)}`;
      const key = 97n - ((89n * BigInt(b.slice(0, 5)) + 15n * BigInt(b.slice(5, 10)) + 3n * BigInt(b.slice(10))) % 97n);
      return b + pad(Number(key));
    }
    case 'ES': {
      const bank = choose(r, ['2100', '0049', '0182', '0075', '2038', '1465']);
      const branch = digits(r, 4);
      const acct = digits(r, 10);
      return bank + branch + esDc(`00${bank}${branch}`) + esDc(acct) + acct;
    }
    case 'IT': {
      const rest = `0${int(r, 1000, 8999)}${digits(r, 5)}${digits(r, 12)}`;
      return itCin(rest) + rest;
    }
    case 'NL':
      return choose(r, ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + digits(r, 10);
    case 'PT': {
      const b = choose(r, ['0033', '0035', '0007', '0010', '0036']) + digits(r, 15);
      return b + pad(Number(98n - ((BigInt(b) * 100n) % 97n)));
    }
    case 'PL':
      return `${choose(r, ['1020', '1140', '1090', '2490', '1160'])}${digits(r, 20)}`;
    case 'SE':
      return `${choose(r, ['500', '800', '300', '600'])}${digits(r, 17)}`;
    default:
      return `${choose(r, ['00010', '00062', '00046', '00111'])}0${digits(r, 16)}`; // TR
  }
}
export function iban(r: Rand, cc: string): string {
  const b = bban(r, cc);
  return `${cc}${pad(98 - mod97(`${b}${cc}00`))}${b}`;
}
export const ibanOk = (s: string) => mod97(s.slice(4) + s.slice(0, 4)) === 1;

// ---------------------------------------------------------------- IP
export function ip(r: Rand): string {
  if (r() < 0.15) {
    const h = () => int(r, 0, 0xffff).toString(16);
    return `${choose(r, ['2a02', '2a01', '2001', '2a00', '2600', '2804'])}:${h()}:${h()}:${h()}::${h()}`;
  }
  if (r() < 0.15) return `192.168.${choose(r, [0, 1, 1, 178, 2])}.${int(r, 2, 254)}`;
  const first = choose(
    r,
    [31, 46, 62, 77, 79, 81, 84, 86, 88, 91, 93, 95, 109, 141, 145, 176, 178, 185, 188, 193, 212, 213, 217, 24, 73, 98],
  );
  return `${first}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

// ---------------------------------------------------------------- date of birth
export interface Dob {
  y: number;
  m: number;
  d: number;
}
export const dob = (r: Rand): Dob => ({ y: int(r, 1946, 2006), m: int(r, 1, 12), d: int(r, 1, 28) });

// ---------------------------------------------------------------- national ids
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rand): string {
  if (r() < 0.15) {
    const p = choose(r, ['X', 'Y', 'Z']);
    const body = digits(r, 7);
    return p + body + DNI_LETTERS[Number(`${'XYZ'.indexOf(p)}${body}`) % 23];
  }
  const n = int(r, 1000000, 79999999);
  return pad(n, 8) + DNI_LETTERS[n % 23];
}
export function bsn(r: Rand): string {
  for (;;) {
    const b = String(int(r, 1, 9)) + digits(r, 7);
    const c = [...b].reduce((a, d, i) => a + Number(d) * (9 - i), 0) % 11;
    if (c < 10) return b + c;
  }
}
