/**
 * Values of hold-out 14 (off-platform contact evasion), written blind: without reading the recognizers, the docs,
 * the tests or the other corpora. A seeded PRNG, name lists per language (written by hand), and valid values:
 * phones checked with libphonenumber-js/max, Luhn-valid cards, mod-97-valid IBANs (BE, NL, FR, ES and IT also carry
 * their national check digits), public-looking IPv4 addresses.
 */
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32 PRNG seeded through splitmix32, returns [0, 1). */
export function sfc32(seed: number): Rand {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
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
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

/** First and last names by language (ordinary people; Polish and Russian surnames get the feminine form for women). */
const NAMES: Record<Lang, [string[], string[], string[]]> = {
  en: [
    ['Emma', 'Olivia', 'Sophie', 'Grace', 'Chloe', 'Megan', 'Hannah'],
    ['Jack', 'Liam', 'Callum', 'Ryan', 'Daniel', 'Connor', 'Luke'],
    ['Thompson', 'Walsh', 'Fletcher', 'Harrison', 'Byrne', 'Whitaker', 'Doyle', 'Kennedy', 'Marsh', 'Pearson'],
  ],
  de: [
    ['Anja', 'Katrin', 'Lena', 'Jana', 'Sabine', 'Miriam', 'Franziska'],
    ['Jonas', 'Tobias', 'Florian', 'Matthias', 'Dirk', 'Sven', 'Lukas'],
    ['Schröder', 'Hoffmann', 'Brandt', 'Kessler', 'Vogt', 'Lindner', 'Krüger', 'Wagner', 'Seidel', 'Ziegler'],
  ],
  fr: [
    ['Camille', 'Manon', 'Élodie', 'Pauline', 'Léa', 'Aurélie', 'Chloé'],
    ['Julien', 'Mathieu', 'Antoine', 'Kévin', 'Thomas', 'Rémi', 'Baptiste'],
    ['Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Mercier', 'Lambert', 'Bonnet', 'Garnier'],
  ],
  es: [
    ['Lucía', 'Marta', 'Nuria', 'Paula', 'Alba', 'Cristina', 'Rocío'],
    ['Javier', 'Sergio', 'Álvaro', 'Pablo', 'Iván', 'Rubén', 'Diego'],
    ['García', 'Fernández', 'Moreno', 'Jiménez', 'Navarro', 'Ortega', 'Castillo', 'Romero', 'Serrano', 'Molina'],
  ],
  it: [
    ['Giulia', 'Chiara', 'Federica', 'Martina', 'Silvia', 'Elisa', 'Valentina'],
    ['Lorenzo', 'Matteo', 'Davide', 'Alessandro', 'Simone', 'Marco', 'Andrea'],
    ['Rossi', 'Esposito', 'Colombo', 'Ferrari', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'],
  ],
  pt: [
    ['Beatriz', 'Mariana', 'Inês', 'Joana', 'Carolina', 'Larissa', 'Fernanda'],
    ['João', 'Tiago', 'Rodrigo', 'Gonçalo', 'Rafael', 'Thiago', 'Gustavo'],
    ['Silva', 'Santos', 'Ferreira', 'Oliveira', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ribeiro', 'Martins'],
  ],
  nl: [
    ['Sanne', 'Lotte', 'Femke', 'Anouk', 'Marloes', 'Eva', 'Iris'],
    ['Daan', 'Bram', 'Jeroen', 'Sander', 'Thijs', 'Joost', 'Ruben'],
    ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van Dijk', 'Mulder', 'de Boer', 'Vermeulen'],
  ],
  pl: [
    ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Monika', 'Justyna', 'Ewa'],
    ['Tomasz', 'Piotr', 'Krzysztof', 'Paweł', 'Michał', 'Marcin', 'Łukasz'],
    ['Kowalsk', 'Nowak', 'Wiśniewsk', 'Wójcik', 'Lewandowsk', 'Zielińsk', 'Kamińsk', 'Szymańsk', 'Mazur', 'Krawczyk'],
  ],
  ru: [
    ['Анна', 'Екатерина', 'Ольга', 'Марина', 'Наталья', 'Ирина', 'Дарья'],
    ['Дмитрий', 'Алексей', 'Сергей', 'Андрей', 'Михаил', 'Илья', 'Павел'],
    ['Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Новиков', 'Морозов', 'Волков', 'Фёдоров', 'Егоров'],
  ],
  tr: [
    ['Elif', 'Zeynep', 'Merve', 'Büşra', 'Ayşe', 'Esra', 'Derya'],
    ['Emre', 'Burak', 'Mehmet', 'Oğuz', 'Serkan', 'Hakan', 'Murat'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Koç'],
  ],
};

/** [first, last] of one person of the language's culture. */
export function person(r: Rand, lang: Lang): [string, string] {
  const [women, men, lasts] = NAMES[lang];
  const woman = r() < 0.5;
  const first = choose(r, woman ? women : men);
  let last = choose(r, lasts);
  if (lang === 'pl' && last.endsWith('sk')) last += woman ? 'a' : 'i';
  if (lang === 'ru' && woman) last += 'а';
  return [first, last];
}

/** Latin form of a name for e-mail local parts. */
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ł: 'l',
  ı: 'i',
  ş: 's',
  ğ: 'g',
  ç: 'c',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
};
export const ascii = (s: string) =>
  [...s.toLowerCase()]
    .map((c) => TRANSLIT[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

const DOMAINS: Record<Lang, string[]> = {
  en: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.com', 'icloud.com', 'btinternet.com'],
  de: ['gmail.com', 'web.de', 'gmx.de', 'gmx.net', 't-online.de', 'outlook.de'],
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'sfr.fr'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
  it: ['gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it', 'alice.it', 'tiscali.it'],
  pt: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'uol.com.br', 'bol.com.br'],
  nl: ['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'outlook.com'],
  pl: ['gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl'],
  ru: ['gmail.com', 'mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'rambler.ru'],
  tr: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com', 'icloud.com'],
};

/** [local part, domain] of a personal address. */
export function email(r: Rand, lang: Lang): [string, string] {
  const [f, l] = person(r, lang).map(ascii);
  const y = String(70 + Math.floor(r() * 30));
  const local = choose(r, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f}.${l}${y}`,
    `${f[0]}${l}`,
    `${f}_${l}`,
    `${f}${y}`,
    `${l}.${f}`,
    `${f}.${l[0]}${digits(r, 2)}`,
  ]);
  return [local, choose(r, DOMAINS[lang])];
}

/** National mobile number patterns (with trunk prefix where the country has one), checked by libphonenumber. */
const MOBILE: Record<string, (r: Rand) => string> = {
  GB: (r) => `07${choose(r, ['4', '5', '7', '8', '9'])}${digits(r, 8)}`,
  IE: (r) => `08${choose(r, ['3', '5', '6', '7', '9'])}${digits(r, 7)}`,
  US: (r) =>
    `${choose(r, ['212', '415', '312', '617', '206', '713', '305'])}${choose(r, ['2', '4', '6', '8'])}${digits(r, 6)}`,
  AU: (r) => `04${digits(r, 8)}`,
  DE: (r) =>
    `01${choose(r, ['51', '52', '57', '60', '62', '70', '71', '72', '73', '75', '76', '77', '78', '79'])}${digits(r, choose(r, [7, 8]))}`,
  AT: (r) => `06${choose(r, ['64', '76', '60', '50', '99'])}${digits(r, 7)}`,
  CH: (r) => `07${choose(r, ['6', '7', '8', '9'])}${digits(r, 7)}`,
  FR: (r) => `0${choose(r, ['6', '7'])}${digits(r, 8)}`,
  BE: (r) => `04${choose(r, ['7', '8', '9'])}${digits(r, 7)}`,
  ES: (r) => `${choose(r, ['6', '7'])}${digits(r, 8)}`,
  MX: (r) => `${choose(r, ['55', '33', '81'])}${digits(r, 8)}`,
  IT: (r) =>
    `3${choose(r, ['20', '28', '33', '35', '38', '39', '40', '45', '47', '48', '49', '66', '88', '93'])}${digits(r, 7)}`,
  PT: (r) => `9${choose(r, ['1', '2', '3', '6'])}${digits(r, 7)}`,
  BR: (r) => `${choose(r, ['11', '21', '31', '41', '51', '71'])}9${choose(r, ['6', '7', '8', '9'])}${digits(r, 7)}`,
  NL: (r) => `06${digits(r, 8)}`,
  PL: (r) => `${choose(r, ['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'])}${digits(r, 7)}`,
  RU: (r) => `89${choose(r, ['03', '05', '09', '12', '15', '16', '26', '77', '85', '99'])}${digits(r, 7)}`,
  KZ: (r) => `87${choose(r, ['01', '05', '07', '47', '71', '77'])}${digits(r, 7)}`,
  TR: (r) => `05${choose(r, ['3', '4', '5'])}${digits(r, 8)}`,
};
const HOME: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'US', 'IE', 'AU'],
  de: ['DE', 'DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'FR', 'BE', 'CH'],
  es: ['ES', 'ES', 'ES', 'MX'],
  it: ['IT', 'IT', 'IT', 'CH'],
  pt: ['PT', 'PT', 'BR', 'BR'],
  nl: ['NL', 'NL', 'NL', 'BE'],
  pl: ['PL', 'PL', 'PL', 'GB', 'DE'],
  ru: ['RU', 'RU', 'RU', 'KZ', 'DE'],
  tr: ['TR', 'TR', 'TR', 'DE'],
};

/** A valid mobile number: [region, national digits (with trunk), E.164]. 12% are from a foreign country. */
export function phone(r: Rand, lang: Lang): { region: string; national: string; e164: string } {
  const region = r() < 0.12 ? choose(r, Object.keys(MOBILE)) : choose(r, HOME[lang]);
  for (;;) {
    const national = MOBILE[region](r);
    if (!isValidPhoneNumber(national, region as never)) continue;
    const p = parsePhoneNumberFromString(national, region as never);
    if (!p) continue;
    return { region, national, e164: p.number };
  }
}

/** The way the number is written before obfuscation: national or international, grouped or not. */
export function phoneWritten(r: Rand, p: { region: string; national: string; e164: string }): string {
  const parsed = parsePhoneNumberFromString(p.e164);
  const u = r();
  if (u < 0.3) return p.national;
  if (u < 0.55) return parsed?.formatNational() ?? p.national;
  if (u < 0.8) return parsed?.formatInternational() ?? p.e164;
  return p.e164;
}

/** Luhn-valid card number (Visa 16, Mastercard 16, Amex 15). */
export function card(r: Rand): string {
  const kind = r();
  const prefix =
    kind < 0.5
      ? '4'
      : kind < 0.85
        ? choose(r, ['51', '52', '53', '54', '55', '2221', '2720'])
        : choose(r, ['34', '37']);
  const len = prefix.startsWith('3') ? 15 : 16;
  const body = prefix + digits(r, len - 1 - prefix.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Card digits in the printed groups (4-4-4-4, Amex 4-6-5). */
export const cardGroups = (c: string) =>
  c.length === 15 ? [c.slice(0, 4), c.slice(4, 10), c.slice(10)] : (c.match(/.{4}/g) ?? [c]);

const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};

/** Italian CIN letter over the 22 characters ABI+CAB+account. */
function cin(s: string): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const k = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[k] : k;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Spanish control digit over weights. */
function esDigit(s: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = [...s].reduce((a, c, i) => a + Number(c) * w[i], 0);
  const d = 11 - (sum % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

const BBAN: Record<string, (r: Rand) => string> = {
  DE: (r) => digits(r, 18),
  AT: (r) => digits(r, 16),
  CH: (r) => `00${digits(r, 15)}`,
  GB: (r) => `${choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${digits(r, 14)}`,
  IE: (r) => `${choose(r, ['AIBK', 'BOFI'])}${digits(r, 14)}`,
  PT: (r) => `00${digits(r, 19)}`,
  PL: (r) => digits(r, 24),
  TR: (r) => `${digits(r, 5)}0${digits(r, 16)}`,
  LV: (r) => `${choose(r, ['HABA', 'UNLA', 'RIKO'])}${digits(r, 13)}`,
  EE: (r) => digits(r, 16),
  BE: (r) => {
    const ten = digits(r, 10);
    const k = Number(BigInt(ten) % 97n) || 97;
    return ten + String(k).padStart(2, '0');
  },
  NL: (r) => {
    for (;;) {
      const acct = `${1 + Math.floor(r() * 9)}${digits(r, 9)}`;
      const s = [...acct].reduce((a, c, i) => a + Number(c) * (10 - i), 0);
      if (s % 11 === 0) return choose(r, ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO']) + acct;
    }
  },
  FR: (r) => {
    const bank = digits(r, 5);
    const desk = digits(r, 5);
    const acct = digits(r, 11);
    const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(desk) + 3n * BigInt(acct)) % 97n);
    return bank + desk + acct + String(key).padStart(2, '0');
  },
  ES: (r) => {
    const bank = digits(r, 8);
    const acct = digits(r, 10);
    return bank + esDigit(`00${bank}`) + esDigit(acct) + acct;
  },
  IT: (r) => {
    const rest = digits(r, 22);
    return cin(rest) + rest;
  },
};
const IBAN_HOME: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  pt: ['PT'],
  nl: ['NL', 'NL', 'BE'],
  pl: ['PL'],
  ru: ['LV', 'EE', 'DE'],
  tr: ['TR', 'TR', 'DE'],
};

/** Electronic-format IBAN (no spaces), mod 97 == 1. */
export function iban(r: Rand, lang: Lang): string {
  const cc = choose(r, IBAN_HOME[lang]);
  const bban = BBAN[cc](r);
  const check = 98 - mod97(`${bban}${cc}00`);
  const out = `${cc}${String(check).padStart(2, '0')}${bban}`;
  if (mod97(out.slice(4) + out.slice(0, 4)) !== 1) throw new Error('iban check');
  return out;
}

/** Printed IBAN in groups of four. */
export const ibanGroups = (s: string) => s.match(/.{1,4}/g) ?? [s];

/** A public-looking IPv4 address (no private, loopback or documentation ranges). */
export function ip(r: Rand): string {
  const first = choose(r, [31, 46, 62, 78, 85, 91, 94, 109, 145, 176, 185, 188, 193, 212, 217]);
  return [first, 1 + Math.floor(r() * 254), Math.floor(r() * 256), 1 + Math.floor(r() * 254)].join('.');
}
