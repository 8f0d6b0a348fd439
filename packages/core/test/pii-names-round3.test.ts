import { describe, expect, it } from 'vitest';
import { arabicNameSpans } from '../src/pii/name-arabic.ts';
import { documentNameSpans } from '../src/pii/name-doc.ts';
import { nativeNameSpans } from '../src/pii/name-native.ts';
import { repeatedNameSpans } from '../src/pii/name-repeat.ts';

const names = (text: string) => documentNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('maiden names after their cue (name-doc.ts)', () => {
  it.each([
    ['Beloved wife of Tom Hale, née Ashby, mother of two.', ['Ashby']],
    ['Sohn der Maria Kern, geb. Brandt, und des Otto Kern.', ['Brandt']],
    ['zmarła Anna Nowak z domu Kowalczyk.', ['Kowalczyk']],
    ['fille de Luc Marin et de Julie Marin, née Le Guen, épouse', ['Le Guen']],
    ['Скончалась Ольга Иванова, урождённая Смирнова.', ['Смирнова']],
    ['Ayşe Kaya (kızlık soyadı Demir) vefat etmiştir.', ['Demir']],
    ['Karin Lund, född Ek, avled i maj.', ['Ek']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves the cue with no capitalised name after it alone', () => {
    expect(names('Elle est née à Lyon en 1950.')).toEqual([]);
    expect(names('geb. 12.03.1950 in Hamburg')).toEqual([]);
    expect(names('Sie ist geb. im Mai 1950.')).toEqual([]);
    expect(names('nacida en Sevilla')).toEqual([]);
  });
});

describe('names with a particle', () => {
  it.each([
    ['La testigo Lucía de la Fuente confirma los hechos.', ['Lucía de la Fuente']],
    ['Zeugin Anna zu Rantzau gab an', ['Anna zu Rantzau']],
    ['Närvarande: Karin af Ugglas', ['Karin af Ugglas']],
    ['Secretária: Paula da Cunha', ['Paula da Cunha']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves pieces of organisation names alone', () => {
    expect(names('Ata da Assembleia de Condóminos')).toEqual([]);
    expect(names('O Administrador e a Mesa da Assembleia aprovaram')).toEqual([]);
    expect(names('Junta General de Propietarios')).toEqual([]);
    expect(names('Universidad de Granada')).toEqual([]);
  });
});

describe('given names after a kin word', () => {
  it.each([
    ['Beloved husband of Ann, devoted father of Kyle and Kirsty.', ['Kyle', 'Kirsty']],
    ['Ne danno il triste annuncio i figli Gennaro e Rossella.', ['Gennaro', 'Rossella']],
    ['A família agradece. Pai de Nuno e Filipa.', ['Nuno', 'Filipa']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it('stops at words that are no listed name', () => {
    expect(names('a father of Twins and Triplets')).toEqual([]);
    expect(names('the children Sandra and Oslo')).toEqual(['Sandra']);
  });
});

describe('initials and a family name', () => {
  it.each([
    ['The Tenant may call K. Vermeulen at any time.', ['K. Vermeulen']],
    ['Uw patiënt(e) M.M. Vermeulen werd opgenomen.', ['M.M. Vermeulen']],
    ['Председатель: Г. И. Алексеев', ['Г. И. Алексеев']],
    ['Yours faithfully,\nK. Dunmore', ['K. Dunmore']],
    ['Regards,\nD. Whitaker, HR manager', ['D. Whitaker']],
    ['Председатель: Яковлев А. С.', ['Яковлев А. С.']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it('leaves initials before a place or a common word alone', () => {
    expect(names('Flights to Washington D.C. Airport')).toEqual([]);
    expect(names('See U.S. Army records and N.Y. Times')).toEqual([]);
    expect(names('Call K. Dunmore about it')).toEqual([]);
  });
});

describe('SURNAME, GIVEN in capitals', () => {
  it.each([
    ['Landlord: HARGREAVES, PAUL\nTenant: Jo Bell', ['HARGREAVES, PAUL']],
    ['between BAKER, SUSAN (hereinafter "the Landlord")', ['BAKER, SUSAN']],
    ['De una parte, MORENO, JAVIER, en adelante «el Arrendador»', ['MORENO, JAVIER']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves capitals without a cue or a listed name alone', () => {
    expect(names('Shipped to: LONDON, UK\n')).toEqual([]);
    expect(names('TERMS, CONDITIONS AND FEES apply to ACME, INC here')).toEqual([]);
    expect(names('Notes: RED, GREEN\n')).toEqual([]);
  });
});

describe('Arabic nasab chains and common given names', () => {
  const ar = (text: string) =>
    [...arabicNameSpans(text), ...nativeNameSpans(text)].map((s) => text.slice(s.start, s.end));
  it('takes the whole chain with its family name', () => {
    expect(ar('حضر سامي بن وليد العتيبي وأفاد')).toContain('سامي بن وليد العتيبي');
    expect(ar('حضرت منى بنت عادل القحطاني')).toContain('منى بنت عادل القحطاني');
  });
  it("reads women's names before a family name", () => {
    expect(ar('تزوج من عبير الحسيني.')).toContain('عبير الحسيني');
    expect(ar('الطرف الثاني: فاطمة حداد ويشار إليها')).toContain('فاطمة حداد');
  });
  it('leaves "ibn" as a word and plain nouns alone', () => {
    expect(ar('ذهب ابن عمي إلى السوق')).toEqual([]);
    expect(ar('نور الشمس جميل')).toEqual([]);
  });
});

describe('a name said again on its own (name-repeat.ts)', () => {
  const again = (text: string, persons: string[]) =>
    repeatedNameSpans(
      text,
      persons.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length })),
    ).map((s) => text.slice(s.start, s.end));
  it.each([
    ['I have known Leanne Sutcliffe for years. Leanne is reliable.', ['Leanne Sutcliffe'], ['Leanne']],
    ['Zeugnis für Jens Lindemann. Jens beteiligt sich rege.', ['Jens Lindemann'], ['Jens']],
    ['اسم الطالب: فيصل أحمد العمري\nالطالب فيصل مجتهد', ['فيصل أحمد العمري'], ['فيصل']],
  ])('%j', (text, persons, expected) => {
    expect(again(text, persons)).toEqual(expected);
  });
  it('takes a name in lower case only when it is no everyday word; leaves places and single-word persons alone', () => {
    expect(again('Tammy Ashworth called; tammy was out. Tammy left.', ['Tammy Ashworth'])).toEqual(['tammy', 'Tammy']);
    expect(again('Rose Baker called about a rose bush. Rose left.', ['Rose Baker'])).not.toContain('rose');
    expect(again('Paris Hilton flew to Paris.', ['Paris Hilton'])).toEqual([]);
    expect(again('Anna wrote. Anna again.', ['Anna'])).toEqual([]);
  });
});
