import { describe, expect, it } from 'vitest';
import { type Case, engine, expectAll, expectNone } from './helpers/pii-cover.ts';

/**
 * Leak classes left by hold-outs 4 and 5, each with examples written for this file (not the bench strings).
 * Hit = no letter or digit of the value outside an entity of its type.
 */
describe('look-alike letters inside values a checksum or a parser validates', () => {
  it('reads S, Z, B, b, G, g, D as digits in an IBAN when mod 97 then holds', async () => {
    const cases: Case[] = [
      ['IBAN', 'EE38 2ZOO ZZ1O 2O14 S6BS', 'please use EE38 2ZOO ZZ1O 2O14 S6BS from now on'],
      ['IBAN', 'IS140159Z6OO7b545S1O73O339', 'Reikningur: IS140159Z6OO7b545S1O73O339 takk'],
      ['IBAN', 'NL91 ABNA O4l7 lb43 OO', 'rekening NL91 ABNA O4l7 lb43 OO graag'],
      ['IBAN', 'at61 19O4 3OOZ 34S7 3ZO1', 'mein konto at61 19O4 3OOZ 34S7 3ZO1 bitte'],
      ['IBAN', 'LU28 OO19 4OO6 4475 OOO0', 'compte LU28 OO19 4OO6 4475 OOO0 merci'],
    ];
    await expectAll(cases);
  });

  it('reports no IBAN when the look-alike reading fails the checksum', async () => {
    await expectNone(
      [
        'please use EE38 2ZOO ZZ1O 2O14 S6BB from now on',
        'We meet at 10 am on 2024 12 05 in room 4711 of the hall 8',
        'SE45 SSBB ZZgg is a model name, not an account',
      ],
      ['IBAN'],
    );
  });

  it('reads look-alike letters in IPv4 octets and non-hex look-alikes in IPv6 groups', async () => {
    const cases: Case[] = [
      ['IP_ADDRESS', '19Z.16B.1O.Z4', 'the gateway is 19Z.16B.1O.Z4 today'],
      ['IP_ADDRESS', '8S.2l.l3O.7', 'Server 8S.2l.l3O.7 antwortet nicht'],
      ['IP_ADDRESS', '2OOl:db8:85a3::8aZe:37O:7334', 'route 2OOl:db8:85a3::8aZe:37O:7334 please'],
      ['IP_ADDRESS', 'fe8O::lZ3:4S67:89ab', 'link-local fe8O::lZ3:4S67:89ab on eth0'],
      ['IP_ADDRESS', 'fd12 ∶ 3456 ∶ 789a ∶∶ 1', 'adresse fd12 ∶ 3456 ∶ 789a ∶∶ 1 merci'],
      ['IP_ADDRESS', '2001:db8:4006:812::200e', 'ref: [2001:db8:4006:812::200e]:443 fails'],
    ];
    await expectAll(cases);
  });

  it('leaves words, versions and code paths with look-alike letters alone', async () => {
    await expectNone(
      [
        'dates in ISO 8601, see section 4.2 and 5.1',
        'bump to v1.2.3.b and run std::io::Error checks',
        'Go::OS::SSL is a namespace, I.O.S.B a list',
        'ratio 3∶4 and 16∶9 screens',
      ],
      ['IP_ADDRESS'],
    );
  });
});

describe('IPv4 addresses typed with other separators', () => {
  it('reads doubled dots, dot-comma and blanks after dots with an IP word, and mostly dotted ones without', async () => {
    const cases: Case[] = [
      ['IP_ADDRESS', '10.20..30.40', 'host: 10.20..30.40, ok'],
      ['IP_ADDRESS', '10.20.,30.40', 'the IP is 10.20.,30.40 now'],
      ['IP_ADDRESS', '198.51. 100. 23', 'Notes\n198.51. 100. 23\nEnd'],
      ['IP_ADDRESS', '172,16.44. 203', 'data: 172,16.44. 203. ok'],
      ['IP_ADDRESS', '203。0_113 . 9', 'see 203。0_113 . 9/24&x'],
      ['IP_ADDRESS', '192.0.\u200b 2.\u200b 55', 'ok 192.0.\u200b 2.\u200b 55 ok'],
    ];
    await expectAll(cases);
  });

  it('leaves lists, enumerations, times and decimals without an IP word alone', async () => {
    await expectNone(
      [
        'prices 1.200, 3.100 and 2.050',
        'Steps 1. 2. 3. 4. done',
        'items 139,57,56,162 in stock',
        'pi 3.14. 2.71 and 1.41',
        'scores 10.0. 0.1 and 2.5',
      ],
      ['IP_ADDRESS'],
    );
  });
});

