/** Hold-out 38 identity values: US SSN, national ids with their check digits, dates of birth, IPv4/IPv6. */
import { mod97 } from './pii-holdout38-numbers.ts';
import { type NumVal, numVal } from './pii-holdout38-phones.ts';
import { chunk, type Locale, type Rng } from './pii-holdout38-util.ts';

export function ssn(r: Rng): NumVal {
  let area = r.int(1, 899);
  while (area === 666) area = r.int(1, 899);
  const v = [
    String(area).padStart(3, '0'),
    String(r.int(1, 99)).padStart(2, '0'),
    String(r.int(1, 9999)).padStart(4, '0'),
  ];
  return numVal(v, r.pick(['-', '-', '-', ' ']));
}

export type Birth = { y: number; m: number; d: number };
export const birth = (r: Rng): Birth => ({ y: r.int(1948, 2006), m: r.int(1, 12), d: r.int(1, 28) });
const two = (n: number) => String(n).padStart(2, '0');

const VERHOEFF_D = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
];
const VERHOEFF_P = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
];
const verhoeff = (s: string) => {
  let c = 0;
  const rev = [...`${s}0`].reverse();
  rev.forEach((ch, i) => {
    c = Number(VERHOEFF_D[c]?.[Number(VERHOEFF_P[i % 8]?.[Number(ch)])]);
  });
  return s + String([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c]);
};
const weighted = (s: string, w: readonly number[]) => [...s].reduce((a, d, i) => a + Number(d) * (w[i] ?? 0), 0);
const mod11 = (s: string, w: number[]) => {
  const c = 11 - (weighted(s, w) % 11);
  return c >= 10 ? '0' : String(c);
};
const luhn = (s: string) => {
  const sum = [...s].reduce((a, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return a + (d > 9 ? d - 9 : d);
  }, 0);
  return s + String((10 - (sum % 10)) % 10);
};
const CONS = (s: string) => s.toUpperCase().replace(/[^B-DF-HJ-NP-TV-Z]/g, '');
const VOW = (s: string) => s.toUpperCase().replace(/[^AEIOU]/g, '');
const IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const itCf = (last: string, first: string, b: Birth, female: boolean) => {
  const ln = `${CONS(last)}${VOW(last)}XXX`.slice(0, 3);
  const c = CONS(first);
  const fn = (c.length > 3 ? c[0] + c.slice(2, 4) : `${c}${VOW(first)}XXX`).slice(0, 3);
  const body = `${ln}${fn}${two(b.y % 100)}${'ABCDEHLMPRST'[b.m - 1]}${two(b.d + (female ? 40 : 0))}`;
  const s = body + ['H501', 'F205', 'L219', 'F839', 'A944'][b.d % 5];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (IT_ODD[v] ?? 0) : v;
  }
  return s + String.fromCharCode(65 + (sum % 26));
};
const CURP_CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const curp = (r: Rng, b: Birth) => {
  const L = () => r.pick([...'BCDFGHJLMNPRSTVZ']);
  const body = `${L()}${r.pick([...'AEIOU'])}${L()}${L()}${two(b.y % 100)}${two(b.m)}${two(b.d)}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL', 'PL', 'MC'])}${L()}${L()}${L()}${b.y < 2000 ? r.int(0, 9) : 'A'}`;
  const sum = [...body].reduce((a, ch, i) => a + CURP_CH.indexOf(ch) * (18 - i), 0);
  return body + String((10 - (sum % 10)) % 10);
};

/** The locale's national id: engine type for scoring, label used in the text, the value. */
export type NatId = { type: string; label: string[]; val: NumVal };

