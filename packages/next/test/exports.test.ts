import { describe, expect, it } from 'vitest';

// The public surface of each package: a change here is a change of the API and must be deliberate.
describe('public exports', () => {
  it('@edge-ai/core', async () => {
    expect(Object.keys(await import('@edge-ai/core')).sort()).toMatchSnapshot();
  });
  it('@edge-ai/next', async () => {
    expect(Object.keys(await import('@edge-ai/next')).sort()).toMatchSnapshot();
  });
  it('@edge-ai/next/config', async () => {
    expect(Object.keys(await import('@edge-ai/next/config')).sort()).toMatchSnapshot();
  });
  it('@edge-ai/models', async () => {
    expect(Object.keys(await import('@edge-ai/models')).sort()).toMatchSnapshot();
  });
});
