/**
 * Hold-out 16 values, written BLIND (without reading the recognizers, lexicons, docs, tests or other corpora):
 * seeded PRNG, valid phone numbers (libphonenumber-js/max), Luhn-valid cards, mod-97-valid IBANs, and people,
 * streets and towns per language from the author's own lists.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';

export type Rand = () => number;
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

/** xorshift128-style seeded generator (own code), returns [0, 1). */
export function prng(seed: number): Rand {
  let a = seed >>> 0 || 1;
  let b = 0x9e3779b9;
  let c = 0x85ebca6b;
  let d = 0xc2b2ae35;
  const next = () => {
    const t = a ^ (a << 11);
    a = b;
    b = c;
    c = d;
    d = (d ^ (d >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    return d / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

const REGION: Record<Lang, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', pl: 'PL' };
export const CC: Record<Lang, string> = {
  en: '44',
  de: '49',
  fr: '33',
  es: '34',
  it: '39',
  pt: '351',
  nl: '31',
  pl: '48',
};
/** National-format prefixes and total national length (digits, trunk 0 included where the country has one). */
const PHONE_SHAPES: Record<Lang, [string, number][]> = {
  en: [
    ['07', 11],
    ['020', 11],
    ['0161', 11],
    ['0113', 11],
  ],
  de: [
    ['0151', 12],
    ['0171', 11],
    ['0160', 11],
    ['030', 10],
    ['089', 10],
    ['0221', 11],
  ],
  fr: [
    ['06', 10],
    ['07', 10],
    ['01', 10],
    ['04', 10],
  ],
  es: [
    ['6', 9],
    ['91', 9],
    ['93', 9],
  ],
  it: [
    ['34', 10],
    ['33', 10],
    ['06', 10],
    ['02', 10],
  ],
  pt: [
    ['91', 9],
    ['93', 9],
    ['96', 9],
    ['21', 9],
  ],
  nl: [
    ['06', 10],
    ['020', 10],
    ['010', 10],
  ],
  pl: [
    ['50', 9],
    ['60', 9],
    ['69', 9],
    ['22', 9],
  ],
};

/** A national phone number as a digit string, valid for the language's country. */
export function phone(r: Rand, lang: Lang): string {
  for (;;) {
    const [p, n] = choose(r, PHONE_SHAPES[lang]);
    const num = p + digits(r, n - p.length);
    if (isValidPhoneNumber(num, REGION[lang] as 'GB')) return num;
  }
}

/** Luhn-valid card number (16 digits Visa/Mastercard or 15 digits Amex). */
export function card(r: Rand): string {
  const kind = r();
  const pre =
    kind < 0.45 ? '4' : kind < 0.85 ? choose(r, ['51', '52', '53', '54', '55', '2221']) : choose(r, ['34', '37']);
  const len = pre === '34' || pre === '37' ? 15 : 16;
  const body = pre + digits(r, len - 1 - pre.length);
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

const IBAN_SHAPE: Record<Lang, [string, number]> = {
  en: ['GB', 18],
  de: ['DE', 18],
  fr: ['FR', 23],
  es: ['ES', 20],
  it: ['IT', 23],
  pt: ['PT', 21],
  nl: ['NL', 14],
  pl: ['PL', 24],
};

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

/** mod-97-valid IBAN, no spaces. GB/NL/IT carry letters in the BBAN as real ones do. */
export function iban(r: Rand, lang: Lang): string {
  const [cc, n] = IBAN_SHAPE[lang];
  let bban: string;
  if (lang === 'en') bban = choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 14);
  else if (lang === 'nl') bban = choose(r, ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + digits(r, 10);
  else if (lang === 'it') bban = choose(r, ['X', 'A', 'K', 'L']) + digits(r, 10) + digits(r, 12);
  else bban = digits(r, n);
  const check = 98 - mod97(`${bban + cc}00`);
  return cc + String(check).padStart(2, '0') + bban;
}

export const FIRST: Record<Lang, string[]> = {
  en: [
    'James',
    'Emily',
    'Oliver',
    'Sophie',
    'Daniel',
    'Charlotte',
    'Thomas',
    'Hannah',
    'Michael',
    'Lucy',
    'Gareth',
    'Megan',
  ],
  de: ['Anna', 'Jürgen', 'Katrin', 'Stefan', 'Sabine', 'Lukas', 'Monika', 'Tobias', 'Heike', 'Florian', 'Ute', 'Jens'],
  fr: ['Camille', 'Julien', 'Élodie', 'Mathieu', 'Sandrine', 'Nicolas', 'Aurélie', 'Guillaume', 'Céline', 'Thierry'],
  es: ['Lucía', 'Javier', 'Carmen', 'Alejandro', 'Marta', 'Sergio', 'Pilar', 'Raúl', 'Nuria', 'Álvaro', 'Rocío'],
  it: ['Giulia', 'Marco', 'Francesca', 'Alessandro', 'Chiara', 'Davide', 'Elena', 'Matteo', 'Valentina', 'Stefano'],
  pt: ['Inês', 'João', 'Beatriz', 'Tiago', 'Mariana', 'Rui', 'Sofia', 'Gonçalo', 'Catarina', 'Nuno', 'Filipa'],
  nl: ['Sanne', 'Daan', 'Femke', 'Joost', 'Lotte', 'Bram', 'Ilse', 'Sven', 'Marieke', 'Wouter', 'Anouk'],
  pl: ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Magdalena', 'Krzysztof', 'Joanna', 'Paweł', 'Ewa', 'Marcin'],
};
export const LAST: Record<Lang, string[]> = {
  en: ['Thompson', 'Hughes', 'Walker', 'Patel', 'Robinson', 'Clarke', 'Whitfield', 'Barnes', 'Ellison', 'Pritchard'],
  de: ['Schmidt', 'Weber', 'Hoffmann', 'Krüger', 'Becker', 'Schulze', 'Wagner', 'Lehmann', 'Vogt', 'Brandt'],
  fr: ['Lefèvre', 'Moreau', 'Girard', 'Dubois', 'Fontaine', 'Rousseau', 'Mercier', 'Garnier', 'Chevalier', 'Perrin'],
  es: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Domínguez', 'Gil', 'Iglesias'],
  it: ['Rossi', 'Bianchi', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'Esposito', 'Lombardi'],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes'],
  nl: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk', 'Bos', 'Vermeulen'],
  pl: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski'],
};
export const STREET: Record<Lang, string[]> = {
  en: ['Mill Lane', 'Church Road', 'Victoria Street', 'Park Avenue', 'Station Road', 'Queens Drive', 'Elm Grove'],
  de: ['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerstraße', 'Gartenstraße', 'Am Mühlbach', 'Goethestraße'],
  fr: [
    'rue de la Paix',
    'avenue Jean Jaurès',
    'rue Victor Hugo',
    'boulevard Voltaire',
    'rue des Lilas',
    'allée des Pins',
  ],
  es: ['calle Mayor', 'avenida de la Constitución', 'calle del Sol', 'paseo de Gracia', 'calle Alcalá', 'plaza España'],
  it: ['via Roma', 'via Garibaldi', 'corso Vittorio Emanuele', 'via dei Mille', 'viale Mazzini', 'piazza Cavour'],
  pt: ['rua Augusta', 'avenida da Liberdade', 'rua do Carmo', 'travessa do Fala-Só', 'rua de Santa Catarina'],
  nl: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenlaan', 'Julianastraat', 'Prinsengracht', 'Lindelaan'],
  pl: ['ulica Długa', 'ulica Marszałkowska', 'aleja Jana Pawła', 'ulica Polna', 'ulica Kwiatowa', 'ulica Leśna'],
};
/** [town, postcode-maker] per language. */
export const TOWN: Record<Lang, string[]> = {
  en: ['Leeds', 'Bristol', 'Manchester', 'Norwich', 'Cardiff', 'Sheffield'],
  de: ['Köln', 'Bielefeld', 'Augsburg', 'Kassel', 'Freiburg', 'Rostock'],
  fr: ['Lyon', 'Nantes', 'Toulouse', 'Lille', 'Rennes', 'Grenoble'],
  es: ['Zaragoza', 'Valencia', 'Sevilla', 'Málaga', 'Bilbao', 'Valladolid'],
  it: ['Bologna', 'Torino', 'Verona', 'Padova', 'Bari', 'Firenze'],
  pt: ['Porto', 'Braga', 'Coimbra', 'Aveiro', 'Setúbal', 'Faro'],
  nl: ['Utrecht', 'Groningen', 'Zwolle', 'Tilburg', 'Haarlem', 'Arnhem'],
  pl: ['Kraków', 'Poznań', 'Wrocław', 'Gdańsk', 'Lublin', 'Łódź'],
};

/** Postcode as written: GB "LS6 2AB", DE "50116", FR "69003", PT "4000-123", NL "3512 AB", PL "31-042". */
export function postcode(r: Rand, lang: Lang): string {
  const L = () => choose(r, [...'ABDEFGHJLNPQRSTUWXYZ']);
  if (lang === 'en')
    return `${choose(r, ['LS', 'BS', 'M', 'NR', 'CF', 'S'])}${int(r, 1, 20)} ${int(r, 1, 9)}${L()}${L()}`;
  if (lang === 'pt') return `${int(r, 1000, 9999)}-${digits(r, 3)}`;
  if (lang === 'nl') return `${int(r, 1000, 9999)} ${L()}${L()}`;
  if (lang === 'pl') return `${digits(r, 2)}-${digits(r, 3)}`;
  return String(int(r, 10000, 98999));
}

export const MAIL_HOSTS: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  de: ['web.de', 'gmx.de', 't-online.de', 'gmail.com'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  es: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
  it: ['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it'],
  pt: ['sapo.pt', 'gmail.com', 'hotmail.com', 'outlook.pt'],
  nl: ['ziggo.nl', 'gmail.com', 'kpnmail.nl', 'hotmail.nl'],
  pl: ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'o2.pl'],
};

/** ASCII fold for e-mail local parts (é -> e, ł -> l, ß -> ss). */
export function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ /g, '')
    .toLowerCase();
}
