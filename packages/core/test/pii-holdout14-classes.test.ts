import { describe, expect, it } from 'vitest';
import { type Case, engine, expectAll } from './helpers/pii-cover.ts';

/** Hold-out 14's classes (numbers sent in pieces past a marketplace filter), examples written for this file. */
const types = async (text: string) => (await engine.detect(text)).map((e) => `${e.type}:${e.text}`);

describe('hold-out 14 classes: values sent in pieces (fragments.ts)', () => {
  it('chat lines behind timestamps or quote marks', async () => {
    const cases: Case[] = [
      ['PHONE', '+4479', 'text me on WhatsApp\n[09:12] +4479\n[09:12] 11123\n[09:13] 456\n'],
      ['PHONE', '456', 'text me on WhatsApp\n[09:12] +4479\n[09:12] 11123\n[09:13] 456\n'],
      ['CREDIT_CARD', '6467', 'my card number\n> 4539\n> 1488\n> 0343\n> 6467\n'],
      ['CREDIT_CARD', '4539', 'kart numaram\n[10:01] 4539\n[10:01] 1488\n[10:02] 0343\n[10:02] 6467\n'],
      ['PHONE', '+4479', 'just ping me\n> +4479\n> 11123\n> 456\n'],
    ];
    await expectAll(cases);
  });

  it('remarks, words and mixed separators between the groups', async () => {
    const cases: Case[] = [
      ['PHONE', '6789', 'WhatsApp +49 151 (no spaces) 2345 (ok?) 6789'],
      ['PHONE', '78', 'mon portable commence par 06 12. Ensuite 34 56 78 merci'],
      ['CREDIT_CARD', '4539~1488*0343|6467', 'pay by card 4539~1488*0343|6467 please'],
      ['IBAN', '5698 7654 32', 'IBAN GB82 WEST 1234 … the app cuts it, the rest: 5698 7654 32'],
    ];
    await expectAll(cases);
  });

  it('digits and digit words mixed, glued or not', async () => {
    const cases: Case[] = [
      ['PHONE', 'null eins fünf eins 2drei45 sechs7acht9', 'Handy null eins fünf eins 2drei45 sechs7acht9'],
      ['PHONE', 'дeвять1двa', 'Телеграм +7 дeвять1двa 3 4пять 67 восемь 9'],
      ['IBAN', 'DEacht9 3704 null044 0532 0130 00', 'Überweisung an IBAN DEacht9 3704 null044 0532 0130 00'],
    ];
    await expectAll(cases);
  });

  it('the words and remarks between the pieces stay outside', async () => {
    const found = await types('WhatsApp +49 151 (no spaces) 2345 (ok?) 6789');
    expect(found.join(' ')).not.toContain('spaces');
    expect(await types('text me on WhatsApp\n[09:12] +4479\n[09:12] 11123\n')).not.toContain('[09:12]');
  });

  it.each([
    'Lieferung am 14.03.2025 um 10:30, Bestellnummer 5523 und 8812, Handy bitte',
    'Zimmer 3 (Balkon) 45 qm, 2 Bäder, Tel. gern',
    '[14:41] ok\n[14:42] 1200 euro?\n[14:43] 900 final, call me',
    'my number is 2 rooms, 1 kitchen, 3 (big) beds and 4 chairs',
    'WhatsApp: the flat is 85 m2, floor 3, built 1998, 2 parking spots, rent 1450',
    'Telegram: 1 200 € (negotiable) 350 € deposit, 12 months',
    'card payment: 19,99 € + 4,90 € shipping, order 55231 of 03/04/2025',
  ])('prices, dates, times, sizes and order ids next to each other stay: %s', async (text) => {
    const found = (await engine.detect(text)).filter((e) => ['PHONE', 'CREDIT_CARD', 'IBAN'].includes(e.type));
    expect(found.map((e) => e.text)).toEqual([]);
  });
});
