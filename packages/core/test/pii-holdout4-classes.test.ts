import { describe, expect, it } from 'vitest';
import { engine, expectAll, expectNone } from './helpers/pii-cover.ts';

/**
 * The leak classes hold-out 4 showed (CSV rows, bracketed IPv6 with port, labels that read as references, IBANs of
 * mostly letters, values split by layout or words), each with examples written for this file. Hit = no letter or digit
 * of the value outside an entity of its type.
 */
describe('plain values in rows, brackets and signatures', () => {
  it('a comma without a space before a date is a CSV field separator', async () => {
    await expectAll([
      ['CREDIT_CARD', '5500.0055.5555.5559', 'id,card,created\n7,5500.0055.5555.5559,2024-03-15\n8,,2024-03-16'],
      ['CREDIT_CARD', '4111 1111 1111 1111', 'n;x\n3,4111 1111 1111 1111,15.03.2024'],
      ['PHONE', '030 901 820 44', 'id,tel,created\n9,030 901 820 44,2023-01-09\n10,,2023-01-10'],
    ]);
    // The date and the next row's id are no phone.
    await expectNone(['id,tel,created\n9,,2023-01-09\n10455,,2023-01-10'], ['PHONE', 'CREDIT_CARD']);
  });

  it('brackets and port belong to an IPv6 address', async () => {
    const text = 'listen on [2001:db8:85a3::8a2e:370:7334]:8080 now';
    const found = (await engine.detect(text)).filter((e) => e.type === 'IP_ADDRESS');
    expect(found.map((e) => e.text)).toEqual(['[2001:db8:85a3::8a2e:370:7334]:8080']);
    await expectAll([['IP_ADDRESS', '[::ffff:10.20.30.40]:443', 'proxy `[::ffff:10.20.30.40]:443` fails']]);
  });

  it('an SSN in its 3-2-4 layout or a card stays after a reference label', async () => {
    await expectAll([
      ['US_SSN', '512 - 38 - 7741', '```\nref: 512 - 38 - 7741\n```'],
      ['US_SSN', '512-38-7741', 'Reference: 512-38-7741'],
      ['CREDIT_CARD', '4111 1111 1111 1111', 'Ref 4111 1111 1111 1111'],
    ]);
    // Ordinary numbers after such labels still drop: an order number is no phone.
    await expectNone(['Order no. 4471 2290 1183'], ['PHONE']);
  });

  it('an IBAN of mostly letters, in capitals grouped by four', async () => {
    await expectAll([
      ['IBAN', 'QA41 HALE BANK ZRTW 7PLM NKQA XVST C', 'Regards\nNote QA41 HALE BANK ZRTW 7PLM NKQA XVST C\nwww'],
    ]);
    // Prose with a country code and two digits stays prose.
    await expectNone(['we met at 10 am and QA41 went on to the next step'], ['IBAN']);
  });
});

