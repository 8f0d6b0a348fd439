/**
 * Hold-out 35 value makers: a seeded PRNG, a person per language, the written forms of a name (full, given only, lower
 * case, ALL CAPS, nickname, @handle, emoji glued, repeated letters, word-name, "Sarah K."), valid mobile phones
 * (libphonenumber-js/max), name-built e-mails and short street addresses.
 */
import { parsePhoneNumber } from 'libphonenumber-js/max';
import { NAMES } from './pii-holdout35-names.ts';

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
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/** Locale of case mapping (Turkish dotted I). */
const upper = (s: string, lang: string) => s.toLocaleUpperCase(lang === 'tr' ? 'tr' : 'en');
const lower = (s: string, lang: string) => s.toLocaleLowerCase(lang === 'tr' ? 'tr' : 'en');

/** ASCII letters for handles and e-mails. */
export function ascii(s: string) {
  return s
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '');
}

export type Person = { given: string; family: string; nick?: string; word: boolean };

export function person(r: Rand, lang: string, wordName = false): Person {
  const d = NAMES[lang];
  const given = wordName ? choose(r, d.word) : choose(r, d.given);
  const nicks = d.nick[given];
  return { given, family: choose(r, d.family), nick: nicks ? choose(r, nicks) : undefined, word: wordName };
}

const EMOJI = ['💕', '🔥', '✨', '😘', '🌸', '💀', '🙏', '❤️', '😂', '👑', '🥰', '⚽'];

/** Name forms a slot may take: G = a given-name form (vocatives, kinship), N = any written form. */
export const FORMS_G = ['given', 'given', 'lower', 'caps', 'nick', 'emoji', 'repeat', 'word'] as const;
export const FORMS_N = ['full', 'full', 'given', 'lower', 'fulllower', 'caps', 'nick', 'initial', 'word'] as const;

/** Writes `p` in `form`; returns the written value and the form actually used (a missing nickname becomes given). */
export function written(r: Rand, lang: string, form: string): { v: string; form: string } {
  const p = person(r, lang, form === 'word');
  const g = p.given;
  const full = lang === 'vi' ? `${p.family} ${g}` : `${g} ${p.family}`;
  switch (form) {
    case 'full':
      return { v: full, form };
    case 'word':
      return { v: r() < 0.4 ? full : g, form };
    case 'fulllower':
      return { v: lower(full, lang), form };
    case 'lower':
      return { v: lower(g, lang), form };
    case 'caps':
      return { v: upper(r() < 0.5 ? g : full, lang), form };
    case 'nick':
      if (p.nick) return { v: r() < 0.3 ? lower(p.nick, lang) : p.nick, form };
      return { v: g, form: 'given' };
    case 'initial':
      if (lang === 'vi') return { v: `${g} ${p.family[0]}.`, form };
      return { v: r() < 0.7 ? `${g} ${p.family[0]}.` : `${g[0]}. ${p.family}`, form };
    case 'emoji': {
      const e = choose(r, EMOJI);
      const base = r() < 0.5 ? lower(g, lang) : g;
      return { v: r() < 0.8 ? `${base}${e}` : `${e}${base}`, form };
    }
    case 'repeat': {
      const base = r() < 0.6 ? lower(g, lang) : g;
      const last = base.at(-1) ?? 'a';
      return { v: base + last.repeat(2 + Math.floor(r() * 3)), form };
    }
    case 'handle':
      return { v: `@${handle(r, p)}`, form };
    case 'speaker': {
      const k = r();
      if (k < 0.5) return { v: full, form: 'speaker-full' };
      if (k < 0.8 || !p.nick) return { v: g, form: 'speaker-given' };
      return { v: p.nick, form: 'speaker-nick' };
    }
    default:
      return { v: g, form: 'given' };
  }
}

function handle(r: Rand, p: Person) {
  const g = ascii(p.given).replace(/[ -]/g, '');
  const f = ascii(p.family).replace(/[ -]/g, '');
  const n = p.nick ? ascii(p.nick).replace(/[ -]/g, '') : g;
  const yy = String(80 + Math.floor(r() * 26)).slice(-2);
  return choose(r, [
    `${g}.${f}`,
    `${g}_${f}`,
    `${g}${f}${yy}`,
    `${g}.${f[0]}`,
    `${n}_${f}`,
    `${f}.${g}`,
    `${g}${digits(r, 2)}`,
    `its${g}_`,
    `${g}__${f}`,
    `${n}.${yy}`,
    `${g}${f}`,
    `x${g}x`,
  ]);
}

