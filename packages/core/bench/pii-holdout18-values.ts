/**
 * Values of hold-out 18: a seeded PRNG of its own, the locales' digit systems, and valid phones (libphonenumber-js/max),
 * e-mails (Latin, IDN domain, native-script local part), Luhn-valid cards of the local brands, mod-97 IBANs of real
 * IBAN countries (right length and BBAN shape) and IPv4/IPv6 addresses. Each maker returns [value, form].
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rand = () => number;

/** sfc32 seeded through a small splitmix of the seed. */
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
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const words = (s: string) => s.split(' ');
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

export const LANGS = ['ar', 'fa', 'ur', 'hi', 'bn', 'th', 'zh', 'ja', 'ko', 'ru', 'uk', 'el', 'he', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

/** Code point of the locale's zero (full-width digits for CJK); none where ASCII digits are the habit. */
export const NATIVE_ZERO: Partial<Record<Lang, number>> = {
  ar: 0x0660,
  fa: 0x06f0,
  ur: 0x06f0,
  hi: 0x0966,
  bn: 0x09e6,
  th: 0x0e50,
  zh: 0xff10,
  ja: 0xff10,
  ko: 0xff10,
};

/** ASCII digits -> the locale's digits. */
export const toNative = (s: string, lang: Lang) => {
  const z = NATIVE_ZERO[lang];
  return z === undefined ? s : s.replace(/[0-9]/g, (d) => String.fromCodePoint(z + Number(d)));
};

// ---------------------------------------------------------------- phones
/** National significant number templates: prefix + random digits up to the length; validated by libphonenumber. */
const PHONE_PLANS: Record<string, string> = {
  SA: '9: 50 53 54 55 56 58 59 | 9: 11 12 13 14',
  AE: '9: 50 52 54 55 56 58 | 8: 2 4 6',
  EG: '10: 10 11 12 15 | 9: 2 3',
  JO: '9: 77 78 79 | 8: 6',
  KW: '8: 5 6 9',
  QA: '8: 33 55 66 70 77',
  IQ: '10: 77 78 79 75',
  IR: '10: 912 913 919 935 936 937 938 939 901 902 990 | 10: 21 31 51',
  PK: '10: 300 301 303 311 312 321 333 345 | 10: 21 42 51',
  IN: '10: 98 99 97 96 94 93 91 90 88 87 86 85 70 73 74 75 76 77 78 79 80 81 82 83 84 62 63 | 10: 11 22 80 40',
  BD: '10: 13 14 15 16 17 18 19',
  TH: '9: 61 62 63 64 65 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 | 8: 2',
  CN: '11: 130 131 133 135 136 137 138 139 150 151 152 155 158 159 176 177 180 181 186 187 188 189 199 | 10: 10 21',
  TW: '9: 9 | 9: 2',
  HK: '8: 5 6 9',
  JP: '10: 90 80 70 | 9: 3 6',
  KR: '10: 10 | 9: 2',
  RU: '10: 91 92 93 95 96 98 99 90 | 10: 495 499 812',
  KZ: '10: 701 702 705 707 747 771 775 777 778',
  UA: '9: 50 63 66 67 68 73 93 95 96 97 98 99 | 9: 44',
  GR: '10: 69 | 10: 21',
  CY: '8: 96 97 99',
  IL: '9: 50 52 53 54 55 58 | 8: 2 3 4 8 9',
  TR: '10: 50 53 54 55 | 10: 212 216 312 232',
};
export const PHONE_COUNTRIES: Record<Lang, string> = {
  ar: 'SA SA AE EG JO KW QA IQ',
  fa: 'IR',
  ur: 'PK PK PK AE',
  hi: 'IN',
  bn: 'BD BD BD IN',
  th: 'TH',
  zh: 'CN CN CN TW HK',
  ja: 'JP',
  ko: 'KR',
  ru: 'RU RU RU KZ',
  uk: 'UA',
  el: 'GR GR GR CY',
  he: 'IL',
  tr: 'TR',
};

export function phone(r: Rand, lang: Lang): [string, string] {
  const country = choose(r, words(PHONE_COUNTRIES[lang]));
  const plans = PHONE_PLANS[country].split(' | ');
  const [len, list] = (r() < 0.8 || plans.length === 1 ? plans[0] : plans[1]).split(': ');
  const prefixes = words(list);
  for (let tries = 0; tries < 500; tries++) {
    const pre = choose(r, prefixes);
    const nsn = pre + digits(r, Number(len) - pre.length);
    const pn = parsePhoneNumberFromString(nsn, country as never);
    if (!pn?.isValid()) continue;
    const intl = pn.formatInternational();
    const national = pn.formatNational();
    const form = choose(r, ['intl', 'intl', 'national', 'national', 'national', 'e164', '00', 'compact', 'dashed']);
    const v = {
      intl,
      national,
      e164: pn.number as string,
      '00': `00${intl.slice(1)}`,
      compact: national.replace(/\D/g, ''),
      dashed: intl.replace(/ /g, '-'),
    }[form];
    if (v) return [v, form];
  }
  throw new Error(`no valid phone for ${country}`);
}

// ---------------------------------------------------------------- e-mails
const NAMES: Record<Lang, string> = {
  ar: 'ahmed mohammed fatima khalid noura omar sara abdullah layla youssef | alharbi alqahtani hassan mansour alotaibi saleh haddad nasser',
  fa: 'mohammad zahra ali maryam reza fatemeh hossein sara amir neda | rezaei ahmadi hosseini karimi moradi jafari tehrani rahimi',
  ur: 'ali ayesha usman fatima hamza zainab bilal sana | khan malik qureshi butt chaudhry siddiqui raza',
  hi: 'priya rahul anjali amit neha vikram pooja arjun | sharma verma gupta singh patel yadav mishra',
  bn: 'rahim fatema tanvir nusrat sabbir ayesha arif mitu | uddin hossain rahman islam chowdhury akter das',
  th: 'somchai suda nattapong kanya wichai pimchanok anan ploy | srisuk wongsa chaiyaporn boonmee thongdee saetang',
  zh: 'wei fang lei jing min hao xiaoming yuting | wang li zhang liu chen yang zhao huang',
  ja: 'yuki haruto sakura takeshi aoi kenji yui sota | tanaka suzuki sato takahashi watanabe ito yamamoto',
  ko: 'minjun jiwoo seoyeon hyunwoo jiyoung donghyun sujin | kim lee park choi jung kang yoon',
  ru: 'sergey olga dmitry anna ivan natalia alexey elena | ivanov petrova smirnov kuznetsova volkov sokolova',
  uk: 'olena andriy oksana taras iryna mykola yulia | shevchenko kovalenko bondarenko tkachenko melnyk kravchuk',
  el: 'nikos maria giorgos eleni dimitris katerina kostas | papadopoulos georgiou nikolaou papadaki karagiannis vlachos',
  he: 'yossi noa avi tamar david michal itai shira | cohen levi mizrahi peretz biton friedman',
  tr: 'mehmet ayse mustafa elif emre zeynep burak fatma | yilmaz kaya demir sahin celik yildiz ozturk',
};
const DOMAINS: Record<Lang, string> = {
  ar: 'gmail.com hotmail.com yahoo.com icloud.com outlook.sa stc.com.sa ksu.edu.sa emirates.net.ae uaeu.ac.ae',
  fa: 'gmail.com yahoo.com chmail.ir ut.ac.ir sharif.edu outlook.com',
  ur: 'gmail.com yahoo.com hotmail.com nu.edu.pk ptcl.net.pk',
  hi: 'gmail.com yahoo.co.in rediffmail.com outlook.com iitd.ac.in',
  bn: 'gmail.com yahoo.com du.ac.bd outlook.com',
  th: 'gmail.com hotmail.com chula.ac.th outlook.co.th yahoo.co.th',
  zh: 'qq.com 163.com 126.com sina.com foxmail.com pku.edu.cn gmail.com',
  ja: 'gmail.com yahoo.co.jp docomo.ne.jp ezweb.ne.jp i.softbank.jp icloud.com u-tokyo.ac.jp',
  ko: 'naver.com daum.net hanmail.net gmail.com kakao.com snu.ac.kr',
  ru: 'mail.ru yandex.ru gmail.com rambler.ru bk.ru list.ru inbox.ru',
  uk: 'ukr.net gmail.com i.ua meta.ua knu.ua',
  el: 'gmail.com yahoo.gr otenet.gr hotmail.com uoa.gr',
  he: 'gmail.com walla.co.il hotmail.com bezeqint.net tau.ac.il',
  tr: 'gmail.com hotmail.com yandex.com.tr outlook.com itu.edu.tr boun.edu.tr',
};
/** Domains in the local script (IDN ccTLDs or native second-level labels). */
const IDN_DOMAINS: Record<Lang, string> = {
  ar: 'متجر.السعودية بريد.امارات القاهرة.مصر',
  fa: 'شرکت.ایران فروشگاه.ایران',
  ur: 'دکان.پاکستان ڈاک.پاکستان',
  hi: 'डाटामेल.भारत कंपनी.भारत',
  bn: 'ডাকঘর.বাংলা ডাটামেল.ভারত',
  th: 'อีเมล.ไทย ร้านค้า.ไทย',
  zh: '公司.中国 邮件.中国 网店.香港',
  ja: '会社.jp 東京.jp お店.jp',
  ko: '회사.한국 메일.한국',
  ru: 'почта.рф магазин.рф школа.рф',
  uk: 'пошта.укр сайт.укр',
  el: 'εταιρεία.ελ παράδειγμα.ελ',
  he: 'דואר.ישראל חברה.ישראל',
  tr: 'şirket.com.tr örnek.com.tr çiçekçi.com.tr',
};
/** Native-script local parts (internationalised e-mail). */
const EAI_LOCALS: Record<Lang, string> = {
  ar: 'أحمد نورة خالد.العتيبي',
  fa: 'علی مریم.کریمی',
  ur: 'علی عائشہ',
  hi: 'राम प्रिया.शर्मा',
  bn: 'রহিম তানভীর',
  th: 'สมชาย สุดา',
  zh: '王伟 李芳',
  ja: '田中 ゆき',
  ko: '민준 김서연',
  ru: 'сергей иван.петров',
  uk: 'олена тарас.мельник',
  el: 'νίκος ελένη.π',
  he: 'יוסי נועה.כהן',
  tr: 'ayşe.öztürk çağrı gülşen.yıldız',
};

export function email(r: Rand, lang: Lang): [string, string] {
  const form = r() < 0.75 ? 'latin' : r() < 0.6 ? 'idn-domain' : 'native-local';
  if (form === 'native-local')
    return [`${choose(r, words(EAI_LOCALS[lang]))}@${choose(r, words(IDN_DOMAINS[lang]))}`, form];
  const [firsts, lasts] = NAMES[lang].split(' | ').map(words);
  const f = choose(r, firsts);
  const l = choose(r, lasts);
  const yy = r() < 0.5 ? String(int(r, 70, 99)) : String(int(r, 1975, 2006));
  const patterns = [`${f}.${l}`, `${f}_${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f}.${l}${yy}`, `${f}${yy}`, `${l}.${f}`];
  let local = choose(r, patterns);
  // QQ mail: the QQ number is the usual address
  const domain = form === 'idn-domain' ? choose(r, words(IDN_DOMAINS[lang])) : choose(r, words(DOMAINS[lang]));
  if (domain === 'qq.com' && r() < 0.7) local = String(int(r, 1, 9)) + digits(r, int(r, 7, 9));
  return [`${local}@${domain}`, form];
}

// ---------------------------------------------------------------- cards
export const luhnOk = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};
const luhnComplete = (body: string) => {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('luhn');
};
/** brand -> length and prefixes */
const BRANDS: Record<string, string> = {
  visa: '16 4',
  mastercard: '16 51 52 53 54 55 2221 2223 2720',
  amex: '15 34 37',
  unionpay: '16 6212 6214 6222 6228 6217',
  'unionpay-19': '19 6212 6217 6228',
  jcb: '16 3528 3540 3562 3569 3589',
  diners: '14 36 3056',
  mir: '16 2200 2201 2202 2204',
  troy: '16 9792',
  rupay: '16 6521 6522 6081 5085 5089',
  meeza: '16 507803',
  mada: '16 588845 440647 446404 968208',
  shetab: '16 603799 610433 589210 627353 603769 621986 627412 502229 627648',
};
const CARD_BRANDS: Record<Lang, string> = {
  ar: 'visa visa mastercard mada meeza amex',
  fa: 'shetab shetab shetab visa',
  ur: 'visa mastercard unionpay',
  hi: 'rupay visa mastercard',
  bn: 'visa mastercard amex',
  th: 'visa mastercard jcb',
  zh: 'unionpay unionpay unionpay-19 visa mastercard',
  ja: 'jcb jcb visa mastercard amex diners',
  ko: 'visa mastercard jcb unionpay',
  ru: 'mir mir visa mastercard',
  uk: 'visa mastercard',
  el: 'visa mastercard amex',
  he: 'visa mastercard amex diners',
  tr: 'troy visa mastercard amex',
};