describe('digits spelled as words with pauses between groups', () => {
  it('reads commas, ellipses, dashes and fillers between spelled groups as group breaks', async () => {
    const cases: Case[] = [
      [
        'US_SSN',
        'dwa zero trzy, osiem jeden... cztery sześć zero dwa',
        'kontakt: dwa zero trzy, osiem jeden... cztery sześć zero dwa. Dzięki',
      ],
      [
        'US_SSN',
        'one zero three, seven two... one six zero two',
        'contact: one zero three, seven two... one six zero two. Thanks',
      ],
      [
        'US_SSN',
        'yedi altı iki - ıı, dört altı - sıfır altı altı sıfır',
        'SSN: yedi altı iki - ıı, dört altı - sıfır altı altı sıfır lütfen',
      ],
      [
        'PHONE',
        'dokuz dört iki, yedi bir... altı üç beş iki',
        'numara: dokuz dört iki, yedi bir... altı üç beş iki lütfen',
      ],
    ];
    await expectAll(cases);
  });

  it('reads Turkish digit words whose dotless ı was folded (altı, sıfır)', async () => {
    const cases: Case[] = [
      [
        'US_SSN',
        'dört altı beş sıfır iki altı sekiz iki yedi',
        'SSN: dört altı beş sıfır iki altı sekiz iki yedi, teşekkürler',
      ],
    ];
    await expectAll(cases);
  });

  it('reads "um" as the Portuguese 1 after Portuguese digit words, and as a pause after English ones', async () => {
    const cases: Case[] = [
      [
        'US_SSN',
        'quatro dois oito... sete um nove cinco três dois',
        'claro, quatro dois oito... sete um nove cinco três dois. obrigado',
      ],
      [
        'PHONE',
        'oh seven seven double four one two um three four five six',
        'call me on oh seven seven double four one two um three four five six',
      ],
    ];
    await expectAll(cases);
  });

  it('leaves spelled counting and numbers in two groups without a label alone', async () => {
    await expectNone(['one two three, four five six, seven eight nine', 'order 528 819932 shipped'], ['US_SSN']);
  });
});

describe('values broken by a line wrap', () => {
  it('joins a wrap inside an SSN, an IPv6 address or an email local part when the joined value validates', async () => {
    const cases: Case[] = [
      ['US_SSN', '412 36 7 \n  890', 'SSN: 412 36 7 \n  890 thanks'],
      [
        'IP_ADDRESS',
        '2001:db8:85a3:42b1:3cd \n  9:7a2c:40c7:f1e4',
        'host 2001:db8:85a3:42b1:3cd \n  9:7a2c:40c7:f1e4. ok',
      ],
      ['EMAIL', 'marta_ruiz\nz@web.de', 'mis datos: email marta_ruiz\nz@web.de, gracias'],
    ];
    await expectAll(cases);
  });

  it('does not glue the word before a line break to an address, nor lines of numbers', async () => {
    await expectNone(['lines\n12\n34\n56', 'scores 41 27\n 38 90 11'], ['US_SSN', 'IP_ADDRESS', 'CREDIT_CARD']);
    const found = await engine.detect('Please contact\njohn@example.com today');
    expect(found.map((e) => e.text)).toEqual(['john@example.com']);
  });
});