export function nationalId(r: Rng, loc: Locale, b: Birth, names: { first: string; last: string }): NatId {
  const f = r.chance(0.5);
  switch (loc) {
    case 'en-US':
      return { type: 'US_SSN', label: ['SSN', 'social security number', 'Social'], val: ssn(r) };
    case 'en-GB': {
      const pre = r.pick(['AB', 'CE', 'JH', 'KL', 'NP', 'RW', 'SY', 'TZ', 'WM', 'ZR']);
      const v = [pre, ...chunk(r.digits(6), [2, 2, 2]), r.pick([...'ABCD'])];
      return {
        type: 'UK_NINO',
        label: ['NI number', 'National Insurance number', 'NINO'],
        val: numVal(v, r.pick([' ', ''])),
      };
    }
    case 'en-IN':
      return {
        type: 'ID_NUMBER',
        label: ['Aadhaar', 'Aadhaar number', 'UID'],
        val: numVal(chunk(verhoeff(r.digits(11, '23456789')), [4, 4, 4]), ' '),
      };
    case 'en-AU': {
      let s = r.digits(9);
      while (weighted(s, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 !== 0) s = r.digits(9);
      return { type: 'ID_NUMBER', label: ['TFN', 'tax file number'], val: numVal(chunk(s, [3, 3, 3]), ' ') };
    }
    case 'de': {
      const ds = r.shuffle([...'0123456789']).slice(0, 9);
      ds.push(r.pick(ds));
      let s = r.shuffle(ds).join('');
      if (s[0] === '0') s = s.slice(1) + s[0];
      let prod = 10;
      for (const ch of s) {
        let sum = (Number(ch) + prod) % 10;
        if (sum === 0) sum = 10;
        prod = (sum * 2) % 11;
      }
      const c = 11 - prod;
      return {
        type: 'DE_TAX_ID',
        label: ['Steuer-ID', 'Steueridentifikationsnummer', 'steuerliche IdNr.'],
        val: numVal(chunk(s + (c === 10 ? 0 : c), [2, 3, 3, 3]), r.pick([' ', ''])),
      };
    }
    case 'fr': {
      const dep = r.pick(['75', '69', '13', '33', '59', '44', '31', '67']);
      const body = `${f ? 2 : 1}${two(b.y % 100)}${two(b.m)}${dep}${r.digits(3, '0')}${r.digits(3)}`;
      const key = two(97 - (Number(body) % 97));
      return {
        type: 'FR_INSEE',
        label: ['numéro de sécurité sociale', 'n° de sécu', 'NIR'],
        val: numVal(chunk(body + key, [1, 2, 2, 2, 3, 3, 2]), r.pick([' ', ''])),
      };
    }
    case 'es-ES':
    case 'pt-PT':
      if (loc === 'es-ES') {
        const n = r.digits(8);
        return {
          type: 'ES_DNI',
          label: ['DNI', 'NIF'],
          val: numVal([n, 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23] as string], r.pick(['', '-', ' '])),
        };
      } else {
        const s = r.pick(['1', '2']) + r.digits(7);
        return {
          type: 'ID_NUMBER',
          label: ['NIF', 'número de contribuinte'],
          val: numVal(chunk(s + mod11(s, [9, 8, 7, 6, 5, 4, 3, 2]), [3, 3, 3]), r.pick([' ', ''])),
        };
      }
    case 'es-MX':
      return { type: 'ID_NUMBER', label: ['CURP'], val: numVal([curp(r, b)], '') };
    case 'it':
      return {
        type: 'ID_NUMBER',
        label: ['codice fiscale', 'C.F.'],
        val: numVal([itCf(names.last, names.first, b, f)], ''),
      };
    case 'pt-BR': {
      const s = r.digits(9);
      const d1 = mod11(s, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
      const d2 = mod11(s + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
      return { type: 'ID_NUMBER', label: ['CPF'], val: numVal([...chunk(s, [3, 3, 3]), d1 + d2], ['.', '.', '-']) };
    }
    case 'nl': {
      let s = r.digits(9, '12345678');
      while ((weighted(s, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(s[8])) % 11 !== 0) s = r.digits(9, '12345678');
      return {
        type: 'NL_BSN',
        label: ['BSN', 'burgerservicenummer'],
        val: numVal(chunk(s, r.pick([[9], [4, 2, 3]])), '.'),
      };
    }
    case 'pl': {
      const mm = b.m + (b.y >= 2000 ? 20 : 0);
      const s = `${two(b.y % 100)}${two(mm)}${two(b.d)}${r.digits(3)}${f ? r.pick('02468') : r.pick('13579')}`;
      const c = (10 - (weighted(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
      return { type: 'ID_NUMBER', label: ['PESEL', 'nr PESEL'], val: numVal([s + c], '') };
    }
    case 'tr': {
      const d = [...r.digits(9, '123456789')].map(Number);
      const d10 =
        (((((d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0)) * 7 -
          ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0))) %
          10) +
          10) %
        10;
      const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
      return {
        type: 'ID_NUMBER',
        label: ['TC kimlik no', 'T.C. Kimlik Numarası', 'TCKN'],
        val: numVal([d.join('') + d10 + d11], ''),
      };
    }
    case 'sv': {
      const s = luhn(`${two(b.y % 100)}${two(b.m)}${two(b.d)}${r.digits(3)}`);
      return {
        type: 'ID_NUMBER',
        label: ['personnummer', 'personnr'],
        val: numVal(r.chance(0.3) ? [`${Math.floor(b.y / 100)}${s.slice(0, 6)}`, s.slice(6)] : chunk(s, [6, 4]), '-'),
      };
    }
    case 'ja': {
      const s = r.digits(11);
      const sum = [...s].reverse().reduce((a, ch, i) => a + Number(ch) * (i < 6 ? i + 2 : i - 4), 0);
      const c = sum % 11 <= 1 ? 0 : 11 - (sum % 11);
      return {
        type: 'ID_NUMBER',
        label: ['マイナンバー', 'My Number', 'kojin bangou'],
        val: numVal(chunk(s + c, [4, 4, 4]), r.pick([' ', '-', ''])),
      };
    }
    case 'id': {
      const day = b.d + (f ? 40 : 0);
      const s = `${r.pick(['3174', '3273', '3578', '3671', '5171'])}${r.pick(['01', '02', '03', '05', '07'])}${two(day)}${two(b.m)}${two(b.y % 100)}${r.digits(4, '0')}`;
      return { type: 'ID_NUMBER', label: ['NIK', 'No. KTP', 'nomor KTP'], val: numVal([s], '') };
    }
  }
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
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
};

/** A date of birth in a locale format: numeric ones as NumVal (so number obfuscations apply), else text. */
export function dob(r: Rng, loc: Locale, b: Birth): NumVal | string {
  const l = loc.slice(0, 2);
  const [d, m, y] = [two(b.d), two(b.m), String(b.y)];
  const month = MONTHS[l]?.[b.m - 1] ?? '';
  if (r.chance(0.3) && l !== 'ja') {
    if (loc === 'en-US') return `${month} ${b.d}, ${y}`;
    if (l === 'en') return `${b.d} ${month} ${y}`;
    if (l === 'es' || l === 'pt') return `${b.d} de ${month} de ${y}`;
    return `${b.d}${l === 'de' ? '.' : ''} ${month} ${y}`;
  }
  if (l === 'ja') return r.chance(0.5) ? `${y}年${b.m}月${b.d}日` : numVal([y, m, d], r.pick(['/', '-', '.']));
  if (loc === 'en-US') return numVal([m, d, y], '/');
  if (l === 'sv' || r.chance(0.1)) return numVal([y, m, d], '-');
  const sep = { de: '.', pl: '.', tr: '.', nl: '-', id: '-' }[l] ?? '/';
  return numVal([d, m, y], r.chance(0.8) ? sep : r.pick(['.', '/', '-']));
}

export type Ip = { v6: boolean; parts: string[] };
export function ip(r: Rng): Ip {
  if (r.chance(0.25)) {
    const h = () => r.int(0, 0xffff).toString(16);
    const parts = [
      r.pick(['2a02', '2001', '2a01', '2600', '2804', '2406']),
      r.int(0x1000, 0xffff).toString(16),
      h(),
      h(),
      h(),
      h(),
      h(),
      h(),
    ];
    if (r.chance(0.4)) return { v6: true, parts: [...parts.slice(0, 4), '', parts[7] as string] };
    return { v6: true, parts };
  }
  const a = r.chance(0.15)
    ? [192, 168, r.int(0, 20), r.int(2, 254)]
    : [
        r.pick([31, 37, 46, 62, 77, 81, 85, 88, 91, 103, 142, 151, 176, 185, 203]),
        r.int(0, 255),
        r.int(0, 255),
        r.int(1, 254),
      ];
  return { v6: false, parts: a.map(String) };
}
export { mod97 };
