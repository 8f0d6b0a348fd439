/**
 * Values of hold-out 27 (written blind): seeded PRNG, phones checked with libphonenumber-js/max (several printed
 * forms, digits spoken as words in some languages), mod-97-valid IBANs, e-mails built from the person's name, dates
 * of birth in each language's habits.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32 with a splitmix32 seed expansion. */
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

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export const letters = (r: Rand, n: number, set = UP) => Array.from({ length: n }, () => pick(r, [...set])).join('');

/** National significant number patterns (d = any digit), mostly mobiles, a few landlines. */
const NSN: Record<string, string[]> = {
  US: ['212ddddddd', '312ddddddd', '415ddddddd', '614ddddddd', '713ddddddd', '917ddddddd', '503ddddddd'],
  GB: ['77dddddddd', '78dddddddd', '79dddddddd', '74dddddddd', '20dddddddd', '161ddddddd'],
  IN: ['98dddddddd', '99dddddddd', '87dddddddd', '70dddddddd', '63dddddddd'],
  NG: ['803ddddddd', '806ddddddd', '813ddddddd', '705ddddddd', '909ddddddd'],
  PH: ['917ddddddd', '918ddddddd', '927ddddddd', '998ddddddd', '2ddddddddd'],
  AU: ['412dddddd', '423dddddd', '438dddddd', '29ddddddd', '39ddddddd'],
  DE: ['151dddddddd', '160ddddddd', '176dddddddd', '170ddddddd', '30dddddddd', '89ddddddd'],
  FR: ['6dddddddd', '7dddddddd', '1dddddddd', '4dddddddd'],
  ES: ['6dddddddd', '7dddddddd', '91ddddddd', '93ddddddd'],
  MX: ['55dddddddd', '33dddddddd', '81dddddddd', '222ddddddd'],
  BR: ['119dddddddd', '219dddddddd', '319dddddddd', '1133dddddd', '519dddddddd'],
  PT: ['91ddddddd', '93ddddddd', '96ddddddd', '21ddddddd', '22ddddddd'],
  IT: ['347ddddddd', '333ddddddd', '320ddddddd', '06dddddddd', '02dddddddd'],
  NL: ['6dddddddd', '20ddddddd', '10ddddddd', '30ddddddd'],
  PL: ['501dddddd', '602dddddd', '691dddddd', '785dddddd', '22ddddddd'],
  CZ: ['602dddddd', '731dddddd', '777dddddd', '2dddddddd'],
  RO: ['722dddddd', '745dddddd', '766dddddd', '213dddddd'],
  GR: ['69dddddddd', '21dddddddd'],
  UA: ['50ddddddd', '67ddddddd', '93ddddddd', '97ddddddd', '44ddddddd'],
  RU: ['9ddddddddd', '495ddddddd', '812ddddddd'],
  TR: ['53dddddddd', '54dddddddd', '55dddddddd', '212ddddddd'],
  ID: ['812dddddddd', '813ddddddd', '857dddddddd', '21dddddddd'],
  MY: ['12ddddddd', '16ddddddd', '112ddddddd', '3dddddddd'],
  VN: ['9dddddddd', '3dddddddd', '8dddddddd', '24dddddddd'],
  KE: ['7dddddddd', '11ddddddd', '20ddddddd'],
  TH: ['8dddddddd', '9dddddddd', '6dddddddd', '2ddddddd'],
};

const WORDS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
};

export type PhoneForm = 'intl' | 'national' | 'e164' | 'odd-spacing' | 'words';

/** A valid number of `region`, printed in `form` (words only where WORDS knows the language). */
export function phone(r: Rand, region: string, lang: string, form: PhoneForm): string {
  for (;;) {
    const nsn = pick(r, NSN[region]).replace(/d/g, () => String(int(r, 0, 9)));
    const p = parsePhoneNumberFromString(nsn, region as never);
    if (!p?.isValid()) continue;
    if (form === 'intl') return p.formatInternational();
    if (form === 'e164') return p.number;
    const nat = p.formatNational();
    if (form === 'national') return nat;
    const ds = nat.replace(/\D/g, '');
    if (form === 'words') {
      const w = WORDS[lang] ?? WORDS.en;
      return [...ds].map((d) => w[Number(d)]).join(' ');
    }
    // odd spacing: uneven groups, sometimes dots or a slash
    let out = '';
    let k = 0;
    while (k < ds.length) {
      const g = int(r, 2, 4);
      out += (out ? pick(r, [' ', ' ', '  ', '.', ' - ', '/']) : '') + ds.slice(k, k + g);
      k += g;
    }
    return r() < 0.4 ? `+${p.countryCallingCode} ${out.replace(/^0/, '')}` : out;
  }
}

