import type { LanguageModelMiddleware } from 'ai';
import { createPiiEngine, type PiiEngine, type PiiSession } from './engine.ts';
import type { PiiOptions } from './options.ts';
import { createStreamingRestorer, jsonEscapedLookup, restoreJsonText, type StreamingRestorer } from './restore.ts';
import type { VaultScope } from './vault.ts';

type TransformArgs = Parameters<NonNullable<LanguageModelMiddleware['transformParams']>>[0];
type CallOptions = TransformArgs['params'];
type Message = CallOptions['prompt'][number];
type GenerateResult = Awaited<ReturnType<NonNullable<LanguageModelMiddleware['wrapGenerate']>>>;
type StreamResult = Awaited<ReturnType<NonNullable<LanguageModelMiddleware['wrapStream']>>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;

export interface EdgeAIMiddlewareOptions extends PiiOptions {
  /** A prebuilt engine; otherwise one is created from the PII options. */
  engine?: PiiEngine;
  /**
   * Conversation scope for stable pseudonyms in the vault. Default: `providerOptions.edgeAI.{tenant, conversation}`
   * of the call when present; without a scope, placeholders are stable within one model call.
   */
  scope?: VaultScope | ((params: CallOptions) => VaultScope | undefined);
}

async function mapStrings(value: unknown, fn: (s: string) => Promise<string>): Promise<unknown> {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return Promise.all(value.map((v) => mapStrings(v, fn)));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await mapStrings(v, fn);
    return out;
  }
  return value;
}

function defaultScope(params: CallOptions): VaultScope | undefined {
  const o = (params.providerOptions as Record<string, Record<string, unknown>> | undefined)?.edgeAI;
  return typeof o?.tenant === 'string' && typeof o?.conversation === 'string'
    ? { tenant: o.tenant, conversation: o.conversation }
    : undefined;
}

async function pseudonymizeMessage(m: Message, s: PiiSession): Promise<Message> {
  const text = async (t: string) => {
    await s.hydrate(t);
    return (await s.transform(t)).text;
  };
  if (m.role === 'system') return { ...m, content: await text(m.content) };
  const content = [];
  for (const part of m.content) {
    const p = part as unknown as Record<string, unknown> & { type: string };
    if (p.type === 'text' || p.type === 'reasoning') content.push({ ...p, text: await text(p.text as string) });
    else if (p.type === 'tool-call') content.push({ ...p, input: await mapStrings(p.input, text) });
    else if (p.type === 'tool-result') content.push({ ...p, output: await mapStrings(p.output, text) });
    else content.push(p);
  }
  return { ...m, content } as Message;
}

/**
 * AI SDK language model middleware: pseudonymizes system/user/assistant/tool text before the wrapped model sees it
 * and restores originals in generated text, reasoning and tool-call input (also while streaming).
 */
export function edgeAIModelMiddleware(options: EdgeAIMiddlewareOptions = {}): LanguageModelMiddleware {
  const { engine: given, scope, ...piiOptions } = options;
  const engine = given ?? createPiiEngine(piiOptions);
  const sessions = new WeakMap<CallOptions, PiiSession>();
  const sessionOf = (params: CallOptions) => sessions.get(params) ?? engine.session(undefined);

  return {
    specificationVersion: 'v4',
    async transformParams({ params }) {
      const s = engine.session(typeof scope === 'function' ? scope(params) : (scope ?? defaultScope(params)));
      const prompt = [];
      for (const m of params.prompt) prompt.push(await pseudonymizeMessage(m, s));
      const next = { ...params, prompt };
      sessions.set(next, s);
      return next;
    },
    async wrapGenerate({ doGenerate, params }) {
      const s = sessionOf(params);
      const result: GenerateResult = await doGenerate();
      const content = result.content.map((c) => {
        if (c.type === 'text' || c.type === 'reasoning') return { ...c, text: s.restore(c.text) };
        if (c.type === 'tool-call') return { ...c, input: restoreJsonText(c.input, s.mapping) };
        return c;
      });
      return { ...result, content };
    },
    async wrapStream({ doStream, params }) {
      const s = sessionOf(params);
      const { stream, ...rest } = await doStream();
      const open = new Map<string, StreamingRestorer>();
      const jsonLookup = jsonEscapedLookup(s.mapping);
      const take = (key: string, json: boolean) => {
        const existing = open.get(key);
        if (existing) return existing;
        const created = createStreamingRestorer(json ? jsonLookup : s.mapping);
        open.set(key, created);
        return created;
      };
      const release = (key: string) => {
        const rest = open.get(key)?.flush() ?? '';
        open.delete(key);
        return rest;
      };
      const restoring = new TransformStream<StreamPart, StreamPart>({
        transform(part, controller) {
          switch (part.type) {
            case 'text-delta':
            case 'reasoning-delta':
            case 'tool-input-delta': {
              const delta = take(`${part.type}:${part.id}`, part.type === 'tool-input-delta').push(part.delta);
              if (delta) controller.enqueue({ ...part, delta });
              return;
            }
            case 'text-end':
            case 'reasoning-end':
            case 'tool-input-end': {
              const kind = `${part.type.slice(0, -4)}-delta` as 'text-delta' | 'reasoning-delta' | 'tool-input-delta';
              const delta = release(`${kind}:${part.id}`);
              if (delta) controller.enqueue({ type: kind, id: part.id, delta });
              controller.enqueue(part);
              return;
            }
            case 'tool-call':
              controller.enqueue({ ...part, input: restoreJsonText(part.input, s.mapping) });
              return;
            default:
              controller.enqueue(part);
          }
        },
        flush(controller) {
          for (const key of [...open.keys()]) {
            const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
            const delta = release(key);
            if (delta) controller.enqueue({ type: kind as 'text-delta', id, delta });
          }
        },
      });
      return { ...rest, stream: stream.pipeThrough(restoring) };
    },
  };
}