/** Mobile prefixes by region; the national number is completed at random and kept only when valid and a mobile. */
const MOBILE: Record<string, [string, string[], number]> = {
  'en-US': ['US', ['212', '415', '312', '617', '713', '305', '206', '404', '512'], 7],
  'en-UK': ['GB', ['071', '073', '074', '075', '077', '078', '079'], 8],
  'en-IN': ['IN', ['98', '97', '96', '88', '70', '63', '91'], 8],
  hi: ['IN', ['98', '99', '81', '79', '88', '62'], 8],
  'en-NG': ['NG', ['0803', '0806', '0813', '0703', '0906', '0816'], 7],
  'en-PH': ['PH', ['0917', '0918', '0927', '0945', '0998', '0906'], 7],
  es: ['ES', ['61', '62', '65', '67', '69', '60'], 7],
  pt: ['BR', ['119', '219', '319', '419', '519', '719', '819', '859'], 8],
  fr: ['FR', ['061', '062', '065', '067', '075', '078'], 7],
  de: ['DE', ['0151', '0152', '0160', '0170', '0171', '0176', '0157'], 7],
  it: ['IT', ['320', '328', '333', '338', '347', '349', '366', '392'], 7],
  nl: ['NL', ['061', '062', '063', '064', '065'], 7],
  pl: ['PL', ['50', '51', '60', '66', '69', '72', '78', '88'], 7],
  tr: ['TR', ['0532', '0533', '0542', '0505', '0555', '0544'], 7],
  id: ['ID', ['0812', '0813', '0821', '0852', '0857', '0878'], 8],
  vi: ['VN', ['090', '091', '098', '097', '086', '077', '035'], 7],
  ar: ['EG', ['010', '011', '012', '015'], 8],
};

export function phone(r: Rand, lang: string): string {
  const [region, prefixes, n] = MOBILE[lang];
  for (let tries = 0; ; tries++) {
    if (tries > 5000) throw new Error(`no valid phone for ${lang}`);
    const raw = choose(r, prefixes) + digits(r, n + (r() < 0.7 ? 0 : 1));
    try {
      const p = parsePhoneNumber(raw, region as 'US');
      if (!p.isValid()) continue;
      const t = p.getType();
      if (region !== 'US' && t !== 'MOBILE' && t !== 'FIXED_LINE_OR_MOBILE') continue;
      const k = r();
      if (k < 0.45) return p.formatNational();
      if (k < 0.75) return p.formatInternational();
      if (k < 0.9) return p.nationalNumber.length > 0 ? raw : p.formatNational();
      return p.formatInternational().replace(/ /g, '');
    } catch {}
  }
}

const MAIL: Record<string, string[]> = {
  'en-US': ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
  'en-UK': ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk'],
  'en-IN': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  hi: ['gmail.com', 'yahoo.in'],
  'en-NG': ['gmail.com', 'yahoo.com'],
  'en-PH': ['gmail.com', 'yahoo.com.ph'],
  es: ['gmail.com', 'hotmail.es', 'outlook.es'],
  pt: ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br'],
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'],
  de: ['gmx.de', 'web.de', 'gmail.com', 't-online.de'],
  it: ['gmail.com', 'libero.it', 'virgilio.it'],
  nl: ['gmail.com', 'ziggo.nl', 'hotmail.nl', 'kpnmail.nl'],
  pl: ['wp.pl', 'o2.pl', 'gmail.com', 'onet.pl'],
  tr: ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
  id: ['gmail.com', 'yahoo.co.id'],
  vi: ['gmail.com', 'yahoo.com.vn'],
  ar: ['gmail.com', 'hotmail.com'],
};

