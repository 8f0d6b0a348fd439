// Hold-out 28 values: seeded PRNG, phones (validated with libphonenumber-js/max), e-mails, IBANs (mod 97), cards
// (Luhn), vehicle plates in local formats, birth dates in local formats, and the light chat obfuscations.
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';

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
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const LAT = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: Rand, n: number, set = LAT) => Array.from({ length: n }, () => choose(r, [...set])).join('');

/** Country of each locale (phones, IBANs, plates). */
export const COUNTRY: Record<string, string> = {
  'en-US': 'US', 'en-GB': 'GB', 'en-IN': 'IN', 'en-NG': 'NG', 'en-KE': 'KE', 'en-PH': 'PH', 'es-MX': 'MX',
  'es-AR': 'AR', 'es-ES': 'ES', 'pt-BR': 'BR', 'fr-FR': 'FR', 'de-DE': 'DE', 'it-IT': 'IT', 'nl-NL': 'NL',
  'pl-PL': 'PL', 'tr-TR': 'TR', 'ru-RU': 'RU', 'uk-UA': 'UA', 'el-GR': 'GR', 'ar-EG': 'EG', 'ar-AE': 'AE',
  'ar-Latn': 'EG', 'he-IL': 'IL', 'hi-IN': 'IN', 'hi-Latn': 'IN', 'th-TH': 'TH', 'th-Latn': 'TH', 'vi-VN': 'VN',
  'id-ID': 'ID', 'ms-MY': 'MY', 'sw-KE': 'KE', 'tl-PH': 'PH', 'ro-RO': 'RO', 'cs-CZ': 'CZ', 'es-US': 'US',
}; // biome-ignore format: table

/** National mobile (and a few fixed-line) number prefixes and the digits that follow. */
const MOBILE: Record<string, [string[], number]> = {
  US: [['212', '312', '415', '617', '713', '206', '305', '512', '720', '404', '919', '503'], 7],
  GB: [['071', '073', '074', '075', '077', '078', '079'], 8],
  IN: [['98', '97', '96', '94', '93', '91', '88', '87', '80', '70', '63'], 8],
  NG: [['0803', '0806', '0813', '0816', '0703', '0706', '0810', '0905', '0802', '0809', '0817'], 7],
  KE: [['0712', '0722', '0733', '0710', '0790', '0115', '0701', '0768', '0746'], 6],
  PH: [['0917', '0918', '0927', '0998', '0905', '0966', '0939', '0956'], 7],
  MX: [['55', '33', '81', '222', '442', '998', '656'], 0],
  AR: [['911', '9351', '9341', '9261', '9221'], 0],
  ES: [['6', '7'], 8],
  BR: [['119', '219', '319', '419', '519', '619', '719', '819', '859'], 8],
  FR: [['06', '07'], 8],
  DE: [['0151', '0152', '0157', '0160', '0162', '0170', '0171', '0172', '0175', '0176', '0177', '0179'], 7],
  IT: [['320', '328', '333', '338', '340', '347', '349', '366', '380', '392'], 7],
  NL: [['06'], 8],
  PL: [['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88'], 7],
  TR: [['0532', '0533', '0535', '0542', '0545', '0505', '0555', '0538'], 7],
  RU: [['8916', '8903', '8926', '8985', '8999', '8921', '8913', '8952'], 7],
  UA: [['050', '066', '067', '068', '073', '093', '095', '097', '098', '099'], 7],
  GR: [['694', '697', '698', '693', '690', '695'], 7],
  EG: [['010', '011', '012', '015'], 8],
  AE: [['050', '052', '054', '055', '056', '058'], 7],
  IL: [['050', '052', '053', '054', '055', '058'], 7],
  TH: [['081', '082', '083', '084', '086', '089', '091', '095', '061', '062'], 7],
  VN: [['090', '091', '093', '096', '097', '098', '032', '035', '038', '070', '077', '083'], 7],
  ID: [['0811', '0812', '0813', '0821', '0822', '0852', '0853', '0857', '0878', '0896'], 8],
  MY: [['012', '013', '016', '017', '019', '011'], 7],
  RO: [['072', '073', '074', '075', '076', '078'], 7],
  CZ: [['60', '72', '73', '77', '79'], 7],
};

