import type { KVStore } from './adapters/kv.ts';
import { createMemoryKV } from './adapters/memory-kv.ts';
import { type CentralModel, resolveCentralModel } from './central.ts';
import type { Decision } from './context.ts';
import type { Env } from './env.ts';
import { EdgeAIError, EdgeAIRequestError, errorResponse } from './errors.ts';
import { edgeHeaders } from './headers.ts';
import type { EdgeModels } from './models.ts';
import { onceAsync } from './once.ts';
import { type EdgeAIOptions, parseOptions, type ResolvedOptions } from './options.ts';
import { restoreText } from './pii/restore.ts';
import { runPipeline } from './pipeline.ts';
import { resolvePolicy } from './policy.ts';
import { type ChatInput, parseChatBody, readJsonBody } from './request.ts';
import { blockedResponse, centralStreamResponse, textStreamResponse } from './respond.ts';
import { createStages } from './stages/index.ts';

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
  /**
   * Environment variables for defaults the options leave open: the central model (EDGE_AI_CENTRAL_*,
   * AI_GATEWAY_API_KEY) and the PII keys (EDGE_AI_VAULT_KEY, EDGE_AI_PII_SALT). The core reads no global
   * environment; `@edge-ai/next` passes `process.env`.
   */
  env?: Env;
}

/** Builds the request handler. Invalid options throw here, at construction. */
export function createEdgeAIHandler(options: EdgeAIOptions = {}, deps: HandlerDeps = {}): EdgeAIHandler {
  const opts = parseOptions(options);
  const env = deps.env ?? {};
  const central = resolveCentralModel(opts.central, env);
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
  const stages = createStages({
    models,
    kv,
    useNer: Boolean(opts.models || deps.loadModels),
    pii: opts.pii.engine,
    centralLabel: central.label,
    env,
  });
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
      let input: ChatInput;
      try {
        input = parseChatBody(
          await readJsonBody(request, opts.maxBodyBytes),
          request.headers.get('x-conversation-id'),
          {
            maxMessages: opts.maxMessages,
            maxMessageChars: opts.maxMessageChars,
          },
        );
      } catch (error) {
        if (!(error instanceof EdgeAIRequestError)) throw error;
        const headers = { 'x-edge-ai-request-id': requestId, 'x-edge-ai-decision': 'reject' };
        return {
          response: errorResponse(error.status, error.code, error.detail, headers),
          pending: Promise.resolve(),
        };
      }
      const decisions: Decision[] = policy.problem
        ? [{ stage: 'policy', action: 'degraded', reason: policy.problem }]
        : [];
      const run = await runPipeline(
        {
          requestId,
          tenant: opts.tenant?.(request) ?? 'default',
          user: opts.user?.(request) ?? request.headers.get('x-user-id') ?? 'anonymous',
          conversationId: input.conversationId ?? requestId,
          route: `${request.method} ${new URL(request.url).pathname}`,
          input,
          settings: policy.settings,
        },
        stages,
        decisions,
      );
      const headers = edgeHeaders(run, central.label);
      let response: Response;
      if (run.block) {
        response = blockedResponse(run.block, headers, opts.blockResponse);
        run.finish(undefined);
      } else if (run.answer !== undefined) {
        response = textStreamResponse(run.pii ? restoreText(run.answer, run.pii.mapping) : run.answer, headers);
        run.finish(undefined);
      } else {
        response = centralStreamResponse(run, central, opts.central.system, headers, request.signal);
      }
      return { response, pending: run.pending };
    },
  };
}

function lazyModels(given: EdgeModels | undefined, load: (() => Promise<EdgeModels>) | undefined) {
  if (given) return () => Promise.resolve(given);
  if (!load) return () => Promise.reject(new EdgeAIError('no edge models configured'));
  return onceAsync(load);
}
