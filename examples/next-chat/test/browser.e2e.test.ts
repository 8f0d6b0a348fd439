import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotOnFailure } from './chromium.ts';
import { type RunningApp, startApp } from './server.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterEach((context) => screenshotOnFailure(context, page));
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
