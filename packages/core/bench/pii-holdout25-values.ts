/**
 * Hold-out 25 values: own seeded PRNG (sfc32), phones checked with libphonenumber-js/max (isValid), e-mails made from
 * the person's name, street addresses and number plates in each country's usual shape, @handles.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Person } from './pii-holdout25-names.ts';

export type Rand = () => number;

export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const letters = (r: Rand, n: number, abc = 'ABCDEFGHJKLMNPRSTUVWXYZ') =>
  Array.from({ length: n }, () => abc[Math.floor(r() * abc.length)]).join('');

/** [region, national prefixes (with trunk 0 where used), total national digits] — mobiles mostly. */
const PHONE: Record<string, [string, string[], number]> = {
  'en-GB': ['GB', ['074', '075', '077', '078', '079'], 11],
  'en-US': ['US', ['212', '312', '415', '512', '617', '702', '813', '919'], 10],
  'en-IN': ['IN', ['98', '97', '91', '88', '70', '63'], 10],
  'en-NG': ['NG', ['0803', '0806', '0813', '0703', '0905', '0816'], 11],
  'en-KE': ['KE', ['0712', '0722', '0733', '0110', '0701', '0790'], 10],
  'en-PH': ['PH', ['0917', '0918', '0927', '0945', '0998'], 11],
  'en-SG': ['SG', ['81', '91', '96', '97', '87'], 8],
  'de-DE': ['DE', ['0151', '0160', '0170', '0172', '0176', '0157'], 11],
  'de-AT': ['AT', ['0664', '0676', '0699', '0650', '0660'], 11],
  'fr-FR': ['FR', ['06', '07'], 10],
  'fr-CA': ['CA', ['514', '438', '418', '819', '450'], 10],
  'es-ES': ['ES', ['6', '7'], 9],
  'es-MX': ['MX', ['55', '33', '81', '222'], 10],
  'es-AR': ['AR', ['911', '9351', '9341'], 11],
  'pt-BR': ['BR', ['119', '219', '319', '719', '819'], 11],
  it: ['IT', ['33', '34', '32', '39'], 10],
  nl: ['NL', ['06'], 10],
  pl: ['PL', ['50', '51', '60', '66', '69', '72', '79', '88'], 9],
  cs: ['CZ', ['60', '72', '73', '77', '77'], 9],
  ro: ['RO', ['072', '074', '075', '076', '078'], 10],
  tr: ['TR', ['053', '054', '055', '050'], 11],
  id: ['ID', ['0812', '0813', '0857', '0878', '0896'], 12],
  vi: ['VN', ['090', '091', '098', '097', '035', '086'], 10],
  'vi-nd': ['VN', ['090', '093', '096', '032', '088'], 10],
  'th-rom': ['TH', ['081', '089', '062', '092', '095'], 10],
  sw: ['TZ', ['0754', '0713', '0655', '0784', '0622'], 10],
  el: ['GR', ['694', '697', '698', '699'], 10],
  uk: ['UA', ['050', '063', '067', '068', '093', '097'], 10],
};

