import { describe, expect, it } from 'vitest';
import { createPiiEngine, type PiiEntityType } from '../src/pii/index.ts';

const engine = createPiiEngine({ defaultRegion: 'US' });
const typesIn = async (text: string) => (await engine.detect(text)).map((e) => e.type);
/** Detected entity of `type` covering exactly `value` inside the sentence. */
async function finds(type: PiiEntityType, value: string, sentence = `value: ${value} end`) {
  const start = sentence.indexOf(value);
  const found = await engine.detect(sentence);
  return found.some((e) => e.type === type && e.start === start && e.end === start + value.length);
}

const TABLE: Record<string, { valid: string[]; invalid: string[] }> = {
  EMAIL: {
    valid: ['jane.doe@example.com', 'a_b+tag@mail.example.co.uk', 'Ünal@example.de'],
    invalid: ['jane@', '@example.com', 'jane@localhost'],
  },
  PHONE: {
    valid: [
      '+1 415 555 2671',
      '+44 20 7946 0958',
      '+49 30 901820',
      '+33 6 12 34 56 78',
      '(415) 555-2671',
      '+34 612 345 678',
    ],
    invalid: ['+1 123 456 7890', '+44 12', '+49 0000 00', '555-0000'],
  },
  CREDIT_CARD: {
    valid: [
      '4111 1111 1111 1111',
      '5500-0000-0000-0004',
      '378282246310005',
      '6011111111111117',
      '3530111333300000',
      '30569309025904',
      '2221000000000009',
    ],
    invalid: ['4111 1111 1111 1112', '1234 5678 1234 5670', '9111111111111111', '0000 0000 0000 0000'],
  },
  IBAN: {
    valid: [
      'DE89 3704 0044 0532 0130 00',
      'GB82WEST12345698765432',
      'FR14 2004 1010 0505 0001 3M02 606',
      'ES9121000418450200051332',
      'NL91ABNA0417164300',
      'BE68539007547034',
      'CH9300762011623852957',
    ],
    invalid: ['DE89 3704 0044 0532 0130 01', 'NL91ABNA0417164301', 'XX89370400440532013000', 'DE8937040044053201300'],
  },
  IP_ADDRESS: {
    valid: [
      '192.168.1.20',
      '8.8.8.8',
      '2001:db8::8a2e:370:7334',
      'fe80::1ff:fe23:4567:890a',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    ],
    invalid: ['256.1.1.1', '1.2.3', '12:30:45', '2001:db8:::1', '1.2.3.4.5', '127.0.0.1', '0.0.0.0', '::1'],
  },
  US_SSN: {
    valid: ['123-45-6789', '536 22 1234', '001-01-0001'],
    invalid: ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000', '078-05-1120'],
  },
  DE_TAX_ID: {
    valid: ['65929970489', '86095742719', '65 929 970 489'],
    invalid: ['65929970488', '01234567890', '11111111116'],
  },
  ES_DNI: {
    valid: ['12345678Z', '12.345.678-Z', 'X1234567L', 'Y-1234567-X', 'z1234567r'],
    invalid: ['12345678A', 'X1234567A', '1234567Z'],
  },
  NL_BSN: { valid: ['111222333', '123456782', '1112.22.333'], invalid: ['123456789', '111222334', '000000000'] },
  UK_NINO: {
    valid: ['AB123456C', 'AB 12 34 56 C', 'ce-12-34-56-d'],
    invalid: ['QQ123456C', 'BG123456A', 'AB123456E', 'DA123456A'],
  },
  FR_INSEE: {
    valid: ['1 85 05 78 006 084 91', '185057800608491', '2 90 02 2A 004 123 04'],
    invalid: ['1 85 05 78 006 084 36', '3 85 05 78 006 084 91'],
  },
  SECRET: {
    valid: [
      'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
      'AKIAIOSFODNN7EXAMPLE',
      'AIzaSyA-1234567890abcdefghijklmnopqrstu',
      'glpat-AbCdEfGhIjKlMnOpQrSt',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'q8Zr2LmX7vNc4TbW9pKs3HdY6fJg',
    ],
    invalid: [
      'sk-short',
      'ghp_short',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'the-quick-brown-fox-jumps-over',
      'README_CONTRIBUTING_GUIDE2024',
    ],
  },
};

describe('recognizer tables (valid values found with exact offsets, invalid checksums rejected)', () => {
  for (const [type, { valid, invalid }] of Object.entries(TABLE)) {
    for (const v of valid) {
      it(`${type} finds ${v}`, async () => {
        expect(await finds(type as PiiEntityType, v)).toBe(true);
      });
    }
    for (const v of invalid) {
      it(`${type} rejects ${v}`, async () => {
        expect(await typesIn(`value: ${v} end`)).not.toContain(type);
      });
    }
  }
});

