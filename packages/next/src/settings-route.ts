import { createHash, timingSafeEqual } from 'node:crypto';
import { checkPolicyDocument, type Env } from '@edge-ai/core';
import { SETTINGS_SECRET_HEADER } from './messages.ts';
import { type PolicyStore, policyStoreFromEnv } from './policy-store.ts';

export { SETTINGS_SECRET_HEADER };

/**
 * Route handlers for a settings page (`app/api/settings/route.ts`): GET returns the policy document, POST validates
 * one (the gate's own checks: same schema and cross-field rules) and writes it to the policy store, so the next
 * chat request follows without a restart or redeploy. Guarded by EDGE_AI_SETTINGS_SECRET, sent in the
 * `x-edge-ai-settings-secret` header; without the variable the routes answer 404.
 */
export function settingsRoute(options: { env?: Env; store?: PolicyStore } = {}) {
  const env = options.env ?? process.env;
  const guard = (request: Request): Response | undefined => {
    const secret = env.EDGE_AI_SETTINGS_SECRET;
    if (!secret)
      return json(404, {
        error: { code: 'settings_disabled', message: 'set EDGE_AI_SETTINGS_SECRET to enable the settings page' },
      });
    if (!sameSecret(request.headers.get(SETTINGS_SECRET_HEADER) ?? '', secret)) {
      return json(401, { error: { code: 'bad_secret', message: `wrong or missing ${SETTINGS_SECRET_HEADER} header` } });
    }
    return undefined;
  };
  const store = () => options.store ?? policyStoreFromEnv(env);
  return {
    async GET(request: Request): Promise<Response> {
      const denied = guard(request);
      if (denied) return denied;
      const s = store();
      try {
        return json(200, { store: s.name, target: s.target, policy: (await s.read()) ?? {} });
      } catch (error) {
        return json(502, { error: { code: 'policy_store_unavailable', message: (error as Error).message } });
      }
    },
    async POST(request: Request): Promise<Response> {
      const denied = guard(request);
      if (denied) return denied;
      let document: unknown;
      try {
        document = await request.json();
      } catch {
        return json(400, { error: { code: 'invalid_json', message: 'the body must be a JSON policy object' } });
      }
      if (!document || typeof document !== 'object' || Array.isArray(document)) {
        return json(400, { error: { code: 'invalid_policy', message: 'the policy must be a JSON object' } });
      }
      const problems = checkPolicyDocument(document as Record<string, unknown>, env);
      if (problems.length > 0)
        return json(400, { error: { code: 'invalid_policy', message: problems.join('; '), problems } });
      const s = store();
      try {
        await s.write(document as Record<string, unknown>);
      } catch (error) {
        return json(502, { error: { code: 'policy_store_unavailable', message: (error as Error).message } });
      }
      return json(200, { ok: true, store: s.name, target: s.target });
    },
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length > 0;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
