import { describe, expect, it } from 'vitest';
import type { NamedEntity } from '../src/models.ts';
import { honorificSpans } from '../src/pii/honorific.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import { handleSpans, scriptNameSpans } from '../src/pii/name-cues.ts';
import { nameFieldSpans } from '../src/pii/name-fields.ts';
import { nativeNameSpans } from '../src/pii/name-native.ts';
import { looksLikeName } from '../src/pii/name-value.ts';
import { isTechName } from '../src/pii/person.ts';
import { extendPerson, personPieces, placeByContext } from '../src/pii/person-context.ts';

const values = (text: string) => nameFieldSpans(text).map((s) => text.slice(s.start, s.end));

describe('names in structured fields (name-fields.ts)', () => {
  it.each([
    ['{"id": 7, "full_name": "Greta Lindqvist", "plan": "free"}', ['Greta Lindqvist']],
    ['{"owner": "Priya Raman", "repo": "infra"}', ['Priya Raman']],
    ['[{"assignee": "oskar blom"}, {"assignee": null}]', ['oskar blom']],
    ['customer: Henrike Vos\nstatus: open', ['Henrike Vos']],
    ['first_name=Ilse&last_name=Brandt&x=1', ['Ilse', 'Brandt']],
    ['Vorname: Jörg\nNachname: Bäumer', ['Jörg', 'Bäumer']],
    ['Imię i nazwisko: Zofia Wrona', ['Zofia Wrona']],
    ['姓名：李小龙\n电话：13800000000', ['李小龙']],
    ['ФИО: Сергеев Пётр Ильич', ['Сергеев Пётр Ильич']],
    ['الاسم: سلمى يوسف', ['سلمى يوسف']],
    ['이름: 박지훈', ['박지훈']],
    ['Họ và tên: Lê Minh Châu', ['Lê Minh Châu']],
    ['{"name": "N1ls 0lsen", "email": "n@x.no"}', ['N1ls 0lsen']], // leet, a contact record
    ['{"assignee": "P|e|t|r|a K|o|v|a|c"}', ['P|e|t|r|a K|o|v|a|c']],
    ['{"sender": "@linus_berg"}', ['@linus_berg']],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reads the name column of a CSV, TSV or Markdown table', () => {
    expect(values('id,first_name,city\n1,Aurelio,Lyon\n2,"Mertens, Bram",Gent\n3,,Paris')).toEqual([
      'Aurelio',
      'Mertens, Bram',
    ]);
    expect(values('No\tKunde\tBetrag\n4\tFrau Elke Sommer\t12,50')).toEqual(['Frau Elke Sommer']);
    expect(values('| Name | Email |\n|---|---|\n| Tilda Esposito | t@x.it |')).toEqual(['Tilda Esposito']);
  });

  it('takes display names from e-mail headers in many languages', () => {
    expect(values('Von: "Brandt, Ole" <ole@x.de>\nAn: Team <t@x.de>, Lena Vogt <l@x.de>')).toEqual([
      'Brandt, Ole',
      'Lena Vogt',
    ]);
    expect(values("De : d'Aubigny, Jean-Marc <jm@x.fr>")).toEqual(["d'Aubigny, Jean-Marc"]);
    expect(values('От: Виктор Зайцев <vz@x.ru>\n差出人: 健太 <k@x.jp>')).toEqual(['Виктор Зайцев', '健太']);
    expect(values('To: sales@x.com')).toEqual([]);
  });

  it.each([
    'name: Build and test\n  - name: Checkout\nname: my-app\nname: CI', // workflow and package names
    '{"name": "config.yaml", "owner": "root", "author": null}',
    '{"customer": "Acme Corp", "contact": "n/a"}',
    'The deadline: Friday. Name the file after the project.',
    'id,name,price\n1,Widget,4.99\n2,Gadget Pro,12.00', // a product table, no contact column
    'time=10:30 user=admin',
    'Subject: Re: budget\nTo: all',
  ])('leaves non-names alone: %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('asks more of a value under a key that also names things', () => {
    expect(looksLikeName('Checkout', true)).toBe(false);
    expect(looksLikeName('Ingrid', true)).toBe(true); // a known name
    expect(looksLikeName('Dr. Kowalczyk', true)).toBe(true); // a title says person
    expect(looksLikeName('Maria Whitfield', true)).toBe(true);
    expect(looksLikeName('deploy service', true)).toBe(false);
  });

  it('is linear: 1 MB of fields, tables and separators', () => {
    const text =
      '{"name": "Ada Byron", "k": "v", '.repeat(10_000) +
      'a:b:c:d:e:f:g:h:'.repeat(20_000) +
      '\nid,name,x\n' +
      '1,Ada Byron,2\n'.repeat(20_000) +
      'x'.repeat(200_000);
    const t0 = performance.now();
    const spans = nameFieldSpans(text);
    expect(spans.length).toBeGreaterThan(20_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('detect() reports field values as PERSON even when the model misses them', async () => {
    const ner = async (): Promise<{ entities: NamedEntity[]; model: string }> => ({ entities: [], model: 'stand-in' });
    const engine = createPiiEngine({ ner, entities: ['PERSON'] });
    const found = await engine.detect('{"patient": "Wiebke Hollander", "ward": 4}');
    // the role word "patient" before the name says so too (name-greetings.ts): either source may report the span
    expect(found.map((e) => [e.type, e.text])).toEqual([['PERSON', 'Wiebke Hollander']]);
    expect(nameFieldSpans('{"patient": "Wiebke Hollander", "ward": 4}')).toHaveLength(1);
  });
});

describe('names on a line of their own (signatures, CV titles)', () => {
  it.each([
    ['Thanks for the update.\n\nKind regards,\nMarit Solberg\nHead of Sales', ['Marit Solberg']],
    ['Mit freundlichen Grüßen\n\nEgon Stahl', ['Egon Stahl']],
    ['С уважением,\nАркадий Белов', ['Аркадий Белов']],
    ['Спасибо!\n\nС уважением,\nАркадий Белов', ['Аркадий Белов']], // two closings
    ['Lebenslauf\nFrieda Auer\nErfahrung: 5 Jahre', ['Frieda Auer']],
    ['履歴書\n森田　健一\n職歴：5年', ['森田　健一']],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(['Thanks!\nPlease also check the logs.', 'Best regards,\nThe Support Team', 'Cheers,\nBerlin office'])(
    'leaves other lines alone: %j',
    (text) => {
      expect(values(text)).toEqual([]);
    },
  );
});

const cued = (text: string) => [...scriptNameSpans(text), ...handleSpans(text)].map((s) => text.slice(s.start, s.end));

describe('titles, honorific suffixes and introductions in other scripts (name-cues.ts)', () => {
  it.each([
    ['يرجى إرسال الملف إلى الدكتورة سلوى بن عاشور غداً', ['سلوى بن عاشور']],
    ['اسمي كريم الزين وأعمل هنا', ['كريم الزين']],
    ['कृपया श्री मेहता को बताइए', ['मेहता']],
    ['मेरा नाम सुनील जोशी है।', ['सुनील जोशी']],
    ['Передайте госпоже Ивановой Анне', ['Ивановой Анне']],
    ['меня зовут пётр', ['пётр']],
    ['请把文件发给何经理', ['何']],
    ['我叫王小明，今天开始上班', ['王小明']],
    ['田村さんに送ってください', ['田村さん']],
    ['山口　翔太と申します', ['山口　翔太']],
    ['김영수님께 전달해 주세요', ['김영수']],
    ['제 이름은 정하늘입니다', ['정하늘']],
    ['Mehmet Bey yarın gelecek', ['Mehmet']],
    ['Sharma-ji will call back', ['Sharma']],
    ['chị Lan sẽ gửi báo cáo', ['Lan']],
    ['jina langu ni baraka mwangi', ['baraka mwangi']],
    ['pasale el informe a la señora Ortega', ['Ortega']],
    ['Parla con il signor Bassi.', ['Bassi']], // the full stop is not part of the name
    ['Stuur het naar ir. Verbeek', ['Verbeek']], // abbreviated titles in lower case
    ['Ticket 7 – customer Radomir reports a double charge', ['Radomir']], // a role noun, then a name
    ['Bitte Kollegin Hedda Brink anrufen.', ['Hedda Brink']],
    ['私の名前はマリアです。', ['マリア']],
    ['私は田中です。', ['田中']], // before です only a name of the lists
    ['शर्मा जी ने कहा', ['शर्मा']],
    ['Laut Protokoll übernimmt K. Hartmann die Prüfung', ['K. Hartmann']], // an initial and a known family name
    ['kannst du @sabine_oberhuber fragen', ['@sabine_oberhuber']], // a handle: the first part a known name
    ['soy maria_lopez_garcia', ['maria_lopez_garcia']], // without @: every part a known name
  ])('%j', (text, expected) => {
    expect(cued(text)).toEqual(expected);
  });

  it.each([
    '我是学生。',
    '고객님 감사합니다',
    '선생님께 여쭤보세요',
    'Bay Area housing prices',
    'Join the U.S. Army and see A. Introduction', // no initial before a family name
    '社長さんに聞いてください', // a role before さん
    '店長様へのお知らせ',
    '今日は雨です',
    'use @lru_cache, max_value and user_name', // code
    'the customer Support team and our client ID', // role nouns before things
    '私は学生です。', // "I am a student"
    'この赤ちゃんはかわいい', // ちゃん inside a word
    '他是我们的英文老师。', // a subject before 老师, not a family name
    'सपने देखे बिना जी नहीं सकता', // जी "to live"
    'दरवाजे पर मेरा नाम है।',
    'ping @dev_team or mail ines.gonzalez@example.es',
  ])('leaves non-names alone: %j', (text) => {
    expect(cued(text)).toEqual([]);
  });

  it('is linear: 1 MB of titles, suffixes and introductions', () => {
    const text =
      'السيد '.repeat(20_000) +
      'さん'.repeat(50_000) +
      '经理'.repeat(50_000) +
      '님'.repeat(50_000) +
      ' श्री'.repeat(20_000) +
      ' jina langu ni'.repeat(20_000) +
      ' Bey'.repeat(20_000) +
      ' господин'.repeat(20_000);
    const t0 = performance.now();
    scriptNameSpans(text);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('the words around a NER PERSON span (person-context.ts)', () => {
  const at = (text: string, span: string) => [text.indexOf(span), text.indexOf(span) + span.length] as const;

  it('reads a span joined across a lower-case word in parts', () => {
    const t = 'Ship the Morrison order today.';
    expect(personPieces(t, ...at(t, 'Ship the Morrison')).map((p) => t.slice(p.start, p.end))).toEqual(['Morrison']);
    const u = 'Ask Leonardo da Vinci and Ada Byron';
    expect(personPieces(u, ...at(u, 'Leonardo da Vinci and Ada Byron')).map((p) => u.slice(p.start, p.end))).toEqual([
      'Leonardo da Vinci',
      'Ada Byron',
    ]);
    const v = 'Ticket 12: Bartosz zgłasza błąd'; // one part after a label: the name stays, the verb goes
    expect(personPieces(v, ...at(v, 'Bartosz zgłasza')).map((p) => v.slice(p.start, p.end))).toEqual(['Bartosz']);
  });

  it.each([
    ['Please ask Giulia Lo Bianco today', 'Giulia Lo', 'Giulia Lo Bianco'], // a known family name after the span
    ['Notes: Helga ter Meer will call', 'Helga', 'Helga ter Meer'],
    ['Ticket from Marie-Claire Dubois', 'Marie', 'Marie-Claire Dubois'], // a hyphenated part, then a known name
    ['Reported by Nowak, T. yesterday', 'Nowak', 'Nowak, T.'], // a reversed initial
    ['Ich gebe Tom Bescheid', 'Tom', 'Tom'], // a German noun is no family name
    ['Ask Anna Monday morning', 'Anna', 'Anna'],
  ] as const)('%j: %s is carried on to %s', (text, span, full) => {
    const start = text.indexOf(span);
    expect(text.slice(start, extendPerson(text, start, start + span.length, isTechName))).toBe(full);
  });

  it.each([
    ['Should we fly to Chad or Kenya first?', 'Chad', true], // a place next to a place
    ['Ask Jordan and Priya about it', 'Jordan', false],
    ['Chuyến đi Đà Nẵng thế nào?', 'Đà', true], // part of a place with its neighbour
    ["Sabah İstanbul'a gidiyorum", "Sabah İstanbul'", true], // a sentence's first word before a place
    ['Paris Hilton was there', 'Paris Hilton', false],
  ] as const)('%j: %s is a place by context: %s', (text, span, place) => {
    expect(placeByContext(text, ...at(text, span))).toBe(place);
  });
});

describe('family and given names of the faker lists in CJK and Arabic script (name-native.ts)', () => {
  const native = (text: string) => nativeNameSpans(text).map((s) => text.slice(s.start, s.end));

  it.each([
    ['明日、中村陽菜が説明します。', ['中村陽菜']], // Japanese: kana in the text
    ['担当は上田　翔です。', ['上田　翔']],
    ['这个问题请联系王子涵处理。', ['王子涵']], // Chinese: family name + two-letter given name
    ['오늘 강서준 님이 발표합니다', ['강서준']], // Korean: a word of its own
    ['어제 박하은이 왔어요', ['박하은']], // before a particle
    ['قام أحمد الزهراني بإرسال الملف', ['أحمد الزهراني']], // Arabic: given name + al- family name
    ['سلم الملف إلى حسن بن علي', ['حسن بن علي']],
    ['протокол: наталья соколова готовит смету', ['наталья соколова']], // Cyrillic names in any case
    ['Заявка от Козлова Анна', ['Козлова Анна']],
    ['Иван Петрович Сидоров пришёл', ['Иван Петрович Сидоров']],
  ])('%j', (text, expected) => {
    expect(native(text)).toEqual(expected);
  });

  it.each([
    '去杭州西湖玩一天，怎么安排路线比较好？',
    '小米和华为哪个拍照更好？',
    '정보를 확인해 주세요',
    '이메일을 보내 주세요',
    'أحمد المكتب', // a given name, then a common al- noun
    'وضع خالد الكتاب على الطاولة', // "Khalid put the book on the table": al- nouns are no family names
    'كيف أستخدم الجدول لحساب المتوسط؟',
    'вера и надежда', // names that are words, not side by side
    'Кратко перескажи «Войну и мир» для школьника.',
  ])('leaves other text alone: %j', (text) => {
    expect(native(text)).toEqual([]);
  });

  it('is linear: 1 MB of Han, Hangul and Arabic', () => {
    const text = '中村陽菜が'.repeat(50_000) + ' 강서준 '.repeat(50_000) + ' أحمد الزهراني'.repeat(30_000);
    const t0 = performance.now();
    expect(nativeNameSpans(text).length).toBeGreaterThan(100_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('titles in any case, log pairs (honorific.ts, name-fields.ts)', () => {
  const titled = (text: string) => honorificSpans(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Scrivo per conto della Dott.ssa Ferri, grazie', ['Dott.ssa Ferri']],
    ['Ik bel namens MEVR. ANOUK DE GROOT morgen', ['MEVR. ANOUK DE GROOT']],
    ['Proszę przekazać Pani Zielińskiej dokumenty', ['Pani Zielińskiej']],
    ['kannst du dr. müller anrufen?', ['dr. müller']],
  ])('%s', (text, expected) => {
    expect(titled(text)).toEqual(expected);
  });

  it.each(['I flew Pan Am to Lisbon', 'czy pani wie, gdzie jest dworzec?', 'dr. who is on tonight'])(
    'no person: %s',
    (text) => {
      expect(titled(text)).toEqual([]);
    },
  );

  it.each([
    ['12:01:07 WARN [crm] sync failed full_name=Oskar Lindqvist email=o@x.se', ['Oskar Lindqvist']],
    ['level=info msg="saved" customer_name=Ines', ['Ines']],
  ])('a person key glued to "=" inside a log line: %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('transcript turns are no name fields', () => {
  it.each(['Agent: the parcel left today\nCustomer: sounds good', 'Operador: ¿algo más?\nCliente: nada más gracias'])(
    '%s',
    (text) => {
      expect(values(text)).toEqual([]);
    },
  );

  it('a lower-case name under the same key still counts', () => {
    expect(values('customer: ewa nowak')).toEqual(['ewa nowak']);
  });
});

describe('attendance lists of minutes (name-fields.ts listNames)', () => {
  const names = (text: string) => nameFieldSpans(text).map((s) => text.slice(s.start, s.end));

  it('each item that looks like a name, not departments', () => {
    expect(names('Minutes\nPresent: Anna Weber, Tom Berg and Dr. Amit\nActions: none')).toEqual([
      'Anna Weber',
      'Tom Berg',
      'Dr. Amit',
    ]);
    expect(names('Present: Finance, Sales, IT\nApologies: Legal')).toEqual([]);
  });
});
