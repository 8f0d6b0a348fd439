import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../src/models.ts';
import { createPiiEngine } from '../src/pii/index.ts';
import { chatNameSpans, mentionSpans } from '../src/pii/name-chat.ts';
import { inflectedName, inflectedNameSpans } from '../src/pii/name-inflect.ts';
import { dottedNames, listedScriptNames } from '../src/pii/name-script.ts';
import { fromView, nameView } from '../src/pii/name-view.ts';
import { personPieces, placeByContext } from '../src/pii/person-context.ts';

const spans = (text: string) => chatNameSpans(text).map((s) => text.slice(s.start, s.end));
const at = (text: string, span: string) => [text.indexOf(span), text.indexOf(span) + span.length] as const;
const pieces = (text: string, span: string) =>
  personPieces(text, ...at(text, span)).map((p) => text.slice(p.start, p.end));

/** A NER stand-in that tags the given strings as PER with the given score. */
const fakeNer =
  (tags: [string, number][]) =>
  async (text: string): Promise<EntityResult> => ({
    model: 'fake',
    entities: tags
      .filter(([s]) => text.includes(s))
      .map(([s, score]) => ({ type: 'PER', start: text.indexOf(s), end: text.indexOf(s) + s.length, score, text: s })),
  });

describe('names shown by chat layout, mentions, ticket capitals and talk words (name-chat.ts)', () => {
  it.each([
    ['[08:03] Ulla Brenner-Voss: who has the slides?\n[08:04] Kofi: me', ['Ulla Brenner-Voss', 'Kofi']],
    ['14:22 - greta.lund: running late\n14:23 - Bo: ok', ['greta.lund', 'Bo']],
    ['Helga: are we on?\nPiotr: yes, 5 min', ['Helga', 'Piotr']], // two plain labels, known names
    ['INCIDENT 551 - CUSTOMER GRETA HOLM REPORTS NO SIGNAL', ['GRETA HOLM']],
    ['Can you ask Sandra about the invoice?', ['Sandra']],
    ['Kannst du Bescheid geben? Frag Jörg nach dem Schlüssel.', ['Jörg']],
    ["Is this Greta's charger?", ['Greta']], // a possessive of a known name
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Subject: quarterly plan\nDate: Monday', // header fields are no speakers
    '@Override\npublic void run() {}', // a code annotation
    '@Test(timeout = 5)',
    'ERROR: DISK FULL ON NODE 4 - PLEASE CHECK',
    'I flew to Paris with Python notes', // a place and a technology after talk words
    'Please translate this to German', // a language
    "He's late and That's fine", // contractions, not possessives
    'Grant access to the bucket and Mark the keys as revoked', // conjunctions are no talk words
  ])('no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads a long chat export in linear time', () => {
    const line = '[09:00] Lena Ruiz: hi @Ola Berg, ask Sandra\n';
    const perLine = spans(line).length;
    expect(perLine).toBeGreaterThanOrEqual(2);
    const text = line.repeat(20_000);
    const t0 = performance.now();
    expect(chatNameSpans(text).length).toBe(perLine * 20_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('NER PERSON spans kept whole (person-context.ts, detect.ts)', () => {
  it('keeps epithets, ordinals, bracketed notes and generational suffixes inside the name', () => {
    expect(pieces('Matilda of Tuscany', 'Matilda of Tuscany')).toEqual(['Matilda of Tuscany']);
    expect(pieces('Karl the Bold', 'Karl the Bold')).toEqual(['Karl the Bold']);
    expect(pieces('Henry Percy , 4th Earl of Northumberland', 'Henry Percy , 4th Earl of Northumberland')).toEqual([
      'Henry Percy , 4th Earl of Northumberland',
    ]);
    expect(pieces('Lars Moen ( skier )', 'Lars Moen ( skier )')).toEqual(['Lars Moen ( skier )']);
    expect(pieces('Klaus Rieger junior', 'Klaus Rieger junior')).toEqual(['Klaus Rieger junior']);
    // the very first word of a sentence that the model ran on into lower-case words is a noun or adjective
    expect(pieces('Rose petals fell everywhere.', 'Rose petals')).toEqual([]);
    expect(pieces('Esperanza de vida alta.', 'Esperanza de')).toEqual([]);
    expect(pieces('Ask Esperanza de la Vega.', 'Esperanza de')).toEqual(['Esperanza']); // a trailing particle goes
    expect(pieces('Ticket 12: Tamsin approves', 'Tamsin approves')).toEqual(['Tamsin']); // after a label it stays
    // still split: a known name after "the" is a second name, not an epithet
    expect(pieces('Ship the Morrison', 'Ship the Morrison')).toEqual(['Morrison']);
  });

  it('an initial at the start is no unknown first word before a place', () => {
    const t = 'P. K. Berlin wrote it';
    expect(placeByContext(t, ...at(t, 'P. K. Berlin'))).toBe(false);
  });

  it('joins a NER span with a title read inside it, and stops before the next tagged name', async () => {
    const text = 'Poems by M. T. Harwood and Elsa Brandt Jonas Lind';
    const ner = fakeNer([
      ['M. T. Harwood', 0.95],
      ['Elsa Brandt', 0.99],
      ['Jonas Lind', 0.98],
    ]);
    const found = await createPiiEngine({ ner, entities: ['PERSON'] }).detect(text);
    expect(found.map((e) => e.text)).toEqual(['M. T. Harwood', 'Elsa Brandt', 'Jonas Lind']);
  });

  it('keeps unsure names made of known names, and list neighbours of sure names', async () => {
    const ner = fakeNer([
      ['Tom Becker', 0.42],
      ['Ana Ruiz', 0.97],
      ['Pablo', 0.4],
      ['Qwzx Vbnm', 0.42],
    ]);
    const engine = createPiiEngine({ ner, entities: ['PERSON'] });
    expect((await engine.detect('Yesterday Tom Becker called.')).map((e) => e.text)).toEqual(['Tom Becker']);
    expect((await engine.detect('Invited: Ana Ruiz and Pablo.')).map((e) => e.text)).toEqual(['Ana Ruiz', 'Pablo']);
    expect((await engine.detect('Yesterday Qwzx Vbnm called.')).map((e) => e.text)).toEqual([]);
  });

  it('covers a possessive or case ending after a name', async () => {
    const ner = fakeNer([
      ['Greta', 0.95],
      ['Ayşe', 0.95],
      ['Jonas', 0.95],
    ]);
    const engine = createPiiEngine({ ner, entities: ['PERSON'] });
    expect((await engine.detect("Thanks to Greta's help")).map((e) => e.text)).toEqual(["Greta's"]);
    expect((await engine.detect("Ayşe'nin dosyası")).map((e) => e.text)).toEqual(["Ayşe'nin"]);
    expect((await engine.detect("Jonas' bike")).map((e) => e.text)).toEqual(["Jonas'"]);
  });
});

describe('@mentions (name-chat.ts, read on the original text)', () => {
  const mentions = (text: string) => mentionSpans(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['@Ingrid Solberg could you review this?', ['Ingrid Solberg']],
    ['@Мирон глянь, пожалуйста', ['Мирон']],
    ['@נועה תבדקי בבקשה', ['נועה']],
    ['hi @Override', []],
    ['@Override\npublic void run() {}', []],
    ['@Component({ selector: "x" })', []],
    ['mail me at ingrid@Solberg.no', []],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('Hebrew, Persian, Greek and Thai names of the lists (name-script.ts)', () => {
  const names = (text: string) => listedScriptNames(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['הפגישה עם רונית כהן נדחתה', ['רונית כהן']], // given + family name
    ['ד"ר נועה בדקה את התוצאות', ['נועה']], // after a title
    ['لطفاً با آقای آرش تماس بگیرید', ['آرش']],
    ['Μίλησα με την κυρία Αθανασία χθες', ['Αθανασία']],
    ['ผู้เข้าร่วม: คุณกนกวรรณ และคุณพัชรพร', ['กนกวรรณ', 'พัชรพร']],
    ['حضر الاجتماع كل من حسن وعمر', ['حسن', 'وعمر']], // Arabic: a cue, then a name joined by و
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'אנו בשבוע השני של החום', // no listed name
    'הוא יכול לשחק גולף', // a prefix is taken off only after a cue
    'به نقشه جهان نگاه کنید', // a common word of the list without a cue
    'ผู้เข้าร่วมประชุมวันนี้',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names with a case ending (name-inflect.ts)', () => {
  const names = (text: string) => inflectedNameSpans(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Wczoraj rozmawiałem z Tomaszem, daj znać Nowakowi.', ['Tomaszem', 'Nowakowi']],
    ['Poslal jsem to Janě a Petrovi.', ['Petrovi']],
    ['Lähetin sen eilen Korhoselle.', ['Korhoselle']],
    ['Beszéltem Lászlóval tegnap.', ['Lászlóval']],
    ['Am trimis contractul Ioanei ieri.', ['Ioanei']],
    ['Вчера говорил с Анной Смирновой.', ['Анной Смирновой']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Sie gab den Kunden einen Termin bei Problemen.', // German nouns: no -n / -en / -e endings
    'Nowakowi nic nie mówiłem.', // a sentence start
    'We met at the System meeting.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads only case forms, not the names as written', () => {
    expect(inflectedName('Nowak')).toBe(false);
    expect(inflectedName('Nowakowi')).toBe(true);
  });

  it('is linear in the text length', () => {
    const text = 'Dałem to Nowakowi i Kowalskiemu, potem Jussille. '.repeat(20_000);
    const t0 = performance.now();
    inflectedNameSpans(text);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('names joined to a PERSON and unsure single names (detect.ts)', () => {
  it('a known name joined by "and" or a comma to a PERSON is a person', async () => {
    const ner = fakeNer([['Kyla Ross', 0.98]]);
    const engine = createPiiEngine({ ner, entities: ['PERSON'] });
    expect((await engine.detect('Photos of Nadine and Kyla Ross')).map((e) => e.text)).toEqual(['Nadine', 'Kyla Ross']);
    expect((await engine.detect('Trip to Paris and Kyla Ross')).map((e) => e.text)).toEqual(['Kyla Ross']);
  });

  it('keeps one unsure known name inside a sentence, not a verb or a language', async () => {
    const ner = fakeNer([
      ['Greta', 0.4],
      ['Mark', 0.4],
      ['German', 0.4],
    ]);
    const engine = createPiiEngine({ ner, entities: ['PERSON'] });
    expect((await engine.detect('I told Greta no.')).map((e) => e.text)).toEqual(['Greta']);
    expect((await engine.detect('Close it and Mark the keys as revoked.')).map((e) => e.text)).toEqual([]);
    expect((await engine.detect('Translate it into German.')).map((e) => e.text)).toEqual([]);
  });
});

describe('more cues (name-cues.ts, person-context.ts)', () => {
  it('reads a name after a Tagalog personal article, and a surname after a lone initial', async () => {
    const { scriptNameSpans } = await import('../src/pii/name-cues.ts');
    const { extendPerson } = await import('../src/pii/person-context.ts');
    const { isTechName } = await import('../src/pii/person.ts');
    const t = 'Sabihin mo kay Lorna na tapos na.';
    expect(scriptNameSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['Lorna']);
    const u = 'Inayos ko si Docker kahapon'; // a technology is no name
    expect(scriptNameSpans(u)).toEqual([]);
    const v = 'Our neighbour K. Ashdown waters the plants';
    const [a, b] = at(v, 'K.');
    expect(v.slice(a, extendPerson(v, a, b, isTechName))).toBe('K. Ashdown');
  });
});

describe('foreign names with a middle dot (name-script.ts)', () => {
  const names = (text: string) => dottedNames(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['来月からピーター・パーカーさんが異動します', ['ピーター・パーカー']],
    ['参会人员有彼得·帕克和财务部同事', ['彼得·帕克']],
    ['えっと・・・わからない', []], // a pause, not a name
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('name view: full-width letters and words hyphenated at a line end (name-view.ts)', () => {
  it('reads full-width Latin letters as ASCII and maps back', () => {
    const text = 'Neighbour Ｍａｒｉｎａ Ｂｏｓｃｈ helped';
    const view = nameView(text);
    expect(view?.text).toBe('Neighbour Marina Bosch helped');
    const at = view?.text.indexOf('Marina') ?? -1;
    const span = view ? fromView(view, at, at + 'Marina Bosch'.length) : { start: 0, end: 0 };
    expect(text.slice(span.start, span.end)).toBe('Ｍａｒｉｎａ Ｂｏｓｃｈ');
  });

  it('joins a word hyphenated at a line end, not a dash before a new line or capital', () => {
    expect(nameView('ask Wal-\nburga Thiel now')?.text).toBe('ask Walburga Thiel now');
    expect(nameView('Notes -\nnext item')).toBeUndefined();
    expect(nameView('Jean-\nPierre')).toBeUndefined(); // a capital after the break: a real hyphen, left alone
  });

  it('closes letters marked with slashes, not word pairs', () => {
    expect(nameView('Cc: O/d/i/l/e Marchand')?.text).toBe('Cc: Odile Marchand');
    expect(nameView('and/or with w/o')).toBeUndefined();
  });
});

describe('speaker labels typed in lower case', () => {
  it('a known name that is no everyday word, or an open name once one label is a name', () => {
    expect(spans('priya: where r u\ndaniela: 5 min\npriya: ok')).toEqual(['priya', 'daniela', 'priya']);
    expect(spans('note: buy milk\ntodo: call the bank')).toEqual([]);
    expect(spans('error: not found\nhint: check the path')).toEqual([]);
  });
});
