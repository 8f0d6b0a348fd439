import { describe, expect, it } from 'vitest';
import { relationNameSpans } from '../src/pii/name-relations.ts';
import { slotNameSpans } from '../src/pii/name-slots.ts';

const slots = (text: string) => slotNameSpans(text).map((s) => text.slice(s.start, s.end));
const relation = (text: string) => relationNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('names in rosters, couples, quoted vocatives and introductions', () => {
  it('a roster of weekdays and names, in several languages', () => {
    expect(slots('School run? Mondays Freya, Tuesdays niamh, Wednesdays me, Thursdays Tash.')).toEqual([
      'Freya',
      'niamh',
      'Tash',
    ]);
    expect(slots('Organiza los turnos: lunes ainhoa, martes Luz Navarro, miércoles yo.')).toEqual([
      'ainhoa',
      'Luz Navarro',
    ]);
    expect(slots('Okul servisi: pazartesi Mustafa, salı Hüseyin, çarşamba ben.')).toEqual(['Mustafa', 'Hüseyin']);
  });

  it('no roster of activities, meals or places, and no name with one weekday alone', () => {
    for (const text of [
      'Plan: Monday Chest, Tuesday Back, Wednesday Yoga, Thursday Rest',
      'monday gym, tuesday yoga, wednesday rest',
      'Lunes pizza, martes tacos, miércoles pasta.',
      'Monday Office, Tuesday Remote, Friday Home.',
      'See you on Monday Freya.',
    ])
      expect(slots(text), text).toEqual([]);
  });

  it('a couple before or after a word for a wedding', () => {
    expect(slots("Help me write a toast for sipho and Nomsa's wedding.")).toEqual(['sipho', 'Nomsa']);
    expect(slots('Escreve um discurso para o casamento de fernanda e Cristal.')).toEqual(['fernanda', 'Cristal']);
    expect(slots('Yağmur ve Deniz evleniyor, kısa bir konuşma hazırla.')).toEqual(['Yağmur', 'Deniz']);
    expect(slots('a bread and butter wedding cake recipe')).toEqual([]);
    expect(slots('Ideas for a beach and garden wedding?')).toEqual([]);
  });

  it('a vocative opening a quoted message', () => {
    expect(slots('Rewrite: "Zosia, mówiłam ci już trzy razy"')).toEqual(['Zosia']);
    expect(slots('Reformule : « océane, ça fait trois fois »')).toEqual(['océane']);
    // an everyday word as a name when the message speaks to someone
    expect(slots('Formulier das freundlicher: „Manni, ich habe dir schon dreimal gesagt“')).toEqual(['Manni']);
    for (const text of [
      '"Sure, you can do it"',
      '"Honestly, this is fine"',
      '"Dear Sir, you are late"',
      '"Okay, thanks"',
    ])
      expect(slots(text), text).toEqual([]);
  });

  it('the writer introduced: "X here." and "it\'s X from …"', () => {
    expect(slots("vikram iyer here. I'm applying for the job")).toEqual(['vikram iyer']);
    expect(slots('"Hi, it\'s Innocent from next door, I took your parcel"')).toEqual(['Innocent']);
    expect(slots('"Hej, det är Micke på våningen under"')).toEqual(['Micke']);
    for (const text of [
      'this is Paris from above',
      "it's Tuesday from 5pm",
      'Nothing here. ok',
      '— tu prima de Sevilla',
    ])
      expect(slots(text), text).toEqual([]);
  });
});

describe('relation words of more languages', () => {
  it('kin with other possessives and in Swedish, Dutch, German, Spanish, Hindi and Indonesian', () => {
    expect(relation('My grandad Trav turns 90 on Sunday.')).toEqual(['Trav']);
    expect(relation('picked up today by her grandmother, Tilly.')).toEqual(['Tilly']);
    expect(relation('till min svärmor Micke, hon fyller 70')).toEqual(['Micke']);
    expect(relation('mijn schoonmoeder Floor wordt 70')).toEqual(['Floor']);
    expect(relation('suaminya Ipul meninggal minggu lalu.')).toEqual(['Ipul']);
    expect(relation('his son will come tomorrow')).toEqual([]);
  });
});

