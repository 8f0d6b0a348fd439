import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../src/models.ts';
import { honorificSpans } from '../src/pii/honorific.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import { arabicNameSpans } from '../src/pii/name-arabic.ts';
import { chatNameSpans } from '../src/pii/name-chat.ts';
import { scriptNameSpans } from '../src/pii/name-cues.ts';
import { groupNameSpans } from '../src/pii/name-groups.ts';
import { listedScriptNames } from '../src/pii/name-script.ts';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('chat speaker labels with digits of any script', () => {
  it.each([
    ['[۰۹:۴۰] پرستو: جلسه کی شروع میشه؟\n[۰۹:۴۱] بهرام: ساعت ده', ['پرستو', 'بهرام']],
    ['[٠٩:٤٠] ليلى: وصلت؟\n[٠٩:٤١] كريم: نعم', ['ليلى', 'كريم']],
    ['[०९:४०] सुनीता: मीटिंग कब है?', ['सुनीता']],
  ])('%j', (text, expected) => {
    expect(slices(text, chatNameSpans(text))).toEqual(expected);
  });

  it('leaves times without a label alone', () => {
    expect(chatNameSpans('جلسه ساعت ۱۰:۳۰ شروع میشه')).toEqual([]);
  });
});

describe('Arabic abd names, teknonyms and given-name chains (name-arabic.ts)', () => {
  it.each([
    ['شكراً لـعبد العزيز على الرد السريع', ['عبد العزيز']],
    ['اتصل بي عبدالكريم أمس', ['عبدالكريم']],
    ['وصل أبو خالد إلى المكتب', ['أبو خالد']],
    ['سلّم التقرير إلى خالد علي حسن اليوم', ['خالد علي حسن']],
  ])('%j', (text, expected) => {
    expect(slices(text, arabicNameSpans(text))).toEqual(expected);
  });

  it('leaves places, "or" and single words alone', () => {
    expect(arabicNameSpans('سافرت إلى أبو ظبي الأسبوع الماضي')).toEqual([]);
    expect(arabicNameSpans('هل تفضل الشاي أم القهوة؟')).toEqual([]);
    expect(arabicNameSpans('عبد')).toEqual([]);
  });
});

describe('Swahili kin titles (name-cues-latin.ts)', () => {
  it.each([
    ['Tafadhali mpigie Mama Zawadi kabla ya saa tano.', ['Zawadi']],
    ['Habari, Baba Imani ameshafika ofisini?', ['Imani']],
    ['Kikao kilihudhuriwa na Bi Halima na wenzake.', ['Halima']],
  ])('%j', (text, expected) => {
    expect(slices(text, scriptNameSpans(text))).toEqual(expected);
  });

  it('needs Swahili text', () => {
    expect(scriptNameSpans('We ordered Baba Ganoush and a salad.')).toEqual([]);
  });
});

describe('Hebrew, Persian and Greek names: titles, hyphenated family names, common names (name-script.ts)', () => {
  it.each([
    ['התור נקבע אצל ד"ר צביקה מחר בבוקר', ['צביקה']],
    ["הלקוחה גב' שוש רוזנברג התקשרה", ['שוש רוזנברג']],
    ['הנציגה אורית אלון-גבאי ענתה לי', ['אורית אלון-גבאי']],
    ['نوبت من با دکتر شهره فردا است', ['شهره']],
    ['لطفاً با آقای کریمی تماس بگیرید', ['کریمی']],
    ['Πες στον Γιώργο να με πάρει τηλέφωνο.', ['Γιώργο']],
    ['Η κυρία Κατερίνα Οικονόμου ήρθε.', ['Κατερίνα Οικονόμου']],
  ])('%j', (text, expected) => {
    expect(slices(text, listedScriptNames(text))).toEqual(expected);
  });

  it('leaves words with a prefix after a name, and common nouns, alone', () => {
    // "ממוקד" is "from the centre" even though "מוקד" is a family name too
    expect(slices('הנציג יעל בר-און ממוקד השירות', listedScriptNames('הנציג יעל בר-און ממוקד השירות'))).toEqual([
      'יעל בר-און',
    ]);
    expect(listedScriptNames('Η χαρά της ζωής είναι απλή.')).toEqual([]);
    expect(listedScriptNames('دکتر گفت باید استراحت کنم')).toHaveLength(1); // a title takes the next word, see above
  });
});

describe('Amharic titles (name-cues.ts)', () => {
  it.each([
    ['ደብዳቤውን ለአቶ ተሾመ በላይ ስጠው', ['ተሾመ በላይ']],
    ['ወ/ሮ ሄለን እና ቤተልሄም መጡ።', ['ሄለን', 'ቤተልሄም']],
    ['በዶ/ር ሙሉጌታ ለተጨማሪ ምርመራ ተልኳል።', ['ሙሉጌታ']],
  ])('%j', (text, expected) => {
    expect(slices(text, scriptNameSpans(text))).toEqual(expected);
  });

  it('needs a title', () => {
    expect(scriptNameSpans('ሰላም ለሁላችሁ፣ ስብሰባው ነገ ነው።')).toEqual([]);
  });
});