/** A valid phone number of the locale's country, written the way people there tend to write it. */
export function phone(r: Rand, locale: string): string {
  const cc = COUNTRY[locale];
  const [prefixes, n] = MOBILE[cc];
  for (let tries = 0; tries < 500; tries++) {
    const p = choose(r, prefixes);
    const rest = n || (cc === 'MX' || cc === 'AR' ? 10 + (cc === 'AR' ? 1 : 0) - p.length : 0);
    const national = p + digits(r, rest);
    if (!isValidPhoneNumber(national, cc as never)) continue;
    const pn = parsePhoneNumber(national, cc as never);
    const nat = pn.formatNational();
    const pick = r();
    if (pick < 0.35) return nat;
    if (pick < 0.65) return pn.formatInternational();
    if (pick < 0.8) return nat.replace(/[^\d]/g, '');
    if (pick < 0.9) return pn.number; // E.164
    return nat.replace(/[()]/g, '').replace(/\s+/g, '-').replace(/^-/, '');
  }
  throw new Error(`no valid phone for ${cc}`);
}

const MAIL_DOMAINS: Record<string, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com'],
  GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com'],
  IN: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
  NG: ['gmail.com', 'yahoo.com', 'outlook.com'],
  KE: ['gmail.com', 'yahoo.com', 'safaricom.co.ke'],
  PH: ['gmail.com', 'yahoo.com.ph', 'outlook.com'],
  MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'],
  AR: ['gmail.com', 'hotmail.com.ar', 'yahoo.com.ar'],
  ES: ['gmail.com', 'hotmail.es', 'telefonica.net'],
  BR: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
  IT: ['libero.it', 'gmail.com', 'alice.it', 'virgilio.it'],
  NL: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'],
  TR: ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
  RU: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'],
  UA: ['ukr.net', 'gmail.com', 'i.ua'],
  GR: ['gmail.com', 'yahoo.gr', 'otenet.gr'],
  EG: ['gmail.com', 'yahoo.com', 'hotmail.com'],
  AE: ['gmail.com', 'emirates.net.ae', 'outlook.com'],
  IL: ['gmail.com', 'walla.co.il', 'bezeqint.net'],
  TH: ['gmail.com', 'hotmail.com', 'outlook.co.th'],
  VN: ['gmail.com', 'yahoo.com.vn', 'fpt.vn'],
  ID: ['gmail.com', 'yahoo.co.id', 'ymail.com'],
  MY: ['gmail.com', 'yahoo.com.my', 'hotmail.my'],
  RO: ['yahoo.ro', 'gmail.com', 'rdslink.ro'],
  CZ: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** An e-mail address made from a romanized first and last name. */