/** BBAN shapes: n digit, a letter, c digit-or-letter. */
const BBAN: Record<string, string> = {
  DE: 'nnnnnnnnnnnnnnnnnn',
  FR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  ES: 'nnnnnnnnnnnnnnnnnnnn',
  PT: 'nnnnnnnnnnnnnnnnnnnnn',
  IT: 'annnnnnnnnnnnnnnnnnnnnn',
  NL: 'aaaannnnnnnnnn',
  PL: 'nnnnnnnnnnnnnnnnnnnnnnnn',
  CZ: 'nnnnnnnnnnnnnnnnnnnn',
  RO: 'aaaacccccccccccccccc',
  GR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  UA: 'nnnnnnnnnnnnnnnnnnnnnnnnn',
  TR: 'nnnnn0nnnnnnnnnnnnnnnn',
  GB: 'aaaannnnnnnnnnnnnn',
  BR: 'nnnnnnnnnnnnnnnnnnnnnnnac',
};
const BANKS: Record<string, string[]> = {
  NL: ['INGB', 'RABO', 'ABNA', 'SNSB'],
  RO: ['BTRL', 'RNCB', 'BRDE', 'INGB'],
  GB: ['BARC', 'NWBK', 'HBUK', 'LOYD', 'MIDL'],
};

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

export function iban(r: Rand, cc: string, printed: boolean): string {
  let bban = [...BBAN[cc]]
    .map((k) =>
      k === 'n' ? String(int(r, 0, 9)) : k === 'a' ? pick(r, [...UP]) : k === 'c' ? String(int(r, 0, 9)) : k,
    )
    .join('');
  if (BANKS[cc]) bban = pick(r, BANKS[cc]) + bban.slice(4);
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const raw = `${cc}${check}${bban}`;
  if (mod97(bban + cc + check) !== 1) throw new Error('bad iban');
  return printed ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
}

const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  ms: 'Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  tl: 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre'.split(' '),
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  uk: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
  el: 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου'.split(
    ' ',
  ),
};

/** A date of birth as `loc` writes it (numeric in the local order, or with the month's name). */
export function dob(r: Rand, lang: string, us: boolean): string {
  const y = int(r, 1942, 2016);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const names = MONTHS[lang];
  const named = names && r() < 0.45;
  if (us) return named ? `${names[m - 1]} ${d}, ${y}` : `${m}/${d}/${y}`;
  if (named) {
    const mn = names[m - 1];
    if (lang === 'en')
      return r() < 0.5 ? `${d} ${mn} ${y}` : `${d}${d === 1 ? 'st' : d === 2 ? 'nd' : 'th'} of ${mn} ${y}`;
    if (lang === 'es' || lang === 'pt') return `${d} de ${mn} de ${y}`;
    if (lang === 'de') return `${d}. ${mn} ${y}`;
    if (lang === 'tl') return `${mn} ${d}, ${y}`;
    if (lang === 'ru' || lang === 'uk') return `${d} ${mn} ${y} г.`.replace(' г.', lang === 'uk' ? ' р.' : ' г.');
    return `${d} ${mn} ${y}`;
  }
  if (lang === 'nl') return `${p2(d)}-${p2(m)}-${y}`;
  if (lang === 'cs') return `${d}. ${m}. ${y}`;
  if (['de', 'pl', 'ro', 'ru', 'uk', 'tr'].includes(lang)) return `${p2(d)}.${p2(m)}.${y}`;
  if (r() < 0.15) return `${y}-${p2(m)}-${p2(d)}`;
  return `${p2(d)}/${p2(m)}/${y}`;
}

/** ASCII for e-mail local parts (diacritics dropped, a few letters spelled out). */
export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function email(r: Rand, given: string, sur: string, domains: readonly string[]): string {
  const g = ascii(given);
  const s = ascii(sur);
  const local = pick(r, [
    `${g}.${s}`,
    `${g}${s}`,
    `${g[0]}.${s}`,
    `${g}_${s}${int(r, 1, 99)}`,
    `${s}.${g}`,
    `${g}${int(r, 70, 99)}`,
    `${g}.${s[0]}`,
  ]);
  return `${local}@${pick(r, domains)}`;
}
