import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, stageSettingsOf } from '../../core/src/options.ts';
import { resolvePolicy } from '../../core/src/policy.ts';
import { createPolicyReader } from '../../core/src/policy-runtime.ts';
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

  it('an edit that breaks the file keeps the last good policy; an invalid part is ignored, the rest applies', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'edge-ai-')), 'edge-ai.policy.json');
    writeFileSync(file, JSON.stringify({ toxicity: { blockThreshold: 0.8 } }));
    const reader = createPolicyReader(base, createFilePolicy(file), { retryAfterMs: 0 });
    expect((await reader.read()).settings.toxicity.blockThreshold).toBe(0.8);
    writeFileSync(file, '{ "toxicity": { "blockThreshold": 0.7 ');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const broken = await reader.read();
    expect(broken.settings.toxicity.blockThreshold).toBe(0.8);
    expect(broken.problem).toMatch(/^policy_unavailable: .*not valid JSON; using the last good policy/);
    writeFileSync(file, JSON.stringify({ toxicity: { escalateThreshold: 0.95 }, cache: { enabled: false } }));
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    const partly = await reader.read();
    expect(partly.settings.toxicity.blockThreshold).toBe(0.8);
    expect(partly.settings.cache.enabled).toBe(false);
    expect(partly.problem).toMatch(/^policy_invalid: toxicity\.escalateThreshold: must not exceed/);
  });
});
