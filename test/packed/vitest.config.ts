import { defineConfig } from 'vitest/config';

// The packed-artifact test: the published tarballs installed with npm into a fresh Next.js app outside the workspace.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
