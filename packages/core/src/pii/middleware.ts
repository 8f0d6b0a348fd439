import type {
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4Message,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import type { LanguageModelMiddleware } from 'ai';
import { createPiiEngine, type PiiEngine, type PiiSession } from './engine.ts';
import type { PiiOptions } from './options.ts';
import { createModelStreamRestore, restoreJson, restoreJsonText } from './restore.ts';
import type { VaultScope } from './vault.ts';

export interface EdgeAIMiddlewareOptions extends PiiOptions {
  /** A prebuilt engine; otherwise one is created from the PII options. */
  engine?: PiiEngine;
  /**
   * Conversation scope for stable pseudonyms in the vault. Default: `providerOptions.edgeAI.{tenant, conversation}`
   * of the call when present; without a scope, placeholders are stable within one model call.
   */
  scope?: VaultScope | ((params: LanguageModelV4CallOptions) => VaultScope | undefined);
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

function defaultScope(params: LanguageModelV4CallOptions): VaultScope | undefined {
  const o = params.providerOptions?.edgeAI;
  return typeof o?.tenant === 'string' && typeof o?.conversation === 'string'
    ? { tenant: o.tenant, conversation: o.conversation }
    : undefined;
}

async function pseudonymizeMessage(m: LanguageModelV4Message, s: PiiSession): Promise<LanguageModelV4Message> {
  const text = async (t: string) => {
    await s.hydrate(t);
    return (await s.transform(t)).text;
  };
  switch (m.role) {
    case 'system':
      return { ...m, content: await text(m.content) };
    case 'user':
    case 'assistant':
    case 'tool': {
      const content: unknown[] = [];
      for (const p of m.content) {
        if (p.type === 'text' || p.type === 'reasoning') content.push({ ...p, text: await text(p.text) });
        else if (p.type === 'tool-call') content.push({ ...p, input: await mapStrings(p.input, text) });
        else if (p.type === 'tool-result') content.push({ ...p, output: await mapStrings(p.output, text) });
        else content.push(p);
      }
      // Each part keeps its type; only string values inside it changed.
      return { ...m, content } as LanguageModelV4Message;
    }
    default:
      return m;
  }
}

/** Pseudonymizing half: the call with system, user, assistant and tool text replaced by the session's placeholders. */
export async function pseudonymizeCall(
  params: LanguageModelV4CallOptions,
  session: PiiSession,
): Promise<LanguageModelV4CallOptions> {
  const prompt: LanguageModelV4Message[] = [];
  for (const m of params.prompt) prompt.push(await pseudonymizeMessage(m, session));
  return { ...params, prompt };
}

/** Restoring half, for a generated result: text, reasoning and tool-call input. */
export function restoreGenerated(result: LanguageModelV4GenerateResult, session: PiiSession) {
  const content = result.content.map((c) => {
    if (c.type === 'text' || c.type === 'reasoning') return { ...c, text: session.restore(c.text) };
    if (c.type === 'tool-call') return { ...c, input: restoreJsonText(c.input, session.mapping) };
    if (c.type === 'tool-result') return { ...c, result: restoreJson(c.result, session.mapping) };
    return c;
  });
  return { ...result, content };
}

/** Restoring half, for a stream: placeholders are restored even when a chunk boundary splits them. */
export function restoreStreamed(result: LanguageModelV4StreamResult, session: PiiSession): LanguageModelV4StreamResult {
  return { ...result, stream: result.stream.pipeThrough(createModelStreamRestore(session.mapping)) };
}

/** Middleware that pseudonymizes every call's prompt with one given session (the prompt may already be pseudonymized). */
export function piiPseudonymizeMiddleware(session: PiiSession): LanguageModelMiddleware {
  return { specificationVersion: 'v4', transformParams: ({ params }) => pseudonymizeCall(params, session) };
}

/** Middleware that restores the placeholders of one given session in generated and streamed output. */
export function piiRestoreMiddleware(session: PiiSession): LanguageModelMiddleware {
  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => restoreGenerated(await doGenerate(), session),
    wrapStream: async ({ doStream }) => restoreStreamed(await doStream(), session),
  };
}

/**
 * AI SDK language model middleware for your own route handlers: each model call gets a PII session (scoped by
 * `scope`), its prompt is pseudonymized before the wrapped model sees it, and originals are restored in the generated
 * text, reasoning and tool-call input (also while streaming).
 */
export function edgeAIModelMiddleware(options: EdgeAIMiddlewareOptions = {}): LanguageModelMiddleware {
  const { engine: given, scope, ...piiOptions } = options;
  const engine = given ?? createPiiEngine(piiOptions);
  const sessionFor = (params: LanguageModelV4CallOptions) =>
    engine.session(typeof scope === 'function' ? scope(params) : (scope ?? defaultScope(params)));
  return {
    specificationVersion: 'v4',
    async wrapGenerate({ model, params }) {
      const session = sessionFor(params);
      return restoreGenerated(await model.doGenerate(await pseudonymizeCall(params, session)), session);
    },
    async wrapStream({ model, params }) {
      const session = sessionFor(params);
      return restoreStreamed(await model.doStream(await pseudonymizeCall(params, session)), session);
    },
  };
}