describe('cards and IBANs with OCR spacing', () => {
  it('reads a Luhn-valid card of a known issuer in any grouping, and a split country code', async () => {
    const cases: Case[] = [
      ['CREDIT_CARD', '45 3 201511283036 6', 'my file: 45 3 201511283036 6 ok'],
      ['CREDIT_CARD', '5 4 5 4545454 5454 54', 'gegevens: 5 4 5 4545454 5454 54 ok'],
      ['IBAN', 'D E89 3704 0044 0532 0130 00', 'kontonummer D E89 3704 0044 0532 0130 00 tack'],
    ];
    await expectAll(cases);
  });

  it('leaves irregular groups that fail Luhn, and lower-case split codes, alone', async () => {
    await expectNone(['my file: 45 3 201511283036 7 ok', 'codes 1 2 345678901 2 345 here'], ['CREDIT_CARD']);
    await expectNone(['write d e89 3704 0044 0532 0130 00 down'], ['IBAN']);
  });
});

describe('international numbers with a "(0)" trunk the country does not dial', () => {
  it('reads the number without the "(0)"', async () => {
    const cases: Case[] = [
      ['PHONE', '+45 (0)32 15 46 78', 'ring til mig: "+45 (0)32 15 46 78" i aften'],
      ['PHONE', '+41 (0)44 668 18 00', 'Tel +41 (0)44 668 18 00'],
    ];
    await expectAll(cases);
  });

  it('still needs a valid number once the 0 is dropped (the safety net then covers what is written like a phone)', async () => {
    const found = await engine.detect('+45 (0)12 34 56 78 9 is no number');
    expect(found.map((e) => [e.type, e.source])).toEqual([['PHONE', 'digit-run']]);
  });
});

describe('look-alikes and marks around phone numbers, IBAN letter groups and IP labels', () => {
  it('reads look-alike letters in a "+" number (up to two per digit) and across "(0)"', async () => {
    const cases: Case[] = [
      ['PHONE', '+3Z 47O O1 Z5 6B', 'contact : +3Z 47O O1 Z5 6B merci'],
      ['PHONE', '+4g (O)17l 4S3 BB4O', 'Nummer +4g (O)17l 4S3 BB4O bitte'],
    ];
    await expectAll(cases);
  });

  it('drops accents on the letter groups of an IBAN, and reads an IPv6 after a folded Cyrillic label', async () => {
    const cases: Case[] = [
      ['IBAN', 'ŃĹ91 ÁB́ŃÁ 0417 1643 00', 'rekening ŃĹ91 ÁB́ŃÁ 0417 1643 00 ok'],
      ['IP_ADDRESS', 'fe80::1bc6:a45d:cc37:9f3a', 'запиши IP-адрес:fe80::1bc6:a45d:cc37:9f3a, потом'],
    ];
    await expectAll(cases);
  });

  it('takes "Sozialversicherungsnummer" and its translations as SSN labels', async () => {
    const cases: Case[] = [['US_SSN', '6Z4S18B7O', 'Ist die Sozialversicherungsnummer (USA):6Z4S18B7O korrekt?']];
    await expectAll(cases);
  });

  it('leaves accented prose and look-alike words after "+" alone', async () => {
    await expectNone(['Él está en Málaga, ÁB́ŃÁ 12 años', 'rating +SOS 4 stars', 'C++ ISO 2011 + BOOST 1.8']);
  });
});

describe('spoken and spaced email addresses', () => {
  it('reads "underscore" words in the local part and more real TLDs (ac, consulting, …)', async () => {
    const cases: Case[] = [
      [
        'EMAIL',
        'anna underscore berg dot smit at web dot de',
        'e-mail anna underscore berg dot smit at web dot de thanks',
      ],
      ['EMAIL', 'jan-de-wit at mail dot cs dot ox dot ac', 'メール 「jan-de-wit at mail dot cs dot ox dot ac」 に'],
      ['EMAIL', 'bob1982 @ ab . cd . uni-bonn . consulting', 'Mail <bob1982 @ ab . cd . uni-bonn . consulting> ok'],
    ];
    await expectAll(cases);
  });

  it('leaves prose with "at" and "underscore" alone', async () => {
    await expectNone(
      ['we met at the academy and talked about design', 'use an underscore at the start of private names'],
      ['EMAIL'],
    );
  });
});

