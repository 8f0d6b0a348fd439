import { describe, expect, it } from 'vitest';
import { createEdgeAIHandler, createMemoryKV } from '../src/index.ts';

describe('answer headers', () => {
  it('a streamed answer says no-transform, so no proxy or server compresses and holds its chunks', async () => {
    const handler = createEdgeAIHandler({
      kv: createMemoryKV(),
      central: { offline: true },
      cache: { enabled: false },
    });
    const request = new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'hello there, how are you?' }),
    });
    const { response } = await handler.handle(request);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    await response.text();
  });
});
