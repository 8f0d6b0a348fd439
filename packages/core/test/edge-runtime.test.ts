import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The core root bundled for the browser platform (no Node.js built-ins) and run in @edge-runtime/vm, the
 * Edge runtime's Web-API sandbox (no `process`, no `require`): a request goes through every stage with the
 * models double and the built-in offline central model, and the answer comes back restored.
 */
let code = '';
let modules: string[] = [];

beforeAll(async () => {
  const result = await build({
    input: fileURLToPath(new URL('./fixtures/edge-entry.ts', import.meta.url)),
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    output: { format: 'iife' },
  });
  code = result.output[0].code;
  modules = result.output[0].moduleIds;
}, 120_000);

describe('@edge-ai/core in an Edge-style runtime', () => {
  it('bundles without Node.js built-ins, and no core module reads process.env or imports node:', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(modules.filter((id) => builtins.has(id) || id.startsWith('node:'))).toEqual([]);
    const core = modules.filter((id) => id.includes('/packages/core/src/'));
    expect(core.length).toBeGreaterThan(20);
    for (const id of core) {
      const code = readFileSync(id, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name them
      expect(code, id).not.toMatch(/process\.env|from 'node:|import\('node:/);
    }
  });

  it('answers a chat request: pseudonymized for the central model, restored for the client', async () => {
    const vm = new EdgeVM();
    expect(vm.evaluate('typeof process')).toBe('undefined');
    vm.evaluate(code);
    const result = await vm.evaluate<
      Promise<{ status: number; headers: [string, string][]; body: string }>
    >(`(async () => {
      const { createEdgeAIHandler, createOfflineModel, modelsDouble } = globalThis.edgeAI;
      const handler = createEdgeAIHandler({
        models: modelsDouble(),
        central: { model: createOfflineModel({ chunkDelayMs: 0 }) },
      });
      const request = new Request('https://app.example/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'Please write to jane.doe@example.com about my order' }),
      });
      const { response, pending } = await handler.handle(request);
      const body = await response.text();
      await pending;
      return { status: response.status, headers: [...response.headers], body };
    })()`);
    expect(result.status).toBe(200);
    const headers = new Map(result.headers);
    const timing = headers.get('server-timing') ?? '';
    for (const stage of ['language', 'pii', 'toxicity', 'cache', 'escalate']) expect(timing).toContain(`${stage};dur=`);
    expect(headers.get('x-edge-ai-decision')).toBe('allow');
    expect(headers.get('x-edge-ai-pii')).toBe('1');
    expect(headers.get('x-edge-ai-model')).toBe('lid-double,ner-double,tox-double');
    const text = result.body
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => JSON.parse(line.slice(6)))
      .filter((e) => e.type === 'text-delta')
      .map((e) => e.delta)
      .join('');
    // The offline model quotes what it received (placeholders shown as ‹EMAIL_1›) and ends with the placeholder
    // itself, which the edge restores in the stream.
    expect(text).toContain('‹EMAIL_1›');
    expect(text).not.toContain('<EMAIL_1>');
    expect(text).toContain('Restored for you at the edge: jane.doe@example.com.');
  });
});