export function card(r: Rand, lang: Lang): [string, string] {
  const brand = choose(r, words(CARD_BRANDS[lang]));
  const [length, ...prefixes] = words(BRANDS[brand]);
  const len = Number(length);
  const pre = choose(r, prefixes);
  const n = luhnComplete(pre + digits(r, len - pre.length - 1));
  const sizes = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : len === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const groups: string[] = [];
  let at = 0;
  for (const s of sizes) {
    groups.push(n.slice(at, at + s));
    at += s;
  }
  const sep = choose(r, [' ', ' ', ' ', '-', '-', '']);
  return [groups.join(sep), `${brand}${sep === ' ' ? '' : sep === '-' ? '/dashed' : '/compact'}`];
}

// ---------------------------------------------------------------- IBANs
/**
 * country -> length and BBAN parts: n digits, a capital letters, c alphanumerics (drawn as digits), each with its
 * length and optional fixed choices (bank codes) after ':'.
 */
const IBAN_SPECS: Record<string, string> = {
  SA: '24 n2:10,80,20,45,05,15,30 c18',
  AE: '23 n3:033,026,035,030,040,050 n16',
  JO: '30 a4:CBJO,ARAB,HBHO,JONB n4 c18',
  QA: '29 a4:QNBA,DOHB,CBQA,QISB c21',
  KW: '30 a4:NBOK,CBKU,KFHO,GULB c22',
  EG: '29 n4:0019,0002,0003,0037 n4 n17',
  BH: '22 a4:NBOB,BMAG,AUBB c14',
  LB: '28 n4:0999,0014,0026 c20',
  IQ: '23 a4:NBIQ,RAFB,RDBA n3 n12',
  PS: '29 a4:PALS,ARAB,QUBA c21',
  TR: '26 n5:00061,00010,00012,00015,00046,00062,00064 n1:0 c16',
  IL: '23 n3:010,012,020,011,031 n3 n13',
  GR: '27 n3:011,014,017,026 n4 c16',
  CY: '28 n3:002,005,003 n5 c16',
  UA: '29 n6:305299,322001,300528,380805,351005 c19',
  PK: '24 a4:HABB,MUCB,UNIL,MEZN,SCBL,ALFH c16',
  KZ: '20 n3:722,601,998,826 c13',
  BY: '28 c4:BPSB,AKBB,ALFA,PJCB n4:3012,3014,3819 c16',
  GE: '22 a2:TB,BG,LB n16',
  PL: '28 n24',
  DE: '22 n8:10010010,37040044,50010517,20041111,70150000,12030000 n10',
  FR: '27 n5:30004,30003,20041,10278 n5 c11 n2',
  GB: '22 a4:BARC,HBUK,LOYD,NWBK,MIDL n6 n8',
};
const IBAN_COUNTRIES: Record<Lang, string> = {
  ar: 'SA SA AE AE JO QA KW EG BH LB IQ PS',
  fa: 'AE TR DE',
  ur: 'PK PK AE',
  hi: 'AE GB DE',
  bn: 'SA AE QA',
  th: 'DE GB FR',
  zh: 'DE FR GB',
  ja: 'DE FR GB',
  ko: 'DE GB FR',
  ru: 'KZ BY GE CY',
  uk: 'UA UA PL DE',
  el: 'GR GR CY',
  he: 'IL',
  tr: 'TR TR TR DE',
};

