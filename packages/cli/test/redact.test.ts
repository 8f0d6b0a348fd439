import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPiiEngine } from '@edge-ai/core/pii';
import { describe, expect, it } from 'vitest';
import { redactLines } from '../src/redact.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const node = join(root, 'node_modules/.bin/node');
const bin = join(root, 'packages/cli/src/bin.ts');
// The workspace packages' sources (their `@edge-ai/source` export condition), not their builds.
const SOURCE = '--conditions=@edge-ai/source';

describe('edge-ai redact', () => {
  it('redactLines keeps input order and reports malformed rows in place', async () => {
    const engine = createPiiEngine();
    const out = await redactLines(engine, [
      JSON.stringify({ text: 'mail a@example.com' }),
      '{not json',
      '',
      JSON.stringify({ txt: 'x' }),
      JSON.stringify([1]),
      JSON.stringify({ text: 'nothing here' }),
    ]);
    expect(out).toEqual([
      {
        redacted: 'mail <EMAIL_1>',
        entities: [{ type: 'EMAIL', start: 5, end: 18, score: 0.99, source: 'email', action: 'pseudonymize' }],
      },
      { error: { code: 'invalid_json', message: expect.stringMatching(/^line 2: /) } },
      { error: { code: 'invalid_row', message: expect.stringMatching(/^line 4: /) } },
      { error: { code: 'invalid_row', message: expect.stringMatching(/^line 5: /) } },
      { redacted: 'nothing here', entities: [] },
    ]);
  });

  it('CLI prints one JSON line per row with offsets into the original text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edge-ai-redact-'));
    const file = join(dir, 'rows.jsonl');
    const texts = ['card 4111\u200b1111 1111 1111 ok', 'broken', 'ssn 123-45-6789 and ip 10.1.2.3'];
    writeFileSync(file, `${JSON.stringify({ text: texts[0] })}\n{oops\n${JSON.stringify({ text: texts[2] })}\n`);
    const stdout = execFileSync(node, [SOURCE, bin, 'redact', '--data', file, '--no-ner'], { encoding: 'utf8' });
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].redacted).toBe('card <CREDIT_CARD_1> ok');
    const [card] = lines[0].entities;
    expect(texts[0].slice(card.start, card.end)).toBe('4111\u200b1111 1111 1111');
    expect(lines[1].error.code).toBe('invalid_json');
    expect(lines[2].entities.map((e: { type: string }) => e.type)).toEqual(['US_SSN', 'IP_ADDRESS']);
    expect(lines[2].redacted).toBe('ssn <US_SSN_1> and ip <IP_ADDRESS_1>');
  });

  it('CLI --text with --action mask', () => {
    const stdout = execFileSync(
      node,
      [SOURCE, bin, 'redact', '--text', 'pay 4111 1111 1111 1111', '--action', 'mask', '--no-ner'],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(stdout).redacted).toBe('pay **** **** **** 1111');
  });

  it("a row's lang orders the phone regions; a non-string lang is an invalid row", async () => {
    const engine = createPiiEngine();
    const text = 'fica aqui o meu: 936 472 118';
    const out = (await redactLines(engine, [
      JSON.stringify({ text }),
      JSON.stringify({ text, lang: 'pt' }),
      JSON.stringify({ text, lang: 7 }),
    ])) as { redacted?: string; error?: { code: string } }[];
    expect(out[0].redacted).toBe(text); // no language: US first, an amount-like 3-3-3 number stays
    expect(out[1].redacted).toBe('fica aqui o meu: <PHONE_1>');
    expect(out[2].error?.code).toBe('invalid_row');
  });

  it('CLI detects the language with the bundled model when no lang is given (--no-lid turns it off)', () => {
    const text = 'beleza, tá aqui: 936 472 118 valeu! Me liga amanhã de manhã, por favor';
    const run = (...flags: string[]) =>
      JSON.parse(
        execFileSync(node, [SOURCE, bin, 'redact', '--text', text, '--no-ner', ...flags], { encoding: 'utf8' }),
      );
    expect(run().redacted).toContain('<PHONE_1>');
    expect(run('--no-lid').redacted).toBe(text);
    expect(run('--no-lid', '--lang', 'pt-PT').redacted).toContain('<PHONE_1>');
  });
});
