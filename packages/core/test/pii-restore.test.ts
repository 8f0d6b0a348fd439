import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createModelStreamRestore,
  createRestoreStream,
  createStreamingRestorer,
  restoreJson,
  restoreJsonText,
  restoreText,
} from '../src/pii/index.ts';
import { pendingTailLength } from '../src/pii/restore.ts';

const mapping = new Map([
  ['<PERSON_1>', 'Jane Doe'],
  ['<EMAIL_1>', 'jane@example.com'],
  ['<EMAIL_12>', 'x"y\\z@example.com'],
  ['<CREDIT_CARD_3>', '4111 1111 1111 1111'],
]);

async function collect<T>(readable: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  return out;
}

/** The same text through the model-stream restore of the PII middleware, one text-delta per chunk. */
async function runModelStream(chunks: string[]): Promise<string> {
  const parts: LanguageModelV4StreamPart[] = [
    { type: 'text-start', id: 't' },
    ...chunks.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
    { type: 'text-end', id: 't' },
  ];
  const readable = new ReadableStream<LanguageModelV4StreamPart>({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  }).pipeThrough(createModelStreamRestore(mapping));
  return (await collect(readable)).map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
}

async function runStream(chunks: string[]): Promise<string> {
  const out: string[] = [];
  const readable = new ReadableStream<string>({
    start(c) {
      for (const ch of chunks) c.enqueue(ch);
      c.close();
    },
  }).pipeThrough(createRestoreStream(mapping));
  out.push(...(await collect(readable)));
  return out.join('');
}

function chunk(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let at = 0;
  for (const p of points) {
    parts.push(text.slice(at, p));
    at = p;
  }
  parts.push(text.slice(at));
  return parts;
}

describe('restoreText / restoreJson', () => {
  it('replaces known placeholders and leaves unknown ones and look-alikes alone', () => {
    expect(restoreText('Hi <PERSON_1>, <EMAIL_1>; <PERSON_2> <person_1> <PERSON_> a<b', mapping)).toBe(
      'Hi Jane Doe, jane@example.com; <PERSON_2> <person_1> <PERSON_> a<b',
    );
  });

  it('restores inside nested JSON (tool-call arguments, reasoning)', () => {
    const value = { to: '<EMAIL_1>', list: ['<PERSON_1>', 3, null, { '<PERSON_1>': true }], n: 1 };
    expect(restoreJson(value, mapping)).toEqual({
      to: 'jane@example.com',
      list: ['Jane Doe', 3, null, { 'Jane Doe': true }],
      n: 1,
    });
    expect(JSON.parse(restoreJsonText('{"to":"<EMAIL_12>"}', mapping))).toEqual({ to: 'x"y\\z@example.com' });
    expect(JSON.parse(`${restoreJsonText('{"to":"<EMAIL_12>", "x": [', mapping)}1]}`)).toEqual({
      to: 'x"y\\z@example.com',
      x: [1],
    });
  });
});

describe('streaming restoration', () => {
  it('holds back only a tail that could start a placeholder', () => {
    expect(pendingTailLength('hello <')).toBe(1);
    expect(pendingTailLength('hello <PERS')).toBe(5);
    expect(pendingTailLength('hello <PERSON_1')).toBe(9);
    expect(pendingTailLength('hello <PERSON_1>')).toBe(0);
    expect(pendingTailLength('a < b')).toBe(0);
    expect(pendingTailLength('x <div')).toBe(0);
    expect(pendingTailLength(`<${'A'.repeat(60)}`)).toBe(0);
  });

  it('restores a placeholder split across chunks', async () => {
    expect(await runStream(['Dear <PER', 'SON', '_1', '>, mail <', 'EMAIL_1> or <UNKNOWN_9> <EMAIL_'])).toBe(
      'Dear Jane Doe, mail jane@example.com or <UNKNOWN_9> <EMAIL_',
    );
  });

  it('emits text without a "<" immediately', () => {
    const r = createStreamingRestorer(mapping);
    expect(r.push('plain text ')).toBe('plain text ');
    expect(r.push('then <PERSON')).toBe('then ');
    expect(r.push('_1> done')).toBe('Jane Doe done');
    expect(r.flush()).toBe('');
  });

  it('property: any chunking of any text restores exactly like restoreText on the whole', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<PERSON_1>',
        '<EMAIL_1>',
        '<EMAIL_12>',
        '<CREDIT_CARD_3>',
        '<PERSON_2>',
        '<',
        '>',
        '_1',
        '<EMAIL',
      ),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (pieces, cuts) => {
          const text = pieces.join('');
          expect(await runStream(chunk(text, cuts))).toBe(restoreText(text, mapping));
          expect(await runModelStream(chunk(text, cuts))).toBe(restoreText(text, mapping));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('AI SDK model stream restoration (the restoring half of the PII middleware)', () => {
  it('restores text, reasoning and tool input across deltas, keeping other parts', async () => {
    const usage = {
      inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 1, text: 1, reasoning: undefined },
    };
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't1' },
      { type: 'text-delta', id: 't1', delta: 'Hi <PERS' },
      { type: 'reasoning-delta', id: 'r1', delta: 'user is <PERSON_1' },
      { type: 'text-delta', id: 't1', delta: 'ON_1>!' },
      { type: 'reasoning-end', id: 'r1' },
      { type: 'tool-input-start', id: 'c1', toolName: 'send' },
      { type: 'tool-input-delta', id: 'c1', delta: '{"to":"<EMA' },
      { type: 'tool-input-delta', id: 'c1', delta: 'IL_12>"}' },
      { type: 'tool-input-end', id: 'c1' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'send', input: '{"to":"<EMAIL_12>"}' },
      { type: 'text-delta', id: 't1', delta: ' <EMAIL_1' },
      { type: 'text-end', id: 't1' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
    ];
    const readable = new ReadableStream<LanguageModelV4StreamPart>({
      start(c) {
        for (const p of parts) c.enqueue(p);
        c.close();
      },
    }).pipeThrough(createModelStreamRestore(mapping));
    const out = await collect(readable);
    const deltas = (type: string) =>
      out
        .filter((p) => p.type === type)
        .map((p) => ('delta' in p ? p.delta : ''))
        .join('');
    // An unterminated placeholder is released unchanged when its part ends.
    expect(deltas('text-delta')).toBe('Hi Jane Doe! <EMAIL_1');
    expect(deltas('reasoning-delta')).toBe('user is <PERSON_1');
    expect(JSON.parse(deltas('tool-input-delta'))).toEqual({ to: 'x"y\\z@example.com' });
    const call = out.find((p) => p.type === 'tool-call');
    expect(call && JSON.parse(call.input)).toEqual({ to: 'x"y\\z@example.com' });
    expect(out.map((p) => p.type).filter((t) => !String(t).endsWith('-delta'))).toEqual([
      'stream-start',
      'text-start',
      'reasoning-end',
      'tool-input-start',
      'tool-input-end',
      'tool-call',
      'text-end',
      'finish',
    ]);
  });
});
