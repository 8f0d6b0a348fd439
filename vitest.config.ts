import { defineConfig } from 'vitest/config';

// Tests run on the packages' sources: the `@edge-ai/source` export condition points each workspace package at src/
// (published packages export only dist/, see docs/install.md).
const conditions = ['@edge-ai/source', 'module', 'node', 'development|production']; // + Vite's server defaults

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
