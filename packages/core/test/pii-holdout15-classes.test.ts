import { describe, expect, it } from 'vitest';
import { groupNameSpans } from '../src/pii/name-groups.ts';
import { relationNameSpans } from '../src/pii/name-relations.ts';
import { looksLikeName } from '../src/pii/name-value.ts';

const names = (text: string) => groupNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('names in attendee and task lines (name-groups.ts)', () => {
  it.each([
    [
      'Attendees: Laura Benson, Oliver Hart, Grace\nNext steps: Oliver drafts the plan.',
      ['Laura Benson', 'Oliver Hart', 'Grace', 'Oliver'],
    ],
    [
      'teilnehmer: jonas richter, sabine, markus\naufgaben: sabine prüft die zahlen',
      ['jonas richter', 'sabine', 'markus', 'sabine'],
    ],
    ['Участники: Ирина Волкова, Денис\nЗадачи: Денис готовит отчёт.', ['Ирина Волкова', 'Денис', 'Денис']],
    ['الحضور: سارة خليل، عمر\nالمهام: عمر يراجع الميزانية', ['سارة خليل', 'عمر', 'عمر']],
    ['משתתפים: רונית כהן, דניאל\nמשימות: דניאל מכין מצגת', ['רונית כהן', 'דניאל', 'דניאל']],
    ['出席者：山田 花子、鈴木一郎', ['山田 花子', '鈴木一郎']],
    ['参会人：王丽、陈明\n待办：陈明把方案发给大家。', ['王丽', '陈明', '陈明']],
    ['出席者：Tanaka Yui、Mori Kenta', ['Tanaka Yui', 'Mori Kenta']],
    ['الحضور: خالد، ليلى\nالمهام: ليلى ترسل التقرير', ['خالد', 'ليلى', 'ليلى']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves teams, departments and tasks without a name alone', () => {
    expect(names('Attendees: Sales team, marketing\nAction items: Send the deck to Finance.')).toEqual([]);
    expect(names('Задачи: подготовить отчёт до пятницы')).toEqual([]);
    expect(names('待办：整理会议记录')).toEqual([]);
    expect(names('المهام: إرسال العرض')).toEqual([]);
    expect(names('Attendees: Sales Team, Finance Dept')).toEqual([]);
  });
});

describe('given names after relation words (name-relations.ts)', () => {
  const names = (text: string) => relationNameSpans(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Please excuse my son Felix from class today.', ['Felix']],
    ['Mi hija Carmen tiene fiebre.', ['Carmen']],
    ['meu marido joão silva vai ligar', ['joão silva']],
    ['Ich brauche einen Termin für meine Tochter Lea.', ['Lea']],
    ['Записка: мой сын Артур заболел.', ['Артур']],
    ['Η κόρη μου η Ελένη είναι άρρωστη.', ['Ελένη']],
    ['הבן שלי דניאל חולה היום', ['דניאל']],
    ['أريد موعدا لابني خالد غدا', ['خالد']],
    ['मेरी बेटी प्रिया कल नहीं आएगी', ['प्रिया']],
    ['我的同事王强说明天开会', ['王强']],
    ['想给我儿子李明预约', ['李明']],
    ['娘の花子は明日休みます', ['花子']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads no name where none follows', () => {
    expect(names('my son is sick and my daughter will stay home')).toEqual([]);
    expect(names('Mi hija tiene fiebre.')).toEqual([]);
    expect(names('my manager Python scripts')).toEqual([]);
    expect(names('моя дочь заболела')).toEqual([]);
  });
});

describe('names joined in a list', () => {
  it.each([
    ['Invite Hannah, Lukas and Marie to the workshop.', ['Hannah', 'Lukas', 'Marie']],
    ['zaproś marek, piotr i tomasz na szkolenie', ['marek', 'piotr', 'tomasz']],
    ['в пятницу придут Олег, Марина и Кира', ['Олег', 'Марина', 'Кира']],
    ['תזמין את דניאל, מיכל ותמר לפגישה', ['דניאל', 'מיכל', 'תמר']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('needs two names of the lists in the list', () => {
    expect(names('buy apples, pears and bread')).toEqual([]);
    expect(names('Paris, London and Berlin are on the route')).toEqual([]);
    expect(names('Python, Rust and Go')).toEqual([]);
  });
});

describe('Greek full names by the family name’s form', () => {
  it.each([
    ['Η Ζωή Παπαδοπούλου ρωτάει για το τιμολόγιο.', ['Ζωή Παπαδοπούλου']],
    ['σημείωση: στέλιος νικολαΐδης ενδιαφέρεται', ['στέλιος νικολαΐδης']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('needs a given name before the form', () => {
    expect(names('Η πλατεία Καραϊσκάκη είναι κοντά.')).toEqual([]);
  });
});

describe('Hindi full names by the family name', () => {
  it('reads a word before a common family name', () => {
    expect(names('कल रोहित वर्मा से मीटिंग है')).toEqual(['रोहित वर्मा']);
    expect(names('प्रिया शर्मा को ईमेल भेजो')).toEqual(['प्रिया शर्मा']);
  });

  it('needs the family name', () => {
    expect(names('कल की मीटिंग में बजट पर बात होगी')).toEqual([]);
  });
});

describe('sign-off lines of teams are no names', () => {
  it.each(['Ihr Kundenservice', 'L’équipe Support', 'Your Support Team', 'Служба поддержки', 'Departamento de Ventas'])(
    '%j',
    (line) => {
      expect(looksLikeName(line, 'line')).toBe(false);
    },
  );

  it('keeps a person’s sign-off line', () => {
    expect(looksLikeName('Anna Weber', 'line')).toBe(true);
  });
});
