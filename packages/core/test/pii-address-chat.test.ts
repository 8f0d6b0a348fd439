import { describe, expect, it } from 'vitest';
import { addressRecognizer } from '../src/pii/recognizers/address.ts';
import { chatAddressRecognizer } from '../src/pii/recognizers/address-chat.ts';

const spans = (text: string) => chatAddressRecognizer.find(text, {} as never).map((m) => text.slice(m.start, m.end));

describe('chat-style local addresses (address-chat.ts)', () => {
  const FOUND: [string, string][] = [
    ['card is pe bhejna h no 412 sector 21 rohtak 124001 pe bhejna hai', 'h no 412 sector 21 rohtak 124001'],
    [
      'naya ghar flat 12 green view apts 3rd cross jayanagar bangalore 560041 pe aana',
      'flat 12 green view apts 3rd cross jayanagar bangalore 560041',
    ],
    ['bhai 42/7 patel colony indore 452001 pe courier karo', '42/7 patel colony indore 452001'],
    ['parcel bhejo house 14 street 9 f-7/2 islamabad jaldi', 'house 14 street 9 f-7/2 islamabad'],
    ['card plot 7-a block 3 north nazimabad karachi pe bhej do', 'plot 7-a block 3 north nazimabad karachi'],
    [
      'pakihatid sa Blk 3 Lot 8 Phase 4 Villa Verde Brgy Malinta Valenzuela po',
      'Blk 3 Lot 8 Phase 4 Villa Verde Brgy Malinta Valenzuela',
    ],
    ['send to 12 serangoon ave 2 singapore 556123 thanks', '12 serangoon ave 2 singapore 556123'],
    ['kirim ke jl. sudirman no. 8 rt 02/rw 05 bogor ya', 'jl. sudirman no. 8 rt 02/rw 05 bogor'],
    ['hantar no 9 jalan ss2/4 47300 petaling jaya boleh', 'no 9 jalan ss2/4 47300 petaling jaya'],
    [
      'kargo Moda Mah. Bahariye Cad. No:12 D:3 Kadikoy Istanbul adresine',
      'Moda Mah. Bahariye Cad. No:12 D:3 Kadikoy Istanbul',
    ],
    ['envialo a calle juarez 88 col. roma cdmx cp 06700 pero rapido', 'calle juarez 88 col. roma cdmx cp 06700'],
    ['deliver am for no 4 allen avenue ikeja i dey house', 'no 4 allen avenue ikeja'],
    ['wslti l 3emara 4 Dor 3 Sha2a 7 ana hon', '3emara 4 Dor 3 Sha2a 7'],
    ['il est au 310 rue st-denis app 4 montreal qc h2x 1k5 mais', '310 rue st-denis app 4 montreal qc h2x 1k5'],
    ['meine adresse ist weserstr. 12 hinterhaus 12047 berlin danke', 'weserstr. 12 hinterhaus 12047 berlin'],
    ['schick das paket an lüneburger straße 17a, danke', 'lüneburger straße 17a'],
    ['envoie la facture au 4, impasse roux\nf-30900 nimes stp', '4, impasse roux\nf-30900 nimes'],
    ['el 3enwan 12 shar3 gam3et el dewal mohandessin ta3ala', '12 shar3 gam3et el dewal mohandessin'],
    ['parcel to blk 210 ang mo kio ave 1 #05-12 s560210 thanks', 'blk 210 ang mo kio ave 1 #05-12 s560210'],
  ];
  it.each(FOUND)('%s', (text, want) => {
    expect(spans(text)).toContain(want);
  });

  const CLEAN = [
    'our sector 5 team won again',
    'phase 2 of the project starts monday',
    'block 3 of the course is hard',
    'block 2 sector 5 team meeting',
    'order no 12345 shipped today',
    'order #12345 from amazon 560028',
    'paid 2500 for 3 items at 7pm',
    'version 2.3 of main street app',
    'flight no 302 terminal 3 gate 12',
    'card no 3782 822463 10005 declined',
    'unit 4 lesson 2 homework due',
    'score 2-1 at half time lol',
    'ids 12345, 67890 done',
    'rt 5 rw 2 rapat malam ini',
    'sector 18 noida me office hai',
    'train no 12951 platform 3',
    'top 5 phase 2 items',
    'apt 2 ki rent 25000 hai',
    'paid £3.99 via royal mail 2nd class',
    'weight of 70 kg and a height of 1.75 meters',
    'battery 3349 vs 4575 mAh',
    '22 Siege gelangen dem Franzosen André Darrigade',
    '4 Gang Differenzialwandlergetriebe D864.5 von Voith',
  ];
  it.each(CLEAN)('no address in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('lowercase place names with particles after a postcode (address.ts)', () => {
  const street = (text: string) => addressRecognizer.find(text, {} as never).map((m) => text.slice(m.start, m.end));
  it.each([
    [
      'schick das paket an lindenallee 40-41, 66999 landau in der pfalz, danke',
      'lindenallee 40-41, 66999 landau in der pfalz',
    ],
    ['neue anschrift: postfach 542803, d-79606 kronberg im taunus', 'postfach 542803, d-79606 kronberg im taunus'],
  ])('%s', (text, want) => {
    expect(street(text)).toContain(want);
  });
});
