import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotOnFailure } from './chromium.ts';
import { startProvider } from './provider.ts';
import { type RunningApp, startApp } from './server.ts';

/** The central model's time to first token: a hosted model's latency, which a cache hit saves. */
const CENTRAL_TTFT_MS = 2000;

let provider: Awaited<ReturnType<typeof startProvider>>;
let app: RunningApp;
let browser: Browser;
let page: Page | undefined;

beforeAll(async () => {
  provider = await startProvider({ firstTokenMs: CENTRAL_TTFT_MS, numbered: true });
  app = await startApp({ EDGE_AI_CENTRAL_BASE_URL: provider.baseURL, EDGE_AI_CENTRAL_MODEL: 'local-model' });
  browser = await launchChromium();
});
afterEach((context) => screenshotOnFailure(context, page));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await provider?.close();
});

/**
 * Asks one question in a fresh conversation (a new browser context: its own page, cookies and chat id), as a user of
 * `tenant`, and measures in the page from the click until the whole answer is shown.
 */
async function askInBrowser(text: string, tenant?: string) {
  const context = await browser.newContext();
  if (tenant) await context.addCookies([{ name: 'demo-tenant', value: tenant, url: app.url }]);
  page = await context.newPage();
  await page.goto(app.url);
  await page.getByLabel('Message').fill(text);
  const done = page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="msg-assistant"]');
      return el?.textContent?.endsWith('Done.') ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 20_000 },
  );
  // The moment the first answer text is on screen (the user's time to first token).
  await page.evaluate(() => {
    const w = window as unknown as { firstText?: number };
    new MutationObserver(() => {
      if (w.firstText === undefined && document.querySelector('[data-testid="msg-assistant"]')?.textContent) {
        w.firstText = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Send' }).click();
  const finished = (await (await done).jsonValue()) as number;
  await expect.poll(() => page?.getByTestId('meta').textContent()).toContain('cache=');
  const answer = (await page.getByTestId('msg-assistant').textContent()) ?? '';
  const meta = (await page.getByTestId('meta').textContent()) ?? '';
  const firstText = await page.evaluate(() => (window as unknown as { firstText?: number }).firstText ?? Number.NaN);
  await context.close();
  return { answer, meta, ms: finished - clicked, firstMs: firstText - clicked };
}

describe('answer cache in the built example, in headless Chromium (bundled embedder, central with 2 s to first token)', () => {
  it('answers a repeated question and a paraphrase from the cache, much faster; not a negated one nor another tenant', async () => {
    const first = await askInBrowser('How do I reset my password?');
    expect(first.meta).toContain('cache=miss');
    expect(first.answer).toBe('Noted (answer 1).  Done.');
    expect(first.ms).toBeGreaterThan(CENTRAL_TTFT_MS);

    const repeated = await askInBrowser('How do I reset my password?');
    expect(repeated.meta).toContain('cache=hit/exact');
    expect(repeated.answer).toBe(first.answer);

    const paraphrase = await askInBrowser('how to reset my password');
    expect(paraphrase.meta).toContain('cache=hit/semantic');
    expect(paraphrase.meta).toMatch(/cache;dur=[0-9.]+;desc="hit semantic 0\.\d{3} embed-[0-9a-f]{8}"/);
    expect(paraphrase.answer).toBe(first.answer);

    const negated = await askInBrowser('How do I not reset my password?');
    expect(negated.meta).toContain('cache=miss');
    // Below the threshold, or above it and refused by the guard: a miss either way, never a hit.
    expect(negated.meta).toMatch(/cache;dur=[0-9.]+;desc="miss embed-[0-9a-f]{8}( best=0\.\d{3})?( refused=\w+)?"/);
    expect(negated.answer).toBe('Noted (answer 2).  Done.');

    const otherTenant = await askInBrowser('How do I reset my password?', 'beta');
    expect(otherTenant.meta).toContain('cache=miss');
    expect(otherTenant.answer).toBe('Noted (answer 3).  Done.');

    // "Much faster": a hit's first text and whole answer show in under a third of the first ask's times.
    expect(first.firstMs).toBeGreaterThan(CENTRAL_TTFT_MS);
    for (const hit of [repeated, paraphrase]) {
      expect(hit.firstMs).toBeLessThan(first.firstMs / 3);
      expect(hit.ms).toBeLessThan(first.ms / 3);
      expect(hit.firstMs).toBeLessThan(CENTRAL_TTFT_MS / 2);
    }
    expect(provider.bodies).toHaveLength(3);
    const all = { first, repeated, paraphrase, negated, otherTenant };
    console.log(
      Object.entries(all)
        .map(
          ([k, r]) =>
            `${k}: first text ${r.firstMs.toFixed(0)} ms, whole answer ${r.ms.toFixed(0)} ms, ` +
            `${/cache;dur=[0-9.]+;desc="[^"]*"/.exec(r.meta)?.[0]}`,
        )
        .join('; '),
    );
  });
});
