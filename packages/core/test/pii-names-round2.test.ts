import { describe, expect, it } from 'vitest';
import { arabicNameSpans } from '../src/pii/name-arabic.ts';
import { chatNameSpans } from '../src/pii/name-chat.ts';
import { scriptNameSpans } from '../src/pii/name-cues.ts';

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

describe('Swahili kin titles (name-cues.ts)', () => {
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

describe('linear time', () => {
  it('reads long runs of cue words quickly', () => {
    const text = `${'عبد أبو علي '.repeat(20000)}\n${'Mama Bi '.repeat(20000)} na`;
    const t0 = performance.now();
    arabicNameSpans(text);
    scriptNameSpans(text);
    chatNameSpans(`${'[۱۰:۱۵] '.repeat(20000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