describe('a bar typed for "1" inside a number written with look-alike letters', () => {
  it('reads the bar as 1 when both sides are digits and look-alikes', async () => {
    const cases: Case[] = [
      ['IBAN', 'CZ65 O8OO OOO0 l9ZO OO|4 S399', 'konto CZ65 O8OO OOO0 l9ZO OO|4 S399 ok'],
      ['CREDIT_CARD', 'S4ZSZ3343O|O99O3', 'CC S4ZSZ3343O|O99O3 ok'],
    ];
    await expectAll(cases);
  });

  it('keeps bars of boxed forms and tables as separators', async () => {
    const cases: Case[] = [['US_SSN', '5|0|3|7|2|4|1|5|2', 'SSN 5|0|3|7|2|4|1|5|2 ok']];
    await expectAll(cases);
    await expectNone(['| a | 5|0|3 |', 'size S|1 and B|2']);
  });
});

describe('more validated shapes', () => {
  it('reads an email whose domain goes on with digits for letters or character references', async () => {
    const cases: Case[] = [
      ['EMAIL', 'lena.k0ch@facul7y.3ng.ox.consul7ing', 'courriel=lena.k0ch@facul7y.3ng.ox.consul7ing ok'],
      [
        'EMAIL',
        '&#108;ena&period;k&#x30;ch&commat;facul&#x37;y&period;&#x33;ng&period;ox&period;consul&#55;ing',
        'courriel=&#108;ena&period;k&#x30;ch&commat;facul&#x37;y&period;&#x33;ng&period;ox&period;consul&#55;ing ok',
      ],
    ];
    await expectAll(cases);
    const found = await engine.detect('amy@fastmail.com. Then call me');
    expect(found.map((e) => e.text)).toEqual(['amy@fastmail.com']);
  });

  it('reads superscript minus signs as dashes, a bar and a port in a look-alike IPv4, an OCR-spaced card', async () => {
    const cases: Case[] = [
      ['US_SSN', '⁴¹²⁻³⁶⁻⁷⁸⁹⁰', '{"social_security": "⁴¹²⁻³⁶⁻⁷⁸⁹⁰"}'],
      ['IP_ADDRESS', 'I7.|OS.ZZ.Ol4:8443', 'Details: I7.|OS.ZZ.Ol4:8443 ok'],
      ['CREDIT_CARD', '63 04 91827 36451 02 93 4', 'numer karty: 63 04 91827 36451 02 93 4 dzięki'],
    ];
    await expectAll(cases);
    await expectNone(['x² − y⁻¹ = 3 and IO.SO.ZZ.BB is a label']);
  });
});

describe('a blank typed inside an IPv6 group', () => {
  it('removes it when the group stays 1-4 hex digits and the address validates', async () => {
    const cases: Case[] = [
      ['IP_ADDRESS', '2001:d b8:71f3:2558 ::f0f0', 'Kunde: 2001:d b8:71f3:2558 ::f0f0 ok'],
      ['IP_ADDRESS', 'fd00:12 3:4:5::9', 'server fd00:12 3:4:5::9 down'],
    ];
    await expectAll(cases);
    await expectNone(['at 10:3 4:5 pm and 12:0 0:1', 'ab:c d:ef is no address'], ['IP_ADDRESS']);
  });
});

describe('dictated phone numbers with "double" and "triple"', () => {
  it('repeats the digit word after them', async () => {
    const cases: Case[] = [
      [
        'PHONE',
        'three five one 9 two 6 seven seven double four one eight',
        'btw three five one 9 two 6 seven seven double four one eight ok',
      ],
      [
        'PHONE',
        'oh seven seven double four one two triple three nine',
        'call oh seven seven double four one two triple three nine please',
      ],
    ];
    await expectAll(cases);
  });

  it('leaves "double" in prose alone', async () => {
    await expectNone(['we double checked two three four things', 'a double room for two nights'], ['PHONE']);
  });
});

describe('a lower-case "i" for 1 inside a card number (hold-out 14 class; examples written here)', () => {
  it('reads it where the run also holds digits and Luhn then holds', async () => {
    await expectAll([['CREDIT_CARD', '4iii-1111-1111-1111', 'karta 4iii-1111-1111-1111 prosze']]);
  });

  it('leaves words with an "i" alone', async () => {
    await expectNone(
      ['I have 2 items in 3 boxes, i think 4 is fine', 'pi is 3.14159 and i am 5'],
      ['CREDIT_CARD', 'PHONE'],
    );
  });
});
