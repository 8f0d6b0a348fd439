import { defineConfig } from 'vitest/config';

// End to end: `next build` + `next start` of this app, driven over HTTP and in headless Debian Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
