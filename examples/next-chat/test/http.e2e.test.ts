import { readUIEvents, textOf } from '@edge-ai/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProvider } from './provider.ts';
import { type RunningApp, startApp } from './server.ts';

const STAGES = ['language', 'pii', 'toxicity', 'cache', 'escalate'];
const uiBody = (text: string, id = `c-${Math.random()}`) => ({
  id,
  messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text }] }],
  trigger: 'submit-message',
});

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.stop());

const post = (body: unknown, url = app.url) =>
  fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('built example app (next build + next start), offline central model', () => {
  it('streams UI-message events chunk by chunk with a Server-Timing entry per stage', async () => {
    const started = Date.now();
    const response = await post(uiBody('Hello! Can you explain what a proxy does?'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    // not gzipped by Next on its way (fetch asks for gzip): a compressor holds chunks and costs the server's thread
    expect(response.headers.get('cache-control')).toContain('no-transform');
    expect(response.headers.get('content-encoding')).toBeNull();
    const timing = response.headers.get('server-timing') ?? '';
    for (const stage of STAGES) expect(timing).toMatch(new RegExp(`(^|, )${stage};dur=`));
    expect(response.headers.get('x-edge-ai-central')).toBe('offline');
    expect(response.headers.get('x-edge-ai-decision')).toBe('allow');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const arrivals: number[] = [];
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arrivals.push(Date.now() - started);
      text += new TextDecoder().decode(value);
    }
    const deltas = text.split('\n\n').filter((f) => f.includes('"text-delta"'));
    expect(deltas.length).toBeGreaterThan(10);
    expect(arrivals.length).toBeGreaterThan(5);
    expect((arrivals.at(-1) ?? 0) - arrivals[0]).toBeGreaterThan(50);
    expect(text).toContain('"type":"finish"');
  });

  it('keeps questions about places intact and pseudonymizes a home address (headers say what was done per type)', async () => {
    for (const question of ['What is the capital of Australia?', 'Write me a haiku about Hamburg']) {
      const response = await post(uiBody(question));
      expect(response.status).toBe(200);
      const answer = textOf((await readUIEvents(response)).events);
      // the offline central model quotes what it received: the place is still there
      expect(answer).toContain(`> ${question}`);
      expect(response.headers.get('x-edge-ai-pii')).toBe('0');
      expect(response.headers.get('x-edge-ai-pii-types')).toContain('LOCATION:allow');
    }
    const response = await post(uiBody('I live at Baker Street 221b, London NW1 6XE'));
    const answer = textOf((await readUIEvents(response)).events);
    expect(answer).toContain('> I live at ‹ADDRESS_1›');
    expect(answer).toContain('Restored for you at the edge: Baker Street 221b, London NW1 6XE.');
    expect(response.headers.get('x-edge-ai-pii-types')).toBe('ADDRESS:pseudonymize:1');
    expect(response.headers.get('x-edge-ai-cache')).toBe('bypass');
  });

  it('answers bad input with 4xx JSON errors', async () => {
    const malformed = await post('{"messages":');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'malformed_json' } });
    const big = await post({ prompt: 'z'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'body_too_large' } });
    const empty = await post(uiBody(''));
    expect(empty.status).toBe(400);
  });

  it('leaves other routes to Next', async () => {
    const page = await fetch(app.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('edge-ai chat');
    expect(page.headers.get('x-edge-ai-decision')).toBeNull();
  });
});

describe('built example app against an OpenAI-compatible endpoint', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let live: RunningApp;
  beforeAll(async () => {
    provider = await startProvider();
    live = await startApp({ EDGE_AI_CENTRAL_BASE_URL: provider.baseURL, EDGE_AI_CENTRAL_MODEL: 'local-model' });
  });
  afterAll(async () => {
    await live?.stop();
    await provider?.close();
  });

  it('sends the endpoint only pseudonyms and restores the originals in the streamed answer', async () => {
    const prompt =
      'I am Lukas Becker. Email lukas.becker@example.de or LUKAS.BECKER@EXAMPLE.DE, card 5555 5555 5555 4444 ' +
      '(5555-5555-5555-4444), IBAN GB82 WEST 1234 5698 7654 32 or gb82west12345698765432.';
    const response = await post(uiBody(prompt), live.url);
    const { events } = await readUIEvents(response);
    const sent = JSON.stringify(provider.bodies.at(-1));
    for (const leak of ['Lukas', 'Becker', 'lukas.becker', 'LUKAS', 'GB82', 'gb82']) expect(sent).not.toContain(leak);
    expect(sent.replace(/\D/g, '')).not.toContain('5555555555554444');
    const answer = textOf(events);
    for (const original of [
      'Lukas Becker',
      'lukas.becker@example.de',
      '5555 5555 5555 4444',
      'GB82 WEST 1234 5698 7654 32',
    ]) {
      expect(answer).toContain(original);
    }
    expect(answer).not.toMatch(/<[A-Z_]+_\d+>/);
  });

  it('streams the endpoint answer through the proxy', async () => {
    const prompt = 'Please summarise the meeting notes.';
    const response = await post(uiBody(prompt), live.url);
    expect(response.headers.get('x-edge-ai-central')).toBe('openai-compatible:local-model');
    const { events, reads } = await readUIEvents(response);
    expect(reads).toBeGreaterThan(1);
    // The endpoint answers "I will contact <X>." for each placeholder it received (none unless the NER flags a word);
    // whatever it flagged comes back restored to the user's own words.
    const answer = textOf(events);
    expect(answer).toMatch(/^Noted\. (I will contact [^<>]+\. )*Done\.$|^Noted\. {2}Done\.$/);
    for (const [, restored] of answer.matchAll(/I will contact ([^<>]+?)\./g)) expect(prompt).toContain(restored);
    expect(provider.bodies.length).toBeGreaterThan(0);
  });
});

describe('standalone output (node .next/standalone/…/server.js)', () => {
  let standalone: RunningApp;
  beforeAll(async () => {
    standalone = await startApp({}, 'standalone');
  });
  afterAll(async () => standalone?.stop());

  it('carries the bundled models and ONNX Runtime: all three models run', async () => {
    const response = await post({ prompt: 'Hallo, ich heiße Anna Schmidt und wohne in Berlin.' }, standalone.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-language')).toBe('deu');
    const versions = (response.headers.get('x-edge-ai-model') ?? '').split(',');
    expect(versions.map((v) => v.replace(/-[0-9a-f]{8}$/, '')).sort()).toEqual(['lid', 'ner', 'toxicity']);
    expect(response.headers.get('x-edge-ai-degraded')).toBeNull();
    await response.body?.cancel();
  });
});
