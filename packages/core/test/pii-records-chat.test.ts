import { describe, expect, it } from 'vitest';
import type { EntityResult, EntityType } from '../src/models.ts';
import { honorificSpans } from '../src/pii/honorific.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import { mentionSpans } from '../src/pii/name-chat.ts';
import { nerCandidates } from '../src/pii/person-passes.ts';
import { spelledCallingCode } from '../src/pii/recognizers/spelled.ts';
import { TENS } from '../src/pii/recognizers/spelled-tens.ts';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
/** A NER span over `s` (the first occurrence) with a type and a score. */
const span = (text: string, s: string, type: EntityType = 'PER', score = 0.95) => ({
  type,
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
  score,
  text: s,
});
/** A NER stand-in that tags the given strings. */
const ner =
  (tags: [string, EntityType][]) =>
  async (text: string): Promise<EntityResult> => ({
    model: 'fake',
    entities: tags.filter(([s]) => text.includes(s)).map(([s, type]) => span(text, s, type)),
  });

describe('a NER span over a line break of a record or table (person-passes.ts)', () => {
  it('is read line by line where a label, cells or a CSV row is on either side', () => {
    const timetable = 'Ghanta: 8:40-9:20\nSomvaar: Vigyan\nMangalvaar: Khel';
    expect(nerCandidates(timetable, [span(timetable, 'Vigyan\nMangalvaar')]).map((c) => c.text)).toEqual(['Vigyan']);
    const shops = 'Enseigne: Fnac\nVille: Bordeaux';
    expect(nerCandidates(shops, [span(shops, 'Fnac\nVille', 'LOC')]).map((c) => c.text)).toEqual(['Fnac', 'Ville']);
  });

  it('keeps a name wrapped in running text whole', () => {
    const text = 'Traduz a ficha da escola: aluno Beatriz\nAlbuquerque, data de nascimento 23 de maio de 2003';
    expect(nerCandidates(text, [span(text, 'Beatriz\nAlbuquerque')]).map((c) => c.text)).toEqual([
      'Beatriz\nAlbuquerque',
    ]);
  });
});

describe('the fields of a record are no speakers (name-chat.ts)', () => {
  it.each([
    'Artikel: Akku-Bohrschrauber 18 V\nArt.-Nr.: BS-1840\nMenge: 8\nPreis: 129,00 €',
    'Enseigne: Carrefour Market\nVille: Lyon\nHoraires: 8h30-21h\n\nEnseigne: Fnac\nVille: Bordeaux',
    'Hora: 8:30-9:25\nLunes: Lengua\nMartes: Matemáticas\n\nHora: 9:25-10:20\nLunes: Ciencias',
    'Jumanne: Hisabati\nJumatano: Kiswahili\nAlhamisi: Sayansi',
  ])('%j', (text) => {
    expect(slices(text, honorificSpans(text))).toEqual([]);
  });

  it('still reads the speakers of a chat whose names are everyday words too', () => {
    const chat = 'Mark: are you coming tonight?\nPriya: yes, after work\nMark: ok';
    expect(slices(chat, honorificSpans(chat))).toEqual(['Mark', 'Priya', 'Mark']);
  });

  it('reads "p. m." of a Spanish export and the word for "me" as no name', () => {
    const text = '17/06/24, 10:15 p. m. - Yo: voy tarde\n17/06/24, 10:16 p. m. - Lucía Gómez: ok te espero';
    expect(slices(text, honorificSpans(text))).toEqual(['Lucía Gómez']);
    for (const me of ['Ja', 'Я', 'Εγώ', 'אני']) {
      const t = `[09/08/24, 15:05:34] ${me}: ok\n[09/08/24, 15:06:01] Kasia: super`;
      expect(slices(t, honorificSpans(t))).toEqual(['Kasia']);
    }
  });
});

describe('words of a form and the calendar are no persons (person.ts, chat-roles.ts)', () => {
  const engine = createPiiEngine({
    ner: ner([
      ['Peserta', 'PER'],
      ['Jennylyn', 'PER'],
      ['Somvaar', 'PER'],
    ]),
  });
  const persons = async (text: string) =>
    (await engine.detect(text)).filter((e) => e.type === 'PERSON').map((e) => e.text);

  it('drops a field name before its colon and a short value, and a weekday', async () => {
    expect(await persons('Notulen rapat 12 Maret\nPeserta: Keuangan, Legal, Pembelian')).toEqual([]);
    expect(await persons('Ghanta: 8:00-8:40\nSomvaar: Hindi')).toEqual([]);
  });

  it("keeps a chat's speaker that the word list also knows", async () => {
    expect(await persons('Ricardo: sino magdadala?\nJennylyn: ako na, text mo ako mamaya')).toContain('Jennylyn');
  });
});

describe('numbers that are no phone or IP address', () => {
  const engine = createPiiEngine();
  const types = async (text: string) => (await engine.detect(text)).map((e) => `${e.type}:${e.text}`);

  it('a range of clock times', async () => {
    expect(await types('Jam buka: 07.00-22.00\n| 07.35-08.10 | Matematika |')).toEqual([]);
  });

  it('a date and a time of a Telegram export', async () => {
    expect(await types('Admin, [16.01.24 09:01]\nсозвон перенесли')).toEqual([]);
  });

  it('still a phone with a phone word', async () => {
    expect(await types('call me 0612 345 678')).toEqual(['PHONE:0612 345 678']);
  });
});