describe('a value cut into parts by layout or words (joined.ts)', () => {
  it('markup between the parts', async () => {
    await expectAll([
      [
        'CREDIT_CARD',
        '4111</span><span class="v">1111</span><span class="v">1111</span><span class="v">1111',
        '<span class="v">4111</span><span class="v">1111</span><span class="v">1111</span><span class="v">1111</span>',
      ],
      ['CREDIT_CARD', '5500<wbr>0055<!-- -->5555<wbr>5559', 'card 5500<wbr>0055<!-- -->5555<wbr>5559'],
      ['US_SSN', '512</i>-<i>38</i>-<i>7741', 'it is <i>512</i>-<i>38</i>-<i>7741</i> ok'],
      [
        'EMAIL',
        'lena.vogt</span><span class="v">@example.org',
        '<span class="v">lena.vogt</span><span class="v">@example.org</span>',
      ],
      ['IP_ADDRESS', '10.20.<span></span>30.40', 'host 10.20.<span></span>30.40 down'],
    ]);
  });

  it('Markdown table cells and concatenated strings', async () => {
    await expectAll([
      [
        'CREDIT_CARD',
        '4111 | 1111 | 1111 | 1111',
        '| a | b | c | d |\n|---|---|---|---|\n| 4111 | 1111 | 1111 | 1111 |',
      ],
      [
        'IBAN',
        'DE89 3704 |\n| 2 | 0044 0532 |\n| 3 | 0130 00',
        '| # | part |\n|---|---|\n| 1 | DE89 3704 |\n| 2 | 0044 0532 |\n| 3 | 0130 00 |',
      ],
      ['US_SSN', '512\t|\t38\t|\t7741', 'row: 512\t|\t38\t|\t7741'],
      ['CREDIT_CARD', "4111', '1111', '1111', '1111", "SELECT CONCAT('4111', '1111', '1111', '1111');"],
      ['EMAIL', 'lena.vogt", "@example.org', 'x = "".join(["lena.vogt", "@example.org"])'],
    ]);
  });

  it('continuation words and one group per line', async () => {
    await expectAll([
      ['CREDIT_CARD', '4111 and then 1111 … the rest is 1111 1111', 'card: 4111 and then 1111 … the rest is 1111 1111'],
      ['US_SSN', '512, ensuite 38 suivi de 7741', 'numéro 512, ensuite 38 suivi de 7741'],
      ['PHONE', '+49 30 und dann 901 – der Rest: 820', 'Tel. +49 30 und dann 901 – der Rest: 820'],
      ['EMAIL', 'lena.vogt@ e il resto: example.org', 'scrivi a lena.vogt@ e il resto: example.org'],
      ['CREDIT_CARD', '4111\n  1111\n  1111\n  1111', 'Karte:\n  4111\n  1111\n  1111\n  1111\nDanke'],
      ['EMAIL', 'lena.vogt@\n  example.org', 'mail: lena.vogt@\n  example.org'],
    ]);
  });

  it('numbers in tables, lists and prose with such words stay numbers', async () => {
    await expectNone(
      [
        '| year | visitors |\n|---|---|\n| 2021 | 1200 |\n| 2022 | 1350 |',
        'We sold 12 and then 340 units, the rest is 25.',
        "SELECT CONCAT('id', '-', '42') FROM t;",
        'Steps:\n1\n2\n3\n4\n5\n6',
        'Scores: <b>12</b> <b>15</b> <b>9</b>',
      ],
      ['PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN', 'EMAIL'],
    );
  });
});

describe('every character followed by the same separator, punctuation too (seams.ts)', () => {
  it('reads the value without its separators', async () => {
    await expectAll([
      ['PHONE', '+^4^9^-^3^0^-^9^0^1^8^2^0', 'Tel +^4^9^-^3^0^-^9^0^1^8^2^0? danke'],
      ['US_SSN', '5•1•2•-•3•8•-•7•7•4•1', 'SSN 5•1•2•-•3•8•-•7•7•4•1 ok'],
      ['EMAIL', 'L_e_n_a_._V_o_g_t_@_e_x_a_m_p_l_e_._o_r_g', 'write "L_e_n_a_._V_o_g_t_@_e_x_a_m_p_l_e_._o_r_g" now'],
      ['EMAIL', 'l*e*n*a*@*e*x*a*m*p*l*e*.*o*r*g', 'mail l*e*n*a*@*e*x*a*m*p*l*e*.*o*r*g?'],
      [
        'EMAIL',
        'l🔸e🔸n🔸a🔸@🔸e🔸x🔸a🔸m🔸p🔸l🔸e🔸.🔸o🔸r🔸g',
        'mail l🔸e🔸n🔸a🔸@🔸e🔸x🔸a🔸m🔸p🔸l🔸e🔸.🔸o🔸r🔸g',
      ],
      ['IP_ADDRESS', '1*0*.*2*0*.*3*0*.*4*0', 'IP 1*0*.*2*0*.*3*0*.*4*0 down'],
    ]);
  });

  it('leaves markdown, identifiers and short runs alone', async () => {
    await expectNone(
      ['**bold** and __under__ and a_b', 'x^2^3 and #1#2', 'snake_case_name_here_ok'],
      ['PHONE', 'EMAIL', 'US_SSN', 'IP_ADDRESS'],
    );
  });
});

