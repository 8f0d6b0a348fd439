import { describe, expect, it } from 'vitest';
import { notAName } from '../src/pii/chat-roles.ts';
import { honorificSpans } from '../src/pii/honorific.ts';
import { nameFieldSpans } from '../src/pii/name-fields.ts';

/** What the name rules (speaker labels, titles, fields) take for names. */
const names = (text: string) =>
  [...honorificSpans(text), ...nameFieldSpans(text)].map((s) => text.slice(s.start, s.end));

describe('words of support chats that are no names', () => {
  it('roles, pronouns, support accounts, shouts and greetings', () => {
    for (const span of [
      'Customer',
      'Atendente',
      'Eu',
      'Saya',
      'Robi Care',
      'Glovo Support',
      'WHY IS THIS SO SLOW',
      'Eid Mubarak',
    ])
      expect(notAName(span), span).toBe(true);
    for (const span of ['Ben', 'Ana', 'Maria Silva', 'HANA EL SAYED', 'Kareem Ahmed', 'Support Smith'])
      expect(notAName(span), span).toBe(false);
  });

  it('a speaker label of a transcript is no name, and its turn is no name field', () => {
    const text =
      '[02/03/24, 09:15 am] Customer: kenapa pesanan saya belum sampai ya\n[02/03/24, 09:16 am] Agent: mohon ditunggu, kami cek dulu\n09:17 PM - Client: WHY IS THIS SO SLOW';
    expect(names(text)).toEqual([]);
  });

  it('a name given inside a turn is still found', () => {
    expect(names('Agent: may I have the account name?\nCustomer: name: Daniela Ortiz')).toContain('Daniela Ortiz');
    expect(names('Agent: and your first name?\nCustomer: Daniela')).toContain('Daniela');
  });

  it('WhatsApp exports: the speaker of a dated line is a name, a support account is not', () => {
    const text =
      '[18/05/24, 18:50] Farida Rahman: parcel still not here\n[18/05/24, 18:52] Lazada Support: sorry for the wait\n18/05/24 19:01 - Farida Rahman: ok';
    expect(names(text)).toEqual(['Farida Rahman', 'Farida Rahman']);
  });
});
