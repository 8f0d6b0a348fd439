import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createEdgeAIHandler } from '../src/handler.ts';
import type { EdgeModels, NamedEntity } from '../src/models.ts';
import { PLACEHOLDER_INSTRUCTION } from '../src/options.ts';
import { createPiiEngine } from '../src/pii/engine.ts';
import { createStaticPolicy } from '../src/policy.ts';
import { modelsDouble } from '../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../src/testing/openai-sse.ts';

/**
 * TEST DOUBLE for the NER model (not a model): tags the given surface strings wherever they occur, so the tests
 * below check what the engine and the proxy do with PERSON / LOCATION / ORGANIZATION spans, not NER quality
 * (that is measured with the real model by `edge-ai eval utility` and packages/models/test/pii-meaning.test.ts).
 */
const GAZETTEER: [string, NamedEntity['type']][] = [
  ['Maria Schneider', 'PER'],
  ['Albert Einstein', 'PER'],
  ['Australia', 'LOC'],
  ['Hamburg', 'LOC'],
  ['London', 'LOC'],
  ['Siemens', 'ORG'],
  ['Lyon', 'LOC'],
  ['Python', 'ORG'],
];
async function ner(text: string) {
  const entities: NamedEntity[] = [];
  for (const [surface, type] of GAZETTEER) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      entities.push({ type, start: at, end: at + surface.length, score: 0.95, text: surface });
    }
  }
  return { entities: entities.sort((a, b) => a.start - b.start), model: 'ner-double' };
}
const models = (): EdgeModels => ({ ...modelsDouble(), recognizeEntities: ner });

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
/** A central model that answers with the placeholders it was given (as a model told to keep them would). */
function placeholderModel(answer: string) {
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: convertArrayToReadableStream([
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't' },
        ...answer.split(/(?<=>)/).map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
        { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ]),
    }),
  });
}
const ask = (text: string, url = 'https://app.example/api/chat') =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: text }),
  });
/** Text of the system and user messages the central model received. */
function received(model: MockLanguageModelV4) {
  const prompt = model.doStreamCalls[0].prompt;
  const text = (role: string) =>
    prompt
      .filter((m) => m.role === role)
      .map((m) =>
        typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? p.text : '')).join(''),
      )
      .join('\n');
  return { system: text('system'), user: text('user') };
}

describe('engine defaults: people and contact data pseudonymized, the world allowed', () => {
  const engine = createPiiEngine({ ner });

  it('keeps places and organisations of a question, and reports them as allowed', async () => {
    for (const q of ['What is the capital of Australia?', 'Write me a haiku about Hamburg', 'Is Siemens listed?']) {
      const out = await engine.redact(q);
      expect(out.text).toBe(q);
      expect(out.entities.length).toBeGreaterThan(0);
      expect(out.entities.every((e) => e.action === 'allow' && e.replacement === e.text)).toBe(true);
    }
  });

  it('pseudonymizes a place or an organisation after a personal cue, in several languages', async () => {
    const cases = [
      ['I live in Hamburg, what is fun there?', 'I live in <LOCATION_1>, what is fun there?'],
      ['My employer is Siemens.', 'My employer is <ORGANIZATION_1>.'],
      ['I work at Siemens in Hamburg', 'I work at <ORGANIZATION_1> in <LOCATION_1>'],
      ['Ich wohne in der Nähe von Hamburg.', 'Ich wohne in der Nähe von <LOCATION_1>.'],
      ["J'habite à Lyon depuis 2019.", "J'habite à <LOCATION_1> depuis 2019."],
      ['Vivo en Hamburg.', 'Vivo en <LOCATION_1>.'],
      ['Abito a Hamburg.', 'Abito a <LOCATION_1>.'],
      ['Ik woon in Hamburg.', 'Ik woon in <LOCATION_1>.'],
      ['Mieszkam w Hamburg.', 'Mieszkam w <LOCATION_1>.'],
      ['Moro em Hamburg.', 'Moro em <LOCATION_1>.'],
    ];
    for (const [input, expected] of cases) expect((await engine.redact(input)).text).toBe(expected);
    // no cue in the same sentence: the place stays
    expect((await engine.redact('I live in Hamburg. Tell me about London.')).text).toBe(
      'I live in <LOCATION_1>. Tell me about London.',
    );
    expect((await engine.redact('Which animals live in Australia?')).text).toBe('Which animals live in Australia?');
    // a technology after "I work in" is no employer
    expect((await engine.redact('I work in Python.')).text).toBe('I work in Python.');
  });

  it('pseudonymizes a place that is part of an address, and the address itself', async () => {
    const out = await engine.redact('Send it to Maria Schneider, Baker Street 221b, London NW1 6XE');
    expect(out.text).toBe('Send it to <PERSON_1>, <ADDRESS_1>');
    const near = await engine.redact('Hauptstraße 5, Hamburg');
    expect(near.text).toBe('<ADDRESS_1>');
  });

  it('lets options change the defaults: actions per type and cues off', async () => {
    const strict = createPiiEngine({ ner, actions: { LOCATION: 'pseudonymize' } });
    expect((await strict.redact('What is the capital of Australia?')).text).toBe(
      'What is the capital of <LOCATION_1>?',
    );
    expect(strict.options.actions.ORGANIZATION).toBe('allow');
    const noCues = createPiiEngine({ ner, cues: false });
    expect((await noCues.redact('I live in Hamburg')).text).toBe('I live in Hamburg');
    const noAddress = createPiiEngine({ ner, actions: { ADDRESS: 'allow' } });
    expect((await noAddress.redact('I live at Baker Street 221b')).entities[0]).toMatchObject({
      type: 'ADDRESS',
      action: 'allow',
    });
  });
});

