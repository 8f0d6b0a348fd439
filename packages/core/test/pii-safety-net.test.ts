import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';
import { digitRunRecognizer } from '../src/pii/recognizers/digit-run.ts';

const engine = createPiiEngine();
const found = async (text: string) => (await engine.detect(text)).map((e) => [e.type, e.text, e.source]);
const net = (text: string) =>
  digitRunRecognizer.find(text, { entropyThreshold: 4 }).map((m) => text.slice(m.start, m.end));

describe('safety net: numbers of 8-19 digits that no recognizer validated (digit-run.ts)', () => {
  it('takes a phone of a region the text gives no hint of, broken over lines or split by tabs', async () => {
    expect(await found('please find my details below:\n919\n580 148\n\nBest,\nR.')).toEqual([
      ['PHONE', '919\n580 148', 'digit-run'],
    ]);
    expect(await found('anota aí: **558\t00\t008**')).toEqual([['PHONE', '558\t00\t008', 'digit-run']]);
    expect(await found('hit me up my # 562 922 40 guess')).toEqual([['PHONE', '562 922 40', 'digit-run']]);
  });

  it('calls a Luhn-valid number of 13-19 digits a card (an issuer outside the known ranges)', async () => {
    const arabic = '٨١٧٧٧١٠٧٤١٥٦٠١٩٩٨٧٧';
    expect(await found(`contact="${arabic}", session=ab12`)).toEqual([['CREDIT_CARD', arabic, 'digit-run']]);
  });

  it('leaves what a validated recognizer took to it, and a negative context word drops it', async () => {
    expect(await found('call 06 12 34 56 78')).toEqual([['PHONE', '06 12 34 56 78', 'phone']]);
    expect(await found('IBAN DE89 3704 0044 0532 0130 00')).toEqual([['IBAN', 'DE89 3704 0044 0532 0130 00', 'iban']]);
    expect(await found('order 919 580 148')).toEqual([]);
    expect(await found('ISBN 978-85-359-0277-5')).toEqual([]);
  });

  const OTHER = [
    'The model has 7 000 000 000 parameters',
    'UUID 123e4567-e89b-12d3-a456-426614174000 identifies the job',
    'Invoice INV-2024-00017 is due',
    'see https://example.com/item/123456789 and 3937647-510-755.jpg',
    'logged at 2024-03-01 10:22:11 and on 14.09.2025 12 30',
    'Sat Jan 10 2015 12:46, backup 20240301 102211',
    'costs $ 1 234 567 890 or 123 456 789 EUR',
    'pi is 3.14159265358 and e is 2.718281828',
    'Windows 10.0.19045.2965 and § 2510.3-101',
    '255.255.255.255 is the broadcast address',
    'pages 10000-20000',
    'lottery 4 8 15 16 23 42 and 0 1 1 2 3 5 8 13 21 34',
    'counting 10 20 30 40 50 60, 1 2 3 4 5 6 7 8 9 10',
    '2^32 = 4294967296 and 123456789 * 2',
    'population 1400000000, placeholder 000 000 000, +49 0000 00',
    'UNIX time 1717171717',
    'follow @100046729 and #987654321',
    'Page 8 of 12, 2007 04 600 Saint Auban',
    'returned 1 0 1 1 0 0 1 0 1 as bits',
    'years:\n2019\n2020\n2021\nand ids\n12345\n67890',
    'INT_MAX equals 2147483647; the barcode 4006381333931',
  ];
  it.each(OTHER)('takes no number of another kind: %s', (text) => {
    expect(net(text)).toEqual([]);
  });

  it('is linear: 1 MB of digits and spaces, and of long digit runs', () => {
    for (const text of ['1 '.repeat(500_000), `${'1234567890'.repeat(100_000)} x`, '12 345 '.repeat(140_000)]) {
      const t0 = performance.now();
      net(text);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