describe('the last name of a list (detect.ts)', () => {
  /** A NER stand-in that tags the given strings as PER. */
  const ner =
    (tags: string[]) =>
    async (text: string): Promise<EntityResult> => ({
      model: 'fake',
      entities: tags
        .filter((s) => text.includes(s))
        .map((s) => ({ type: 'PER', start: text.indexOf(s), end: text.indexOf(s) + s.length, score: 0.95, text: s })),
    });
  const engine = createPiiEngine({ ner: ner(['Rehema', 'Otieno', 'Sari', 'Budi', 'Brown', 'Green']) });
  const persons = async (text: string) =>
    (await engine.detect(text)).filter((e) => e.type === 'PERSON').map((e) => e.text);

  it('takes the word after "and" of a list of two or more persons', async () => {
    expect(await persons('Kikao: Bi Rehema, Bw. Otieno na Zuhura walihudhuria jana.')).toContain('Zuhura');
    expect(await persons('Hadir: Bu Sari, Pak Budi, dan Wulan.')).toContain('Wulan');
  });

  it('not after English "and", nor after a single person', async () => {
    expect(await persons('Dr. Brown, Dr. Green and Google engineers met.')).not.toContain('Google');
    expect(await persons('Bi Rehema na Zuhura.')).not.toContain('Zuhura');
  });
});

describe('known names before an apostrophe ending (name-chat.ts)', () => {
  it.each([
    ["Dosyayı Emre'ye verdim.", ['Emre']],
    ["Kerstin'in arabası burada.", ['Kerstin']],
    ["Kerro terveiset Annika'lle.", ['Annika']],
  ])('%j', (text, expected) => {
    expect(slices(text, chatNameSpans(text))).toEqual(expected);
  });

  it('not before an English contraction', () => {
    expect(chatNameSpans("Laura'll be late and Emma'd know why.")).toEqual([]);
  });
});

describe('romanized names before a CJK or Korean honorific (name-cues-cjk.ts)', () => {
  it.each([
    ['明日はSato Yukiさんと打ち合わせです。', ['Sato Yuki']],
    ['请把报告发给Li Na女士。', ['Li Na']],
    ['Park Jiwoo님께 전달해 주세요.', ['Park Jiwoo']],
  ])('%j', (text, expected) => {
    expect(slices(text, scriptNameSpans(text)).filter((s) => /[A-Za-z]/u.test(s))).toEqual(expected);
  });

  it('not a technology, nor a Latin word inside a longer Latin run', () => {
    expect(slices('Python先生の講座に出ます。', scriptNameSpans('Python先生の講座に出ます。'))).toEqual([]);
    expect(scriptNameSpans('abcDef様')).toEqual([]);
  });
});

describe('initials after a family name (name-cues.ts)', () => {
  it.each([
    ['Gezeichnet: Brandt K., Leitung Vertrieb.', ['Brandt K.']],
    ['ok von mir: schmidt a., lager', ['schmidt a.']],
    ['подписал: смирнов в., главный инженер', ['смирнов в.']],
  ])('%j', (text, expected) => {
    expect(slices(text, scriptNameSpans(text))).toEqual(expected);
  });

  it('not a variant letter', () => {
    expect(scriptNameSpans('We keep Plan B., then Vitamin C., then Model T., then Section A.')).toEqual([]);
    expect(scriptNameSpans('take vitamin d. daily')).toEqual([]);
  });
});

describe('lower-case titles before a name no list knows (honorific.ts)', () => {
  it.each([
    ['pls cc mrs oyelaran on this', ['mrs oyelaran']],
    ['cita con la dra. quintanilla mañana', ['dra. quintanilla']],
    ['geachte mevrouw hoekstra-bos, dank', ['mevrouw hoekstra-bos']],
  ])('%j', (text, expected) => {
    expect(slices(text, honorificSpans(text)).filter((s) => /^(?:mrs|dra|mevrouw)/u.test(s))).toEqual(expected);
  });

  it('not a degree, nor German nouns', () => {
    expect(slices('termin bei dr. med. xyz', honorificSpans('termin bei dr. med. xyz'))).toEqual([]);
    expect(honorificSpans('der herr am schalter war nett')).toEqual([]);
  });
});

describe('Hindi given names in a list (name-groups.ts)', () => {
  it('takes a list of three with two listed given names', () => {
    const text = 'कल अमित, स्नेहा और गौरव से मिलना है।';
    expect(slices(text, groupNameSpans(text))).toEqual(['अमित', 'स्नेहा', 'गौरव']);
  });

  it('leaves a list of things alone', () => {
    expect(groupNameSpans('आलू, प्याज और टमाटर को धो लो।')).toEqual([]);
  });
});

describe('linear time', () => {
  it('reads long runs of cue words quickly', () => {
    const text = `${'عبد أبو علي '.repeat(20000)}\n${'Mama Bi '.repeat(20000)} na`;
    const t0 = performance.now();
    arabicNameSpans(text);
    scriptNameSpans(text);
    chatNameSpans(`${'[۱۰:۱۵] '.repeat(20000)}`);
    scriptNameSpans(`${'Ab Cd Ef '.repeat(20000)}さん`);
    scriptNameSpans(`${'abc d. '.repeat(20000)}`);
    honorificSpans(`${'mr dr '.repeat(20000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
