import { createEdgeAIHandler, EdgeAIConfigError, type EdgeAIOptions } from '@edge-ai/core';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server.js';
import { decisionLogFromEnv } from './decision-log.ts';
import { kvFromEnv, loadBundledModels, policyFromEnv } from './defaults.ts';
import { EDGE_RUNTIME_MESSAGE } from './messages.ts';

export type NextProxy = (
  request: NextRequest,
  event: NextFetchEvent,
) => Response | undefined | null | Promise<Response | undefined | null>;

/**
 * The default export of `proxy.ts` (or of `middleware.ts` with `runtime: 'nodejs'`). AI routes are answered
 * here; every other request goes to `userMiddleware`, or on untouched.
 */
export function withEdgeAI(options: EdgeAIOptions = {}, userMiddleware?: NextProxy) {
  if (process.env.NEXT_RUNTIME === 'edge') throw new EdgeAIConfigError(EDGE_RUNTIME_MESSAGE);
  const handler = createEdgeAIHandler(
    {
      ...options,
      policy: options.policy ?? policyFromEnv(),
      decisionLog: options.decisionLog ?? decisionLogFromEnv(),
    },
    { loadModels: loadBundledModels, loadKV: () => kvFromEnv(), env: process.env },
  );
  // Pre-warm: load the bundled models in the background so the first request does not pay for it.
  if (!options.models)
    loadBundledModels()
      .then((m) => m.warm?.())
      .catch(() => {});
  return async function edgeAIProxy(request: NextRequest, event: NextFetchEvent) {
    if (!handler.matches(request)) return userMiddleware ? userMiddleware(request, event) : NextResponse.next();
    const { response, pending } = await handler.handle(request);
    event.waitUntil(pending);
    return response;
  };
}

export { createJsonLinesDecisionLog, decisionLogFromEnv, readJsonLinesDecisionLog } from './decision-log.ts';
export { kvFromEnv, loadBundledModels, policyFromEnv } from './defaults.ts';
export { createFilePolicy } from './file-policy.ts';
export { EDGE_RUNTIME_MESSAGE } from './messages.ts';
export { type PolicyStore, policyStoreFromEnv } from './policy-store.ts';
export { SETTINGS_SECRET_HEADER, settingsRoute } from './settings-route.ts';
