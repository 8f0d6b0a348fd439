import { describe, expect, it } from 'vitest';
import { headerNameSpans } from '../src/pii/chat-headers.ts';
import { createPiiEngine } from '../src/pii/index.ts';

const headers = (text: string) => headerNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('speaker headers of chat exports on a line of their own', () => {
  it('Telegram, Slack, Discord and Teams headers, names in any case', () => {
    expect(headers('Hala Abboud, [20.02.21 10:05]\nwe are late\nsipho, [20.02.21 10:07]\nok')).toEqual([
      'Hala Abboud',
      'sipho',
    ]);
    expect(headers('Itzel Reyes  11:34\nvoy tarde\nCharlotte  1:27 PM\nperfecto')).toEqual([
      'Itzel Reyes',
      'Charlotte',
    ]);
    expect(
      headers(
        'George — Today at 11:27\nwho brings the cake?\nRhys Clarke — 16/07/2022 11:08\nme\nYara — Gestern um 19:36',
      ),
    ).toEqual(['George', 'Rhys Clarke', 'Yara']);
    expect(headers('[9:14 AM] Jane Doe\nshipping the fix today')).toEqual(['Jane Doe']);
  });

  it('voice-note headers, with or without a time', () => {
    expect(headers('Voice note from Njeri (0:36):\nbasi amelipa')).toEqual(['Njeri']);
    expect(headers('🎤 Federico Russo · 2:10\ncioè niente')).toEqual(['Federico Russo']);
    expect(headers('Tunde Ibrahim (voice message, transcribed): text me later')).toEqual(['Tunde Ibrahim']);
  });

  it('a weekday that is a name too is a speaker there', () => {
    expect(headers('Marti, [11.03.25 13:49]\nmi sono trasferita')).toEqual(['Marti']);
  });

  it('no roles, pronouns, contact words or everyday words alone; everyday words beside a named speaker', () => {
    for (const text of [
      'Mama, [02.05.24 13:09]\nwho brings the cake?\nBoss, [02.05.24 13:17]\nme',
      'Support  9:14 AM\nhow can I help?\nYou  9:15 AM\nmy order',
      'el Boss — Today at 10:00\nlisto\nLandlady — Today at 10:05\nok',
      'Pizza place  7:30 PM\nready',
      'Total  4:50\nLatte  3:20',
    ])
      expect(headers(text), text).toEqual([]);
    // "Gift" and "obi" are everyday words, speakers in a chat where "Kemi" speaks
    expect(headers('Kemi, [05.06.22 17:37]\nhi\nGift, [05.06.22 17:40]\nok\nobi, [05.06.22 17:41]\nyes')).toEqual([
      'Kemi',
      'Gift',
      'obi',
    ]);
  });

  it('no header in a price list, a heading with a date or a clock in a sentence', () => {
    for (const text of [
      'Margherita  8.50\nDiavola  9.50',
      'Release notes — 16/07/2022\nfixed a crash',
      'Meeting at 9:30 tomorrow, bring the slides',
    ])
      expect(headers(text), text).toEqual([]);
  });

  it('the engine hides the speakers of a Slack paste and the same names in the messages', async () => {
    // the name passes run beside a model; a stand-in that finds nothing shows what the rules alone hide
    const engine = createPiiEngine({ ner: async () => ({ entities: [], model: 'none' }) });
    const text = 'summarise this\nItzel Reyes  11:17\nllamad a Itzel si no llego\nPato  11:34\nvoy tarde';
    const found = (await engine.detect(text)).filter((e) => e.type === 'PERSON').map((e) => e.text);
    expect(found).toEqual(expect.arrayContaining(['Itzel Reyes', 'Pato']));
  });

  it('reads a long line of header-like text in linear time', () => {
    const line = `${'Anna Maria Bell '.repeat(20_000)} 11:34`;
    const t0 = performance.now();
    headers(`${line}\n${'x, [1.1.1 1:11]\n'.repeat(20_000)}`);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