describe('a name said again in another case, and "and" in Swedish, Danish, Romanian and Hungarian', () => {
  it('a known name found again in lower case or capitals', async () => {
    const { repeatedNameSpans } = await import('../src/pii/name-repeat.ts');
    const text = 'Hier Nathan m’a dit que nathan part à Montréal';
    const spans = repeatedNameSpans(text, [{ start: 5, end: 11 }]).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['nathan']);
    // a one-word PERSON the lexicon does not know is not carried to its lower-case form ("Kargo … kargo")
    const cargo = 'Kargo takip: kargo gelmedi';
    expect(repeatedNameSpans(cargo, [{ start: 0, end: 5 }])).toEqual([]);
  });

  it('a partner joined by "och"', async () => {
    const { withPartners } = await import('../src/pii/person-passes.ts');
    const text = 'Frida och kicki kommer på middag';
    const candidates = [
      { type: 'PERSON' as const, start: 0, end: 5, score: 0.9, source: 'ner', text: 'Frida', value: 'frida' },
    ];
    withPartners(candidates, text);
    expect(candidates.map((c) => c.text)).toEqual(['Frida', 'kicki']);
  });
});

describe('lower-case names after a preposition, names in capitals, lists and family names in lower case', () => {
  it('a known name after a preposition, and a known name in capitals in a lower-case line', () => {
    // only a name the lexicon knows: "itziar" is not in it
    expect(slots('yo y maria nos vamos con itziar a italia')).toEqual([]);
    expect(slots('me voy al cine con jorge mañana')).toEqual(['jorge']);
    expect(slots('îi datorez o cină lui ROXANA cum deschid subiectul')).toEqual(['ROXANA']);
    expect(slots('hang out with SUNITA tmrw or study?')).toEqual(['SUNITA']);
    expect(slots('spune-i lui mitică că întârzii')).toEqual(['mitică']);
    // capitals in a shout or heading, "to" and "for" before verbs and dishes
    for (const text of ['THE USA AND UK', 'we went to LIDL with ANNA', 'the engineer to chase the scaffold'])
      expect(slots(text), text).toEqual([]);
  });

  it('"or" joins capitalised partners only; a lower-case item in the middle of a list joins when the lexicon knows it', async () => {
    const { withPartners, withOpenNeighbours } = await import('../src/pii/person-passes.ts');
    const person = (text: string, word: string) => ({
      type: 'PERSON' as const,
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
      score: 0.9,
      source: 'ner',
      text: word,
      value: word.toLowerCase(),
    });
    const ask = 'Should i ask tina or Derek to be my bridesmaid';
    const one = [person(ask, 'tina')];
    withPartners(one, ask);
    expect(one.map((c) => c.text)).toEqual(['tina', 'Derek']);
    const colours = 'hunter green or navy for a suit';
    const two = [person(colours, 'hunter')];
    withPartners(two, colours);
    expect(two.map((c) => c.text)).toEqual(['hunter']);
    const late = 'säg till Fredrik eriksson att jag blir sen';
    const three = [person(late, 'Fredrik')];
    withOpenNeighbours(three, late);
    expect(three.map((c) => c.text)).toEqual(['Fredrik eriksson']);
  });
});

describe('initials in lower case and names in capitals among mixed-case words', () => {
  it('initials and a known or open family name', () => {
    expect(slots('Saludos cordiales,\nj. moreno garcía\nRakuten')).toEqual(['j. moreno garcía']);
    expect(slots('the plumber my neighbour recommended: a. e. joshi, 9678169500')).toEqual(['a. e. joshi']);
    expect(slots('see e.g. the docs, i.e. the manual, p. ex. chose')).toEqual([]);
  });

  it('a known name in capitals standing alone, not in a shout or next to another word in capitals', () => {
    expect(slots('den mir MORITZ empfohlen hat: Felix Wolf, 01772/7717461')).toEqual(['MORITZ']);
    for (const text of ['NEW YORK JOHN is here', 'PLEASE CALL JOHN NOW', 'THE USA AND UK'])
      expect(slots(text), text).toEqual([]);
  });
});

describe('a name opening a line before more verbs of telling and coming', () => {
  it('"funmi is coming over", "michi meint", "Kathi hat das …"', async () => {
    const { openNameSpans } = await import('../src/pii/name-open.ts');
    const open = (text: string) => openNameSpans(text).map((s) => text.slice(s.start, s.end));
    expect(open('funmi is coming over tonight give me a quick pasta recipe')).toEqual(['funmi']);
    expect(open('michi meint ich soll kündigen')).toEqual(['michi']);
    expect(open('everyone is coming over tonight')).toEqual([]);
  });
});
