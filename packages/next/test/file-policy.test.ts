import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, stageSettingsOf } from '../../core/src/options.ts';
import { resolvePolicy } from '../../core/src/policy.ts';
import { createFilePolicy } from '../src/file-policy.ts';

const base = stageSettingsOf(parseOptions());

describe('file policy', () => {
  it('re-reads a local policy file when it changes, without a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'edge-ai-')), 'edge-ai.policy.json');
    writeFileSync(file, JSON.stringify({ cache: { enabled: false } }));
    const source = createFilePolicy(file);
    expect((await resolvePolicy(base, source)).settings.cache.enabled).toBe(false);
    writeFileSync(file, JSON.stringify({ cache: { enabled: true, ttlSeconds: 60 } }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await resolvePolicy(base, source)).settings.cache).toMatchObject({ enabled: true, ttlSeconds: 60 });
    writeFileSync(file, '{ not json');
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    expect((await resolvePolicy(base, source)).problem).toMatch(/policy_unavailable: .*not valid JSON/);
  });
});
