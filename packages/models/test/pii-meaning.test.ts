import { createEdgeAIHandler, createOfflineModel } from '@edge-ai/core';
import { readUIEvents, textOf } from '@edge-ai/core/test';
import { describe, expect, it } from 'vitest';
import { edgeModels } from '../src/index.ts';

/**
 * The bundled models behind the proxy, with the built-in offline central model (it answers with what it received,
 * placeholders shown as ‹TYPE_N›): questions about places keep their meaning, a home address is pseudonymized.
 */
const handler = createEdgeAIHandler({
  models: edgeModels,
  central: { model: createOfflineModel({ chunkDelayMs: 0 }) },
});
const ask = async (text: string) => {
  const res = await handler.handle(
    new Request('https://app.example/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: text }),
    }),
  );
  const answer = textOf((await readUIEvents(res.response)).events);
  return { answer, headers: res.response.headers };
};

describe('real models: the question keeps its meaning, personal data does not leave', () => {
  it.each(['What is the capital of Australia?', 'Write me a haiku about Hamburg'])(
    '%s reaches the central model unchanged',
    async (question) => {
      const { answer, headers } = await ask(question);
      expect(answer).toContain(`> ${question}`);
      expect(answer).toContain('No personal data was found');
      expect(headers.get('x-edge-ai-pii')).toBe('0');
      expect(headers.get('x-edge-ai-pii-types')).toMatch(/LOCATION:allow:1/);
    },
  );

  it('pseudonymizes a home address, and restores it for the user', async () => {
    const { answer, headers } = await ask('I live at Baker Street 221b, London NW1 6XE');
    expect(answer).toContain('> I live at ‹ADDRESS_1›');
    expect(answer).not.toContain('> I live at Baker');
    // the closing sentence names the placeholder in its real form, which the edge restores in the stream
    expect(answer).toContain('Restored for you at the edge: Baker Street 221b, London NW1 6XE.');
    expect(headers.get('x-edge-ai-pii-types')).toBe('ADDRESS:pseudonymize:1');
  });
});
