import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startVercelStandIn } from '../../../packages/next/test/vercel-standin.ts';
import { launchChromium, screenshotOnFailure } from './chromium.ts';
import { type RunningApp, startApp } from './server.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'e2e-settings-secret';

let app: RunningApp;
let browser: Browser;
let page: Page;
let policyFile: string;
let logFile: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edge-ai-tiers-e2e-'));
  policyFile = join(dir, 'edge-ai.policy.json');
  logFile = join(dir, 'decisions.jsonl');
  copyFileSync(join(appDir, 'edge-ai.policy.json'), policyFile);
  app = await startApp({
    EDGE_AI_SETTINGS_SECRET: SECRET,
    EDGE_AI_POLICY_FILE: policyFile,
    EDGE_AI_DECISION_LOG: logFile,
  });
  browser = await launchChromium();
  page = await browser.newPage();
});
afterEach((context) => screenshotOnFailure(context, page));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** On the settings page: unlock with the secret, apply the changes, save. */
async function changeSettings(change: (page: Page) => Promise<void>, store = 'file', url = app.url) {
  await page.goto(`${url}/settings`);
  // Hydrated: the forms submit through React, not as a page load.
  await page.locator('section[data-ready="true"]').waitFor();
  await page.getByLabel('Settings secret').fill(SECRET);
  await page.getByRole('button', { name: 'Load' }).click();
  await expect.poll(() => page.getByTestId('settings-status').textContent()).toMatch(`Loaded from ${store}`);
  await change(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByTestId('settings-status').textContent()).toMatch(`Saved to ${store}`);
}

/** In a fresh chat: sends one message; returns the chat response's headers and the answer shown. */
async function chat(text: string, url = app.url) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Message').fill(text);
  const responded = page.waitForResponse((r) => r.url().endsWith('/api/chat'));
  await page.getByRole('button', { name: 'Send' }).click();
  const response = await responded;
  if (!response.ok()) {
    // A blocked request: the page shows the error code, no answer.
    const shown = (await page.getByTestId('error').textContent({ timeout: 30_000 })) ?? '';
    return { headers: response.headers(), status: response.status(), answer: '', error: shown };
  }
  const answer = page.getByTestId('msg-assistant');
  await answer.waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByRole('button', { name: 'Send' }).isEnabled(), { timeout: 30_000 }).toBe(true);
  return {
    headers: response.headers(),
    status: response.status(),
    answer: (await answer.textContent()) ?? '',
    error: '',
  };
}

describe('tiers in the example app, in headless Chromium', () => {
  it('settings toggle the judge; a borderline message is judged centrally once, then served from the verdict cache', async () => {
    await changeSettings(async (p) => {
      await p.getByLabel('Central judge for the grey zone').check();
    });
    expect(JSON.parse(readFileSync(policyFile, 'utf8')).judge).toEqual({ enabled: true });
    const first = await chat('this plan is dumb and stupid');
    expect(first.headers['x-edge-ai-tier']).toBe('judge');
    expect(first.headers['x-edge-ai-judge']).toMatch(/^escalate; offline-judge:rules-v1; deterministic; grey-zone$/);
    expect(first.headers['x-edge-ai-decision']).toBe('escalate');
    await expect.poll(() => page.getByTestId('meta').textContent()).toContain('tier=judge');
    const second = await chat('this plan is dumb and stupid');
    expect(second.headers['x-edge-ai-tier']).toBe('verdict-cache');
    await expect.poll(() => page.getByTestId('meta').textContent()).toContain('tier=verdict-cache');
  });

  it('shadow mode reports a block without acting', async () => {
    await changeSettings(async (p) => {
      await p.getByLabel('Toxicity mode').selectOption('shadow');
      await p.getByLabel('Decision log').check();
    });
    const { headers, status, answer } = await chat('shut up, you worthless idiot');
    expect(status).toBe(200);
    expect(headers['x-edge-ai-shadow']).toBe('toxicity:block');
    expect(headers['x-edge-ai-decision']).toBe('allow');
    expect(answer).toContain('The central tier received');
    await expect.poll(() => page.getByTestId('meta').textContent()).toContain('shadow=toxicity:block');
    await expect.poll(() => readFileSync(logFile, 'utf8')).toContain('"toxicity:block"');
  });

  it('output scanning cuts a toxic turn of the streamed answer with a reason', async () => {
    await changeSettings(async (p) => {
      await p.getByLabel('Output scanning of the answer').check();
    });
    const { headers, answer } = await chat('shut up, you worthless idiot!!');
    expect(headers['x-edge-ai-output']).toBe('scan live');
    expect(answer).toContain('Offline model');
    expect(answer).not.toContain('worthless');
    expect(answer).toMatch(/\[edge-ai stopped this answer: toxic answer \(score 0\.\d+ >= 0\.9\)\]$/);
  });
});

describe('settings writing Edge Config (Vercel REST API stand-in), read back by the gate through @vercel/edge-config', () => {
  let vercel: Awaited<ReturnType<typeof startVercelStandIn>>;
  let edgeApp: RunningApp;
  beforeAll(async () => {
    vercel = await startVercelStandIn({ id: 'ecfg_e2e', apiToken: 'api-token', readToken: 'read-token' });
    vercel.items.set('edge-ai', { judge: { enabled: false } });
    edgeApp = await startApp({
      EDGE_AI_SETTINGS_SECRET: SECRET,
      EDGE_CONFIG: vercel.connection,
      EDGE_CONFIG_ID: 'ecfg_e2e',
      VERCEL_API_TOKEN: 'api-token',
      VERCEL_API_URL: vercel.origin,
    });
  });
  afterAll(async () => {
    await edgeApp?.stop();
    await vercel?.close();
  });

  it('a threshold changed on the settings page changes the next decision; an invalid document keeps the previous one', async () => {
    const before = await chat('this plan is dumb and stupid', edgeApp.url);
    expect(before.status).toBe(200);
    expect(before.headers['x-edge-ai-decision']).toBe('escalate');
    await changeSettings(
      async (p) => {
        await p.getByLabel('Escalate (grey zone) from').fill('0.5');
        await p.getByLabel('Block from').fill('0.7');
      },
      'edge-config',
      edgeApp.url,
    );
    expect(vercel.log).toContainEqual({ method: 'PATCH', url: '/v1/edge-config/ecfg_e2e/items' });
    expect(vercel.items.get('edge-ai')).toMatchObject({ toxicity: { blockThreshold: 0.7, escalateThreshold: 0.5 } });
    const after = await chat('this plan is dumb and stupid', edgeApp.url);
    expect(after.status).toBe(403);
    expect(after.error).toMatch(/^toxic_content/);
    expect(after.headers['x-edge-ai-policy']).toBe('live');
    // Published by other means (the settings page refuses it): the gate keeps the previous thresholds.
    vercel.items.set('edge-ai', { toxicity: { blockThreshold: 'high' } });
    const invalid = await chat('this plan is dumb and stupid', edgeApp.url);
    expect(invalid.status).toBe(403);
    expect(invalid.headers['x-edge-ai-policy']).toBe('last-good-parts');
    expect(invalid.headers['x-edge-ai-degraded']).toContain('policy');
  });
});
