import { describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { recordingModel } from './helpers/recording-model.ts';

/**
 * Seeded fuzz: 10,000 request bodies (valid chat bodies with hostile text, broken shapes, broken JSON, broken UTF-8,
 * oversized parts) through the real handler. Every answer is a 2xx stream or a 4xx `{ error: { code, message } }`;
 * never a 5xx.
 */
const COUNT = 10_000;
let seed = 20261201;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

const ATOMS = [
  'hello',
  'Maria Schneider',
  'jane.doe@example.com',
  'ingrid\u200b@example.org',
  'a@xn--d1acufc.xn--p1ai',
  '06 12 34 56 78',
  '+49 30 901820',
  '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00',
  '123-45-6789',
  '<EMAIL_1>',
  '<PERSON_99999999>',
  '\u200b\u200c\u2060',
  '\ud800',
  '\udfff',
  '😀',
  '\u0000',
  '\\',
  '"',
  '\n\r\t',
  'ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ',
  'jоhn@exаmple.com',
  '٠٦١٢٣٤٥٦٧٨',
  'Mr. May',
  'sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX1234',
  '-----BEGIN PRIVATE KEY-----',
  'x'.repeat(300),
  '1 '.repeat(100),
  ' at ',
  ' dot ',
];
const text = () => Array.from({ length: 1 + int(6) }, () => pick(ATOMS)).join(pick([' ', '', '\n', ', ']));
const junk = (): unknown =>
  pick<() => unknown>([
    () => null,
    () => int(1000) - 500,
    () => rand() < 0.5,
    () => text(),
    () => [],
    () => ({}),
    () => [text(), int(5)],
    () => ({ [text()]: text() }),
    () => 1e308 * 10,
  ])();
const role = () => pick(['user', 'assistant', 'system', 'developer', 'tool', 'USER', '', 7, null, undefined]);

function message(): unknown {
  switch (int(7)) {
    case 0:
      return { role: role(), content: text() };
    case 1:
      return {
        role: role(),
        parts: Array.from({ length: int(4) }, () => pick([{ type: 'text', text: text() }, junk()])),
      };
    case 2:
      return { role: role(), content: [{ type: 'text', text: text() }, { type: 'image', image: 'x' }, junk()] };
    case 3:
      return { role: 'assistant', content: null };
    case 4:
      return { role: role(), content: junk() };
    case 5:
      return junk();
    default:
      return { role: 'user', parts: [{ type: 'text', text: junk() }] };
  }
}

function body(): string | Uint8Array<ArrayBuffer> {
  switch (int(10)) {
    case 0:
      return JSON.stringify({ prompt: text(), id: pick([text(), undefined, 'conv-1']) });
    case 1:
      return JSON.stringify({ messages: Array.from({ length: int(5) }, message), id: pick([text(), 5, null]) });
    case 2:
      return JSON.stringify({ messages: [{ role: 'user', content: text() }], conversation_id: text() });
    case 3:
      return JSON.stringify(junk());
    case 4:
      return JSON.stringify({ messages: junk(), prompt: junk() });
    case 5: {
      const s = JSON.stringify({ prompt: text() });
      return s.slice(0, int(s.length));
    }
    case 6:
      return new Uint8Array(Array.from({ length: int(40) }, () => int(256)));
    case 7:
      return `{"prompt":"${text()}","id":"\\ud83d"}`;
    case 8:
      return JSON.stringify({ messages: Array.from({ length: 3 }, message), trigger: 'submit-message' });
    default:
      return JSON.stringify({ messages: [{ role: 'user', parts: [{ type: 'text', text: text() }] }], id: text() });
  }
}

const handler = createEdgeAIHandler({
  models: modelsDouble(),
  kv: createMemoryKV(),
  central: { model: recordingModel() },
  maxMessageChars: 1_000,
});

describe('seeded fuzz of request bodies', () => {
  it(`${COUNT} bodies: 0 answers with 5xx, every 4xx in the error shape`, async () => {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const b = body();
      const headers: Record<string, string> = {};
      if (int(20) > 0)
        headers['content-type'] = pick(['application/json', 'application/json; charset=utf-8', 'text/json']);
      else headers['content-type'] = pick(['text/plain', 'multipart/form-data']);
      const request = new Request('http://localhost/api/chat', { method: 'POST', headers, body: b });
      const { response, pending } = await handler.handle(request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const raw = await response.text();
      await pending;
      if (response.status >= 500)
        failures.push(`${response.status} ${raw.slice(0, 200)} <- ${String(b).slice(0, 200)}`);
      else if (response.status >= 400) {
        const parsed = JSON.parse(raw) as { error?: { code?: unknown; message?: unknown } };
        if (typeof parsed.error?.code !== 'string' || typeof parsed.error?.message !== 'string')
          failures.push(`bad error shape ${raw.slice(0, 200)}`);
      }
    }
    console.log(`fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(1000);
  }, 120_000);
});
