import { describe, expect, it } from 'vitest';
import { createEdgeAIHandler } from '../src/handler.ts';
import { modelsDouble } from '../src/testing/models-double.ts';

const ask = (text: string, path = '/api/chat') =>
  new Request(`https://app.example${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: text }),
  });

describe('per-language policy', () => {
  it('allowed languages per route replace the global list on that route', async () => {
    const handler = createEdgeAIHandler({
      routes: ['POST /api/chat', 'POST /api/support'],
      models: modelsDouble({ lang: 'fra' }),
      language: { allowed: ['eng', 'fra'], allowedByRoute: { '/api/support': ['eng'] } },
    });
    expect((await handler.handle(ask('Bonjour'))).response.status).toBe(200);
    const support = await handler.handle(ask('Bonjour', '/api/support'));
    expect(support.response.status).toBe(403);
    expect((await support.response.json()).error.code).toBe('language_not_allowed');
  });

  it('language shadow mode reports the block and lets the request through', async () => {
    const handler = createEdgeAIHandler({
      models: modelsDouble({ lang: 'spa' }),
      language: { allowed: ['eng'], mode: 'shadow' },
    });
    const { response } = await handler.handle(ask('Hola'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-shadow')).toBe('language:block');
    await response.body?.cancel();
  });

  it('thresholds per detected language, default for the others', async () => {
    const options = { toxicity: { byLanguage: { deu: { blockThreshold: 0.5 } } } };
    const de = createEdgeAIHandler({ models: modelsDouble({ lang: 'deu', toxicity: 0.55 }), ...options });
    const en = createEdgeAIHandler({ models: modelsDouble({ lang: 'eng', toxicity: 0.55 }), ...options });
    expect((await de.handle(ask('…'))).response.status).toBe(403);
    const pass = await en.handle(ask('…'));
    expect(pass.response.status).toBe(200);
    await pass.response.body?.cancel();
  });

  it('a central model per language (model ids at the configured endpoint)', async () => {
    const make = (lang: string) =>
      createEdgeAIHandler({
        models: modelsDouble({ lang }),
        central: { baseURL: 'https://central.test/v1', modelId: 'general' },
        routing: { centralByLanguage: { deu: 'german-model' } },
      });
    const de = await make('deu').handle(ask('Hallo'));
    const en = await make('eng').handle(ask('Hello'));
    expect(de.response.headers.get('x-edge-ai-central')).toBe('openai-compatible:german-model');
    expect(en.response.headers.get('x-edge-ai-central')).toBe('openai-compatible:general');
    await de.response.body?.cancel();
    await en.response.body?.cancel();
  });
});
