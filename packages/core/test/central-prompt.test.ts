import { streamText, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { centralPrompt, slicedPrompt } from '../src/central-prompt.ts';
import type { ChatMessage } from '../src/request.ts';
import { blockProbe } from './helpers/block-probe.ts';
import { recordingModel } from './helpers/recording-model.ts';

async function viaSdk(chat: ChatMessage[], system: string | undefined) {
  const model = recordingModel('fine');
  const messages = chat.filter((m) => m.text.length > 0).map((m) => ({ role: m.role, content: m.text }));
  await streamText({ model, system, messages, allowSystemInMessages: true, maxRetries: 0 }).text;
  return model.prompts[0];
}

async function viaSlices(chat: ChatMessage[], system: string | undefined) {
  const inner = recordingModel('fine');
  const prompt = await slicedPrompt(chat, system);
  const model = wrapLanguageModel({ model: inner, middleware: [prompt.middleware] });
  await streamText({ model, messages: prompt.messages, allowSystemInMessages: true, maxRetries: 0 }).text;
  return inner.prompts[0];
}

describe('the central prompt, built in slices', () => {
  it('is the prompt the AI SDK itself builds from the same messages', async () => {
    const chat: ChatMessage[] = [
      { role: 'system', text: 'be brief' },
      { role: 'user', text: 'hi <PERSON_1>' },
      { role: 'assistant', text: '' },
      { role: 'assistant', text: 'hello' },
      { role: 'user', text: 'write me a haiku' },
    ];
    for (const system of ['You are helpful.', undefined]) {
      const expected = await viaSdk(chat, system);
      expect(expected.length).toBe(system ? 5 : 4);
      expect(await viaSlices(chat, system)).toEqual(expected);
    }
  });

  it('20,000 messages: the same prompt, and timers keep running while it is built', async () => {
    const chat: ChatMessage[] = Array.from({ length: 20_000 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      text: `hi ${i}, mail <EMAIL_${i}>`,
    }));
    const expected = await viaSdk(chat, 'sys');
    const stop = { done: false };
    const blocked = blockProbe(stop);
    const prompt = await slicedPrompt(chat, 'sys');
    stop.done = true;
    expect(await blocked).toBeLessThan(40);
    const inner = recordingModel('fine');
    const model = wrapLanguageModel({ model: inner, middleware: [prompt.middleware] });
    await streamText({ model, messages: prompt.messages, maxRetries: 0 }).text;
    expect(inner.prompts[0]).toEqual(expected);
  });

  it("short conversations keep the SDK's own conversion; long ones get the sliced prompt", async () => {
    const chat: ChatMessage[] = [
      { role: 'user', text: 'hi' },
      { role: 'assistant', text: '' },
      { role: 'user', text: 'write me a haiku' },
    ];
    const short = await centralPrompt(chat, 'sys');
    expect(short).toEqual({
      system: 'sys',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'user', content: 'write me a haiku' },
      ],
    });
    const long = Array.from({ length: 501 }, (_, i): ChatMessage => ({ role: 'user', text: `q${i}` }));
    const sliced = await centralPrompt(long, 'sys');
    expect(sliced.system).toBeUndefined();
    expect(sliced.middleware).toBeDefined();
    expect(sliced.messages).toEqual([{ role: 'user', content: 'q500' }]);
  });
});
