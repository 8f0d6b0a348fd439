/**
 * The workload of `edge-ai bench cache`: generated support questions, a SIMULATED central model with realistic latency
 * (time to first token, then a delay per word), and one request through the handler timed to its first text delta.
 */
import type { LanguageModelV4, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { createEdgeAIHandler } from '@edge-ai/core';

const VERBS = ['reset', 'change', 'delete', 'export', 'share', 'rename', 'restore', 'lock', 'verify', 'update'];
const NOUNS = [
  'password',
  'account',
  'invoice',
  'profile',
  'calendar',
  'photos',
  'contacts',
  'backup',
  'email',
  'plan',
];
const PLACES = ['on the app', 'on the website', 'on my phone', 'on a laptop', 'from abroad', 'as an admin'];

/** The n-th question of a deterministic family of similar support questions (so LSH buckets fill realistically). */
export function question(n: number): string {
  const v = VERBS[n % VERBS.length];
  const o = NOUNS[Math.floor(n / VERBS.length) % NOUNS.length];
  const p = PLACES[Math.floor(n / (VERBS.length * NOUNS.length)) % PLACES.length];
  const round = Math.floor(n / (VERBS.length * NOUNS.length * PLACES.length));
  return `How can I ${v} my ${o} ${p}${round > 0 ? ` for team ${round}` : ''}?`;
}

/** SIMULATED central model (not a model): streams a fixed answer with the given latency. */
export function simulatedCentral(ttftMs: number, chunkMs: number): LanguageModelV4 {
  const usage = {
    inputTokens: { total: 1, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 1, text: undefined, reasoning: undefined },
  };
  const words = 'Open the settings, choose the item, confirm with the code we send you, and you are done.'.match(
    /\s*\S+/g,
  ) as string[];
  return {
    specificationVersion: 'v4',
    provider: 'simulated',
    modelId: `central-${ttftMs}ms`,
    supportedUrls: {},
    async doGenerate() {
      throw new Error('not used');
    },
    async doStream(call) {
      let i = 0;
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(c) {
            c.enqueue({ type: 'stream-start', warnings: [] });
            c.enqueue({ type: 'text-start', id: 't' });
          },
          async pull(c) {
            await new Promise((r) => setTimeout(r, i === 0 ? ttftMs : chunkMs));
            if (call.abortSignal?.aborted) return c.close();
            if (i < words.length) return c.enqueue({ type: 'text-delta', id: 't', delta: words[i++] });
            c.enqueue({ type: 'text-end', id: 't' });
            c.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage });
            c.close();
          },
        }),
      };
    },
  };
}

const request = (text: string, tenant = 'bench') =>
  new Request('http://bench.local/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenant },
    body: JSON.stringify({ prompt: text }),
  });

export type Handler = ReturnType<typeof createEdgeAIHandler>;

/** Time to the first text delta, the cache header and the cache stage's Server-Timing duration and description. */
export async function ask(handler: Handler, text: string, readAll: boolean, tenant?: string) {
  const t0 = performance.now();
  const { response, pending } = await handler.handle(request(text, tenant));
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let seen = '';
  let ttfb = Number.NaN;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
    if (Number.isNaN(ttfb) && seen.includes('"text-delta"')) {
      ttfb = performance.now() - t0;
      if (!readAll) break;
    }
  }
  await reader.cancel().catch(() => {});
  await pending;
  const timing = /cache;dur=([0-9.]+);desc="([^"]*)"/.exec(response.headers.get('server-timing') ?? '');
  return {
    ttfb,
    cache: response.headers.get('x-edge-ai-cache'),
    match: response.headers.get('x-edge-ai-cache-match'),
    stageMs: Number(timing?.[1] ?? Number.NaN),
    desc: timing?.[2] ?? '',
  };
}
