import { randomBytes } from 'node:crypto';
import { openAIHandlers, PROVIDER_URL, type ProviderLog, readUIEvents, textOf } from '@edge-ai/core/test';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withEdgeAI } from '../src/index.ts';
import { chatRequest, fetchEvent, uiBody } from './helpers.ts';

process.env.EDGE_AI_VAULT_KEY = randomBytes(32).toString('base64');

/** The provider answers by repeating every placeholder it received, in 3-character chunks (placeholders split). */
const log: ProviderLog = { bodies: [] };
const server = setupServer(
  ...openAIHandlers(
    () => ({
      kind: 'reply',
      delayMs: 2,
      deltas: (body) => {
        const last = String(body.messages.at(-1)?.content ?? '');
        const text = `You mentioned: ${(last.match(/<[A-Z_]+_\d+>/g) ?? []).join(' | ')}.`;
        return text.match(/[\s\S]{1,3}/g) ?? [];
      },
    }),
    log,
  ),
);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  log.bodies.length = 0;
});
afterAll(() => server.close());

const proxy = withEdgeAI({ central: { baseURL: PROVIDER_URL, modelId: 'test-model' }, cache: { enabled: false } });
const ask = async (body: unknown) => {
  const response = (await proxy(chatRequest(body), fetchEvent)) as Response;
  return { response, text: textOf((await readUIEvents(response)).events) };
};

const digits = (s: string) => s.replace(/\D/g, '');

describe('PII never reaches the central model and comes back restored in the stream', () => {
  it('pseudonymizes a name, emails, cards and IBANs in obfuscated forms and restores them in the answer', async () => {
    const prompt =
      'Hi, my name is Maria Garcia. Mail maria.garcia@example.com or MARIA.GARCIA@EXAMPLE.COM. ' +
      'Card 4111 1111 1111 1111, also 4111-1111-1111-1111 and ４１１１１１１１１１１１１１１１. ' +
      'IBAN DE89 3704 0044 0532 0130 00 or de89370400440532013000.';
    const { response, text } = await ask(uiBody(prompt, 'conv-pii'));
    expect(response.status).toBe(200);
    const sent = JSON.stringify(log.bodies[0].messages);
    for (const value of ['Maria', 'Garcia', 'maria.garcia@example.com', 'MARIA.GARCIA', 'DE89', 'de89']) {
      expect(sent).not.toContain(value);
    }
    expect(digits(sent)).not.toContain('4111111111111111');
    expect(digits(sent)).not.toContain('370400440532013000');
    expect(sent).not.toMatch(/[０-９]{4}/);
    expect(sent).toMatch(/<PERSON_1>/);
    expect(sent).toMatch(/<EMAIL_1>/);
    expect(sent).toMatch(/<CREDIT_CARD_1>/);
    expect(sent).toMatch(/<IBAN_1>/);
    expect(Number(response.headers.get('x-edge-ai-pii'))).toBeGreaterThanOrEqual(7);
    expect(text).toContain('Maria Garcia');
    expect(text).toContain('maria.garcia@example.com');
    expect(text).toContain('4111 1111 1111 1111');
    expect(text).toContain('DE89 3704 0044 0532 0130 00');
    expect(text).not.toMatch(/<[A-Z_]+_\d+>/);
  });

  it('keeps placeholders stable across turns of one conversation (history included)', async () => {
    const first = await ask(uiBody('Write to jane.doe@example.org please', 'conv-turns'));
    expect(first.text).toContain('jane.doe@example.org');
    const second = {
      id: 'conv-turns',
      messages: [
        { id: 'a', role: 'user', parts: [{ type: 'text', text: 'Write to jane.doe@example.org please' }] },
        { id: 'b', role: 'assistant', parts: [{ type: 'text', text: first.text }] },
        { id: 'c', role: 'user', parts: [{ type: 'text', text: 'And copy bob@example.net and jane.doe@example.org' }] },
      ],
    };
    const again = await ask(second);
    const [system, ...rest] = log.bodies[1].messages;
    // the central model is told what the placeholders are (one system instruction), then gets the turns
    expect(system.role).toBe('system');
    expect(String(system.content)).toContain('placeholders such as <PERSON_1>');
    const sent = rest.map((m) => String(m.content));
    expect(sent.join(' ')).not.toContain('@example');
    expect(sent[0]).toContain('<EMAIL_1>');
    expect(sent[2]).toContain('<EMAIL_2>');
    expect(sent[2]).toContain('<EMAIL_1>');
    expect(again.text).toContain('bob@example.net | jane.doe@example.org');
  });

  it('two interleaved requests share no state', async () => {
    const [a, b] = await Promise.all([
      ask(uiBody('Contact alice@one.example about the invoice', 'conv-a')),
      ask(uiBody('Contact carol@two.example about the invoice', 'conv-b')),
    ]);
    expect(a.text).toBe('You mentioned: alice@one.example.');
    expect(b.text).toBe('You mentioned: carol@two.example.');
    expect(a.response.headers.get('x-edge-ai-request-id')).not.toBe(b.response.headers.get('x-edge-ai-request-id'));
    for (const body of log.bodies) expect(JSON.stringify(body)).not.toContain('.example');
  });
});
