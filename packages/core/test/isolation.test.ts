import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createRedisKV, type RedisCommandClient } from '../src/adapters/redis-kv.ts';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { promptText, recordingModel } from './helpers/recording-model.ts';

const KEY = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => (i * 13) % 256)));
const post = (body: unknown) =>
  new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('200 concurrent requests with distinct personal data', () => {
  it('no raw value reaches the central model and no answer carries another request’s value', async () => {
    const central = recordingModel('Noted: <EMAIL_1> and <PHONE_1>.');
    const handler = createEdgeAIHandler({
      models: modelsDouble(),
      kv: createMemoryKV(),
      central: { model: central },
      cache: { enabled: false },
    });
    const n = 200;
    const emails = Array.from({ length: n }, (_, i) => `user${i}.x@example.com`);
    const phones = Array.from({ length: n }, (_, i) => `+49 30 ${String(9_000_000 + i * 37)}`);
    const answers = await Promise.all(
      emails.map(async (email, i) => {
        const { response } = await handler.handle(
          post({ id: `conv-${i}`, prompt: `I am user ${i}, mail ${email}, call ${phones[i]}` }),
        );
        return response.text();
      }),
    );
    const sent = central.prompts.map(promptText).join('\n');
    for (let i = 0; i < n; i++) {
      expect(sent).not.toContain(emails[i]);
      expect(sent).not.toContain(phones[i]);
      expect(answers[i]).toContain(emails[i]); // the answer's placeholder restored to this request's value
      const others = emails.filter((e, k) => k !== i && answers[i].includes(e));
      expect(others).toEqual([]);
    }
  });
});

describe('two instances on one Redis', () => {
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    client = createClient({ url: process.env.REDIS_URL });
    await client.connect();
  });
  afterAll(async () => {
    await client.quit();
  });

  it('agree on placeholders of one conversation, turn after turn', async () => {
    const prefix = `iso-${Date.now()}-${Math.random()}`;
    const make = () => {
      const central = recordingModel('ok');
      const handler = createEdgeAIHandler({
        models: modelsDouble(),
        kv: createRedisKV(client as unknown as RedisCommandClient),
        central: { model: central },
        cache: { enabled: false },
        pii: { engine: { vault: { key: KEY, prefix } } },
      });
      return { central, handler };
    };
    const a = make();
    const b = make();
    const conv = `conv-${Math.random()}`;
    const turn = async (inst: ReturnType<typeof make>, text: string) => {
      await (await inst.handler.handle(post({ id: conv, prompt: text }))).response.text();
      return promptText(inst.central.prompts.at(-1) ?? []);
    };
    const [ra, rb] = await Promise.all([
      turn(a, 'mail anna@example.com or bob@example.com'),
      turn(b, 'bob@example.com wrote to anna@example.com'),
    ]);
    const pa = ra.match(/<EMAIL_\d+>/g) ?? [];
    const pb = rb.match(/<EMAIL_\d+>/g) ?? [];
    expect(pa).toHaveLength(2);
    expect(pb).toEqual([pa[1], pa[0]]);
    const later = await turn(b, 'again anna@example.com');
    expect(later).toContain(pa[0]);
  });
});
