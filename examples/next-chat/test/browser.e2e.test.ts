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

  it('shows that personal data left the edge as placeholders and restores it in the answer', async () => {
    page = await browser.newPage();
    await page.goto(app.url);
    await page
      .getByLabel('Message')
      .fill('My name is Sophie Martin, mail sophie.martin@example.fr, card 4111 1111 1111 1111.');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByTestId('msg-assistant');
    await expect
      .poll(() => answer.textContent(), { timeout: 20_000 })
      .toMatch(/Restored for you at the edge: .*1111\.$/);
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('‹EMAIL_1›');
    expect(text).toContain('‹CREDIT_CARD_1›');
    expect(text).not.toContain('sophie.martin@example.fr, card');
    expect(text).toContain('sophie.martin@example.fr');
    expect(text).toContain('4111 1111 1111 1111');
    await expect.poll(() => page.getByTestId('meta').textContent()).toMatch(/pii=[1-9]/);
  });
});
