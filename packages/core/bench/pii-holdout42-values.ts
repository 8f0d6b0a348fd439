/** Hold-out 42: raw personal values per locale (valid check digits, real numbering plans, local formats). */
import { group, ibanFrom, luhnDigit, type Rng, type VType } from './pii-holdout42-core.ts';
import { DATA_A, type LocaleData } from './pii-holdout42-data-a.ts';
import { DATA_B, VI_MIDDLE } from './pii-holdout42-data-b.ts';

export const DATA: Record<string, LocaleData> = { ...DATA_A, ...DATA_B };

export type Persona = { given: string; family: string; full: string; ascii: [string, string]; year: number };
/** One raw value; `pre`/`post` stand next to the span but outside it (a courtesy title). */
export type Raw = { type: VType; value: string; pre?: string; post?: string; note?: string };

export function fold(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const JA_ROMA_F = ['tanaka', 'suzuki', 'sato', 'takahashi', 'yamamoto', 'kobayashi', 'watanabe', 'ito', 'kato', 'mori'];
const JA_ROMA_G = ['taro', 'kenta', 'yuki', 'haruka', 'daisuke', 'misaki', 'sho', 'aoi', 'takuya', 'yumi'];

export function persona(rng: Rng, loc: string): Persona {
  const d = DATA[loc];
  let given = rng.pick(d.given);
  let family = rng.pick(d.family);
  if (loc === 'vi-VN') given = `${rng.pick(VI_MIDDLE)} ${given}`;
  if ((loc === 'es-ES' || loc === 'es-MX') && rng.chance(0.45)) family = `${family} ${rng.pick(d.family)}`;
  if (loc === 'pt-BR' && rng.chance(0.4)) family = `${rng.pick(d.family)} ${family}`;
  let full = d.familyFirst ? `${family}${loc === 'ja-JP' && rng.chance(0.6) ? '' : ' '}${given}` : `${given} ${family}`;
  if (loc === 'id-ID' && rng.chance(0.25)) full = given; // many Indonesians go by a single name
  const ascii: [string, string] =
    loc === 'ja-JP'
      ? [rng.pick(JA_ROMA_G), rng.pick(JA_ROMA_F)]
      : [
          fold(given.split(' ').pop() ?? given).toLowerCase(),
          fold(family.split(' ')[0]).toLowerCase().replace(/\W/g, ''),
        ];
  return { given, family, full, ascii, year: rng.int(1952, 2004) };
}

export function personValue(rng: Rng, loc: string, p: Persona): Raw {
  const d = DATA[loc];
  const r = rng.next();
  if (r < 0.22) return { type: 'PERSON', value: loc === 'ja-JP' ? p.family : p.given, note: 'given-only' };
  if (r < 0.42 && d.titles.length) {
    const t = rng.pick(d.titles);
    if (loc === 'ja-JP') return { type: 'PERSON', value: rng.chance(0.5) ? p.family : p.full, post: t, note: 'title' };
    if (loc === 'tr-TR') return { type: 'PERSON', value: p.given, post: ` ${t}`, note: 'title' };
    if (loc === 'vi-VN' || loc === 'id-ID') {
      const v = loc === 'vi-VN' && rng.chance(0.5) ? (p.given.split(' ').pop() ?? p.given) : p.full;
      return { type: 'PERSON', value: v, pre: `${t} `, note: 'title' };
    }
    return { type: 'PERSON', value: rng.chance(0.6) ? p.family : p.full, pre: `${t} `, note: 'title' };
  }
  return { type: 'PERSON', value: p.full, note: 'full' };
}

export function emailValue(rng: Rng, loc: string, p: Persona): Raw {
  const [g, f] = p.ascii;
  const yy = String(p.year).slice(2);
  const local = rng.pick([
    `${g}.${f}`,
    `${g}${f}`,
    `${g[0]}.${f}`,
    `${g}_${f}${yy}`,
    `${f}.${g}`,
    `${g}${p.year}`,
    `${g[0]}${f}${rng.int(1, 99)}`,
  ]);
  return { type: 'EMAIL', value: `${local}@${rng.pick(DATA[loc].domains)}` };
}

export function usernameValue(rng: Rng, p: Persona): Raw {
  const [g, f] = p.ascii;
  const h = rng.pick([
    `${g}_${f}`,
    `${g}${rng.int(7, 99)}`,
    `${f}.${g[0]}`,
    `the_real_${g}`,
    `${g}${f[0]}_dev`,
    `x${g}x`,
    `${g}.${f}${rng.int(1, 9)}`,
    `${f}${g.slice(0, 3)}`,
  ]);
  return { type: 'USERNAME', value: `@${h}` };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function phoneValue(rng: Rng, loc: string): Raw {
  const r = rng.digits.bind(rng);
  const intl = rng.chance(0.45);
  let v: string;
  switch (loc) {
    case 'en-US': {
      const a = rng.pick(['212', '415', '312', '617', '206', '512', '303', '404', '713', '503']);
      const x = `${rng.int(2, 9)}${r(2)}`;
      const l = r(4);
      v = intl ? `+1 ${a}-${x}-${l}` : rng.pick([`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `${a}.${x}.${l}`]);
      break;
    }
    case 'en-GB': {
      const m = rng.chance(0.7);
      const n = m ? `7${rng.pick(['4', '5', '7', '8', '9'])}${r(2)} ${r(6)}` : `20 ${rng.int(7, 8)}${r(3)} ${r(4)}`;
      v = intl ? `+44 ${n}` : `0${n}`;
      break;
    }
    case 'en-IN': {
      const n = `${rng.int(6, 9)}${r(4)} ${r(5)}`;
      v = intl ? `+91 ${n}` : rng.pick([`0${n}`, n.replace(' ', '')]);
      break;
    }
    case 'de-DE': {
      const m = rng.chance(0.65);
      const pre = m
        ? rng.pick(['151', '160', '170', '171', '172', '176', '157', '162'])
        : rng.pick(['30', '89', '40', '221']);
      const n = m ? r(rng.pick([7, 8])) : `${rng.int(2, 9)}${r(6)}`;
      v = intl ? `+49 ${pre} ${n}` : rng.pick([`0${pre} ${n}`, `0${pre}/${n}`, `(0${pre}) ${n}`]);
      break;
    }
    case 'fr-FR': {
      const n = `${rng.pick(['6', '7', '1', '4'])}${r(8)}`;
      v = intl ? `+33 ${group(n, [1, 2, 2, 2, 2])}` : group(`0${n}`, [2, 2, 2, 2, 2], rng.pick([' ', '.', ' ']));
      break;
    }
    case 'es-ES': {
      const n = rng.chance(0.7) ? `6${r(8)}` : `91${rng.int(2, 7)}${r(6)}`;
      v = `${intl ? '+34 ' : ''}${n[0] === '6' ? group(n, [3, 3, 3]) : group(n, [2, 3, 2, 2])}`;
      break;
    }
    case 'es-MX': {
      const a = rng.pick(['55', '33', '81']);
      const n = `${a} ${rng.int(1, 9)}${r(3)} ${r(4)}`;
      v = intl ? `+52 ${n}` : rng.pick([n, `(${a}) ${n.slice(3)}`]);
      break;
    }
    case 'it-IT': {
      const m = rng.chance(0.7);
      const n = m
        ? `${rng.pick(['320', '328', '333', '338', '347', '348', '393'])} ${r(3)} ${r(4)}`
        : `06 ${r(4)} ${r(4)}`;
      v = intl ? `+39 ${n}` : n;
      break;
    }
    case 'pt-BR': {
      const a = rng.pick(['11', '21', '31', '41', '51', '71', '81', '61']);
      const n = rng.chance(0.75) ? `9${r(4)}-${r(4)}` : `${rng.int(2, 5)}${r(3)}-${r(4)}`;
      v = intl ? `+55 ${a} ${n}` : `(${a}) ${n}`;
      break;
    }
    case 'nl-NL': {
      const m = rng.chance(0.7);
      v = m
        ? intl
          ? `+31 6 ${r(8)}`
          : rng.pick([`06-${r(8)}`, `06 ${group(r(8), [2, 2, 2, 2])}`])
        : intl
          ? `+31 20 ${r(7)}`
          : `020-${rng.int(2, 7)}${r(6)}`;
      break;
    }
    case 'pl-PL': {
      const n = `${rng.pick(['501', '502', '601', '602', '691', '721', '790', '885'])} ${r(3)} ${r(3)}`;
      v = intl ? `+48 ${n}` : rng.chance(0.2) ? `22 ${r(3)} ${r(2)} ${r(2)}` : n;
      break;
    }
    case 'sv-SE': {
      const p = rng.pick(['70', '72', '73', '76', '79']);
      const n = `${r(3)} ${r(2)} ${r(2)}`;
      v = intl ? `+46 ${p} ${n}` : rng.pick([`0${p}-${n}`, `0${p} ${n}`, `08-${r(3)} ${r(3)} ${r(2)}`]);
      break;
    }
    case 'tr-TR': {
      const p = rng.pick(['532', '533', '535', '542', '505', '506', '555', '212', '216', '312']);
      const n = `${p} ${r(3)} ${r(2)} ${r(2)}`;
      v = intl ? `+90 ${n}` : rng.pick([`0${n}`, `0 (${p}) ${n.slice(4)}`]);
      break;
    }
    case 'ja-JP': {
      const m = rng.chance(0.7);
      const n = m ? `${rng.pick(['90', '80', '70'])}-${r(4)}-${r(4)}` : `3-${r(4)}-${r(4)}`;
      v = intl ? `+81 ${n}` : `0${n}`;
      break;
    }
    case 'id-ID': {
      const n = `8${rng.pick(['11', '12', '13', '21', '52', '56', '77', '78', '95'])}-${r(4)}-${r(rng.pick([3, 4]))}`;
      v = intl ? `+62 ${n}` : rng.pick([`0${n}`, `0${n.replace(/-/g, '')}`]);
      break;
    }
    default: {
      const n = `${rng.pick(['91', '90', '98', '97', '86', '32', '35', '70', '77', '83'])}${r(1)} ${r(3)} ${r(3)}`;
      v = intl ? `+84 ${n}` : `0${n}`;
    }
  }
  return { type: 'PHONE', value: v };
}

const IBAN_BY_LOC: Record<string, string> = {
  'en-GB': 'GB',
  'de-DE': 'DE',
  'fr-FR': 'FR',
  'es-ES': 'ES',
  'it-IT': 'IT',
  'nl-NL': 'NL',
  'pl-PL': 'PL',
  'sv-SE': 'SE',
  'tr-TR': 'TR',
  'pt-BR': 'BR',
};

function esDc(s: string): number {
  const wts = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = s.split('').reduce((a, c, i) => a + Number(c) * wts[i], 0);
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

export function ibanCountry(rng: Rng, loc: string): string {
  return IBAN_BY_LOC[loc] ?? rng.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'BE', 'AT', 'CH', 'IE']);
}

export function ibanValue(rng: Rng, cc: string): Raw {
  const r = rng.digits.bind(rng);
  const L = () => String.fromCharCode(65 + rng.int(0, 25));
  let bban: string;
  switch (cc) {
    case 'GB':
    case 'IE':
      bban = `${rng.pick(cc === 'GB' ? ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'] : ['AIBK', 'BOFI'])}${r(14)}`;
      break;
    case 'DE':
      bban = `${rng.pick(['10070000', '37040044', '50010517', '20050550', '70150000', '12030000'])}${r(10)}`;
      break;
    case 'FR': {
      const b = rng.pick(['30004', '20041', '30002', '10278', '30003']);
      const g = r(5);
      const a = r(11);
      const key = 97 - ((89 * Number(b) + 15 * Number(g) + 3 * Number(a)) % 97);
      bban = `${b}${g}${a}${pad(key)}`;
      break;
    }
    case 'ES': {
      const b = rng.pick(['2100', '0049', '0182', '2038', '0081']);
      const o = r(4);
      const a = r(10);
      bban = `${b}${o}${esDc(`00${b}${o}`)}${esDc(a)}${a}`;
      break;
    }
    case 'IT':
      bban = `${L()}${rng.pick(['03069', '02008', '05034', '03062'])}${r(5)}${r(12)}`;
      break;
    case 'NL':
      bban = `${rng.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'])}${r(10)}`;
      break;
    case 'PL':
      bban = `${rng.pick(['1020', '1140', '1050', '1090', '2490'])}${r(20)}`;
      break;
    case 'SE':
      bban = `${rng.pick(['500', '800', '600', '300'])}${r(17)}`;
      break;
    case 'TR':
      bban = `${rng.pick(['00010', '00012', '00046', '00062', '00064'])}0${r(16)}`;
      break;
    case 'BR':
      bban = `${rng.pick(['00360305', '00000000', '60701190', '90400888'])}${r(5)}${r(10)}${rng.pick(['C', 'P'])}1`;
      break;
    case 'BE':
      bban = r(12);
      break;
    case 'AT':
      bban = `${rng.pick(['12000', '20111', '32000'])}${r(11)}`;
      break;
    default:
      bban = `${rng.pick(['00762', '00700', '00235'])}${r(12)}`; // CH
  }
  const iban = ibanFrom(cc, bban);
  return { type: 'IBAN', value: rng.chance(0.6) ? group(iban, [4, 4, 4, 4, 4, 4, 4, 4]) : iban };
}

export function cardValue(rng: Rng, loc: string): Raw {
  const kind = loc === 'ja-JP' && rng.chance(0.4) ? 'jcb' : rng.pick(['visa', 'visa', 'mc', 'mc', 'amex']);
  const pre =
    kind === 'visa'
      ? `4${rng.digits(5)}`
      : kind === 'mc'
        ? `5${rng.int(1, 5)}${rng.digits(4)}`
        : kind === 'amex'
          ? `3${rng.pick(['4', '7'])}${rng.digits(4)}`
          : `35${rng.int(28, 89)}${rng.digits(2)}`;
  const len = kind === 'amex' ? 15 : 16;
  const body = pre + rng.digits(len - 1 - pre.length);
  const num = body + luhnDigit(body);
  const sep = rng.pick([' ', ' ', '-', '']);
  return { type: 'CREDIT_CARD', value: kind === 'amex' ? group(num, [4, 6, 5], sep) : group(num, [4, 4, 4, 4], sep) };
}

export function ipValue(rng: Rng): Raw {
  if (rng.chance(0.65)) {
    const a = rng.pick([81, 84, 88, 91, 93, 109, 151, 176, 185, 188, 203, 213, 37, 46, 62, 78, 95, 177, 201]);
    return { type: 'IP_ADDRESS', value: `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` };
  }
  const h = () => rng.int(0, 0xffff).toString(16);
  const p = rng.pick([
    '2a02:8109',
    '2a01:e0a',
    '2600:1700',
    '2003:e4',
    '2a00:23c5',
    '2405:201',
    '2804:14c',
    '2001:4860',
  ]);
  const v = rng.chance(0.5) ? `${p}:${h()}:${h()}::${h()}` : `${p}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return { type: 'IP_ADDRESS', value: v };
}

const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
};

export type Dob = { y: number; m: number; d: number };
export function dobParts(rng: Rng, p: Persona): Dob {
  return { y: p.year, m: rng.int(1, 12), d: rng.int(1, 28) };
}

export function dobValue(rng: Rng, loc: string, b: Dob): Raw {
  const lang = loc.slice(0, 2);
  const { y, m, d } = b;
  const long = rng.chance(0.4);
  let v: string;
  if (loc === 'en-US') v = long ? `${MONTHS.en[m - 1]} ${d}, ${y}` : `${pad(m)}/${pad(d)}/${y}`;
  else if (lang === 'en') v = long ? `${d} ${MONTHS.en[m - 1]} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
  else if (lang === 'ja') v = long ? `${y}年${m}月${d}日` : `${y}/${pad(m)}/${pad(d)}`;
  else if (lang === 'vi') v = long ? `ngày ${d} tháng ${m} năm ${y}` : `${pad(d)}/${pad(m)}/${y}`;
  else if (lang === 'sv') v = long ? `${d} ${MONTHS.sv[m - 1]} ${y}` : `${y}-${pad(m)}-${pad(d)}`;
  else if (long)
    v = `${d}${lang === 'de' ? '.' : ''} ${lang === 'es' || lang === 'pt' ? `de ${MONTHS[lang][m - 1]} de` : MONTHS[lang][m - 1]} ${y}`;
  else {
    const sep = lang === 'de' || lang === 'pl' || lang === 'tr' ? '.' : lang === 'nl' ? '-' : '/';
    v = `${pad(d)}${sep}${pad(m)}${sep}${y}`;
  }
  return { type: 'DATE_OF_BIRTH', value: v };
}

export function addressValue(rng: Rng, loc: string): Raw {
  const d = DATA[loc];
  const st = rng.pick(d.streets);
  const [pc, city, reg] = rng.pick(d.cities);
  const n = rng.int(1, 180);
  let v: string;
  switch (loc) {
    case 'en-US':
      v = `${n * 7 + 100} ${st}${rng.chance(0.3) ? ` Apt ${rng.int(1, 40)}` : ''}, ${city}, ${reg} ${pc}`;
      break;
    case 'en-GB':
      v = `${n} ${st}, ${city} ${pc}`;
      break;
    case 'en-IN':
      v = `${rng.chance(0.5) ? `Flat ${rng.int(1, 9)}0${rng.int(1, 8)}, ` : ''}${n}, ${st}, ${city} ${pc}`;
      break;
    case 'fr-FR':
      v = `${n}${rng.chance(0.15) ? ' bis' : ''} ${st}, ${pc} ${city}`;
      break;
    case 'es-ES':
      v = `${st} ${n}${rng.chance(0.5) ? `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'izda.'])}` : ''}, ${pc} ${city}`;
      break;
    case 'es-MX':
      v = `${st} ${n * 9}, ${rng.pick(['Col. Centro', 'Col. del Valle', 'Col. Roma Norte', 'Col. Americana'])}, ${pc} ${city}, ${reg}`;
      break;
    case 'it-IT':
      v = `${st} ${n}, ${pc} ${city} (${reg})`;
      break;
    case 'pt-BR':
      v = `${st}, ${n * 11}${rng.chance(0.4) ? `, apto ${rng.int(1, 20)}${rng.int(1, 4)}` : ''} - ${city} - ${reg}, ${pc}`;
      break;
    case 'pl-PL':
      v = `${st} ${n}${rng.chance(0.5) ? `/${rng.int(1, 60)}` : ''}, ${pc} ${city}`;
      break;
    case 'tr-TR':
      v = `${st} No: ${n} D: ${rng.int(1, 20)}, ${pc} ${city}/${reg}`;
      break;
    case 'ja-JP':
      v = `〒${pc} ${city}${st}`;
      break;
    case 'id-ID':
      v = `${st} No. ${n}, ${city} ${pc}`;
      break;
    case 'vi-VN':
      v = `${rng.chance(0.4) ? 'số ' : ''}${n} ${st}, ${reg}, ${city}`;
      break;
    default:
      v = `${st} ${n}${loc === 'nl-NL' && rng.chance(0.3) ? '-II' : ''}, ${pc} ${city}`; // de, nl, sv
  }
  return { type: 'ADDRESS', value: v };
}
