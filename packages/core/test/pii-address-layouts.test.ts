import { describe, expect, it } from 'vitest';
import { addressRecognizer } from '../src/pii/recognizers/address.ts';
import { layoutAddressRecognizer } from '../src/pii/recognizers/address-layouts.ts';

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
