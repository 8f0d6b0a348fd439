import { describe, expect, it } from 'vitest';
import { chatAddressRecognizer } from '../src/pii/recognizers/address-chat.ts';
import { lineAddressRecognizer } from '../src/pii/recognizers/address-line.ts';

const spans = (text: string) => lineAddressRecognizer.find(text, {} as never).map((m) => text.slice(m.start, m.end));

describe('addresses after an address label or a delivery phrase (address-line.ts)', () => {
  const FOUND: [string, string][] = [
    ['address: Plot 12, Sector 4, Uttara, Dhaka 1230\nthanks', 'Plot 12, Sector 4, Uttara, Dhaka 1230'],
    [
      'deliver to Unit 5, Palm Court, off Kiambu Road, Runda, Nairobi pls',
      'Unit 5, Palm Court, off Kiambu Road, Runda, Nairobi',
    ],
    [
      'endereço: Rua das Palmeiras, 88, apto 12, Centro, Recife - PE, 50010-120',
      'Rua das Palmeiras, 88, apto 12, Centro, Recife - PE, 50010-120',
    ],
    ['dirección: Carrera 15 # 93-47, Apto 302, Chicó, Bogotá', 'Carrera 15 # 93-47, Apto 302, Chicó, Bogotá'],
    [
      'alamat: Jl. Melati No. 4, RT 02/RW 03, Kel. Cempaka, Kec. Kenanga, Depok 16412 ya kak',
      'Jl. Melati No. 4, RT 02/RW 03, Kel. Cempaka, Kec. Kenanga, Depok 16412',
    ],
    ['pick up at Purok 2, Brgy. San Roque, Iloilo City 5000', 'Purok 2, Brgy. San Roque, Iloilo City 5000'],
    ['ที่อยู่ 45 หมู่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290 ค่ะ', '45 หมู่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290'],
    ['العنوان: عمارة 12، شقة 4، شارع النصر، مدينة نصر، القاهرة', 'عمارة 12، شقة 4، شارع النصر، مدينة نصر، القاهرة'],
    ['địa chỉ: 12 Lê Lợi, Phường 4, Quận 3, TP.HCM', '12 Lê Lợi, Phường 4, Quận 3, TP.HCM'],
    ['deliver to KA-114-2233, Bantama, Kumasi', 'KA-114-2233, Bantama, Kumasi'],
    [
      'Your order will be delivered to #21, 2nd Cross, Indiranagar, Bengaluru-560038. Is that correct?',
      '#21, 2nd Cross, Indiranagar, Bengaluru-560038',
    ],
    ['location: P.O. Box 4521-00100, Nairobi', 'P.O. Box 4521-00100, Nairobi'],
    [
      'Name: Ana Lopez / Address: 9 Elm Road, Westlands, Nairobi / Phone: 0712 000 111',
      '9 Elm Road, Westlands, Nairobi',
    ],
    ['entregar en Calle 10 # 5-20, Barrio Centro, Medellín, ¿cierto?', 'Calle 10 # 5-20, Barrio Centro, Medellín'],
    ['Address : Unit 9 , 12 Harbour Road , Durban Fax : 031 555 0101', 'Unit 9 , 12 Harbour Road , Durban'],
    [
      'whose address is 77 Main Street, 2nd Floor, Springfield, Ohio 45501 provides the terms',
      '77 Main Street, 2nd Floor, Springfield, Ohio 45501',
    ],
    ['adresim Çınar Sokak No: 4 Daire: 2 olarak güncellendi', 'Çınar Sokak No: 4 Daire: 2'],
  ];
  it.each(FOUND)('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });

  const NONE = [
    'my IP address: 10.1.2.3, gateway 10.1.2.1',
    'please deliver to my office by 5pm, thanks',
    'deliver to 3 customers, 2 pending, today',
    'email address: someone@example.com',
    'the address is wrong, I ordered 2 items',
    'send to +254 712 000 111 via mpesa',
    'its registered address is 2nd floor, Abbott Building, Road Town, Tortola',
  ];
  it.each(NONE)('no address in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('chat addresses: Turkish numbered streets, a long place name before the postcode (address-chat.ts)', () => {
  const chat = (text: string) => chatAddressRecognizer.find(text, {} as never).map((m) => text.slice(m.start, m.end));
  it.each([
    ['teslimat Gazi Mah. 112. Sokak No:7/3 Cankaya Ankara adresine', 'Gazi Mah. 112. Sokak No:7/3 Cankaya Ankara'],
    [
      'kirim Blok B6 No. 9, Pondok Indah, Duren Baru, Jakarta Timur 13430 ya',
      'Blok B6 No. 9, Pondok Indah, Duren Baru, Jakarta Timur 13430',
    ],
  ])('%s', (text, want) => {
    expect(chat(text).some((s) => s.includes(want))).toBe(true);
  });
});
