import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the flags this machine needs (root: no sandbox; closed network: no background
 * connections). playwright-core gives every launch a fresh, empty user-data-dir of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/** For `afterEach`: a full-page screenshot of `page` in test-results/ when the test failed. */
export async function screenshotOnFailure(
  context: { task: { name: string; result?: { state?: string } } },
  page: Page | undefined,
): Promise<void> {
  if (context.task.result?.state !== 'fail' || !page || page.isClosed()) return;
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `${context.task.name.replace(/\W+/g, '-')}.png`), fullPage: true });
}
