/**
 * Values of hold-out 13 (written blind): names, e-mails, phones (libphonenumber-js/max valid), cards (Luhn), IBANs
 * (mod 97), addresses in each country's format, IPs, birth dates, passwords; plus one light obfuscation per type.
 */
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

export type Rand = () => number;
export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const TYPES = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'ADDRESS',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'PASSWORD',
] as const;
export type PiiType = (typeof TYPES)[number];

/** Small seeded PRNG. */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const COUNTRY = Object.fromEntries(
  LANGS.map((l, i) => [l, 'GB,DE,FR,ES,IT,PT,NL,PL,TR,JP'.split(',')[i] as CountryCode]),
) as Record<Lang, CountryCode>;

// ---- PERSON ----------------------------------------------------------------------------------------------------
export const split = (s: string) => s.split(',');
/** Per language: ten first names | ten surnames. */
const NAMES: Record<Lang, string> = {
  en: 'Oliver,Amelia,Harry,Isla,George,Emily,Jack,Sophie,Thomas,Charlotte|Smith,Jones,Taylor,Brown,Williams,Wilson,Davies,Evans,Thompson,Walker',
  de: 'Lukas,Anna,Jonas,Lea,Felix,Marie,Maximilian,Sophie,Tobias,Katharina|Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Hoffmann,Schäfer',
  fr: 'Louis,Camille,Hugo,Léa,Gabriel,Chloé,Arthur,Manon,Jules,Inès|Martin,Bernard,Dubois,Lefèvre,Robert,Richard,Petit,Durand,Leroy,Moreau',
  es: 'Hugo,Lucía,Martín,Sofía,Pablo,María,Alejandro,Paula,Daniel,Carmen|García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Jiménez',
  it: 'Leonardo,Giulia,Francesco,Sofia,Alessandro,Aurora,Lorenzo,Chiara,Matteo,Francesca|Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco',
  pt: 'João,Maria,Rodrigo,Beatriz,Tiago,Leonor,Duarte,Matilde,Miguel,Inês|Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Sousa,Fernandes',
  nl: 'Daan,Emma,Sem,Julia,Lucas,Tess,Bram,Sophie,Thijs,Fenna|de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer',
  pl: 'Jakub,Zuzanna,Antoni,Julia,Jan,Maja,Szymon,Hanna,Filip,Agnieszka|Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak',
  tr: 'Mehmet,Ayşe,Mustafa,Fatma,Emre,Zeynep,Burak,Elif,Can,Selin|Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir',
  ja: '翔太,陽菜,大輝,美咲,拓海,結衣,健太,さくら,蓮,葵|佐藤,鈴木,高橋,田中,伊藤,渡辺,山本,中村,小林,加藤',
};
const FIRST = (l: Lang) => split(NAMES[l].split('|')[0]);
const LAST = (l: Lang) => split(NAMES[l].split('|')[1]);
/** Romaji of the Japanese lists above (same order), for e-mail local parts. */
const JA_FIRST = split('shota,hina,daiki,misaki,takumi,yui,kenta,sakura,ren,aoi');
const JA_LAST = split('sato,suzuki,takahashi,tanaka,ito,watanabe,yamamoto,nakamura,kobayashi,kato');
const TITLES: Record<Lang, string[]> = {
  en: split('Mr,Mrs,Ms,Dr'),
  de: split('Herr,Frau,Dr.'),
  fr: split('M.,Mme,Dr'),
  es: split('Sr.,Sra.,Dr.'),
  it: split('Sig.,Sig.ra,Dott.'),
  pt: split('Sr.,Sra.,Dr.'),
  nl: split('dhr.,mevr.,dr.'),
  pl: split('Pan,Pani,dr'),
  tr: split('Bey,Hanım'),
  ja: split('様,さん'),
};
export type Who = { first: string; last: string; fa: string; la: string };
export function who(r: Rand, lang: Lang): Who {
  const i = Math.floor(r() * 10);
  const j = Math.floor(r() * 10);
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}|[łıß ]/gu, (c) => ({ ł: 'l', ı: 'i', ß: 'ss' })[c] ?? '')
      .toLowerCase();
  // Polish surnames in -ski take -ska for women (all the Polish women's names here end in -a).
  const last = lang === 'pl' && FIRST(lang)[i].endsWith('a') ? LAST(lang)[j].replace(/ki$/, 'ka') : LAST(lang)[j];
  return lang === 'ja'
    ? { first: FIRST('ja')[i], last: LAST('ja')[j], fa: JA_FIRST[i], la: JA_LAST[j] }
    : { first: FIRST(lang)[i], last, fa: fold(FIRST(lang)[i]), la: fold(last) };
}
export function person(r: Rand, lang: Lang, w: Who): string {
  const full = lang === 'ja' ? `${w.last}${r() < 0.5 ? ' ' : ''}${w.first}` : `${w.first} ${w.last}`;
  const form = r();
  if (form < 0.45) return full;
  if (form < 0.6) return lang === 'ja' ? `${w.last}${choose(r, TITLES.ja)}` : w.first;
  const t = choose(r, TITLES[lang]);
  if (lang === 'ja') return `${full}${t}`;
  if (lang === 'tr') return form < 0.8 ? `${w.first} ${t}` : `Dr. ${full}`;
  return `${t} ${form < 0.8 ? w.last : full}`;
}

