import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryKV } from '@edge-ai/core';
import { modelsDouble } from '@edge-ai/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilePolicy, policyFromEnv, SETTINGS_SECRET_HEADER, settingsRoute, withEdgeAI } from '../src/index.ts';
import { chatRequest, fetchEvent } from './helpers.ts';
import { startVercelStandIn } from './vercel-standin.ts';

const SECRET = 'settings-secret-1';
let vercel: Awaited<ReturnType<typeof startVercelStandIn>>;

beforeAll(async () => {
  vercel = await startVercelStandIn({ id: 'ecfg_tiers', apiToken: 'api-token', readToken: 'read-token' });
});
afterAll(() => vercel.close());

const post = (body: unknown, secret = SECRET) =>
  new Request('http://localhost/api/settings', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SETTINGS_SECRET_HEADER]: secret },
    body: JSON.stringify(body),
  });

async function ask(proxy: ReturnType<typeof withEdgeAI>) {
  const response = (await proxy(chatRequest({ prompt: 'borderline words' }), fetchEvent)) as Response;
  await response.text();
  return {
    status: response.status,
    policy: response.headers.get('x-edge-ai-policy'),
    degraded: response.headers.get('x-edge-ai-degraded'),
  };
}

describe('settings route writing Edge Config (Vercel REST API stand-in), read back through @vercel/edge-config', () => {
  const env = {
    EDGE_AI_SETTINGS_SECRET: SECRET,
    EDGE_CONFIG_ID: 'ecfg_tiers',
    VERCEL_API_TOKEN: 'api-token',
    VERCEL_API_URL: '',
  };

  it('a threshold changed on the settings route changes the next decision; an invalid document keeps the last good; outage and timeout too', async () => {
    env.VERCEL_API_URL = vercel.origin;
    const route = settingsRoute({ env });
    const proxy = withEdgeAI({
      models: modelsDouble({ toxicity: 0.7 }),
      kv: createMemoryKV(),
      central: { offline: true },
      policy: policyFromEnv({ EDGE_CONFIG: vercel.connection }),
      policyTimeoutMs: 300,
    });
    expect(await ask(proxy)).toMatchObject({ status: 200, policy: 'live' });

    const saved = await route.POST(post({ toxicity: { blockThreshold: 0.65, escalateThreshold: 0.5 } }));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ok: true, store: 'edge-config' });
    expect(vercel.log).toContainEqual({ method: 'PATCH', url: '/v1/edge-config/ecfg_tiers/items' });
    expect(await ask(proxy)).toMatchObject({ status: 403, policy: 'live', degraded: null });

    const read = await route.GET(
      new Request('http://localhost/api/settings', { headers: { [SETTINGS_SECRET_HEADER]: SECRET } }),
    );
    expect(await read.json()).toMatchObject({ store: 'edge-config', policy: { toxicity: { blockThreshold: 0.65 } } });

    // The settings route refuses an invalid document with the gate's reasons …
    const refused = await route.POST(post({ toxicity: { blockThreshold: 0.3, escalateThreshold: 0.6 } }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/escalateThreshold: must not exceed/);
    // … and one published by other means leaves the last good policy in force, reported as degraded.
    vercel.items.set('edge-ai', { toxicity: { blockThreshold: 'high' } });
    expect(await ask(proxy)).toMatchObject({ status: 403, policy: 'last-good-parts', degraded: 'policy' });

    vercel.items.set('edge-ai', { toxicity: { blockThreshold: 0.65, escalateThreshold: 0.5 } });
    vercel.setFault({ kind: 'status', status: 500 });
    expect(await ask(proxy)).toMatchObject({ status: 403, policy: 'last-good', degraded: 'policy' });
  });

  it('a read slower than the policy timeout keeps the last good policy, within the timeout', async () => {
    vercel.setFault(undefined);
    vercel.items.set('edge-ai', { toxicity: { blockThreshold: 0.65, escalateThreshold: 0.5 } });
    const proxy = withEdgeAI({
      models: modelsDouble({ toxicity: 0.7 }),
      kv: createMemoryKV(),
      central: { offline: true },
      policy: policyFromEnv({ EDGE_CONFIG: vercel.connection }),
      policyTimeoutMs: 200,
    });
    expect(await ask(proxy)).toMatchObject({ status: 403, policy: 'live' });
    vercel.setFault({ kind: 'delay', ms: 1500 });
    const t0 = performance.now();
    expect(await ask(proxy)).toMatchObject({ status: 403, policy: 'last-good', degraded: 'policy' });
    expect(performance.now() - t0).toBeLessThan(1000);
    vercel.setFault(undefined);
  });

  it('the settings route is off without EDGE_AI_SETTINGS_SECRET and refuses a wrong secret', async () => {
    const off = await settingsRoute({ env: {} }).POST(post({}));
    expect(off.status).toBe(404);
    expect((await off.json()).error.code).toBe('settings_disabled');
    const wrong = await settingsRoute({ env: { EDGE_AI_SETTINGS_SECRET: SECRET } }).POST(post({}, 'guess'));
    expect(wrong.status).toBe(401);
  });

  it('without Edge Config it writes the local policy file, which the next request follows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'edge-ai-settings-')), 'edge-ai.policy.json');
    const route = settingsRoute({ env: { EDGE_AI_SETTINGS_SECRET: SECRET, EDGE_AI_POLICY_FILE: file } });
    const proxy = withEdgeAI({
      models: modelsDouble({ toxicity: 0.95 }),
      kv: createMemoryKV(),
      central: { offline: true },
      policy: createFilePolicy(file),
    });
    expect((await ask(proxy)).status).toBe(403);
    const saved = await route.POST(post({ toxicity: { mode: 'shadow' } }));
    expect(await saved.json()).toMatchObject({ ok: true, store: 'file', target: file });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ toxicity: { mode: 'shadow' } });
    const response = (await proxy(chatRequest({ prompt: 'abusive' }), fetchEvent)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-ai-shadow')).toBe('toxicity:block');
    await response.text();
  });
});
