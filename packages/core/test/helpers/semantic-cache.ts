import type { KVStore } from '../../src/adapters/kv.ts';
import { createMemoryKV } from '../../src/adapters/memory-kv.ts';
import { createEdgeAIHandler, type EdgeAIHandler } from '../../src/handler.ts';
import type { EdgeAIOptions } from '../../src/options.ts';
import { modelsDouble } from '../../src/testing/models-double.ts';
import { readUIEvents, textOf } from '../../src/testing/openai-sse.ts';
import { slowModel } from './slow-model.ts';

/** Requests, a handler with the models double and a counting store for the semantic cache tests. */
export type Ask = {
  tenant?: string;
  user?: string;
  conversation?: string;
  messages?: { role: string; content: string }[];
};

export function ask(text: string, o: Ask = {}, signal?: AbortSignal) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (o.tenant) headers['x-tenant'] = o.tenant;
  if (o.user) headers['x-user-id'] = o.user;
  headers['x-conversation-id'] = o.conversation ?? `c-${Math.random()}`;
  const messages = [...(o.messages ?? []), { role: 'user', content: text }];
  return new Request('https://app.example/api/chat', {
    method: 'POST',
    headers,
    body: JSON.stringify({ messages }),
    signal,
  });
}

export function setup(options: EdgeAIOptions = {}, central = slowModel()) {
  const handler = createEdgeAIHandler({
    models: modelsDouble(),
    kv: createMemoryKV(),
    central: { model: central },
    tenant: (r) => r.headers.get('x-tenant') ?? 'default',
    ...options,
  });
  /** Answers one request completely (stream read, cache writes done). */
  const run = async (text: string, o: Ask = {}) => {
    const { response, pending } = await handler.handle(ask(text, o));
    const { events } = await readUIEvents(response);
    await pending;
    const timing = response.headers.get('server-timing') ?? '';
    return {
      text: textOf(events),
      events,
      cache: response.headers.get('x-edge-ai-cache'),
      match: response.headers.get('x-edge-ai-cache-match'),
      desc: /cache;dur=[0-9.]+;desc="([^"]*)"/.exec(timing)?.[1] ?? '',
    };
  };
  return { handler, run, central };
}

/** Records the keys and commands the cache sends to a store. */
export function counting(inner: KVStore) {
  const log: { op: string; keys: string[] }[] = [];
  const note = (op: string, keys: readonly string[]) => {
    log.push({ op, keys: [...keys] });
  };
  const kv: KVStore = {
    name: inner.name,
    get: (k) => {
      note('get', [k]);
      return inner.get(k);
    },
    mget: (ks) => {
      note('mget', ks);
      return inner.mget(ks);
    },
    set: (k, v, o) => {
      note('set', [k]);
      return inner.set(k, v, o);
    },
    setIfAbsent: (k, v, o) => {
      note('setIfAbsent', [k]);
      return inner.setIfAbsent(k, v, o);
    },
    incr: (k, o) => {
      note('incr', [k]);
      return inner.incr(k, o);
    },
    del: (k) => {
      note('del', [k]);
      return inner.del(k);
    },
  };
  const cacheOps = () => log.filter((l) => l.keys.some((k) => k.startsWith('edge-ai:cache:')));
  return { kv, log, cacheOps };
}

export const Q = 'How do I reset my password?';
export const PARAPHRASE = 'How do I reset my password please?';

/** Answers one request completely: its text and cache header, after its background writes. */
export async function answer(handler: EdgeAIHandler, request: Request) {
  const { response, pending } = await handler.handle(request);
  const text = textOf((await readUIEvents(response)).events);
  await pending;
  return { text, cache: response.headers.get('x-edge-ai-cache') };
}
