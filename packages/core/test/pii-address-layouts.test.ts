import { describe, expect, it } from 'vitest';
import { addressRecognizer } from '../src/pii/recognizers/address.ts';
import { layoutAddressRecognizer } from '../src/pii/recognizers/address-layouts.ts';
import { addressHead, addressTail } from '../src/pii/recognizers/address-tail.ts';

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

  it.each([
    [
      'Kastanienallee 45 (2. Stock links), 50667 Köln, Telefon',
      'Kastanienallee 45',
      'Kastanienallee 45 (2. Stock links), 50667 Köln',
    ],
    [
      'Calle Morelos 1340 Depto. 302, Col. Americana, 64000 Monterrey, N.L.. Que',
      'Calle Morelos 1340',
      'Calle Morelos 1340 Depto. 302, Col. Americana, 64000 Monterrey, N.L.',
    ],
    [
      'Plaza del Pilar 44, 1.º 3.ª, 28013 Madrid. Confirmad',
      'Plaza del Pilar 44',
      'Plaza del Pilar 44, 1.º 3.ª, 28013 Madrid',
    ],
    ['Husova 1497/29, 120 00 Praha 2. Slušně', 'Husova 1497/29', 'Husova 1497/29, 120 00 Praha 2'],
    [
      'Via Garibaldi 153, 2° piano\n20121 Milano (MI)\nCellulare',
      'Via Garibaldi 153',
      'Via Garibaldi 153, 2° piano\n20121 Milano (MI)',
    ],
    [
      'via garibaldi 168, scala b, interno 5, 10122 torino\ncellulare',
      'via garibaldi 168',
      'via garibaldi 168, scala b, interno 5, 10122 torino',
    ],
    [
      'Rua Augusta, 721, casa 2, Boa Viagem\nBelo Horizonte/MG 30140-071\nCelular',
      'Rua Augusta, 721',
      'Rua Augusta, 721, casa 2, Boa Viagem\nBelo Horizonte/MG 30140-071',
    ],
    [
      'House No. 10, Moi Avenue, S.L.P. 4521-00100 Nairobi. Kwa',
      'House No. 10',
      'House No. 10, Moi Avenue, S.L.P. 4521-00100 Nairobi',
    ],
    ['Gül Sokak No: 47 Daire: 8, Çankaya/Ankara adresinde', 'Daire: 8', 'Gül Sokak No: 47 Daire: 8, Çankaya/Ankara'],
    ['вул. Шевченка, 5\nм. Львів, 79000\nТел', 'вул. Шевченка, 5', 'вул. Шевченка, 5\nм. Львів, 79000'],
    [
      'Số 87 ngõ 250 đường Láng, Đống Đa, Hà Nội bị thất lạc',
      'đường Láng',
      'Số 87 ngõ 250 đường Láng, Đống Đa, Hà Nội',
    ],
    [
      'so 74 duong nguyen trai, quan thanh xuan, ha noi. lich su',
      'duong nguyen trai',
      'so 74 duong nguyen trai, quan thanh xuan, ha noi',
    ],
    ['Van Goghlaan 278 III, 4871 SR Eindhoven', 'Van Goghlaan 278', 'Van Goghlaan 278 III, 4871 SR Eindhoven'],
  ])('%j', (text, street, address) => {
    expect(tail(text, street)).toBe(address);
  });

  it('reads a flat or block before the street and the street before a postcode address', () => {
    const head = (text: string, address: string) => text.slice(addressHead(text, text.indexOf(address)));
    expect(head('check this:\nRm 304, 1965 Rizal Avenue', '1965 Rizal Avenue')).toBe('Rm 304, 1965 Rizal Avenue');
    expect(head('sa Blk 4 Lot 19, 426 Sampaguita St.', '426 Sampaguita St.')).toBe('Blk 4 Lot 19, 426 Sampaguita St.');
    expect(head('I live at Flat 4B, 29 Kingsway, Manchester M14 5RP', 'Manchester M14 5RP')).toBe(
      'Flat 4B, 29 Kingsway, Manchester M14 5RP',
    );
    expect(head('priya\nflat 4b, 33 elm grove, bristol bs7 8nu', 'bs7 8nu')).toBe(
      'flat 4b, 33 elm grove, bristol bs7 8nu',
    );
    // a number and words in another case are no street: "I have 2 Kids, …" stays out in lower case
    expect(head('we have 2 kids, Manchester M14 5RP', 'Manchester M14 5RP')).toBe('Manchester M14 5RP');
  });

  it('not a word and a number, a price after a Greek word, or a Roman numeral after a place', () => {
    expect(tail('88/12 Soi Sukhumvit 31, rent 15,000', '88/12 Soi Sukhumvit 31')).toBe('88/12 Soi Sukhumvit 31');
    expect(found('το LEGO 42115 ήρθε χαλασμένο, τιμή 12,75 €.')).toEqual([]);
    expect(tail('deliver am for no 4 allen avenue ikeja i dey house', 'ikeja')).toBe(
      'deliver am for no 4 allen avenue ikeja',
    );
  });

  it('Hungarian streets with town first, floor and door; a Cyrillic town before its street; a Greek Τ.Κ. postcode', () => {
    expect(found('Lakcím: 9021 Győr, Dózsa György út 148. II. em. 7.\nTelefon')).toEqual([
      '9021 Győr, Dózsa György út 148. II. em. 7',
    ]);
    expect(found('адреса: 79008, м. львів, вул. шевченка, буд. 50, кв. 24\nтелефон')).toEqual([
      '79008, м. львів, вул. шевченка, буд. 50, кв. 24',
    ]);
    expect(found('Διεύθυνση - Λεωφ. Κηφισίας 90, Τ.Κ. 105 63, Αθήνα\nΤηλέφωνο')).toEqual([
      'Λεωφ. Κηφισίας 90, Τ.Κ. 105 63, Αθήνα',
    ]);
    expect(found('Anwani: Kijiji cha Kiamwangi, Kata ya Ngenda, Nakuru\nSimu')).toEqual([
      'Kijiji cha Kiamwangi, Kata ya Ngenda, Nakuru',
    ]);
  });

  it('a Swahili street without a house number only before an area, a Czech street after a preposition', () => {
    expect(found('Ninaishi Barabara ya Ngong, Kilimani, Nairobi. Asante')).toEqual([
      'Barabara ya Ngong, Kilimani, Nairobi',
    ]);
    expect(found('nilipita barabara ya ngong jana')).toEqual([]);
    expect(found('Bydlím Na Příkopě 2021/3, 602 00 Brno.')).toEqual(['Na Příkopě 2021/3, 602 00 Brno']);
  });

  it('not a price, a phone or a clause after the street', () => {
    expect(tail('Calle Mayor 165, 1200 euro al mes', 'Calle Mayor 165')).toBe('Calle Mayor 165');
    expect(tail('Calle Mayor 165, 0170 2013166 is my phone', 'Calle Mayor 165')).toBe('Calle Mayor 165');
    expect(tail('Calle Mayor 165, please call me', 'Calle Mayor 165')).toBe('Calle Mayor 165');
  });
});
