import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';

const engine = createPiiEngine({ defaultRegion: 'US' });

/** The ID_NUMBER entities of a sentence, as their text. */
async function ids(sentence: string): Promise<string[]> {
  return (await engine.detect(sentence)).filter((e) => e.type === 'ID_NUMBER').map((e) => e.text);
}

// Check digits computed here from the published rules, independently of the recognizer's code.
const digits = (s: string) => [...s].map(Number);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const luhnDigit = (body: string) => {
  const total = sum(
    digits(body)
      .reverse()
      .map((d, i) => (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d)),
  );
  return String((10 - (total % 10)) % 10);
};
const cn = (body17: string) => {
  const total = sum(digits(body17).map((d, i) => d * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]));
  return body17 + '10X98765432'[total % 11];
};
const cf = (body15: string) => {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
  const total = sum([...body15].map((c, i) => (i % 2 === 0 ? odd[value(c)] : value(c))));
  return body15 + String.fromCharCode(65 + (total % 26));
};
const curp = (body17: string) => {
  const chars = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const total = sum([...body17].map((c, i) => chars.indexOf(c) * (18 - i)));
  return body17 + String((10 - (total % 10)) % 10);
};
const rutDigit = (body: string) => {
  const total = sum(
    digits(body)
      .reverse()
      .map((d, i) => d * (2 + (i % 6))),
  );
  const r = 11 - (total % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
};
const mod11Digit = (body: string, weights: number[]) => {
  const r = sum(digits(body).map((d, i) => d * weights[i])) % 11;
  return String(r < 2 ? 0 : 11 - r);
};
const cpf = (body9: string) => {
  const d1 = mod11Digit(body9, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${body9.slice(0, 3)}.${body9.slice(3, 6)}.${body9.slice(6)}-${d1}${mod11Digit(body9 + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2])}`;
};
const cnpj = (body12: string) => {
  const d1 = mod11Digit(body12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d2 = mod11Digit(body12 + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${body12.slice(0, 2)}.${body12.slice(2, 5)}.${body12.slice(5, 8)}/${body12.slice(8)}-${d1}${d2}`;
};
const pesel = (body10: string) =>
  body10 + String((10 - (sum(digits(body10).map((d, i) => d * [1, 3, 7, 9][i % 4])) % 10)) % 10);
const verhoeffDigit = (body: string) => {
  const d = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
  ];
  const p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
  const perm = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
  for (let i = 1; i < 8; i++) p.push(p[i - 1].map((x) => perm[x]));
  const inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
  let c = 0;
  digits(body)
    .reverse()
    .forEach((x, i) => {
      c = d[c][p[(i + 1) % 8][x]];
    });
  return String(inv[c]);
};
const nhs = (body9: string) => {
  const check = 11 - (sum(digits(body9).map((d, i) => d * (10 - i))) % 11);
  if (check === 10) throw new Error('no NHS number with this body');
  return body9 + String(check % 11);
};
const tfn = (body8: string) => {
  const s = sum(digits(body8).map((d, i) => d * [1, 4, 3, 7, 5, 8, 6, 9][i])) % 11;
  if (s === 10) throw new Error('no TFN with this body');
  return body8 + String(s); // 10 * d ≡ -d (mod 11): d = s makes the sum divisible by 11
};
/** The first CN number born 2001-01-01 in Beijing whose check character is X. */
const cnEndingInX = () => {
  for (let seq = 0; seq < 1000; seq++) {
    const v = cn(`11010820010101${String(seq).padStart(3, '0')}`);
    if (v.endsWith('X')) return v;
  }
  throw new Error('none');
};
/** The last character changed: a checksum that fails. */
const broken = (v: string) => v.slice(0, -1) + (v.endsWith('1') ? '2' : '1');
const spaced = (v: string, sizes: number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const n of sizes) {
    out.push(v.slice(k, k + n));
    k += n;
  }
  return out.join(' ');
};