export function email(r: Rand, locale: string, first: string, last: string): string {
  const f = ascii(first) || 'info';
  const l = ascii(last.split(/[\s-]/).pop() ?? '') || 'mail';
  const year = String(int(r, 70, 99) + (r() < 0.3 ? 1900 : 0));
  const local = choose(r, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(r, 1, 99)}`,
    `${f}${year}`,
    `${l}.${f}`,
    `${f}.${l[0]}`,
  ]);
  return `${local}@${choose(r, MAIL_DOMAINS[COUNTRY[locale]])}`;
}

// ---- IBAN (mod 97) ----
const IBAN_BBAN: Record<string, (r: Rand) => string> = {
  DE: (r) => digits(r, 18),
  FR: (r) => `${digits(r, 10)}${digits(r, 11)}${digits(r, 2)}`,
  ES: (r) => digits(r, 20),
  IT: (r) => `${letters(r, 1)}${digits(r, 22)}`,
  NL: (r) => `${choose(r, ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'])}${digits(r, 10)}`,
  PL: (r) => digits(r, 24),
  TR: (r) => `${digits(r, 5)}0${digits(r, 16)}`,
  RO: (r) => `${choose(r, ['BTRL', 'RNCB', 'BRDE', 'INGB'])}${digits(r, 16)}`,
  CZ: (r) => `${choose(r, ['0800', '0100', '2010', '0300'])}${digits(r, 16)}`,
  GR: (r) => digits(r, 23),
  UA: (r) => `${choose(r, ['305299', '322001', '380805'])}${digits(r, 19)}`,
  AE: (r) => `${choose(r, ['033', '026', '030'])}${digits(r, 16)}`,
  EG: (r) => digits(r, 25),
  IL: (r) => `0${choose(r, ['10', '12', '20', '11'])}${digits(r, 16)}`,
  BR: (r) => `${digits(r, 23)}C1`,
  GB: (r) => `${choose(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${digits(r, 14)}`,
};
const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
export const ibanValid = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
export function iban(r: Rand, locale: string): string {
  let cc = COUNTRY[locale];
  if (!IBAN_BBAN[cc]) cc = choose(r, ['DE', 'FR', 'ES', 'NL', 'GB', 'IT']);
  const bban = IBAN_BBAN[cc](r);
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const plain = `${cc}${check}${bban}`;
  if (!ibanValid(plain)) throw new Error('iban');
  return r() < 0.65 ? plain.replace(/(.{4})(?=.)/g, '$1 ') : plain;
}

// ---- cards (Luhn) ----
export function card(r: Rand): string {
  const kind = r();
  const prefix =
    kind < 0.5
      ? '4'
      : kind < 0.85
        ? choose(r, ['51', '52', '53', '54', '55', '2221', '2720'])
        : choose(r, ['34', '37']);
  const len = prefix === '34' || prefix === '37' ? 15 : 16;
  let body = prefix + digits(r, len - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  body += String((10 - (sum % 10)) % 10);
  const sep = choose(r, [' ', ' ', '-', '']);
  if (len === 15) return [body.slice(0, 4), body.slice(4, 10), body.slice(10)].join(sep);
  return body.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

// ---- vehicle plates (reported as ID_NUMBER) ----
const CYR = 'АВЕКМНОРСТУХ';
const UKR = 'АВСЕНІКМОРТХ';
const GRK = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const THAI = 'กขคฆงจฉชฌญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ';
const ARL = 'أبجدرسصطعفقلمنهوى';
const toArabicDigits = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);
export const PLATE: Record<string, (r: Rand) => string> = {
  US: (r) => (r() < 0.5 ? `${int(r, 1, 9)}${letters(r, 3)}${digits(r, 3)}` : `${letters(r, 3)}-${digits(r, 4)}`),
  GB: (r) => `${letters(r, 2)}${choose(r, ['19', '69', '20', '70', '21', '71', '23', '73'])} ${letters(r, 3)}`,
  IN: (r) =>
    `${choose(r, ['MH', 'DL', 'KA', 'TN', 'UP', 'GJ', 'HR', 'PB', 'WB', 'TS'])}${choose(r, [' ', '-', ''])}${digits(r, 2)}${choose(r, [' ', '-', ''])}${letters(r, 2)}${choose(r, [' ', '-', ''])}${digits(r, 4)}`,
  NG: (r) => `${choose(r, ['LSD', 'KJA', 'ABJ', 'EKY', 'FKJ', 'APP', 'GGE', 'AGL'])} ${digits(r, 3)} ${letters(r, 2)}`,
  KE: (r) => `K${choose(r, ['C', 'D'])}${letters(r, 1)} ${digits(r, 3)}${letters(r, 1)}`,
  PH: (r) => (r() < 0.7 ? `${letters(r, 3)} ${digits(r, 4)}` : `${letters(r, 3)} ${digits(r, 3)}`),
  MX: (r) =>
    r() < 0.5
      ? `${letters(r, 3)}-${digits(r, 3)}-${letters(r, 1)}`
      : `${letters(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
  AR: (r) => (r() < 0.6 ? `${letters(r, 2)} ${digits(r, 3)} ${letters(r, 2)}` : `${letters(r, 3)} ${digits(r, 3)}`),
  ES: (r) => `${digits(r, 4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
  BR: (r) =>
    r() < 0.6 ? `${letters(r, 3)}${int(r, 0, 9)}${letters(r, 1)}${digits(r, 2)}` : `${letters(r, 3)}-${digits(r, 4)}`,
  FR: (r) => `${letters(r, 2)}-${digits(r, 3)}-${letters(r, 2)}`,
  DE: (r) =>
    `${choose(r, ['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'HB', 'DO', 'LE', 'DD'])}${choose(r, ['-', ' '])}${letters(r, int(r, 1, 2))} ${int(r, 1, 9999)}`,
  IT: (r) => `${letters(r, 2)} ${digits(r, 3)}${choose(r, [' ', ''])}${letters(r, 2)}`,
  NL: (r) =>
    choose(r, [
      `${digits(r, 2)}-${letters(r, 3)}-${digits(r, 1)}`,
      `${letters(r, 3)}-${digits(r, 2)}-${letters(r, 1)}`,
      `${int(r, 1, 9)}-${letters(r, 3)}-${digits(r, 2)}`,
    ]),
  PL: (r) => `${choose(r, ['WA', 'WX', 'KR', 'PO', 'GD', 'DW', 'LU', 'SK'])} ${digits(r, 4)}${letters(r, 1)}`,
  TR: (r) =>
    `${choose(r, ['34', '06', '35', '16', '07', '01'])} ${letters(r, int(r, 1, 3))} ${digits(r, int(r, 2, 4))}`,
  RU: (r) =>
    `${letters(r, 1, CYR)}${digits(r, 3)}${letters(r, 2, CYR)} ${choose(r, ['77', '99', '177', '197', '50', '78', '199'])}`,
  UA: (r) => `${choose(r, ['АА', 'КА', 'ВС', 'АІ', 'ВН', 'АХ'])} ${digits(r, 4)} ${letters(r, 2, UKR)}`,
  GR: (r) => `${letters(r, 3, GRK)}-${digits(r, 4)}`,
  EG: (r) =>
    r() < 0.5
      ? `${[...letters(r, 3, ARL)].join(' ')} ${toArabicDigits(digits(r, 4))}`
      : `${[...letters(r, 3, ARL)].join(' ')} ${digits(r, 3)}`,
  AE: (r) => `${letters(r, 1, 'ABCDEFGHIJKLMNOPQRS')} ${digits(r, 5)}`,
  IL: (r) =>
    r() < 0.6 ? `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 3)}` : `${digits(r, 2)}-${digits(r, 3)}-${digits(r, 2)}`,
  TH: (r) => `${r() < 0.4 ? int(r, 1, 9) : ''}${letters(r, 2, THAI)} ${digits(r, 4)}`,
  VN: (r) =>
    `${choose(r, ['29', '30', '51', '59', '43', '92'])}${letters(r, 1, 'ABCDEFGHKLM')}${r() < 0.3 ? int(r, 1, 9) : ''}-${digits(r, 3)}.${digits(r, 2)}`,
  ID: (r) => `${choose(r, ['B', 'D', 'L', 'AB', 'F', 'N'])} ${int(r, 1, 9999)} ${letters(r, int(r, 1, 3))}`,
  MY: (r) => `${choose(r, ['W', 'V', 'B', 'J', 'P', 'S'])}${letters(r, int(r, 1, 2))} ${int(r, 1, 9999)}`,
  RO: (r) => `${choose(r, ['B', 'CJ', 'IS', 'TM', 'BV', 'CT'])} ${digits(r, 2)} ${letters(r, 3)}`,
  CZ: (r) => `${int(r, 1, 9)}${choose(r, ['A', 'B', 'S', 'T', 'E', 'H', 'J'])}${int(r, 0, 9)} ${digits(r, 4)}`,
};
/** Thai plates romanized keep Thai letters as Latin initials. */
export const plate = (r: Rand, locale: string) =>
  locale === 'th-Latn' ? `${int(r, 1, 9)}${letters(r, 2)} ${digits(r, 4)}` : PLATE[COUNTRY[locale]](r);

// ---- birth dates ----
const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
};
export function dob(r: Rand, locale: string): string {
  const y = int(r, 1948, 2012);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const lang = locale.slice(0, 2);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const names = MONTHS[lang === 'ms' ? 'id' : lang];
  if (names && r() < 0.4) {
    if (lang === 'en') return locale === 'en-US' ? `${names[m - 1]} ${d}, ${y}` : `${d} ${names[m - 1]} ${y}`;
    if (lang === 'es' || lang === 'pt') return `${d} de ${names[m - 1]} de ${y}`;
    if (lang === 'de') return `${d}. ${names[m - 1]} ${y}`;
    return `${d} ${names[m - 1]} ${y}`;
  }
  if (locale === 'en-US' || locale === 'es-US') return `${m}/${d}/${y}`;
  if (['de', 'ru', 'uk', 'pl', 'tr', 'ro', 'cs'].includes(lang)) return `${p2(d)}.${p2(m)}.${y}`;
  if (lang === 'nl') return `${p2(d)}-${p2(m)}-${y}`;
  if (lang === 'hu' || r() < 0.12) return `${y}-${p2(m)}-${p2(d)}`;
  return `${p2(d)}/${p2(m)}/${y}`;
}

// ---- light obfuscations a chat user really types ----
const WORDS: Record<string, string[]> = {
  en: 'zero one two three four five six seven eight nine'.split(' '),
  es: 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' '),
  pt: 'zero um dois três quatro cinco seis sete oito nove'.split(' '),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf'.split(' '),
  de: 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' '),
  it: 'zero uno due tre quattro cinque sei sette otto nove'.split(' '),
  id: 'nol satu dua tiga empat lima enam tujuh delapan sembilan'.split(' '),
  tl: 'zero one two three four five six seven eight nine'.split(' '),
  hi: 'shunya ek do teen char paanch chhe saat aath nau'.split(' '),
  ru: 'ноль один два три четыре пять шесть семь восемь девять'.split(' '),
};
export const OBF_EMAIL = ['at', 'dot'] as const;
export function obfuscate(r: Rand, type: string, v: string, lang: string): [string, string] | undefined {
  if (type === 'PHONE') {
    const ds = v.replace(/[^\d+]/g, '');
    if (r() < 0.5 || !WORDS[lang]) return ['spaced', [...ds].join(' ')];
    const w = WORDS[lang];
    let k = 0;
    let cut = v.length;
    for (let i = v.length - 1; i >= 0 && k < 4; i--)
      if (/\d/.test(v[i])) {
        k++;
        cut = i;
      }
    const said = [...v.slice(cut).replace(/\D/g, '')].map((d) => w[Number(d)]).join(' ');
    return ['words', `${v.slice(0, cut).replace(/[\s.-]+$/, '')} ${said}`];
  }
  if (type === 'EMAIL') {
    const [loc, dom] = v.split('@');
    const form = r();
    if (form < 0.4) return ['at-dot', `${loc} at ${dom.replace(/\./g, ' dot ')}`];
    if (form < 0.7) return ['at-dot', `${loc} [at] ${dom}`];
    return ['at-dot', `${loc}(at)${dom.replace(/\./g, '(dot)')}`];
  }
  if (type === 'PERSON' && /^\p{L}+$/u.test(v) && v.length >= 3) {
    const last = v[v.length - 1];
    return ['letter-repeat', v + last.repeat(int(r, 2, 4))];
  }
  if (type === 'CREDIT_CARD' || type === 'IBAN') return ['spaced', [...v.replace(/\s|-/g, '')].join(' ')];
  return undefined;
}
