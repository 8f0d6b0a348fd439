import type { KVStore } from './adapters/kv.ts';
import { createMemoryKV } from './adapters/memory-kv.ts';
import { withInferenceCache } from './cache/inference.ts';
import { type CentralModel, resolveCentralModel } from './central.ts';
import { centralStreamResponse } from './central-stream.ts';
import { centralTimeouts, envMs } from './central-timeouts.ts';
import type { Decision } from './context.ts';
import type { Env } from './env.ts';
import { EdgeAIError, EdgeAIRequestError, errorResponse } from './errors.ts';
import { edgeHeaders } from './headers.ts';
import type { EdgeModels } from './models.ts';
import { onceAsync } from './once.ts';
import { type EdgeAIOptions, parseOptions, type ResolvedOptions, stageSettingsOf } from './options.ts';
import { warmPhoneRegions } from './pii/recognizers/phone.ts';
import { restoreText } from './pii/restore.ts';
import { foreground } from './pii/yield.ts';
import { type PipelineRun, runPipeline } from './pipeline.ts';
import type { EffectivePolicy } from './policy.ts';
import { createPolicyReader } from './policy-runtime.ts';
import { type ChatInput, parseChatBodySliced, readJsonBody } from './request.ts';
import { blockedResponse, replayResponse } from './respond.ts';
import { createStages } from './stages/index.ts';
import { createCentralRouter } from './tiers/central-routing.ts';
import { createKVDecisionLog, decisionRecord } from './tiers/decision-log.ts';
import { setTierHeaders } from './tiers/headers.ts';
import { defaultJudge } from './tiers/judge-default.ts';
import { createOutputScan, type OutputScan } from './tiers/output-scan.ts';
import { tenantSettings } from './tiers/rollout.ts';
import { confidentLanguage } from './tiers/toxicity-tier.ts';

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
  const timeouts = centralTimeouts(opts.central, env);
  const routes = opts.routes.map((r) => {
    const [method, path] = r.split(' ');
    return { method, path };
  });
  let kvStore: KVStore | undefined = opts.kv;
  const kv = () => {
    kvStore ??= deps.loadKV?.() ?? createMemoryKV();
    return kvStore;
  };
  const loaded = lazyModels(opts.models, deps.loadModels);
  const inference = opts.inferenceCache;
  const models = inference.enabled
    ? onceAsync(async () => {
        const store = inference.store === 'kv' ? kv() : createMemoryKV({ maxEntries: inference.maxEntries });
        return withInferenceCache(await loaded(), store, { ttlSeconds: inference.ttlSeconds });
      })
    : loaded;
  const stages = createStages({
    models,
    kv,
    useNer: Boolean(opts.models || deps.loadModels),
    pii: opts.pii.engine,
    centralLabel: central.label,
    env,
    judge: once(() => defaultJudge(opts.judgeModel, central)),
    system: opts.central.system,
    embedder: async () => {
      if (opts.embedder) return opts.embedder;
      const edge = await models().catch(() => undefined); // no edge models: exact-only cache
      const embed = edge?.embed?.bind(edge);
      return embed ? { embed, threshold: edge?.embedThreshold, verifier: edge?.embedVerifier } : undefined;
    },
  });
  // In the background, after construction: the first phone region scan of the process would cost a request ~100 ms.
  const warmUp = setTimeout(() => void warmPhoneRegions(), 0) as { unref?: () => void };
  warmUp.unref?.();
  const baseSettings = stageSettingsOf(opts);
  const centralFor = createCentralRouter(opts.central, env, central);
  const kvLog = createKVDecisionLog(kv, opts.log.ttlSeconds);
  const policyReader = createPolicyReader(baseSettings, opts.policy, {
    timeoutMs: opts.policyTimeoutMs ?? envMs(env, 'EDGE_AI_POLICY_TIMEOUT_MS'),
    env,
    onProblem: (problem) => console.warn(`[edge-ai] ${problem}`),
  });

  return {
    options: opts,
    central,
    matches(request) {
      const { pathname } = new URL(request.url);
      return routes.some((r) => r.path === pathname && r.method === request.method);
    },
    async handle(request) {
      const receivedAt = performance.now();
      // Until its answer is sent (at most its first 50 ms), older requests' waiting slices wait (yield.ts).
      const done = foreground(receivedAt);
      try {
        const result = await answer(request, receivedAt);
        return { ...result, response: untilSent(result.response, done) };
      } catch (error) {
        done();
        throw error;
      }
    },
  };

  async function answer(request: Request, receivedAt: number): Promise<HandleResult> {
    const requestId = crypto.randomUUID();
    const policy = await policyReader.read();
    let input: ChatInput;
    try {
      input = await parseChatBodySliced(
        await readJsonBody(request, opts.maxBodyBytes),
        request.headers.get('x-conversation-id'),
        {
          maxMessages: opts.maxMessages,
          maxMessageChars: opts.maxMessageChars,
        },
        receivedAt,
      );
    } catch (error) {
      if (!(error instanceof EdgeAIRequestError)) throw error;
      const headers = { 'x-edge-ai-request-id': requestId, 'x-edge-ai-decision': 'reject' };
      return {
        response: errorResponse(error.status, error.code, error.detail, headers),
        pending: Promise.resolve(),
      };
    }
    const tenant = opts.tenant?.(request) ?? 'default';
    const scoped = tenantSettings(policy.settings, tenant, env);
    const problems = [policy.problem, scoped.problem].filter((p): p is string => Boolean(p));
    const decisions: Decision[] = problems.map((reason) => ({ stage: 'policy', action: 'degraded', reason }));
    const path = new URL(request.url).pathname;
    const run = await runPipeline(
      {
        requestId,
        tenant,
        path,
        user: opts.user?.(request) ?? request.headers.get('x-user-id') ?? 'anonymous',
        conversationId: input.conversationId ?? requestId,
        route: `${request.method} ${new URL(request.url).pathname}`,
        input,
        settings: scoped.settings,
        receivedAt,
      },
      stages,
      decisions,
    );
    const routed = centralFor(confidentLanguage(run.ctx), scoped.settings.routing.centralByLanguage);
    const headers = edgeHeaders(run, routed.label);
    // A streamed answer must not be compressed or buffered on its way (Next's `compress` gzips text/event-stream
    // unless told "no-transform": CPU on the server's thread for every chunk, and chunks held in the compressor).
    headers.set('cache-control', 'no-cache, no-transform');
    const tierInfo = { policy: policyState(policy), rollout: scoped.rollout, gateOff: scoped.gateOff };
    setTierHeaders(headers, run, tierInfo);
    let response: Response;
    let scan: OutputScan | undefined;
    const outputScan = () => {
      if (!scoped.settings.output.enabled) return undefined;
      headers.set('x-edge-ai-output', `scan ${scoped.settings.output.mode}`);
      return createOutputScan(scoped.settings.output, {
        models,
        promptText: input.messages.map((m) => m.text).join('\n'),
        language: confidentLanguage(run.ctx),
      });
    };
    if (run.block) {
      response = blockedResponse(run.block, headers, opts.blockResponse);
      run.finish(undefined);
    } else if (run.answer !== undefined) {
      const answer = run.pii ? restoreText(run.answer, run.pii.mapping) : run.answer;
      // A cached answer is scanned under the policy in force now (it may be stricter than when it was cached).
      scan = outputScan();
      response = replayResponse(answer, headers, scoped.settings.cache.replayDelayMs, scan?.transform);
      run.finish(undefined);
    } else {
      scan = outputScan();
      response = await centralStreamResponse(
        scan ? scannedRun(run, scan) : run,
        routed,
        opts.central.system,
        headers,
        request.signal,
        timeouts,
        scan,
      );
    }
    const logged = scoped.settings.log.enabled
      ? decisionRecord(run, { ...tierInfo, path }).then(async (record) => {
          if (scan) record.output = await scan.done;
          await (opts.decisionLog ?? kvLog).append(record).catch(() => {});
        })
      : undefined;
    return { response, pending: logged ? Promise.allSettled([run.pending, logged]) : run.pending };
  }
}

