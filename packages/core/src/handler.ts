import type { KVStore } from './adapters/kv.ts';
import { createMemoryKV } from './adapters/memory-kv.ts';
import { type CentralModel, resolveCentralModel } from './central.ts';
import { createContext } from './context.ts';
import { EdgeAIRequestError, errorResponse } from './errors.ts';
import { edgeHeaders } from './headers.ts';
import type { EdgeModels } from './models.ts';
import { onceAsync } from './once.ts';
import { type EdgeAIOptions, parseOptions, type ResolvedOptions } from './options.ts';
import { afterAnswer, runStages } from './pipeline.ts';
import { resolvePolicy } from './policy.ts';
import { parseChatBody, readJsonBody } from './request.ts';
import { blockedResponse, centralStreamResponse, textStreamResponse } from './respond.ts';
import type { Stage } from './stage.ts';
import { cacheStage } from './stages/cache.ts';
import { escalateStage } from './stages/escalate.ts';
import { languageStage } from './stages/language.ts';
import { piiStage } from './stages/pii.ts';
import { toxicityStage } from './stages/toxicity.ts';

export interface HandleResult {
  response: Response;
  /** Background work (cache writes, vault writes) to hand to `waitUntil`. Never rejects. */
  pending: Promise<unknown>;
}

export interface EdgeAIHandler {
  readonly options: ResolvedOptions;
  readonly central: CentralModel;
  /** True when the request targets one of the AI routes. */
  matches(request: Request): boolean;
  handle(request: Request): Promise<HandleResult>;
}

export interface HandlerDeps {
  /** Lazy default models when options.models is absent (e.g. the bundled ONNX models). */
  loadModels?: () => Promise<EdgeModels>;
  /** Lazy default KV when options.kv is absent. */
  loadKV?: () => KVStore;
}

/** Builds the request handler. Invalid options throw here, at construction. */
export function createEdgeAIHandler(options: EdgeAIOptions = {}, deps: HandlerDeps = {}): EdgeAIHandler {
  const opts = parseOptions(options);
  const central = resolveCentralModel(opts.central);
  const routes = opts.routes.map((r) => {
    const [method, path] = r.split(' ');
    return { method, path };
  });
  const models = lazyModels(opts.models, deps.loadModels);
  let kvStore: KVStore | undefined = opts.kv;
  const kv = () => {
    kvStore ??= deps.loadKV?.() ?? createMemoryKV();
    return kvStore;
  };
  const stages: Stage[] = [
    languageStage(models),
    piiStage(models, kv, Boolean(opts.models || deps.loadModels), opts.pii.engine),
    toxicityStage(models),
    cacheStage(kv, central.label),
    escalateStage(),
  ];
  const baseSettings = {
    language: opts.language,
    pii: opts.pii,
    toxicity: opts.toxicity,
    cache: opts.cache,
    escalate: opts.escalate,
  };

  return {
    options: opts,
    central,
    matches(request) {
      const { pathname } = new URL(request.url);
      return routes.some((r) => r.path === pathname && r.method === request.method);
    },
    async handle(request) {
      const requestId = crypto.randomUUID();
      const policy = await resolvePolicy(baseSettings, opts.policy);
      let input: ReturnType<typeof parseChatBody>;
      try {
        input = parseChatBody(await readJsonBody(request, opts.maxBodyBytes), request.headers.get('x-conversation-id'));
      } catch (error) {
        if (error instanceof EdgeAIRequestError) {
          const headers = { 'x-edge-ai-request-id': requestId, 'x-edge-ai-decision': 'reject' };
          return {
            response: errorResponse(error.status, error.code, error.message, headers),
            pending: Promise.resolve(),
          };
        }
        throw error;
      }
      const ctx = createContext({
        requestId,
        tenant: opts.tenant?.(request) ?? 'default',
        user: opts.user?.(request) ?? request.headers.get('x-user-id') ?? 'anonymous',
        conversationId: input.conversationId ?? requestId,
        input,
        settings: policy.settings,
      });
      if (policy.problem) ctx.decisions.push({ stage: 'policy', action: 'degraded', reason: policy.problem });
      await runStages(ctx, stages);
      const headers = edgeHeaders(ctx, central.label);
      const pending = () => Promise.allSettled(ctx.pending);
      if (ctx.block) return { response: blockedResponse(ctx, headers, opts.blockResponse), pending: pending() };
      if (ctx.cachedAnswer !== undefined) {
        const text = ctx.restoreText ? ctx.restoreText(ctx.cachedAnswer) : ctx.cachedAnswer;
        return { response: textStreamResponse(text, headers), pending: pending() };
      }
      const { response, done } = centralStreamResponse(
        ctx,
        central,
        opts.central.system,
        headers,
        request.signal,
        (answer) => afterAnswer(ctx, stages, answer),
      );
      return { response, pending: Promise.allSettled([...ctx.pending, done]) };
    },
  };
}

function lazyModels(given: EdgeModels | undefined, load: (() => Promise<EdgeModels>) | undefined) {
  if (given) return () => Promise.resolve(given);
  if (!load) return () => Promise.reject(new Error('no edge models configured'));
  return onceAsync(load);
}