export function email(r: Rand, lang: string): string {
  const p = person(r, lang);
  const g = ascii(p.given).replace(/ /g, '');
  const f = ascii(p.family).replace(/ /g, '');
  const local = choose(r, [
    `${g}.${f}`,
    `${g}${f}${digits(r, 2)}`,
    `${g[0]}${f}`,
    `${g}_${f}`,
    `${f}.${g}${digits(r, 4)}`,
  ]);
  return `${local}@${choose(r, MAIL[lang])}`;
}

const STREETS: Record<string, (r: Rand) => string> = {
  en: (r) =>
    `${1 + Math.floor(r() * 2400)} ${choose(r, ['Larkspur', 'Maple', 'Hawthorne', 'Cedar Ridge', 'Willow'])} ${choose(r, ['Lane', 'Drive', 'Ave', 'Ct', 'St'])}`,
  uk: (r) =>
    `${1 + Math.floor(r() * 140)} ${choose(r, ['Whitby', 'Beech', 'Albert', 'Moorland', 'Stanley'])} ${choose(r, ['Road', 'Close', 'Grove', 'Crescent'])}`,
  in: (r) =>
    `Flat ${100 + Math.floor(r() * 900)}, ${choose(r, ['Sai Krupa Apts', 'Green Park Society', 'Lakeview Residency'])}`,
  ng: (r) => `${1 + Math.floor(r() * 60)} ${choose(r, ['Adeola Odeku', 'Allen Avenue', 'Bode Thomas'])} Street`,
  ph: (r) =>
    `Blk ${1 + Math.floor(r() * 40)} Lot ${1 + Math.floor(r() * 30)} ${choose(r, ['Sampaguita St', 'Mabini St'])}`,
  es: (r) =>
    `Calle ${choose(r, ['del Pez', 'Mayor', 'de Toledo', 'Ruzafa'])} ${1 + Math.floor(r() * 90)}, ${1 + Math.floor(r() * 6)}º B`,
  pt: (r) =>
    `Rua ${choose(r, ['Augusta', 'das Palmeiras', 'Teodoro Sampaio'])}, ${10 + Math.floor(r() * 1900)} apto ${10 + Math.floor(r() * 150)}`,
  fr: (r) =>
    `${1 + Math.floor(r() * 120)} rue ${choose(r, ['de la Roquette', 'des Lilas', 'Victor Hugo', 'du Moulin'])}`,
  de: (r) =>
    `${choose(r, ['Lindenstraße', 'Am Sonnenhang', 'Bergstr.', 'Kastanienallee'])} ${1 + Math.floor(r() * 80)}`,
  it: (r) => `Via ${choose(r, ['Garibaldi', 'dei Mille', 'Roma', 'San Vitale'])} ${1 + Math.floor(r() * 200)}`,
  nl: (r) => `${choose(r, ['Lindengracht', 'Kerkstraat', 'Vondellaan', 'Molenweg'])} ${1 + Math.floor(r() * 150)}`,
  pl: (r) =>
    `ul. ${choose(r, ['Mickiewicza', 'Długa', 'Kwiatowa', 'Ogrodowa'])} ${1 + Math.floor(r() * 90)}/${1 + Math.floor(r() * 40)}`,
  tr: (r) =>
    `${choose(r, ['Bağdat Cad.', 'Gül Sok.', 'Atatürk Bulvarı'])} No: ${1 + Math.floor(r() * 120)} D: ${1 + Math.floor(r() * 20)}`,
  id: (r) => `Jl. ${choose(r, ['Melati', 'Kenanga', 'Diponegoro'])} No. ${1 + Math.floor(r() * 80)}`,
  vi: (r) => `${1 + Math.floor(r() * 300)} ${choose(r, ['Nguyễn Trãi', 'Lê Lợi', 'Hai Bà Trưng'])}`,
  ar: (r) => `${1 + Math.floor(r() * 60)} sharia ${choose(r, ['Tahrir', 'El Nozha', 'Abbas El Akkad'])}`,
};
const STREET_OF: Record<string, string> = {
  'en-US': 'en',
  'en-UK': 'uk',
  'en-IN': 'in',
  hi: 'in',
  'en-NG': 'ng',
  'en-PH': 'ph',
};

export const address = (r: Rand, lang: string) => STREETS[STREET_OF[lang] ?? lang](r);