/** A valid phone of the language's country, formatted nationally, internationally or as typed digits. */
export function phone(r: Rand, lang: string): string {
  const [region, prefixes, len] = PHONE[lang];
  for (let i = 0; i < 500; i++) {
    const p = choose(r, prefixes);
    const raw = p + digits(r, len - p.length);
    const pn = parsePhoneNumberFromString(raw, region as 'GB');
    if (!pn?.isValid()) continue;
    const x = r();
    if (x < 0.5) return pn.formatNational();
    if (x < 0.75) return pn.formatInternational();
    return raw;
  }
  throw new Error(`no valid phone for ${lang}`);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const MAIL: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com'],
  de: ['gmx.de', 'web.de', 't-online.de', 'gmx.at', 'aon.at'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'videotron.ca', 'sympatico.ca'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.com.mx', 'outlook.es'],
  pt: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
  it: ['libero.it', 'virgilio.it', 'gmail.com'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
  pl: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
  cs: ['seznam.cz', 'email.cz', 'centrum.cz'],
  ro: ['yahoo.ro', 'gmail.com'],
  tr: ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr'],
  id: ['gmail.com', 'yahoo.co.id'],
  vi: ['gmail.com', 'yahoo.com.vn'],
  th: ['hotmail.co.th', 'gmail.com'],
  sw: ['gmail.com', 'yahoo.co.tz'],
  el: ['gmail.com', 'yahoo.gr', 'otenet.gr'],
  uk: ['ukr.net', 'gmail.com', 'i.ua'],
};
const LATIN_OF: Record<string, string> = { el: 'eleni.k', uk: 'olena.k' };

/** An e-mail derived from the person's name (Greek/Ukrainian people get a hand-made Latin login). */
export function email(r: Rand, lang: string, p: Person): string {
  const base = lang.split('-')[0];
  const dom = choose(r, MAIL[base] ?? MAIL.en);
  let g = fold(p.call);
  let f = fold(p.family);
  if (!g || !f) [g, f] = (LATIN_OF[base] ?? 'x.y').split('.').map((s) => s + letters(r, 2, 'aeiou'));
  const n = digits(r, 2);
  return `${choose(r, [`${g}.${f}`, `${g}${f}${n}`, `${g[0]}.${f}`, `${g}_${f}`, `${f}.${g}${n}`])}@${dom}`;
}

/** Street addresses: street and house number in the local order. */
const STREETS: Record<string, (r: Rand) => string> = {
  en: (r) =>
    `${1 + Math.floor(r() * 180)} ${choose(r, ['Elm Road', 'Mill Lane', 'Cedar Avenue', 'Station Street', 'Kingsway', 'Ash Grove', 'Oak Drive', 'Church Road'])}`,
  'en-US': (r) =>
    `${100 + Math.floor(r() * 8800)} ${choose(r, ['Maple St', 'W 34th Street', 'Lakeview Dr', 'Pine Ridge Road', 'Jefferson Ave', 'Sunset Blvd'])}`,
  'en-IN': (r) =>
    `${choose(r, ['Flat 302, ', 'H.No. ', 'Plot 17, ', ''])}${1 + Math.floor(r() * 90)}, ${choose(r, ['MG Road', '4th Cross, Indiranagar', 'Linking Road', 'Anna Salai', 'Sector 15'])}`,
  'en-NG': (r) =>
    `${1 + Math.floor(r() * 60)} ${choose(r, ['Adeola Odeku Street', 'Allen Avenue', 'Ogui Road', 'Bode Thomas Street', 'Aminu Kano Crescent'])}`,
  'en-KE': (r) =>
    `${choose(r, ['Ngong Road', 'Moi Avenue', 'Kenyatta Avenue', 'Argwings Kodhek Road'])}, House ${1 + Math.floor(r() * 40)}`,
  'en-PH': (r) =>
    `${1 + Math.floor(r() * 300)} ${choose(r, ['Rizal St.', 'Mabini Street', 'Katipunan Ave.', 'Sampaguita St.'])}`,
  'en-SG': (r) =>
    `Blk ${100 + Math.floor(r() * 800)} ${choose(r, ['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd'])} #${String(2 + Math.floor(r() * 22)).padStart(2, '0')}-${100 + Math.floor(r() * 800)}`,
  de: (r) =>
    `${choose(r, ['Kastanienallee', 'Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Hauptstraße', 'Birkenweg'])} ${1 + Math.floor(r() * 120)}${choose(r, ['', '', 'a', 'b'])}`,
  'de-AT': (r) =>
    `${choose(r, ['Favoritenstraße', 'Mariahilfer Str.', 'Hauptplatz', 'Schulgasse', 'Linzer Gasse'])} ${1 + Math.floor(r() * 90)}/${1 + Math.floor(r() * 20)}`,
  fr: (r) =>
    `${1 + Math.floor(r() * 120)}${choose(r, ['', '', ' bis'])} ${choose(r, ['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls', 'rue de la Paix'])}`,
  'fr-CA': (r) =>
    `${100 + Math.floor(r() * 8000)}, ${choose(r, ['rue Saint-Denis', 'boulevard René-Lévesque', 'chemin du Lac', 'rue Principale'])}`,
  es: (r) =>
    `${choose(r, ['calle Mayor', 'C/ Alcalá', 'avenida de la Constitución', 'calle del Pez'])} ${1 + Math.floor(r() * 150)}, ${1 + Math.floor(r() * 8)}º${choose(r, ['A', 'B', 'izda'])}`,
  'es-MX': (r) =>
    `${choose(r, ['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Juárez', 'Calle 5 de Mayo'])} ${1 + Math.floor(r() * 2000)}, Col. ${choose(r, ['Roma Norte', 'Del Valle', 'Centro'])}`,
  'es-AR': (r) =>
    `${choose(r, ['Av. Corrientes', 'Av. Santa Fe', 'Calle Florida', 'Güemes'])} ${100 + Math.floor(r() * 4000)}`,
  pt: (r) =>
    `${choose(r, ['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Travessa São José'])}, ${1 + Math.floor(r() * 1500)}${choose(r, ['', ', apto 12', ', casa 2'])}`,
  it: (r) =>
    `${choose(r, ['via Garibaldi', 'corso Vittorio Emanuele', 'via dei Mille', 'piazza Dante'])} ${1 + Math.floor(r() * 90)}`,
  nl: (r) =>
    `${choose(r, ['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Molenlaan', 'Beukenlaan'])} ${1 + Math.floor(r() * 200)}${choose(r, ['', '', '-2', 'A'])}`,
  pl: (r) =>
    `ul. ${choose(r, ['Długa', 'Mickiewicza', 'Kwiatowa', 'Piłsudskiego', 'Ogrodowa'])} ${1 + Math.floor(r() * 90)}${choose(r, ['', '/3', '/12'])}`,
  cs: (r) =>
    `${choose(r, ['Vinohradská', 'Husova', 'Nádražní', 'Palackého', 'Komenského'])} ${100 + Math.floor(r() * 2500)}/${1 + Math.floor(r() * 60)}`,
  ro: (r) =>
    `${choose(r, ['Str. Florilor', 'Bd. Unirii', 'Str. Mihai Eminescu', 'Calea Victoriei'])} nr. ${1 + Math.floor(r() * 120)}${choose(r, ['', ', bl. A3, ap. 14'])}`,
  tr: (r) =>
    `${choose(r, ['Atatürk Cad.', 'Çiçek Sok.', 'Bağdat Caddesi', 'Gül Sokak'])} No: ${1 + Math.floor(r() * 90)}${choose(r, ['', ' D: 5', '/3'])}`,
  id: (r) =>
    `${choose(r, ['Jl. Melati', 'Jl. Sudirman', 'Jl. Kebon Jeruk', 'Gg. Mawar'])} No. ${1 + Math.floor(r() * 120)}`,
  vi: (r) =>
    `số ${1 + Math.floor(r() * 200)} ${choose(r, ['ngõ 45 Lê Lợi', 'Nguyễn Trãi', 'hẻm 12 Trần Hưng Đạo', 'Hai Bà Trưng'])}`,
  'vi-nd': (r) =>
    `so ${1 + Math.floor(r() * 200)} ${choose(r, ['ngo 45 Le Loi', 'Nguyen Trai', 'hem 12 Tran Hung Dao', 'Hai Ba Trung'])}`,
  th: (r) =>
    `${1 + Math.floor(r() * 300)}/${1 + Math.floor(r() * 90)} Soi ${choose(r, ['Sukhumvit 39', 'Ari 4', 'Ladprao 71', 'Ramkhamhaeng 24'])}`,
  sw: (r) =>
    `${choose(r, ['Mtaa wa Uhuru', 'Barabara ya Morogoro', 'Mtaa wa Jamhuri', 'Mtaa wa Lumumba'])}, Nyumba Na. ${1 + Math.floor(r() * 90)}`,
  el: (r) => `${choose(r, ['Ερμού', 'Πατησίων', 'Αγίου Δημητρίου', 'Λεωφ. Κηφισίας'])} ${1 + Math.floor(r() * 150)}`,
  uk: (r) =>
    `вул. ${choose(r, ['Шевченка', 'Хрещатик', 'Лесі Українки', 'Садова'])}, ${1 + Math.floor(r() * 120)}${choose(r, ['', ', кв. 14', '/2'])}`,
};
export function address(r: Rand, lang: string): string {
  return (STREETS[lang] ?? STREETS[lang.split('-')[0]] ?? STREETS.en)(r);
}

/** Number plates in each country's usual shape (scored as a plate; typed would be ID_NUMBER). */
const PLATES: Record<string, (r: Rand) => string> = {
  'en-GB': (r) => `${letters(r, 2)}${digits(r, 2)} ${letters(r, 3)}`,
  'en-US': (r) => `${1 + Math.floor(r() * 9)}${letters(r, 3)}${digits(r, 3)}`,
  'en-IN': (r) => `${choose(r, ['MH', 'KA', 'DL', 'TN'])} ${digits(r, 2)} ${letters(r, 2)} ${digits(r, 4)}`,
  'en-NG': (r) => `${choose(r, ['LSR', 'KJA', 'ABC', 'EKY'])}-${digits(r, 3)}${letters(r, 2)}`,
  'en-KE': (r) => `K${letters(r, 2)} ${digits(r, 3)}${letters(r, 1)}`,
  'en-PH': (r) => `${letters(r, 3)} ${digits(r, 4)}`,
  'en-SG': (r) => `S${letters(r, 2)}${1000 + Math.floor(r() * 8999)}${letters(r, 1)}`,
  de: (r) => `${choose(r, ['B', 'M', 'HH', 'K', 'F', 'S'])}-${letters(r, 2)} ${1 + Math.floor(r() * 9998)}`,
  'de-AT': (r) => `${choose(r, ['W', 'G', 'L', 'S'])}-${digits(r, 3)}${letters(r, 2)}`,
  fr: (r) => `${letters(r, 2)}-${digits(r, 3)}-${letters(r, 2)}`,
  'fr-CA': (r) => `${letters(r, 3)} ${digits(r, 3)}`,
  es: (r) => `${digits(r, 4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
  'es-MX': (r) => `${letters(r, 3)}-${digits(r, 3)}-${letters(r, 1)}`,
  'es-AR': (r) => `${letters(r, 2)} ${digits(r, 3)} ${letters(r, 2)}`,
  pt: (r) => `${letters(r, 3)}${digits(r, 1)}${letters(r, 1)}${digits(r, 2)}`,
  it: (r) => `${letters(r, 2)} ${digits(r, 3)} ${letters(r, 2)}`,
  nl: (r) => `${letters(r, 2)}-${digits(r, 3)}-${letters(r, 1)}`,
  pl: (r) => `${choose(r, ['WA', 'KR', 'PO', 'GD'])} ${digits(r, 5)}`,
  cs: (r) => `${1 + Math.floor(r() * 9)}${letters(r, 1)}${digits(r, 1)} ${digits(r, 4)}`,
  ro: (r) => `${choose(r, ['B', 'CJ', 'IS', 'TM'])} ${digits(r, 2)} ${letters(r, 3)}`,
  tr: (r) => `${choose(r, ['34', '06', '35', '16'])} ${letters(r, 3)} ${digits(r, 3)}`,
  id: (r) => `${choose(r, ['B', 'D', 'L', 'AB'])} ${1000 + Math.floor(r() * 8999)} ${letters(r, 3)}`,
  vi: (r) => `${choose(r, ['29', '30', '51', '43'])}${letters(r, 1)}-${digits(r, 3)}.${digits(r, 2)}`,
  th: (r) => `${1 + Math.floor(r() * 9)}${letters(r, 2)} ${digits(r, 4)}`,
  sw: (r) => `T ${digits(r, 3)} ${letters(r, 3)}`,
  el: (r) => `${letters(r, 3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-${1000 + Math.floor(r() * 8999)}`,
  uk: (r) => `${choose(r, ['АА', 'КА', 'ВС', 'АЕ'])} ${digits(r, 4)} ${letters(r, 2, 'АВЕІКМНОРСТХ')}`,
};
export function plate(r: Rand, lang: string): string {
  const base = lang === 'vi-nd' ? 'vi' : lang === 'th-rom' ? 'th' : lang;
  return (PLATES[base] ?? PLATES[base.split('-')[0]] ?? PLATES['en-GB'])(r);
}

/** A forum @handle (not scored in ALL: no entity type for it; reported as HANDLE info). */
export function handle(r: Rand, p: Person): string {
  const g = fold(p.call) || 'user';
  const f = fold(p.family) || 'x';
  return `@${choose(r, [`${g}_${f.slice(0, 3)}`, `${g}${digits(r, 2)}`, `${f}.${g[0]}`, `the_real_${g}`, `${g}${f}`])}`;
}
