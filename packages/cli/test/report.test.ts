import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEdgeAIHandler } from '@edge-ai/core';
import { modelsDouble, readUIEvents } from '@edge-ai/core/test';
import { describe, expect, it } from 'vitest';
import { createJsonLinesDecisionLog } from '../../next/src/decision-log.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const bin = `${root}packages/cli/src/bin.ts`;

describe('edge-ai report', () => {
  it('summarises a JSON-lines decision log written by the handler (shadow would-blocks, tiers, languages)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'edge-ai-log-')), 'decisions.jsonl');
    const log = createJsonLinesDecisionLog(file);
    const shadow = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.95, lang: 'fra' }),
      toxicity: { mode: 'shadow' },
      log: { enabled: true },
      decisionLog: log,
    });
    const grey = createEdgeAIHandler({
      models: modelsDouble({ toxicity: 0.7, lang: 'eng' }),
      judge: { enabled: true },
      log: { enabled: true },
      decisionLog: log,
    });
    for (const [handler, text] of [
      [shadow, 'texte'],
      [shadow, 'autre texte'],
      [grey, 'you idiot'],
    ] as const) {
      const result = await handler.handle(
        new Request('https://app.example/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: text }),
        }),
      );
      if (result.response.status === 200) await readUIEvents(result.response);
      await result.pending;
    }
    const r = spawnSync(node, [bin, 'report', '--file', file, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      requests: 3,
      wouldBlock: 2,
      tiers: { edge: 2, judge: 1 },
      perLanguage: { fra: { requests: 2, wouldBlock: 2 }, eng: { requests: 1, judged: 1 } },
    });
    const text = spawnSync(node, [bin, 'report', '--file', file], { encoding: 'utf8', timeout: 60_000 });
    expect(text.stdout).toMatch(/would-block\s+2 \(shadow\)/);
    expect(text.stdout).toMatch(/judge\s+decided 1 \(33\.3% of requests\)/);
  });

  it('says how to call it without a source', () => {
    const r = spawnSync(node, [bin, 'report'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: edge-ai report/);
  });
});