describe('user handles after "@" (name-chat.ts)', () => {
  it.each([
    ['Ravi Deshpande  7:40 AM\n@ananya.q @meenakshi.p can you both confirm', ['ananya.q', 'meenakshi.p']],
    ['(18:15) Mahmoud: @mostafa.shenawy enta gay?', ['mostafa.shenawy']],
    ['@DorotaJablonska będziesz? cc @Wambui_M, @here', ['DorotaJablonska', 'Wambui_M']],
  ])('%j', (text, expected) => {
    expect(slices(text, mentionSpans(text))).toEqual(expected);
  });

  it('not CSS at-rules, decorators, package scopes or mail domains', () => {
    const text = 'use @media (max-width: 600px) and @import url(x.css); npm i @types/node; @Test() mail bob @gmail.com';
    expect(mentionSpans(text)).toEqual([]);
  });
});

describe('a country code said in words (spelled.ts)', () => {
  it.each([
    ['mi número: más treinta y cuatro 612384174', 'más treinta y cuatro 612384174'],
    ['мой номер: плюс семь 912 345 45 71', 'плюс семь 912 345 45 71'],
    ['numaram: artı doksan 532 123 45 67', 'artı doksan 532 123 45 67'],
    ['meine Nummer plus neunundvierzig 1512 3287577', 'plus neunundvierzig 1512 3287577'],
  ])('%j', (text, expected) => {
    // the phone recognizers find the number from its first digit
    const start = text.search(/\d/u);
    expect(text.slice(spelledCallingCode(text, start))).toBe(expected);
  });

  it('needs "plus" before the words', () => {
    const text = 'I have two kids, call 0612 345 678';
    expect(spelledCallingCode(text, text.indexOf('0612'))).toBe(text.indexOf('0612'));
  });

  it('reads tens in pl ru uk tr id', () => {
    expect(
      ['czterdzieści osiem', 'девяносто один', 'сорок чотири', 'yirmi üç', 'on bir', 'empat puluh tiga'].map((k) =>
        TENS.get(k),
      ),
    ).toEqual(['48', '91', '44', '23', '11', '43']);
    expect(TENS.get('on')).toBeUndefined();
  });
});

describe('e-mail addresses spelled or with words for the signs (email.ts, email-evasion.ts)', () => {
  const engine = createPiiEngine();
  const emails = async (text: string) =>
    (await engine.detect(text)).filter((e) => e.type === 'EMAIL').map((e) => e.value);

  it.each([
    ['мой e-mail s.e.r.g.e.y.s.o.k.o.l.o.v.@.y.a.n.d.e.x...r.u, пиши', 'sergeysokolov@yandex.ru'],
    ['Mets mon mail à la fin : b.a.r.t.h.e.l.e.m.y...s.e.g.o.l.e.n.e.@.s.f.r...f.r.', 'barthelemy.segolene@sfr.fr'],
    ['email saya: budi.kusuma5 [et] ymail [titik] com', 'budi.kusuma5@ymail.com'],
    ['mon mail c’est dubois chez sfr point fr après 18h', 'dubois@sfr.fr'],
  ])('%j', async (text, value) => {
    expect(await emails(text)).toEqual([value]);
  });

  it('not "chez Paul point de vue"', async () => {
    expect(await emails('on se voit chez Paul point de vue')).toEqual([]);
  });
});

describe('names in social messages (name-chat.ts, name-groups.ts, name-greetings.ts, name-chat-lower.ts)', () => {
  it('speaker labels after a time in brackets, and a known name opening a timed message', () => {
    const text = '(13:07) บอส: เสาร์นี้หมูกระทะ\n(20:03) Kipro: mkutano umesogezwa\n(20:39) Me: ok';
    expect(slices(text, honorificSpans(text))).toEqual(['บอส', 'Kipro']);
    const opens = '[10:02] Anna: Kelechi is coming\n[10:03] Ben: Will you come?\n[10:04] Anna: el pedido llegó';
    expect(slices(opens, honorificSpans(opens))).toEqual(expect.arrayContaining(['Anna', 'Ben']));
    expect(slices(opens, honorificSpans(opens))).not.toContain('Will');
    expect(slices(opens, honorificSpans(opens))).not.toContain('el');
  });

  it.each([
    ['Mijn neef Thijs zoekt een kamer', 'Thijs'],
    ['Moja siostra Wojciech szuka mieszkania', 'Wojciech'],
    ['Ciao mamme, la mamma di Federica (3B).', 'Federica'],
    ['nanay ni Carlo. For the field trip', 'Carlo'],
    ['selamat ulang tahun Siti!! 🎉', 'Siti'],
    ['Alles Gute zum Geburtstag Tobi!! 🎉', 'Tobi'],
    ['iyi ki doğdun EMRE!!! 🎂', 'EMRE'],
    ['Callum can you forward me the email?', 'Callum'],
    ['Teşekkürler burak ve Emre', 'burak'],
    ['O atendente joão foi super atencioso', 'joão'],
  ])('%j', (text, name) => {
    expect(slices(text, honorificSpans(text))).toContain(name);
  });

  it('not a saying, a brand after a greeting, or a verb before "do"', () => {
    for (const text of [
      'the mother of Invention',
      'Merhaba, Trendyol müşteri hizmetlerine',
      'Přelož do angličtiny',
      'thanks a lot',
      'call the office',
    ])
      expect(slices(text, honorificSpans(text))).toEqual([]);
  });
});
