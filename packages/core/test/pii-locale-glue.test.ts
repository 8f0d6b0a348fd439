import { describe, it } from 'vitest';
import { type Case, expectAll, expectNone } from './helpers/pii-cover.ts';

/**
 * Leak and false-hit classes left by hold-outs 18 and 19 (locale separators, values glued to unspaced scripts, bare
 * country codes, order and postal numbers, dates and times next to other numbers), each with examples written for
 * this file (not the bench strings).
 */
describe('values in locale writing', () => {
  it('reads locale separators and values glued to text of other scripts', async () => {
    const cases: Case[] = [
      ['IP_ADDRESS', '١٠٫٢٣٫٤٥٫٦٧', 'عنوان جهازي ١٠٫٢٣٫٤٥٫٦٧ من فضلك'],
      ['IP_ADDRESS', '81.92.14.203', '服务器地址81.92.14.203坏了'],
      ['IP_ADDRESS', 'fd00:12:34:56::7:8', 'আইপি ঠিকানা:fd00:12:34:56::7:8 দেখুন'],
      ['IBAN', 'NL91ABNA0417164300', 'บัญชีของผมคือNL91ABNA0417164300ครับ'],
      ['EMAIL', 'วิภา@ตัวอย่าง.ไทย', 'ส่งอีเมลวิภา@ตัวอย่าง.ไทยได้เลยค่ะ'],
      ['PHONE', '+81ー90ー1234ー5678', '連絡先は+81ー90ー1234ー5678までお願いします'],
      ['PHONE', '447911123456', 'pls whatsapp me on 447911123456 tonight'],
      ['CREDIT_CARD', '9682 0112 3456 7892', 'رقم البطاقة 9682 0112 3456 7892 شكراً'],
    ];
    await expectAll(cases);
  });

  it('reports no phone for order, waybill and postal numbers, or numbers next to a date or a time', async () => {
    await expectNone(
      [
        'والطلب رقم 402-1234567-7654321 لم يصل',
        'siparişim 318274650192 hâlâ gelmedi',
        'parcel AWB 4812097735 still stuck',
        'کد پستی 1581645111 کجاست؟',
        'आपका ऑर्डर नंबर INV-2024-58213 है',
        'рейс вилітає 14.03.2025 о 18:30',
        'ट्रेन 12951 16:35 बजे निकलती है',
        'flight SU 2134 12-04-2025 at noon',
        'доставка 120 грн, номер замовлення #55120943',
      ],
      ['PHONE'],
    );
  });
});