describe('public figures (optional)', () => {
  it('leaves well-known people unreplaced only when switched on', async () => {
    const q = 'Who was Albert Einstein? Ask Maria Schneider.';
    expect((await createPiiEngine({ ner }).redact(q)).text).toBe('Who was <PERSON_1>? Ask <PERSON_2>.');
    const open = await createPiiEngine({ ner, publicFigures: true }).redact(q);
    expect(open.text).toBe('Who was Albert Einstein? Ask <PERSON_1>.');
    expect(open.entities[0]).toMatchObject({ type: 'PERSON', action: 'allow' });
  });
});

describe('proxy: the central model gets placeholders it understands, the user gets the values back', () => {
  it('keeps a question about places intact: no placeholder, no instruction, cache usable', async () => {
    const model = placeholderModel('Canberra.');
    const handler = createEdgeAIHandler({ models: models(), central: { model } });
    const res = await handler.handle(ask('What is the capital of Australia?'));
    expect(textOf((await readUIEvents(res.response)).events)).toBe('Canberra.');
    expect(received(model).user).toBe('What is the capital of Australia?');
    expect(received(model).system).not.toContain('placeholders');
    expect(res.response.headers.get('x-edge-ai-pii')).toBe('0');
    expect(res.response.headers.get('x-edge-ai-pii-types')).toBe('LOCATION:allow:1');
    expect(res.response.headers.get('x-edge-ai-cache')).toBe('miss');
  });

  it('tells the model what the placeholders are and restores the answer with the values in the right places', async () => {
    const model = placeholderModel('Dear <PERSON_1>, the parcel goes to <ADDRESS_1> and the invoice to <EMAIL_1>.');
    const handler = createEdgeAIHandler({
      models: models(),
      central: { model, system: 'You are a helpful assistant.' },
    });
    const res = await handler.handle(
      ask('I am Maria Schneider, I live at Baker Street 221b, London NW1 6XE. Mail maria@example.com. Write a letter.'),
    );
    const answer = textOf((await readUIEvents(res.response)).events);
    expect(answer).toBe(
      'Dear Maria Schneider, the parcel goes to Baker Street 221b, London NW1 6XE and the invoice to maria@example.com.',
    );
    const { system, user } = received(model);
    expect(user).toBe('I am <PERSON_1>, I live at <ADDRESS_1>. Mail <EMAIL_1>. Write a letter.');
    expect(system).toBe(`You are a helpful assistant.\n\n${PLACEHOLDER_INSTRUCTION}`);
    expect(res.response.headers.get('x-edge-ai-pii')).toBe('3');
    expect(res.response.headers.get('x-edge-ai-pii-types')).toBe(
      'PERSON:pseudonymize:1,ADDRESS:pseudonymize:1,EMAIL:pseudonymize:1',
    );
  });

  it('applies policy overrides per tenant, per route and per language (tenant wins)', async () => {
    const policy = createStaticPolicy({
      pii: {
        byLanguage: { deu: { actions: { LOCATION: 'pseudonymize' } }, fr: { actions: { LOCATION: 'mask' } } },
        byRoute: { 'POST /api/strict': { actions: { LOCATION: 'redact' } } },
        byTenant: { relaxed: { actions: { LOCATION: 'allow' } } },
        instruction: 'Keep <TYPE_N> tokens.',
      },
    });
    const run = async (text: string, opts: { lang?: string; url?: string; tenant?: string } = {}) => {
      const model = placeholderModel('ok');
      const handler = createEdgeAIHandler({
        models: {
          ...models(),
          ...(opts.lang ? { detectLanguage: modelsDouble({ lang: opts.lang }).detectLanguage } : {}),
        },
        central: { model },
        routes: ['POST /api/chat', 'POST /api/strict'],
        policy,
        tenant: () => opts.tenant ?? 'default',
      });
      const res = await handler.handle(ask(text, opts.url));
      await readUIEvents(res.response);
      return { ...received(model), types: res.response.headers.get('x-edge-ai-pii-types') };
    };
    expect((await run('Trip to Hamburg?')).user).toBe('Trip to Hamburg?');
    const german = await run('Reise nach Hamburg?', { lang: 'deu' });
    expect(german.user).toBe('Reise nach <LOCATION_1>?');
    expect(german.system).toBe('Keep <TYPE_N> tokens.');
    expect(german.types).toBe('LOCATION:pseudonymize:1');
    expect((await run('Trip to Hamburg?', { url: 'https://app.example/api/strict' })).user).toBe('Trip to [LOCATION]?');
    expect((await run('Reise nach Hamburg?', { lang: 'deu', tenant: 'relaxed' })).user).toBe('Reise nach Hamburg?');
    // an ISO 639-1 key matches the detected ISO 639-3 language
    expect((await run('Voyage à Hamburg ?', { lang: 'fra' })).user).toBe('Voyage à ******* ?');
  });

  it('reports an invalid override as a policy problem and keeps the configured settings', async () => {
    const model = placeholderModel('ok');
    const handler = createEdgeAIHandler({
      models: models(),
      central: { model },
      policy: createStaticPolicy({ pii: { byTenant: { acme: { actions: { LOCATION: 'shout' } } } } }),
    });
    const res = await handler.handle(ask('Trip to Hamburg?'));
    await readUIEvents(res.response);
    expect(res.response.status).toBe(200);
    expect(res.response.headers.get('x-edge-ai-degraded')).toContain('policy');
    expect(received(model).user).toBe('Trip to Hamburg?');
  });
});