describe('structured recognizers in context', () => {
  it('URL credentials cover only user:password and keep the host readable', async () => {
    const text = 'connect to postgres://admin:s3cr3t@P@db.example.com:5432/app now';
    const [e] = await engine.detect(text);
    expect(e.type).toBe('URL_CREDENTIALS');
    expect(text.slice(e.start, e.end)).toBe('admin:s3cr3t@P');
  });

  it('a 9-digit number needs context to be a US SSN, and "order #" context suppresses it', async () => {
    expect(await typesIn('my ssn is 536221234')).toContain('US_SSN');
    expect(await typesIn('ref 536221234 attached')).not.toContain('US_SSN');
  });

  it('unformatted national phone numbers: the phone recognizer with context, the safety net without; orders stay', async () => {
    expect((await engine.detect('call me at 4155552671')).map((e) => [e.type, e.source])).toEqual([['PHONE', 'phone']]);
    expect(await typesIn('order #4155552671 shipped')).toEqual([]);
    expect((await engine.detect('4155552671')).map((e) => [e.type, e.source])).toEqual([['PHONE', 'digit-run']]);
  });

  it('cards: slashes between groups; an unknown issuer in the card layout or next to a card word', async () => {
    expect(await finds('CREDIT_CARD', '5513/3124/3448/0842')).toBe(true);
    // 3501… is Luhn-valid but outside every known IIN range (JCB starts at 3528).
    expect(await finds('CREDIT_CARD', '3501  2617  5869  7292')).toBe(true);
    expect(await finds('CREDIT_CARD', '3512 5564 4485\n6005')).toBe(true);
    expect(await finds('CREDIT_CARD', '3512937539363976', 'Visa 3512937539363976')).toBe(true);
    expect(await typesIn('ref 3512937539363976')).not.toContain('CREDIT_CARD');
    // First digit 1 or 0 (no payment card industry) stays out even in the layout.
    expect(await typesIn('value: 1234 5678 1234 5670 end')).not.toContain('CREDIT_CARD');
  });

  it('cards: underscores, ", " groups, glued labels, digit by digit, spelled out, Troy and UnionPay 81', async () => {
    expect(await finds('CREDIT_CARD', '5115_5540_2604_4971')).toBe(true);
    expect(await finds('CREDIT_CARD', '2204, 4003, 4499, 4811', 'karta "2204, 4003, 4499, 4811"')).toBe(true);
    expect(await finds('CREDIT_CARD', '6362 3798 7099 2713', 'Kreditkarte6362 3798 7099 2713;')).toBe(true);
    expect(await finds('CREDIT_CARD', '6 5 0 0 5 5 6 0 2 5 2 3 5 5 2 7 7 9 1')).toBe(true);
    expect(await finds('CREDIT_CARD', '9792 5529 2062 7745')).toBe(true);
    expect(await finds('CREDIT_CARD', '8171 9416 7743 7411')).toBe(true);
    expect(await finds('CREDIT_CARD', '5O18 17l9 27O7 5646')).toBe(true);
    const spelled = 'four one one one, one one one one, one one one one, one one one one';
    expect(await finds('CREDIT_CARD', spelled)).toBe(true);
    // 16 single digits inside a long run of single digits are no card.
    expect(await typesIn(`list: ${'4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 '.repeat(3)}`)).not.toContain('CREDIT_CARD');
  });

  it('SSNs: underscores; commas, mixed separators and digit by digit alone; lists and counts need a context word', async () => {
    expect(await finds('US_SSN', '263_13_9142')).toBe(true);
    expect(await finds('US_SSN', '883, 95, 5084', 'SSN (883, 95, 5084)')).toBe(true);
    expect(await finds('US_SSN', '763, 61, 9919', '{"id": **763, 61, 9919**}')).toBe(true);
    expect(await typesIn('values 120, 45, 1500')).not.toContain('US_SSN');
    expect(await typesIn('values 883, 95, 5084, 12')).not.toContain('US_SSN');
    expect(await finds('US_SSN', '5 3 8-6 6-8 5 4 8', 'social security number (5 3 8-6 6-8 5 4 8)')).toBe(true);
    expect(await finds('US_SSN', '3 6 4 2 1 4 1 8 2', 'te paso esto: **3 6 4 2 1 4 1 8 2**')).toBe(true);
    expect(await typesIn('count 1 2 3 4 5 6 7 8 9')).toEqual([]);
    expect(await typesIn('sort [5, 3, 8, 1, 9, 2, 7, 4, 6] and the bits 1 0 1 1 0 0 1 0 1')).toEqual([]);
    for (const v of ['286 - 01.7207', '243 - 32-5446', '144/18 2003'])
      expect(await finds('US_SSN', v, `hierbij ${v}, groetjes`)).toBe(true);
    expect(await finds('US_SSN', '863-79-6810', 'SSN863-79-6810')).toBe(true);
  });

  it('SSNs glued to "social security number", also in Arabic-Indic digits and with hidden characters', async () => {
    expect(await finds('US_SSN', '404 31 3827', 'social security number404 31 3827')).toBe(true);
    const arabic = '\u0667\u0663\u0669-\u0660\u0665-\u0665\u0665\u0660\u0660';
    expect(await finds('US_SSN', arabic, `const c = 'social security number${arabic} x';`)).toBe(true);
    const hidden = '181-\u200c26\ufeff-8\ufeff669';
    expect(await finds('US_SSN', hidden, `social security number${hidden}\n`)).toBe(true);
  });

  it('IP addresses: with the port, defanged, glued to the label', async () => {
    expect(await finds('IP_ADDRESS', '32.20.249.113:54986')).toBe(true);
    expect(await finds('IP_ADDRESS', '191[.]31[.]12[.]77:48561')).toBe(true);
    expect(await finds('IP_ADDRESS', '35.121.218.167', 'IP35.121.218.167')).toBe(true);
    expect(
      await finds(
        'IP_ADDRESS',
        'fd00:b297:2a04:74e8:a0f0:e6ca:26bb:aeaf',
        'serverfd00:b297:2a04:74e8:a0f0:e6ca:26bb:aeaf',
      ),
    ).toBe(true);
    const [ip] = await engine.detect('host 10[.]1[.]2[.]3:8080');
    expect(ip.value).toBe('10.1.2.3');
    for (const v of [
      '192(dot)168(dot)12(dot)77',
      '10 dot 12 dot 13 dot 14',
      '192 . 168 . 12 . 77',
      '10 [dot] 1 [dot] 2 [dot] 3',
    ])
      expect(await finds('IP_ADDRESS', v, `my ip is ${v} ok`)).toBe(true);
    expect((await engine.detect('ip 192(dot)168(dot)12(dot)77'))[0].value).toBe('192.168.12.77');
  });

  it('IPv6 glued to "my IP is" (a filler word after the label), hex letters included', async () => {
    const v6 = 'fd00:5111:403d:58dd:238b:bf10:5119:b335';
    expect(await finds('IP_ADDRESS', v6, `hierbij my IP is${v6}, groetjes`)).toBe(true);
    expect(await finds('IP_ADDRESS', '2a02:ceaf:8adf:3e5d::5c1e', 'my IP is2a02:ceaf:8adf:3e5d::5c1e')).toBe(true);
    // "is" after a word that is no IP label: nothing glued is taken.
    expect(await typesIn('the value isfd00:5111:403d:58dd:238b:bf10:5119:b335')).toEqual([]);
  });

  it('IBANs with slashes between groups', async () => {
    expect(await finds('IBAN', 'NL60/WEST/1706/2525/78')).toBe(true);
    expect(await finds('IBAN', 'DE89/3704/0044/0532/0130/00')).toBe(true);
    expect(await typesIn('value: DE89/3704/0044/0532/0130/01 end')).not.toContain('IBAN');
  });

  it('IBANs: underscores, a line break after a space, glued to "IBAN"', async () => {
    expect(await finds('IBAN', 'BE19_4848.1226_7509', 'x «BE19_4848.1226_7509»')).toBe(true);
    expect(await finds('IBAN', 'DE89_3704_0044_0532_0130_00')).toBe(true);
    expect(await finds('IBAN', 'DE89 3704 \n0044 0532 0130 00')).toBe(true);
    expect(await finds('IBAN', 'DE89370400440532013000', 'IBANDE89370400440532013000')).toBe(true);
  });

  it('version numbers are not IP addresses', async () => {
    expect(await typesIn('upgrade to version 1.2.3.4 today')).toEqual([]);
    expect(await typesIn('released v10.0.0.1')).toEqual([]);
  });

  it('national phone numbers follow the defaultRegion option', async () => {
    const de = createPiiEngine({ defaultRegion: 'DE' });
    const fr = createPiiEngine({ defaultRegion: 'FR' });
    expect((await de.detect('Tel. 030 901820')).map((e) => e.value)).toEqual(['+4930901820']);
    expect((await fr.detect('tél 06 12 34 56 78')).map((e) => e.value)).toEqual(['+33612345678']);
    // With another default region the number is still found: every region libphonenumber knows is tried.
    expect((await engine.detect('Tel. 030 901820')).map((e) => e.value)).toEqual(['+4930901820']);
  });

  it('normalises values for stable pseudonyms', async () => {
    const [card] = await engine.detect('card 4111-1111-1111-1111');
    expect(card.value).toBe('4111111111111111');
    const [mail] = await engine.detect('mail JANE.Doe@Example.COM');
    expect(mail.value).toBe('jane.doe@example.com');
    const [iban] = await engine.detect('iban de89 3704 0044 0532 0130 00');
    expect(iban.value).toBe('DE89370400440532013000');
  });
});