// ---- EMAIL -------------------------------------------------------------------------------------------------------
const DOMAINS: Record<Lang, string[]> = {
  en: split('btinternet.com,outlook.com,gmail.com,yahoo.co.uk'),
  de: split('web.de,gmx.de,t-online.de,gmail.com'),
  fr: split('orange.fr,laposte.net,free.fr,gmail.com'),
  es: split('telefonica.net,hotmail.es,gmail.com,yahoo.es'),
  it: split('libero.it,virgilio.it,tiscali.it,gmail.com'),
  pt: split('sapo.pt,clix.pt,gmail.com,outlook.pt'),
  nl: split('ziggo.nl,kpnmail.nl,xs4all.nl,gmail.com'),
  pl: split('wp.pl,onet.pl,o2.pl,gmail.com'),
  tr: split('yandex.com.tr,hotmail.com,gmail.com,ttmail.com'),
  ja: split('yahoo.co.jp,docomo.ne.jp,gmail.com,nifty.com'),
};
export function email(r: Rand, lang: Lang, w: Who): string {
  const local = choose(r, [
    `${w.fa}.${w.la}`,
    `${w.fa[0]}${w.la}`,
    `${w.fa}_${w.la}${int(r, 1, 99)}`,
    `${w.la}.${w.fa}`,
    `${w.fa}${int(r, 70, 99)}`,
  ]);
  return `${local}@${choose(r, DOMAINS[lang])}`;
}

// ---- PHONE -------------------------------------------------------------------------------------------------------
const OTHERS: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'CH', 'ES', 'IT', 'NL', 'JP', 'BE'];
export function phone(r: Rand, lang: Lang): string {
  const own = r() < 0.75;
  const cc = own ? COUNTRY[lang] : choose(r, OTHERS);
  const ex = getExampleNumber(cc, examples);
  if (!ex) throw new Error(`no example for ${cc}`);
  const nat = String(ex.nationalNumber);
  for (;;) {
    const cand = nat.slice(0, 2) + digits(r, nat.length - 2);
    const p = parsePhoneNumberFromString(cand, cc);
    if (!p?.isValid()) continue;
    const f = r();
    return own && f < 0.5 ? p.formatNational() : f < 0.9 ? p.formatInternational() : p.number;
  }
}

// ---- CREDIT_CARD ---------------------------------------------------------------------------------------------------
function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}
export function card(r: Rand, lang: Lang): string {
  const issuer = choose(
    r,
    lang === 'ja' ? ['visa', 'mc', 'jcb', 'amex'] : ['visa', 'visa', 'mc', 'mc', 'amex', 'disc'],
  );
  const pre = {
    visa: '4',
    mc: choose(r, ['51', '52', '53', '54', '55', String(int(r, 2221, 2720))]),
    amex: choose(r, ['34', '37']),
    disc: '6011',
    jcb: String(int(r, 3528, 3589)),
  }[issuer] as string;
  const len = issuer === 'amex' ? 15 : 16;
  const num = luhn(pre + digits(r, len - 1 - pre.length));
  if (r() < 0.12) return num;
  const sep = choose(r, [' ', ' ', '-']);
  return len === 15
    ? [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep)
    : (num.match(/.{4}/g) ?? []).join(sep);
}

// ---- IBAN --------------------------------------------------------------------------------------------------------
const BBAN: Record<string, string> = {
  GB: 'AAAA99999999999999',
  DE: '999999999999999999',
  FR: '99999999999999999999999',
  ES: '99999999999999999999',
  IT: 'A9999999999999999999999',
  PT: '999999999999999999999',
  NL: 'AAAA9999999999',
  PL: '999999999999999999999999',
  TR: '9999909999999999999999',
};
export function iban(r: Rand, lang: Lang): string {
  const cc = lang === 'ja' ? choose(r, ['DE', 'GB', 'FR']) : COUNTRY[lang];
  const bban = [...BBAN[cc]]
    .map((c) => (c === 'A' ? String.fromCharCode(65 + Math.floor(r() * 26)) : c === '9' ? digits(r, 1) : c))
    .join('');
  const num = [...`${bban}${cc}00`].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let mod = 0;
  for (const c of num) mod = (mod * 10 + Number(c)) % 97;
  const s = `${cc}${pad(98 - mod)}${bban}`;
  return r() < 0.7 ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
}