const VALID: [string, string][] = [
  ['CN resident ID', cn('44030419880705211')],
  ['CN resident ID ending in X', cnEndingInX()],
  ['IT codice fiscale', cf('BNCLRA92E45F205')],
  ['MX CURP', curp('PEGJ900315HJCRRN0')],
  ['CL RUT', `15.432.876-${rutDigit('15432876')}`],
  ['BR CPF', cpf('529982247')],
  ['BR CNPJ', cnpj('112223330001')],
  ['PL PESEL', pesel('8703150421')],
  ['PL PESEL born 2003', pesel('0322071234')],
  ['IN Aadhaar', spaced(`49183726510${verhoeffDigit('49183726510')}`, [4, 4, 4])],
  ['CA SIN', `130-456-78${luhnDigit('13045678')}`],
  ['AU TFN', tfn('87654321').replace(/^(\d{3})(\d{3})/, '$1-$2-')],
  ['IN PAN', 'BQRPK4821M'],
];

describe('ID_NUMBER: checked identifiers found without a label', () => {
  it.each(VALID)('%s (%s)', async (_name, value) => {
    expect(await ids(`Here it is: ${value} - thanks`)).toEqual([value]);
  });

  it.each([
    ['SE personnummer', `870312-${'123'}${luhnDigit('870312123')}`],
    ['SE personnummer, 12 digits', `19910528-${'457'}${luhnDigit('910528457')}`],
  ])('%s (%s): alone in a Swedish text or after an ID word; a date and a counter elsewhere stay', async (_n, value) => {
    const found = async (text: string, language?: string) =>
      (await engine.detect(text, { language })).filter((e) => e.type === 'ID_NUMBER').map((e) => e.text);
    expect(await found(`Här är det: ${value}, tack`, 'swe')).toEqual([value]);
    expect(await found(`personnummer ${value}`)).toEqual([value]);
    expect(await found(`Here it is: ${value} - thanks`)).toEqual([]);
  });

  it('UK NHS: 3-3-4 is a phone layout too, so a phone valid somewhere keeps it; the NHS word makes it ID_NUMBER', async () => {
    const value = spaced(nhs('485777345'), [3, 3, 4]);
    const bare = await engine.detect(`Here it is: ${value} - thanks`);
    expect(bare.map((e) => [e.type, e.text])).toEqual([['PHONE', value]]);
    expect(await ids(`NHS number ${value} - thanks`)).toEqual([value]);
    expect(await ids(`my NHS no. is ${value}`)).toEqual([value]);
  });

  it('takes 3-3-3 with blanks (the layout of an amount) only after an ID word', async () => {
    const value = spaced(tfn('87654321'), [3, 3, 3]);
    expect(await ids(`Here it is: ${value} - thanks`)).toEqual([]);
    expect(await ids(`my tax file number is ${value}`)).toEqual([value]);
    expect(await ids(`numéro d'assurance sociale: ${value}`)).toEqual([value]);
  });

  it('takes no checked all-digit number next to a currency or a unit', async () => {
    const value = spaced(`49183726510${verhoeffDigit('49183726510')}`, [4, 4, 4]);
    expect(await ids(`total € ${value}`)).toEqual([]);
    expect(await ids(`distance ${value} km`)).toEqual([]);
  });

  it('leaves a checked all-digit number to the phone when a phone word stands near', async () => {
    const value = spaced(`13045678${luhnDigit('13045678')}`, [3, 3, 3]);
    expect(await ids(`call me on ${value}`)).toEqual([]);
    expect(await ids(`SIN ${value}`)).toEqual([value]);
  });

  it('takes the checked identifier over the safety net and keeps the value whole', async () => {
    const value = pesel('9207231834');
    const found = await engine.detect(`zapisane: ${value}.`);
    expect(found.map((e) => [e.type, e.text])).toEqual([['ID_NUMBER', value]]);
  });

  const INVALID: [string, string][] = [
    ['CN resident ID', broken(cn('44030419880705211'))],
    ['CN resident ID, impossible date', cn('44030419881345211')],
    ['IT codice fiscale', `${cf('BNCLRA92E45F205').slice(0, 15)}${cf('BNCLRA92E45F205').endsWith('A') ? 'B' : 'A'}`],
    ['MX CURP', broken(curp('PEGJ900315HJCRRN0'))],
    ['CL RUT', `15.432.876-${rutDigit('15432876') === '3' ? '4' : '3'}`],
    ['BR CPF', broken(cpf('529982247'))],
    ['BR CNPJ', broken(cnpj('112223330001'))],
    ['SE personnummer', broken(`870312-123${luhnDigit('870312123')}`)],
    ['IN Aadhaar', broken(spaced(`49183726510${verhoeffDigit('49183726510')}`, [4, 4, 4]))],
    ['IN PAN with a fourth letter of no holder kind', 'BQRXK4821M'],
  ];
  it.each(INVALID)('rejects a wrong check: %s (%s)', async (_name, value) => {
    expect(await ids(`Here it is: ${value} - thanks`)).toEqual([]);
  });

  it('leaves the all-digit shapes to the phone when the check fails', async () => {
    for (const value of [broken(pesel('8703150421')), broken(spaced(nhs('485777345'), [3, 3, 4]))]) {
      expect(await ids(`Here it is: ${value} - thanks`)).toEqual([]);
    }
  });
});

