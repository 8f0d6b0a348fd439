import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';

const engine = createPiiEngine();
const phones = async (text: string) => (await engine.detect(text)).filter((e) => e.type === 'PHONE').map((e) => e.text);

describe('order, invoice and booking numbers are not phones (context.ts ORDER_WORDS, DATED_ID)', () => {
  it.each([
    'Fattura n. 415-7783021 del 3 marzo',
    'Numéro de facture : 2023-448812, merci',
    'Sendungsnummer 2025-778102 wurde zugestellt',
    'Número de pedido 2024-553017, gracias',
    'Przesyłka nr 771-2045893 jest w drodze',
    'Sipariş no: 881-2209374 kargoya verildi',
    'Номер заказа 2025-661204 оформлен',
    '快递单号 20241107-5531 已发货',
    'ご予約番号 241107-3391 を確認しました',
    '주문번호 20241107-7710 확인',
    'Booking reference 2024-118830 confirmed',
    'Dossier 20231109-4412 ouvert',
  ])('%s', async (text) => {
    expect(await phones(text)).toEqual([]);
  });

  it.each([
    ['Rechnung bitte an mich, Telefon 030 81234567', '030 81234567'],
    ['call me on 2024-118734', '2024-118734'],
    ['pedido urgente, llámame al 612 34 56 78', '612 34 56 78'],
    ['Bestellung per WhatsApp: +49 151 41471680', '+49 151 41471680'],
  ])('a phone word keeps the phone: %s', async (text, phone) => {
    expect(await phones(text)).toEqual([phone]);
  });

  it('an IP address or card after an invoice word is still found', async () => {
    const found = await engine.detect('dane do faktury: 81.169.145.77, karta 4111 1111 1111 1111');
    expect(found.map((e) => e.type).sort()).toEqual(['CREDIT_CARD', 'IP_ADDRESS']);
  });
});

describe('phone words in more scripts; 19-digit cards in the 6-13 issuer layout', () => {
  it.each([
    ['واتساب: 079 123 4567', 'ar'],
    ['τηλέφωνο: 691 234 5678', 'el'],
    ['sđt: 091 234 56 78', 'vi'],
  ])('%s', async (text, language) => {
    const found = await engine.detect(text, { language });
    expect(found.some((e) => e.type === 'PHONE' && text.endsWith(e.text))).toBe(true);
  });

  it('a known issuer 19-digit card written 6-13 is covered whole', async () => {
    // 6212 3456 7890 1234 56X: UnionPay 19 digits, Luhn check digit computed below
    const body = '621234567890123456';
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    const digits = body + ((10 - (sum % 10)) % 10);
    const card = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    const found = await engine.detect(`tarjeta: ${card}, gracias`);
    expect(found.map((e) => [e.type, e.text])).toEqual([['CREDIT_CARD', card]]);
  });
});
