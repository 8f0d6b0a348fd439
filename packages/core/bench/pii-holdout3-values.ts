/**
 * Value generators of the THIRD hold-out (pii-holdout3.ts), written blind (without reading the detector or the other
 * generators): valid phone numbers of 48 countries (random numbers checked against the libphonenumber-js metadata) in
 * national, international, E.164, 00, (0), dotted and NANP layouts, with extensions; e-mail addresses (plus tags,
 * subdomains, IDN, display names, mailto:, URLs). Cards, IBANs, SSNs and IPs are in pii-holdout3-numbers.ts.
 * Each generator returns the value `v` (what obfuscations act on), an optional `tail` whose digits also belong to the
 * value (a phone extension), and `pre` / `post` around it that are not the value (a display name, a port, an expiry).
 */
import {
  AsYouType,
  type CountryCode,
  getExampleNumber,
  type PhoneNumber,
  parsePhoneNumber,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

import { card, digits, iban, int, ip, pad, pick, type Rand, ssn, type Val } from './pii-holdout3-numbers.ts';

// ---------------------------------------------------------------- phones
const COUNTRIES = (
  'US:eng US:eng US:eng GB:eng CA:eng AU:eng IE:eng IN:eng NG:eng ZA:eng SG:eng PH:eng DE:deu AT:deu CH:deu FR:fra BE:fra ES:spa MX:spa AR:spa CO:spa IT:ita PT:por BR:por NL:nld PL:pol ' +
  'TR:tur JP:jpn RU:rus CN:cmn KR:kor SE:swe CZ:ces SA:ara AE:ara EG:ara DK:dan NO:nor FI:fin GR:ell HU:hun RO:ron UA:ukr IL:heb VN:vie TH:tha ID:ind MA:fra KE:eng NZ:eng'
)
  .split(' ')
  .map((x) => x.split(':') as [CountryCode, string]);

function randomNumber(r: Rand, cc: CountryCode): PhoneNumber {
  const example = getExampleNumber(cc, examples) as PhoneNumber;
  const ex = String(example.nationalNumber);
  for (let t = 0; t < 400; t++) {
    const fixedLine = r() < 0.4;
    let d = fixedLine ? String(int(r, 1, 9)) : ex.slice(0, int(r, 1, 3));
    const len = fixedLine ? ex.length + pick(r, [-1, 0, 0, 0]) : ex.length;
    while (d.length < len) d += int(r, 0, 9);
    try {
      const p = parsePhoneNumber(d, cc);
      if (p?.isValid() && p.country === cc) return p;
    } catch {}
  }
  return example;
}

const nanp = (r: Rand, n: string) => {
  const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
  return pick(r, [
    `(${a})${b}-${c}`,
    `${a}.${b}.${c}`,
    `+1-${a}-${b}-${c}`,
    `001-${a}-${b}-${c}`,
    `1 (${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
  ]);
};

export function phone(r: Rand): Val {
  const [cc, lang] = pick(r, COUNTRIES);
  const p = randomNumber(r, cc);
  const nat = p.formatNational();
  const intl = p.formatInternational();
  const groups = nat.match(/\d+/g) ?? [];
  const forms: [string, string][] = [
    ['intl', intl],
    ['intl', intl],
    ['e164', p.number],
    ['national', nat],
    ['national', nat],
    ['00', intl.replace('+', '00')],
    ['dashes', intl.replace(/ /g, '-')],
    ['dots', groups.join('.')],
    ['asyoutype', new AsYouType().input(p.number)],
  ];
  if (nat.startsWith('0')) forms.push(['(0)', `+${p.countryCallingCode} (0)${nat.slice(1)}`]);
  if (cc === 'US' || cc === 'CA')
    forms.push(['nanp', nanp(r, String(p.nationalNumber))], ['nanp', nanp(r, String(p.nationalNumber))]);
  const [fmt, v] = pick(r, forms);
  const val: Val = { v, fmt, sub: cc, lang: fmt === 'national' || fmt === 'dots' || fmt === 'nanp' ? lang : undefined };
  if (r() < 0.15) {
    const n = digits(r, int(r, 2, 4));
    val.tail = pick(r, [
      ` ext. ${n}`,
      ` x${n}`,
      `x${n}`,
      ` ext ${n}`,
      ` (ext. ${n})`,
      ` poste ${n}`,
      ` Durchwahl ${n}`,
    ]);
    val.fmt += '+ext';
  }
  return val;
}

// ---------------------------------------------------------------- e-mail
const FIRST =
  'anna lukas marie jean-luc sofía mateo giulia joão daan zofia emre yuki olivia liam priya wei fatima sven chiara ahmed noah elena kenji inês björn aylin'.split(
    ' ',
  );
const LAST =
  'müller|dubois|garcía|rossi|silva|de vries|kowalski|yılmaz|tanaka|smith|patel|chen|haddad|nilsson|novak|ivanova|okafor|nguyen|kim|o’brien|schmidt|bianchi|jansen'.split(
    '|',
  );
const FREE =
  'gmail.com googlemail.com outlook.com hotmail.co.uk yahoo.fr web.de gmx.net t-online.de libero.it orange.fr free.fr wp.pl o2.pl ziggo.nl uol.com.br yandex.ru mail.ru qq.com naver.com yahoo.co.jp icloud.com proton.me protonmail.ch bluewin.ch telenet.be sapo.pt'.split(
    ' ',
  );
const CORP =
  'acme-logistics.com nordwind-solar.de brightpath.io kanzlei-weber.de studio-luce.it hospital-sm.pt fjord-analytics.no kawa-shoji.co.jp grupo-alba.com.mx helix.dev bouwbedrijf-dekker.nl'.split(
    ' ',
  );
const IDN =
  'bäckerei-schmidt.de café-crème.fr españa-viajes.es straße.example почта.рф 例え.jp müller-söhne.at łódź-media.pl'.split(
    ' ',
  );
const fold = (s: string) =>
  s
    .replace(/’/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[\s']/g, '');

export function email(r: Rand): Val {
  const idn = r() < 0.08;
  const f0 = pick(r, FIRST);
  const l0 = pick(r, LAST);
  const [f, l] = idn && r() < 0.5 ? [f0.replace(/\s/g, ''), l0.replace(/[\s'’]/g, '')] : [fold(f0), fold(l0)];
  const tag = pick(r, ['news', 'shop', 'work', 'spam', '2024', 'amazon', 'bank']);
  const local = pick(r, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f}_${l}`,
    `${f}.${l}+${tag}`,
    `${f[0]}.${l}`,
    `${f[0]}${l}${int(r, 1, 99)}`,
    `${l}.${f}`,
    `${f}-${l}`,
    `${f}${int(r, 70, 99)}`,
    `${f}.${l}.${pad(int(r, 0, 99), 2)}`,
    `${l}+${tag}`,
    `info`,
    `${f}`,
  ]);
  const corp = pick(r, CORP);
  const domain = idn
    ? pick(r, IDN)
    : r() < 0.55
      ? pick(r, FREE)
      : pick(r, [
          corp,
          corp,
          `mail.${corp}`,
          `eu.${corp}`,
          `students.uni-${pick(r, ['hamburg', 'wien', 'bologna'])}.${pick(r, ['de', 'at', 'it'])}`,
          `cs.${pick(r, ['ox', 'tum', 'ethz'])}.ac.uk`,
        ]);
  let v = `${local}@${domain}`;
  if (r() < 0.06) v = v.toUpperCase();
  else if (r() < 0.08) v = v[0].toUpperCase() + v.slice(1);
  const name = `${f0[0].toUpperCase()}${f0.slice(1)} ${l0[0].toUpperCase()}${l0.slice(1)}`;
  const [fmt, pre, post] = pick(r, [
    ['plain', '', ''],
    ['plain', '', ''],
    ['plain', '', ''],
    ['display', `"${name}" <`, '>'],
    ['display', `${name} <`, '>'],
    ['display', `"${l0.toUpperCase()}, ${f0}" <`, '>'],
    ['mailto', 'mailto:', ''],
    ['mailto', 'mailto:', '?subject=Rechnung%2042'],
    ['angle', '<', '>'],
    ['url', 'https://app.example.com/unsubscribe?email=', '&list=7'],
    ['url', 'https://shop.example.net/reset?u=1&email=', ''],
  ] as const);
  return { v, fmt: idn ? `${fmt}+idn` : fmt, pre, post };
}

export const VALUES: Record<string, (r: Rand) => Val> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
};