describe('ID_NUMBER: any identifier right after a label', () => {
  const VALUE = 'K7L29Q4481';
  const LABELS = [
    'Passport no.',
    'passport number:',
    'My passport number is',
    'Reisepassnummer:',
    'Reisepass Nr.',
    'Ausweisnummer',
    'Personalausweis:',
    'Führerscheinnummer',
    'numéro de passeport',
    "carte d'identité n°",
    'permis de conduire:',
    'pasaporte número',
    'licencia de conducir',
    'carnet de conducir:',
    'passaporto n.',
    'patente di guida',
    'codice fiscale:',
    'paszport nr',
    'dowód osobisty:',
    'paspoort',
    'rijbewijs:',
    'pasaport no:',
    'паспорт №',
    'ID card:',
    'identity card number',
    "driver's license #",
    'driving licence no.',
    'tax ID:',
    'TIN',
    'NIF:',
    'NIPT',
    'CPF:',
    'RUT',
    'CURP:',
    'PAN',
    'Aadhaar',
    'SIN #',
    'NHS number',
    'personnummer:',
    'PESEL',
    '身份证号',
  ];
  it.each(LABELS)('%s', async (label) => {
    expect(await ids(`${label} ${VALUE}, thanks`)).toEqual([VALUE]);
  });

  it('reads groups joined by dashes, dots, slashes and blanks', async () => {
    for (const value of ['D123-4567-8901', '12/345/67890', 'AB.123.456', 'X 1234 5678']) {
      expect(await ids(`driver license: ${value} ok`)).toEqual([value]);
    }
    expect(await ids('Sozialversicherungsnummer 65 170839 J 003 bitte')).toEqual(['65 170839 J 003']);
    expect(await ids('passport X1234567 A great trip')).toEqual(['X1234567']);
  });

  it('takes the Russian series and number together', async () => {
    expect(await ids('паспорт серия 4510 номер 123456 выдан')).toEqual(['4510 номер 123456']);
  });

  it('stops at the next word and takes no dates, short values or values with few digits', async () => {
    expect(await ids('passport X1234567 valid until 2031')).toEqual(['X1234567']);
    for (const text of [
      'passport 12.03.2031',
      'passport: 2031-03-12',
      'passport ABC123',
      'passport AB12CD',
      'passport office in Berlin 10115',
      'tax id 12',
    ]) {
      expect(await ids(text)).toEqual([]);
    }
  });

  it('keeps a value that has a type of its own under that type', async () => {
    const found = await engine.detect('Sozialversicherungsnummer 536-22-1234 bitte');
    expect(found.map((e) => e.type)).toEqual(['US_SSN']);
  });
});

describe('ID_NUMBER: no label, no generic identifier', () => {
  it.each([
    'Order no. 4829-3371-22 shipped',
    'Invoice INV-2024-00017 is due',
    'Tracking number 1Z999AA10123456784 for the parcel',
    'The meeting is on 2024-03-01 at 10:30',
    'It costs $1,234.56 or EUR 2.499,00',
    'Upgrade to version 10.2.3.4455',
    'request 123e4567-e89b-12d3-a456-426614174000 failed',
    'We are ISO 9001 and ISO 27001 certified',
    'Flight LH1234 lands at 14:05, then BA 2490',
    'code X12345678 and D123-4567-8901',
    'sin 12345678 no hay nada',
    'order 943 476 5919',
  ])('%s', async (text) => {
    expect(await ids(text)).toEqual([]);
  });
});
