import { describe, expect, it } from 'vitest';

// The public surface of @edge-ai/core, per subpath: a change here is a change of the API and must be deliberate.
describe('public exports of @edge-ai/core', () => {
  it('. (handler, contracts, adapters, errors)', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toMatchSnapshot();
  });
  it('./pii (engine, middleware, restore helpers)', async () => {
    expect(Object.keys(await import('../src/pii/index.ts')).sort()).toMatchSnapshot();
  });
  it('./test (test doubles)', async () => {
    expect(Object.keys(await import('../src/testing/index.ts')).sort()).toMatchSnapshot();
  });
});
