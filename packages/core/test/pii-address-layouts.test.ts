import { describe, expect, it } from 'vitest';
import { addressRecognizer } from '../src/pii/recognizers/address.ts';
import { layoutAddressRecognizer } from '../src/pii/recognizers/address-layouts.ts';
import { addressTail } from '../src/pii/recognizers/address-tail.ts';

const found = (text: string) =>
  layoutAddressRecognizer.find(text, { entropyThreshold: 4 }).map((m) => text.slice(m.start, m.end));
const scanned = (text: string) =>
  addressRecognizer.find(text, { entropyThreshold: 4 }).map((m) => text.slice(m.start, m.end));

describe('street addresses led by a local street word (address-layouts.ts)', () => {
  it.each([
    ['Kos putri di Jl. Melati Indah No. 12, 1,5 jt/bulan', 'Jl. Melati Indah No. 12'],
    ['rumah di gg. kenanga no. 7 rt 02/rw 04 ya', 'gg. kenanga no. 7 rt 02/rw 04'],
    ['Chumba Mtaa wa Uhuru, Nyumba Na. 12, elfu 100', 'Mtaa wa Uhuru, Nyumba Na. 12'],
    ['condo at 88/12 Soi Sukhumvit 31, rent 15,000', '88/12 Soi Sukhumvit 31'],
    ['квартира: вул. Шевченка, 15, кв. 3, дзвоніть', 'вул. Шевченка, 15, кв. 3'],
    ['Ενοικιάζεται, οδός Αθηνάς 12, 300 €', 'οδός Αθηνάς 12'],
    ['phòng tại số 12 ngõ 3 Kim Mã, 2 triệu', 'số 12 ngõ 3 Kim Mã'],
    ['garsonieră pe Str. Teiului nr. 5, bl. B2, ap. 7, 300 euro', 'Str. Teiului nr. 5, bl. B2, ap. 7'],
    ['Pronajmu byt, Dlouhá 1234/5, 15 000 Kč', 'Dlouhá 1234/5'],
    ['pata: h.no. 197, civil lines, new delhi 110024\nmobile: 0998', 'h.no. 197, civil lines, new delhi 110024'],
    ['Μένω στην Πατησίων 226\n105 63 Αθήνα. Ευχαριστώ', 'Πατησίων 226\n105 63 Αθήνα'],
    ['Nha toi o so nha 113 ngo 60 pho Hue, Phuong 13, Quan 3. Lich su', 'so nha 113 ngo 60 pho Hue, Phuong 13, Quan 3'],
  ])('%s', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it('not a number word, a ratio or a date', () => {
    for (const text of ['Việt Nam số 1 thế giới', 'score 12/3 in the match', 'kikao tarehe 15 Ιουνίου 2024, sawa'])
      expect(found(text), text).toEqual([]);
  });
});

describe('English streets with an ambiguous type after "at" / "on" (address.ts)', () => {
  it('reads "at 46 Oak Drive" in any case, not "12 way too many"', () => {
    expect(scanned('drop the bakes at 46 Oak Drive before 9')).toEqual(['46 Oak Drive']);
    expect(scanned('drop the bakes at 35 oak drive before 9')).toEqual(['35 oak drive']);
    expect(scanned('I have 12 way too many tabs open')).toEqual([]);
  });

  it('takes a Spanish floor and door glued to the number and a Portuguese "casa" after a comma', () => {
    expect(scanned('piso en calle del Pez 88, 6ºizda, 420 €')).toEqual(['calle del Pez 88, 6ºizda']);
    expect(scanned('kitnet na Rua das Flores, 1319, casa 2, R$ 1.200')).toEqual(['Rua das Flores, 1319, casa 2']);
  });
});

describe('what follows a street after a comma or a line break (address-tail.ts)', () => {
  const tail = (text: string, street: string) => text.slice(0, addressTail(text, text.indexOf(street) + street.length));

  it.each([
    [
      'Am Mühlbach 5, 3. OG links, 10969 Berlin. Schreib bitte',
      'Am Mühlbach 5',
      'Am Mühlbach 5, 3. OG links, 10969 Berlin',
    ],
    ['55 Mill Close,\nBristol BS7 8NJ, account holder', '55 Mill Close', '55 Mill Close,\nBristol BS7 8NJ'],
    [
      'Calle Mayor 165, bajo,\n08012 Barcelona y la caldera',
      'Calle Mayor 165',
      'Calle Mayor 165, bajo,\n08012 Barcelona',
    ],
    [
      '168/1 Nguyễn Trãi, Phường 4, Quận 5, TP. Hồ Chí Minh bị',
      '168/1 Nguyễn Trãi',
      '168/1 Nguyễn Trãi, Phường 4, Quận 5, TP. Hồ Chí Minh',
    ],
    ['1/122 Smith St, Glenelg SA 5045. Pay the bond', '1/122 Smith St', '1/122 Smith St, Glenelg SA 5045'],
    ['Vinohradská 329/36, 702 00 Ostrava a nefunguje', 'Vinohradská 329/36', 'Vinohradská 329/36, 702 00 Ostrava'],
    [
      'Flat No. 457, Green Park Society, Baner Road, Pune 411045 and she',
      'Flat No. 457',
      'Flat No. 457, Green Park Society, Baner Road, Pune 411045',
    ],
    [
      'Av. Paulista, 2315, apto 32, Savassi\nSão Paulo - SP, 04010-000.',
      'apto 32',
      'Av. Paulista, 2315, apto 32, Savassi\nSão Paulo - SP, 04010-000',
    ],
  ])('%j', (text, street, address) => {
    expect(tail(text, street)).toBe(address);
  });

  it('not a price, a phone or a clause after the street', () => {
    expect(tail('Calle Mayor 165, 1200 euro al mes', 'Calle Mayor 165')).toBe('Calle Mayor 165');
    expect(tail('Calle Mayor 165, 0170 2013166 is my phone', 'Calle Mayor 165')).toBe('Calle Mayor 165');
    expect(tail('Calle Mayor 165, please call me', 'Calle Mayor 165')).toBe('Calle Mayor 165');
  });
});