// ---- ADDRESS -----------------------------------------------------------------------------------------------------
/** Per language: streets | "city:postcode prefix" places | layout ({s} street, {n} number, {x} optional flat). */
const ADDR: Record<Lang, string> = {
  en: 'High Street,Station Road,Church Lane,Victoria Road|London:SW,Manchester:M,Leeds:LS,Bristol:BS|{n} {s}, {c} {pc}',
  de: 'Hauptstraße,Bahnhofstraße,Gartenweg,Schillerstraße|Berlin:10,München:80,Hamburg:20,Köln:50|{s} {n}, {pc} {c}',
  fr: 'rue de la Paix,avenue Victor Hugo,boulevard Voltaire|Paris:7501,Lyon:6900,Marseille:130|{n} {s}, {pc} {c}',
  es: 'Calle Mayor,Calle de Alcalá,Paseo de Gracia,Calle Real|Madrid:280,Barcelona:080,Sevilla:410|{s}, {n}{x}, {pc} {c}',
  it: 'Via Roma,Corso Vittorio Emanuele,Via Garibaldi,Via Mazzini|Milano:201,Roma:001,Torino:101|{s} {n}, {pc} {c}',
  pt: 'Rua Augusta,Avenida da Liberdade,Rua do Ouro|Lisboa:1,Porto:4,Braga:47|{s}, {n}{x}, {pc} {c}',
  nl: 'Kerkstraat,Dorpsstraat,Prinsengracht,Stationsweg|Amsterdam:10,Rotterdam:30,Utrecht:35|{s} {n}, {pc} {c}',
  pl: 'ul. Marszałkowska,ul. Długa,al. Jerozolimskie,ul. Kwiatowa|Warszawa:0,Kraków:3,Łódź:9,Gdańsk:8|{s} {n}{x}, {pc} {c}',
  tr: 'Atatürk Caddesi,Bağdat Caddesi,Gül Sokak|Kadıköy/İstanbul:347,Çankaya/Ankara:06,Konak/İzmir:35|{s} No: {n}{x}, {pc} {c}',
  ja: '1,2,3,4,5|東京都渋谷区神南:150,大阪府大阪市北区梅田:530,神奈川県横浜市西区みなとみらい:220|〒{pc} {c}{s}-{n}{x}',
};
const UK = [...'ABDEFGHJLNPQRSTUWXYZ'];
const NL = [...'ABCDEGHJKLMNPRSTVWXZ'];
function postcode(r: Rand, lang: Lang, p: string): string {
  if (lang === 'en') return `${p}${int(r, 1, 9)} ${int(r, 1, 9)}${choose(r, UK)}${choose(r, UK)}`;
  if (lang === 'pt') return `${p}${digits(r, 4 - p.length)}-${digits(r, 3)}`;
  if (lang === 'nl') return `${p}${digits(r, 2)} ${choose(r, NL)}${choose(r, NL)}`;
  if (lang === 'pl') return `${p}${digits(r, 1)}-${digits(r, 3)}`;
  if (lang === 'ja') return `${p}-${digits(r, 4)}`;
  return p + digits(r, 5 - p.length);
}
const FLAT: Partial<Record<Lang, (r: Rand) => string>> = {
  es: (r) => `, ${int(r, 1, 8)}º ${choose(r, ['A', 'B', 'C'])}`,
  pt: (r) => `, ${int(r, 1, 6)}º Esq.`,
  pl: (r) => `/${int(r, 1, 40)}`,
  tr: (r) => ` D: ${int(r, 1, 20)}`,
  ja: (r) => `-${int(r, 1, 30)}`,
};
export function address(r: Rand, lang: Lang): string {
  const [streets, places, layout] = ADDR[lang].split('|');
  const [city, prefix] = choose(r, places.split(',')).split(':');
  const flat = r() < 0.5 ? (FLAT[lang]?.(r) ?? '') : '';
  const n = String(lang === 'ja' ? int(r, 1, 30) : int(r, 1, 120));
  const fill: Record<string, string> = {
    s: choose(r, split(streets)),
    n,
    x: flat,
    pc: postcode(r, lang, prefix),
    c: city,
  };
  return layout.replace(/\{(\w+)\}/g, (_m, key: string) => fill[key]);
}