describe('backslash escapes before separators', () => {
  it('reads the value without the backslashes', async () => {
    await expectAll([
      ['PHONE', '\\+49\\ 30\\ 901820\\ #\\ 12', 'ruf an: \\+49\\ 30\\ 901820\\ #\\ 12 bitte'],
      ['EMAIL', 'LENA_VOGT\\@EXAMPLE\\.ORG', 'mail LENA_VOGT\\@EXAMPLE\\.ORG ok'],
      ['US_SSN', '512\\-38\\-7741', 'note=512\\-38\\-7741 x'],
      ['IP_ADDRESS', '\\:\\:ffff\\:10\\.20\\.30\\.40', 'ip \\:\\:ffff\\:10\\.20\\.30\\.40 down'],
      ['CREDIT_CARD', '4111\\.1111\\.1111\\.1111', 'card "4111\\.1111\\.1111\\.1111"'],
    ]);
  });

  it('a "#" extension belongs to the number', async () => {
    await expectAll([['PHONE', '+44 20 7946 0958 # 123', 'Phone +44 20 7946 0958 # 123 then']]);
  });

  it('paths and regexes keep their backslashes and stay unflagged', async () => {
    await expectNone(
      ['C:\\Users\\lena\\docs', 'grep "a\\.b\\-c" file.txt', 'match \\d+\\.\\d+ here'],
      ['PHONE', 'EMAIL', 'IP_ADDRESS'],
    );
  });
});

describe('the dash or a blank written as a word between groups', () => {
  it('reads the groups as one value', async () => {
    await expectAll([
      [
        'CREDIT_CARD',
        '4111 Strich 1111 Strich 1111 Strich 1111',
        'Karte 4111 Strich 1111 Strich 1111 Strich 1111 bitte',
      ],
      ['US_SSN', '512 trattino 38 trattino 7741', 'codice 512 trattino 38 trattino 7741.'],
      [
        'IBAN',
        'DE89 myślnik 3704 myślnik 0044 myślnik 0532 myślnik 0130 00',
        'konto DE89 myślnik 3704 myślnik 0044 myślnik 0532 myślnik 0130 00',
      ],
      ['PHONE', '+49 hyphen 30 hyphen 901820', 'call +49 hyphen 30 hyphen 901820'],
      ['US_SSN', '512 space 38 space 7741', 'ssn 512 space 38 space 7741'],
    ]);
  });

  it('prose with such words stays prose', async () => {
    await expectNone(
      ['Use a dash between 2020 dash 2021 and a space here.', 'Press 5 space 3 times'],
      ['PHONE', 'US_SSN', 'CREDIT_CARD'],
    );
  });
});

