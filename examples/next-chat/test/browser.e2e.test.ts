import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './server.ts';

const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  // playwright-core gives every launch a fresh, empty user-data-dir of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) {
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, `${context.task.name.replace(/\W+/g, '-')}.png`), fullPage: true });
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('chat page in headless Chromium', () => {
  it('types a message and sees the streamed answer', async () => {
    page = await browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('central').textContent()).toContain('Offline model');
    await page.getByLabel('Message').fill('Hi, can you tell me what you received?');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByTestId('msg-assistant');
    await answer.waitFor({ timeout: 20_000 });
    await expect.poll(() => answer.textContent(), { timeout: 20_000 }).toContain('The central tier received');
    await expect.poll(() => answer.textContent(), { timeout: 20_000 }).toContain('what you received?');
    await expect.poll(() => page.getByTestId('meta').textContent()).toContain('decision=allow');
  });
});
