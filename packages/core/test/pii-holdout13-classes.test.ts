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

describe('hold-out 13 classes, round 2 (examples written for this file)', () => {
  it.each([
    ['Die neue Geburtsdatum lautet 14 . 02 . 1977, danke', '14 . 02 . 1977'],
    ['Gebruik als geboortedatum graag 03-11-1984.', '03-11-1984'],
    ['The date of birth on record should be 19/07/1990, please fix it.', '19/07/1990'],
    ['(data di nascita) è 2 / 12 / 1961.', '2 / 12 / 1961'],
    ['生年月日は1979/10/02です', '1979/10/02'],
    ['生年月日は1988年 4月 9日です', '1988年 4月 9日'],
  ])('a birth date a few words after its label: %s', async (text, value) => {
    expect(await values(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it.each(['The date of birth is required before 15/01/2026.', 'Geburtsdatum bis 01.03.2026 nachreichen'])(
    'a deadline after a birth label stays: %s',
    async (text) => {
      expect(await values(text, 'DATE_OF_BIRTH')).toEqual([]);
    },
  );

  it.each([
    ['mot de passe : citron vert 42\nmerci', 'citron vert 42'],
    ['The new password is purple otter 19.', 'purple otter 19'],
    ['Als Passwort bitte Falke77! verwenden.', 'Falke77!'],
    ['wachtwoord: Q7@kLm*Rt', 'Q7@kLm*Rt'],
    ['haslo=Tq$4*zz!Wp', 'Tq$4*zz!Wp'],
  ])('passphrases, a "please" after the label, a * inside a password: %s', async (text, value) => {
    expect(await values(text, 'SECRET')).toEqual([value]);
  });

  it.each(['My password is longer than 12.', 'password: at least 8', 'the password must be between 8 and 64'])(
    'sentences about password rules stay: %s',
    async (text) => {
      expect(await values(text, 'SECRET')).toEqual([]);
    },
  );

  it.each([
    ['dirección: avenida de américa, 12, 3º b, 28028 madrid', 'avenida de américa, 12, 3º b, 28028 madrid'],
    ['Enviar a: Calle Toledo\n41\n4º C\n28005 Madrid. Gracias', 'Calle Toledo\n41\n4º C\n28005 Madrid'],
  ])('Spanish addresses in lower case, with a door letter, over several lines: %s', async (text, value) => {
    expect(await values(text, 'ADDRESS')).toEqual([value]);
  });

  it('a street name at a line end and a number of something else on the next line is no address', async () => {
    expect(await values('Paso por la Calle Toledo\n3 veces por semana', 'ADDRESS')).toEqual([]);
  });
});