describe('digits, letters and signs written as words (word-view.ts)', () => {
  it('reads digit words of many languages, spoken English and NATO letters', async () => {
    await expectAll([
      ['US_SSN', 'beş bir iki - üç sekiz - yedi yedi dört bir', 'SSN: beş bir iki - üç sekiz - yedi yedi dört bir'],
      [
        'CREDIT_CARD',
        'четыре один один один - один один один один - один один один один - один один один один',
        'карта четыре один один один - один один один один - один один один один - один один один один',
      ],
      [
        'CREDIT_CARD',
        '肆, 壹, 壹, 壹 - 壹, 壹, 壹, 壹 - 壹, 壹, 壹, 壹 - 壹, 壹, 壹, 壹',
        'カード 肆, 壹, 壹, 壹 - 壹, 壹, 壹, 壹 - 壹, 壹, 壹, 壹 - 壹, 壹, 壹, 壹 です',
      ],
      [
        'US_SSN',
        'five one two - three eight - double seven four one',
        'ssn five one two - three eight - double seven four one thanks',
      ],
      ['IBAN', 'Delta  Echo 89 3704 0044 0532 0130 00', 'Konto Delta  Echo 89 3704 0044 0532 0130 00 danke'],
      [
        'IP_ADDRESS',
        'one nine two dot one six eight dot one dot two',
        'host one nine two dot one six eight dot one dot two',
      ],
      [
        'PHONE',
        'plus trente-trois, six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
        'portable : plus trente-trois, six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
      ],
    ]);
  });

  it('prose with number words stays prose', async () => {
    await expectNone(
      [
        'Chapter one, then two, pages nine to eleven.',
        'I saw two cats, one dog and three birds at Alfa Romeo',
        'We need double five minutes and a triple check.',
      ],
      ['PHONE', 'US_SSN', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS'],
    );
  });
});

describe('letters written for digits: S for 5, B for 8, Z for 2, Greek or Cyrillic O for 0', () => {
  it('reads them inside a number that validates', async () => {
    await expectAll([
      ['CREDIT_CARD', '55OO OO55 5555 5SS9', 'Karte 55OO OO55 5555 5SS9 ok'],
      ['CREDIT_CARD', '4B9O 4B3O 3957 4697', 'card 4B9O 4B3O 3957 4697'],
      ['US_SSN', 'S1Z-38-774l', 'ssn: S1Z-38-774l'],
      ['PHONE', '+44 Z0 7946 O9S8', 'Phone +44 Z0 7946 O9S8 thanks'],
      ['IP_ADDRESS', '19Z.168.l.Z3', 'host 19Z.168.l.Z3 down'],
    ]);
  });

  it('words and codes of capitals stay as they are', async () => {
    await expectNone(
      ['SOS BBZ 2024 and ZZ Top at 8 pm', 'Room B2, level S1, zone Z3', 'SKU SB-2203-ZO'],
      ['PHONE', 'US_SSN', 'CREDIT_CARD', 'IP_ADDRESS'],
    );
  });
});

describe('colon look-alikes and values written backwards with a note', () => {
  it('reads "∶" as a colon in addresses', async () => {
    await expectAll([
      ['IP_ADDRESS', '[∶∶ffff∶10.20.30.40]∶22', 'ssh **[∶∶ffff∶10.20.30.40]∶22** now'],
      ['IP_ADDRESS', '2001:db8∶85a3∶∶7334', 'addr 2001:db8∶85a3∶∶7334 ok'],
    ]);
  });

  it('reverses the stretch next to a "read it backwards" note', async () => {
    await expectAll([
      ['CREDIT_CARD', '1111 1111 1111 1114', 'card (read it backwards) 1111 1111 1111 1114 thanks'],
      ['EMAIL', 'gro.elpmaxe@gov.anel', 'mail: gro.elpmaxe@gov.anel (rückwärts lesen)'],
      ['IBAN', '00 0310 2350 4400 4073 98ED', 'cuenta `00 0310 2350 4400 4073 98ED (léelo al revés)`'],
    ]);
    // Without a note nothing is reversed: a reversed number is only a number.
    await expectNone(['reference 1111 1111 1111 1114 and 00 0310 2350 4400 4073 98ED'], ['CREDIT_CARD', 'IBAN']);
  });
});

describe('an IPv4 address with its dots swapped for other separators', () => {
  it('reads it next to an IP word', async () => {
    await expectAll([
      ['IP_ADDRESS', '198 . 51 . 100。23 : 22', 'IP-Adresse: 198 . 51 . 100。23 : 22\nStatus'],
      ['IP_ADDRESS', '198·51_100 23', 'client IP 198·51_100 23 down'],
      ['IP_ADDRESS', '198 . 51,100 . 23', 'host: 198 . 51,100 . 23'],
    ]);
  });

  it('four small numbers without an IP word stay numbers', async () => {
    await expectNone(['Scores 198·51_100 23 today', 'we counted 12, 45, 100, 23 birds'], ['IP_ADDRESS']);
  });
});

describe('marks on the characters of a value, and lower-case IBANs spaced after the country code', () => {
  it('reads letters without their accents in tokens that hold a digit', async () => {
    await expectAll([['IBAN', 'D́É8́9́-3́7́0́4́-0́0́4́4́-0́5́3́2́-0́1́3́0́-0́0́', 'Konto: D́É8́9́-3́7́0́4́-0́0́4́4́-0́5́3́2́-0́1́3́0́-0́0́ danke']]);
  });

  it('reads a lower-case IBAN with a space after the country code, in groups of four', async () => {
    await expectAll([['IBAN', 'de 89 3704 0044 0532 0130 00', 'IBAN: (de 89 3704 0044 0532 0130 00), danke']]);
    await expectNone(['We meet at 10 am on 2024 12 05 in room 4711 of the hall 8'], ['IBAN']);
  });
});

describe('digits for letters in an email domain, one character per line after a key', () => {
  it('reads them', async () => {
    await expectAll([
      ['EMAIL', 'lena.v@3xampl3.0rg', 'is lena.v@3xampl3.0rg right?'],
      ['EMAIL', 'anna@münch3n-r3is3n.d3', '<data>anna@münch3n-r3is3n.d3</data>'],
      ['EMAIL', 'l\ne\nn\na\n@\nx\ny\n.\nd\ne', 'GET /search?q=l\ne\nn\na\n@\nx\ny\n.\nd\ne&page=2'],
    ]);
    // Addresses with digits in a host name are read as written.
    await expectAll([['EMAIL', 'ops@mail2.example.com', 'to ops@mail2.example.com']]);
  });
});

describe('quoted fields that start a new value', () => {
  it('a part that starts with "+" is not glued to the field before it', async () => {
    await expectAll([
      ['PHONE', '+49 (part 2) 30 followed by 901820', "VALUES (7, 'Vogt', '+49 (part 2) 30 followed by 901820');"],
    ]);
  });
});

describe('number words with look-alike letters or accents, and numbers 10-99 of one word', () => {
  it('reads them; nine digits so written pass as an SSN', async () => {
    await expectAll([
      [
        'US_SSN',
        'fünf eins zwei, achtunddreißig, siebenundsiebzig einundvierzig',
        'Nummer: fünf eins zwei, achtunddreißig, siebenundsiebzig einundvierzig.',
      ],
      [
        'US_SSN',
        'fіvе оոе twо thrее еіght ѕеvеո ѕеvеո fоur оոе',
        'id fіvе оոе twо thrее еіght ѕеvеո ѕеvеո fоur оոе ok',
      ],
    ]);
    await expectNone(
      ['one two three four five six seven eight nine', 'nine nine nine one one one two two two'],
      ['US_SSN'],
    );
  });
});

describe('colons in an international phone, spaced brackets with port, a dashed "#" extension', () => {
  it('covers the whole value', async () => {
    await expectAll([
      ['PHONE', '+4930:9018:20', 'tel.: +4930:9018:20. Danke'],
      ['IP_ADDRESS', '[ fe80::1ff:fe23:4567:890a ] : 8443', 'addr [ fe80::1ff:fe23:4567:890a ] : 8443 ok'],
      ['PHONE', '+44 20 7946 0958 - # - 12', 'call +44 20 7946 0958 - # - 12 today'],
    ]);
    // A time is no phone.
    await expectNone(['meet at 10:30:15 or 11:45'], ['PHONE']);
  });
});

describe('numerals and number words mixed around signs', () => {
  it('reads an IPv4 address half in words', async () => {
    await expectAll([
      [
        'IP_ADDRESS',
        '198 . five one . 100 . two three : two two',
        "host = '198 . five one . 100 . two three : two two'",
      ],
    ]);
  });
});

describe('table rules and strike-through marks', () => {
  it('joins the cells of a "# | part" table without the rule or the index', async () => {
    await expectAll([
      [
        'EMAIL',
        'lena.vogt |\n| 2 | @example.org',
        'Mail:\n| # | part |\n|---|---|\n| 1 | lena.vogt |\n| 2 | @example.org |\nok',
      ],
      ['EMAIL', 'LENA.VOGT~~~~@EXAMPLE.ORG', 'mail ~~LENA.VOGT~~~~@EXAMPLE.ORG~~ ok'],
    ]);
  });
});

describe('IBANs of capitals with few digits, in one piece', () => {
  it('counts when valid as written', async () => {
    await expectAll([
      ['IBAN', 'RO28BANKXYZW7QRSTUVWXYZA', 'cont RO28BANKXYZW7QRSTUVWXYZA ok'],
      ['IBAN', 'RO28" "BANKXYZW7QRSTUVWXYZA', 'x = ""RO28" "BANKXYZW7QRSTUVWXYZA""'],
    ]);
    await expectNone(['THE FIRST ROUND WAS FINE, RO28 TEAMS PLAYED'], ['IBAN']);
  });
});

describe('line breaks before an extension or an IPv6 colon', () => {
  it('keeps the parts together', async () => {
    await expectAll([
      ['PHONE', '+44 20\n7946 0958\n  x 464', "VALUES (1, 'Vogt', '+44 20\n7946 0958\n  x 464');"],
      ['IP_ADDRESS', '2001\n:db8::8a2e:370:7334', 'IP 2001\n:db8::8a2e:370:7334 ok'],
    ]);
  });
});
