import { describe, expect, it } from 'vitest';
import { nameView } from '../src/pii/name-view.ts';
import { covered, engine } from './helpers/pii-cover.ts';

/** Hold-out 14's classes (contact details sneaked past a marketplace filter), examples written for this file. */
const values = async (text: string, type: string) =>
  (await engine.detect(text)).filter((e) => e.type === type).map((e) => e.text);

describe('hold-out 14 classes: names written to dodge a filter (name-view.ts)', () => {
  it.each([
    ['pickup at the gate, ask for 𝐓𝐨𝐦𝐚𝐬 𝐋𝐢𝐧𝐝𝐪𝐯𝐢𝐬𝐭', 'Tomas Lindqvist'],
    ['chiedi di 𝘚𝘪𝘮𝘰𝘯𝘦 𝘙𝘪𝘤𝘤𝘪', 'Simone Ricci'],
    ['fragen Sie nach J̶o̶n̶a̶s̶ W̶e̶b̶e̶r̶', 'Jonas Weber'],
    ['pergunte por M̷a̷r̷i̷a̷n̷a̷ S̷o̷u̷s̷a̷', 'Mariana Sousa'],
    ['zapytaj o K  a  t  a  r  z  y  n  a W  ó  j  c  i  k', 'Katarzyna Wójcik'],
    ['preguntad por 4l3j4ndr0 M0r3n0', 'Alejandro Moreno'],
    ['vraag naar S0ph13 J4n53n', 'Sophie Jansen'],
    ['suonate a marco_ferrari', 'Marco Ferrari'],
  ])('%s', async (text, name) => {
    expect(nameView(text)?.text).toContain(name);
  });

  it.each([
    'The sum 𝐱 + 𝐲 = 𝐳 holds for every 𝑛 ≥ 2.',
    'Prices were s̶1̶0̶0̶ now 80, a real bargain.',
    'build it for x86_64 and win32, then ship v1.2 on 10am 5pm slots',
    'use the max-width and min_height props, see state-of-the-art docs',
    'l33t h4x0r culture is old',
  ])('math text, strikethrough prose and codes stay: %s', async (text) => {
    expect(await values(text, 'PERSON')).toEqual([]);
  });

  it.each([
    'build it for x86_64 and win32, then ship v1.2 on 10am 5pm slots',
    'use the max-width and min_height props, see state-of-the-art docs',
    'user123 pass456 and h264 or mp3',
  ])('codes and compounds are not read as names: %s', (text) => {
    expect(nameView(text)?.text ?? text).toBe(text.replace(/(?<=\p{L})_(?=\p{L})/gu, ' '));
  });

  it('a lower-case double name keeps its hyphen', () => {
    expect(nameView('hat marie-luise zimmermann zugesagt')?.text ?? 'hat marie-luise zimmermann zugesagt').toContain(
      'marie-luise',
    );
  });
});

describe('hold-out 14 classes: e-mail addresses written to dodge a filter (email-evasion.ts)', () => {
  it.each([
    ['contact: lena.vogt%posteo.de (swap % for @)', 'lena.vogt%posteo.de'],
    ['mail piotr.nowak88$onet.pl ($ zamień na @)', 'piotr.nowak88$onet.pl'],
    ['mail marta[at]seznam.cz ([at] = @)', 'marta[at]seznam.cz'],
    ['write to nils.berg*posteo.de (replace * with @)', 'nils.berg*posteo.de'],
    ['write to nils.berg&posteo.de (& -> @)', 'nils.berg&posteo.de'],
    ['mail k-l-a-r-a-.-b-e-r-g-@-g-m-x-.-d-e please', 'k-l-a-r-a-.-b-e-r-g-@-g-m-x-.-d-e'],
    [
      'mail s . v . e . n . n . i . l . s . @ . w . e . b . . . d . e',
      's . v . e . n . n . i . l . s . @ . w . e . b . . . d . e',
    ],
    ['mail ed.liame@nnaatsil (reversed)', 'ed.liame@nnaatsil'],
    ['my email is tom.hardy_77 ... the rest: @outlook.de', 'tom.hardy_77'],
    ['my email is tom.hardy_77 ... the rest: @outlook.de', '@outlook.de'],
    ['Mail beginnt mit lenaschulz. Dann @web.de :)', 'lenaschulz'],
    ['email me, my yahoo is peter.fox71', 'peter.fox71'],
    ['Schreib per Mail, mein gmx ist jonas_k90', 'jonas_k90'],
    ['napisz maila anna.kowalska91 na interia, reszta wiadomo', 'anna.kowalska91'],
    ['почта: мой yandex - oleg.petrov77', 'oleg.petrov77'],
  ])('%s', async (text, value) => {
    expect(await covered('EMAIL', value, text)).toBe(true);
  });

  it.each([
    'My gmail is full again, I need to delete old mail.',
    'I mostly use outlook at work and gmail at home.',
    'check #summer.vibes and #travel.com on insta',
    'the email says: replace the # with a number in the form',
    'A hash # in the domain example#test.com is invalid; @ is required.',
    'send me an email on gmail tomorrow',
    'my email on gmail is unfortunately blocked',
    'x.y@z is not a valid address',
    'ask anna about example.com * it is down, @ mention her',
  ])('ordinary text stays: %s', async (text) => {
    expect(await values(text, 'EMAIL')).toEqual([]);
  });
});

describe('hold-out 14 classes: handles of a first and a family name (name-view.ts)', () => {
  it.each([
    ['ring the bell for martina_kowalczyk', 'Martina Kowalczyk'],
    ['dm me: daniel_zawadzki', 'Daniel Zawadzki'],
  ])('%s', (text, name) => {
    expect(nameView(text)?.text).toContain(name);
  });

  it.each([
    'set grace_period = 30 in the config',
    'call render_output(x)',
    'the `wendy_config` key',
    'hoang_thanh_tung',
  ])('identifiers stay lower case: %s', (text) => {
    expect(nameView(text)?.text ?? text).toBe(text.replace(/(?<=\p{L})_(?=\p{L})/gu, ' '));
  });
});