/**
 * `response` with `done` called once its body was sent to the end, failed or was cancelled (a body-less response:
 * at once). Each chunk of a streamed answer is an event-loop turn of its own; while the request is young, older work
 * waits (yield.ts `foreground`).
 */
function untilSent(response: Response, done: () => void): Response {
  if (!response.body) {
    done();
    return response;
  }
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush: done,
      cancel: done,
    } as Transformer<Uint8Array, Uint8Array>),
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The run as the stream sees it: with output scanning, an answer is kept (cached) only when the scanner acted on nothing. */
function scannedRun(run: PipelineRun, scan: OutputScan): PipelineRun {
  return {
    ...run,
    finish(answer) {
      if (answer === undefined) {
        scan.end();
        run.finish(undefined);
        return;
      }
      scan.done.then((decisions) => run.finish(decisions.some((d) => !d.shadow) ? undefined : answer));
    },
  };
}

/**
 * What the `x-edge-ai-policy` header says is in force: `options` (no policy source), `live` (the source's policy),
 * `last-good` (source unreachable: the last good policy), `last-good-parts` (invalid parts ignored, each keeping its
 * last good value), `defaults` (source unreachable and no good policy read yet: the configured options).
 */
function policyState(policy: EffectivePolicy): string {
  if (policy.source === 'options') return 'options';
  if (!policy.problem) return 'live';
  if (policy.problem.includes('using the configured options')) return 'defaults';
  if (policy.problem.includes('policy_unavailable')) return 'last-good';
  return 'last-good-parts';
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

function lazyModels(given: EdgeModels | undefined, load: (() => Promise<EdgeModels>) | undefined) {
  if (given) return () => Promise.resolve(given);
  if (!load) return () => Promise.reject(new EdgeAIError('no edge models configured'));
  return onceAsync(load);
}
