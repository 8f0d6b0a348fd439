import { describe, expect, it } from 'vitest';
import { EXTRA_GUARD_CHECKS, GUARD_CHECKS, guardAgrees, MAX_GUARD_CHARS } from '../src/cache/guard.ts';

const refuses = (a: string, b: string, check: string, lang?: string) => {
  const r = guardAgrees(a, b, lang);
  expect(r.ok).toBe(false);
  expect(r.reason?.startsWith(`${check}:`)).toBe(true);
};

describe('false-hit guard', () => {
  it('lets paraphrases through', () => {
    for (const [a, b, lang] of [
      ['How do I sort a list in Python?', 'In Python, how do I sort a list?', 'en'],
      ['What is the capital of France?', 'Which city is the capital of France?', 'eng'],
      ['Ich habe 3 Katzen.', 'Ich besitze drei Katzen.', 'de'],
      ['Can you email <PERSON_1> the report?', 'Please send <PERSON_1> the report by email.', 'en'],
      ['The meeting costs 1,000 dollars.', 'The meeting costs 1000 dollars.', 'en'],
      ['我今天不想去学校', '今天我不想去学校', 'zh'],
    ] as const) {
      expect(guardAgrees(a, b, lang), `${a} | ${b}`).toEqual({ ok: true });
    }
  });

  it('refuses changed numbers, in digits or words', () => {
    refuses('Book a table for 4 people', 'Book a table for 5 people', 'numbers');
    refuses('Book a table for four people', 'Book a table for 5 people', 'numbers');
    refuses('Is 3.5 bigger than 3?', 'Is 35 bigger than 3?', 'numbers');
  });

  it('refuses a negated question, in several languages', () => {
    refuses('Should I take aspirin with ibuprofen?', 'Should I not take aspirin with ibuprofen?', 'negation');
    refuses('Why does my code work?', "Why doesn't my code work?", 'negation');
    refuses('Ist das sicher?', 'Ist das nicht sicher?', 'negation', 'deu');
    refuses('Это безопасно?', 'Это не безопасно?', 'negation', 'rus');
    refuses('这个安全吗', '这个不安全吗', 'negation', 'cmn');
  });

  it('refuses other placeholders and swapped placeholder roles', () => {
    refuses('Write to <PERSON_1>', 'Write to <PERSON_2>', 'placeholders');
    refuses('Did <PERSON_1> pay <PERSON_2>?', 'Did <PERSON_2> pay <PERSON_1>?', 'placeholders');
  });

  it('refuses a named entity replaced by another, and leaves one only added or dropped to the similarity', () => {
    refuses('What is the population of Berlin?', 'What is the population of Munich?', 'entities', 'en');
    refuses('How tall is the Eiffel Tower?', 'How tall is the CN Tower?', 'entities', 'en');
    expect(guardAgrees('A white plane on the runway.', 'A white Swiss plane on the runway.', 'en').ok).toBe(true);
  });

  it('uses the negation and number words of the language it is told', () => {
    // "en" negates in Finnish but means "in" in French; Polish "ten" is "this", not 10.
    expect(guardAgrees('Un homme mange.', 'Un homme mange en ville.', 'fr').reason).toBeUndefined();
    refuses('En tiedä.', 'Tiedän.', 'negation', 'fi');
    expect(guardAgrees('Ten człowiek gra na gitarze.', 'Człowiek gra na gitarze.', 'pl').ok).toBe(true);
    refuses('2匹の猫', '三匹の猫', 'numbers', 'ja');
    expect(guardAgrees('2匹の猫', '二匹の猫', 'ja').ok).toBe(true);
  });

  it('refuses contrast words', () => {
    refuses('When should I buy stocks?', 'When should I sell stocks?', 'contrast');
    refuses('Sort the list in ascending order', 'Sort the list in descending order', 'contrast');
    refuses('What happens before the exam?', 'What happens after the exam?', 'contrast');
  });

  it('refuses swapped roles without entities, not a symmetric list or free Japanese word order', () => {
    refuses('does the dog chase the cat', 'does the cat chase the dog', 'roles');
    refuses('convert usd to eur', 'convert eur to usd', 'roles');
    refuses('The lady cut the tail and body of a shrimp.', 'The shrimp cut the tail and body of a lady.', 'roles');
    refuses('flights from Paris to London', 'flights from London to Paris', 'roles');
    expect(guardAgrees('How do I sort a list in Python?', 'In Python, how do I sort a list?', 'en').ok).toBe(true);
    expect(guardAgrees('A man plays guitar and sings.', 'A man sings and plays guitar.', 'en').ok).toBe(true);
    expect(guardAgrees('A woman is in the bathroom.', 'The woman is in a bathroom.', 'en').ok).toBe(true);
    expect(guardAgrees('ネズミを蛇に食べさせている男', '男は蛇にネズミを食べさせている', 'ja').ok).toBe(true);
  });

  it('refuses one content word traded for another only when the opt-in substitution check is asked for', () => {
    const a = 'A woman is cooking eggs.';
    const b = 'A woman is cooking something.';
    expect(guardAgrees(a, b, 'en').ok).toBe(true);
    const r = guardAgrees(a, b, 'en', { checks: [...GUARD_CHECKS, ...EXTRA_GUARD_CHECKS] });
    expect(r).toEqual({ ok: false, reason: 'substitution: "eggs" vs "something"' });
    // inflections are the same word
    expect(
      guardAgrees('A man is slicing a tomato.', 'A man slices a tomato.', 'en', { checks: EXTRA_GUARD_CHECKS }).ok,
    ).toBe(true);
  });

  it('verifies up to MAX_GUARD_CHARS quickly and refuses longer texts rather than spend time on them', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i % 97} filler${i % 13}`)
      .join(' ')
      .slice(0, MAX_GUARD_CHARS - 10);
    const t0 = performance.now();
    expect(guardAgrees(long, `${long} extra`, 'en').ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(200);
    const tooLong = 'x'.repeat(MAX_GUARD_CHARS + 1);
    expect(guardAgrees(tooLong, `${tooLong}y`, 'en').reason).toMatch(/^length:/);
    expect(guardAgrees(tooLong, tooLong, 'en').ok).toBe(true);
  });

  it('measures one check at a time when asked', () => {
    const a = 'When should I buy stocks?';
    const b = 'When should I sell stocks?';
    expect(guardAgrees(a, b, 'en', { checks: ['numbers', 'negation'] }).ok).toBe(true);
    expect(guardAgrees(a, b, 'en', { checks: GUARD_CHECKS }).ok).toBe(false);
  });
});