export const mod97 = (s: string) => {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function iban(r: Rand, lang: Lang): [string, string] {
  const cc = choose(r, words(IBAN_COUNTRIES[lang]));
  const [length, ...parts] = words(IBAN_SPECS[cc]);
  let bban = '';
  for (const part of parts) {
    const [spec, fixed] = part.split(':');
    const len = Number(spec.slice(1));
    if (fixed) bban += choose(r, fixed.split(','));
    else if (spec[0] === 'a') bban += Array.from({ length: len }, () => choose(r, [...LETTERS])).join('');
    else bban += digits(r, len);
    if (fixed?.split(',').some((f) => f.length !== len)) throw new Error(`bad spec ${cc}`);
  }
  const check = String(98 - mod97(`${bban + cc}00`)).padStart(2, '0');
  const v = cc + check + bban;
  if (v.length !== Number(length) || mod97(v.slice(4) + v.slice(0, 4)) !== 1) throw new Error(`bad IBAN ${cc}`);
  if (r() < 0.65) return [v.replace(/(.{4})(?=.)/g, '$1 '), `${cc}/printed`];
  return [v, `${cc}/compact`];
}

// ---------------------------------------------------------------- IP addresses
const V4_FIRST = [5, 31, 37, 46, 62, 77, 78, 79, 80, 85, 88, 91, 94, 95, 109, 176, 178, 185, 188, 193, 195, 212, 213];
const V4_FIRST_ASIA = [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 103, 110, 112, 114, 116, 117, 119, 121, 123];
const V6_PREFIX = ['2a02', '2a00', '2a01', '2001:4860', '2400', '2404', '2405', '2406', '2408', '240e', '2409', '2a0d'];
const ASIA: Lang[] = ['hi', 'bn', 'th', 'zh', 'ja', 'ko'];

export function ip(r: Rand, lang: Lang): [string, string] {
  const x = r();
  if (x < 0.55) {
    const first = choose(r, ASIA.includes(lang) ? V4_FIRST_ASIA : V4_FIRST);
    return [`${first}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`, 'v4'];
  }
  if (x < 0.7) {
    const v =
      r() < 0.6
        ? `192.168.${choose(r, [0, 1, 1, 8, 10, 100])}.${int(r, 2, 254)}`
        : `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 2, 254)}`;
    return [v, 'v4-private'];
  }
  const pre = choose(r, V6_PREFIX).split(':');
  const hex = () => int(r, 0, 0xffff).toString(16);
  const groups = [...pre, ...Array.from({ length: 8 - pre.length }, hex)];
  if (r() < 0.5) return [groups.join(':'), 'v6-full'];
  // compressed: a zero run in the middle
  const keep = int(r, 2, 4);
  return [`${groups.slice(0, keep).join(':')}::${groups.slice(keep + 2).join(':')}`, 'v6-compressed'];
}
