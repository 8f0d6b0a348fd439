import { describe, expect, it } from 'vitest';
import { engine } from './helpers/pii-cover.ts';

/** Hold-out 13's classes (chat-assistant prompts with birth dates and passwords), examples written for this file. */
const values = async (text: string, type: string) =>
  (await engine.detect(text)).filter((e) => e.type === type).map((e) => e.text);

describe('hold-out 13 classes', () => {
  it.each([
    ['WARN [signup] invalid dob value date_of_birth=03/09/1981 dropped', '03/09/1981'],
    ['{"name": "x", "birth_date": "2 février 1990"}', '2 février 1990'],
    ['Geburtsdatum: 17 . 06 . 1968', '17 . 06 . 1968'],
    ['fecha de nacimiento: 30 / 01 / 1999', '30 / 01 / 1999'],
  ])('a birth date under a key, in JSON, or with blanks around its separators: %s', async (text, value) => {
    expect(await values(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it.each([
    ['{"user": "k", "password": "$tr0ng-H0rse!"}', '$tr0ng-H0rse!'],
    ['The password on the account should be Velvet#2291 from now on.', 'Velvet#2291'],
    ['meus dados (palavra-passe): Gaivota77!.', 'Gaivota77!'],
    ['nowe dane (hasło): Bursztyn2004?', 'Bursztyn2004?'],
  ])('a password in JSON, after "should be", after a label in parentheses: %s', async (text, value) => {
    expect(await values(text, 'SECRET')).toEqual([value]);
  });

  it.each([`password: \${DB_PASSWORD}`, 'pwd=$APP_PASS', 'password: <redacted>', 'the password should be changed'])(
    'templates and prose stay: %s',
    async (text) => {
      expect(await values(text, 'SECRET')).toEqual([]);
    },
  );
});

describe('hold-out 13 classes: Japanese and Turkish address layouts (address-local.ts)', () => {
  it.each([
    ['お届け先：〒460-0008 愛知県名古屋市中区栄3-5-12', '〒460-0008 愛知県名古屋市中区栄3-5-12'],
    ['〒812-0011福岡県福岡市博多区博多駅前2-1までお願いします', '〒812-0011福岡県福岡市博多区博多駅前2-1'],
    [
      'Teslimat: Cumhuriyet Caddesi No: 14 D: 7, 35210 Konak/İzmir lütfen',
      'Cumhuriyet Caddesi No: 14 D: 7, 35210 Konak/İzmir',
    ],
    ['adresim Lale Sokak No: 9 olarak güncellendi', 'Lale Sokak No: 9'],
  ])('%s', async (text, value) => {
    expect(await values(text, 'ADDRESS')).toEqual([value]);
  });

  it('order numbers and prices with "No:" or 〒 alone stay', async () => {
    for (const text of [
      'Sipariş No: 48213 kargoya verildi',
      'Fatura No. 2024-118 ödendi',
      '〒マークは郵便番号の記号です',
    ]) {
      expect(await values(text, 'ADDRESS')).toEqual([]);
    }
  });
});
