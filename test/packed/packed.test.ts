import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshApp, type FreshApp, folderBytes, PACKAGES, packAll, proxySource, root } from './fresh-app.ts';

/**
 * The published artifacts as a user gets them: every package packed with pnpm, installed with npm into a fresh
 * Next.js app in a temporary folder outside the workspace, built with `next build` (standalone too) and served.
 */
let packsDir = '';
let packs: ReturnType<typeof packAll>;
let app: FreshApp;

const MB = 1024 * 1024;
const bin = (name: string) => join(root, 'node_modules/.bin', name);

beforeAll(() => {
  packsDir = mkdtempSync(join(tmpdir(), 'edge-ai-packs-'));
  packs = packAll(packsDir);
  app = createFreshApp(packs);
  const install = app.run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
  if (install.status !== 0) throw new Error(`npm install failed in ${app.dir}:\n${install.output}`);
});

afterAll(() => {
  app?.dispose();
  if (packsDir) rmSync(packsDir, { recursive: true, force: true });
});

async function postChat(url: string, prompt: string) {
  const response = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt }),
  });
  let reads = 0;
  let body = '';
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
    reads++;
    body += decoder.decode(r.value, { stream: true });
  }
  return { response, reads, body };
}

function streamedText(body: string): string {
  return body
    .split('\n')
    .filter((line) => line.startsWith('data: {'))
    .map((line) => JSON.parse(line.slice(6)) as { type: string; delta?: string })
    .filter((event) => event.type === 'text-delta')
    .map((event) => event.delta)
    .join('');
}

/** What every streamed answer of the fresh app must show: the gatekeeper ran every stage, then streamed. */
async function expectStreamedChat(url: string) {
  const { response, reads, body } = await postChat(url, 'Hallo, ich heiße Anna Schmidt, schreib an anna@example.de');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const timing = response.headers.get('server-timing') ?? '';
  for (const stage of ['language', 'pii', 'toxicity', 'cache', 'escalate']) expect(timing).toContain(`${stage};dur=`);
  expect(response.headers.get('x-edge-ai-decision')).toBe('allow');
  expect(response.headers.get('x-edge-ai-language')).toBe('deu');
  const versions = (response.headers.get('x-edge-ai-model') ?? '').split(',');
  expect(versions.map((v) => v.replace(/-[0-9a-f]{8}$/, ''))).toEqual(
    expect.arrayContaining(['lid', 'ner', 'toxicity']),
  );
  expect(Number(response.headers.get('x-edge-ai-pii'))).toBeGreaterThanOrEqual(1);
  expect(reads).toBeGreaterThan(1);
  const text = streamedText(body);
  expect(text).toContain('anna@example.de'); // restored in the answer
  expect(text).not.toMatch(/<[A-Z_]+_\d+>/);
}

describe('the tarballs', () => {
  it('ship only dist/ (and, for the models, the ONNX files, their metadata and model cards)', () => {
    for (const name of PACKAGES) {
      const files = execFileSync('tar', ['-tzf', packs[name].file], { encoding: 'utf8' }).trim().split('\n');
      const kinds = new Set(files.map((f) => f.replace(/^package\//, '').split('/')[0]));
      const allowed = ['package.json', 'README.md', 'dist', ...(name === 'models' ? ['models'] : [])];
      expect(
        [...kinds].filter((k) => !allowed.includes(k)),
        name,
      ).toEqual([]);
      expect(
        files.some((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')),
        name,
      ).toBe(false);
      if (name === 'models') {
        expect(files).toContain('package/models/trust.json');
        for (const model of ['lid', 'ner', 'toxicity', 'embed']) {
          expect(files).toContain(`package/models/${model}/model.onnx`);
          expect(files).toContain(`package/models/${model}/MODEL_CARD.md`);
        }
      }
    }
    // Size budgets (bytes of the .tgz): the models dominate. Core carries the PII engine's word lists as Bloom filters
    // (names, places, public figures, native-script names, common words: ~410 KB of its ~790 KB since 2026-12-03).
    expect(packs.models.bytes).toBeLessThan(10 * MB);
    expect(packs.core.bytes, 'core').toBeLessThan(1 * MB);
    for (const name of ['next', 'cli'] as const) expect(packs[name].bytes, name).toBeLessThan(0.5 * MB);
    console.info(
      `packed sizes: ${PACKAGES.map((n) => `@edge-ai/${n} ${(packs[n].bytes / 1024).toFixed(1)} KiB`).join(', ')}`,
    );
  });

  it('pass publint (strict) and @arethetypeswrong/cli (ESM-only profile)', () => {
    for (const name of PACKAGES) {
      const publint = spawnSync(bin('publint'), ['run', packs[name].file, '--strict'], { encoding: 'utf8' });
      expect(publint.status, `${name}: ${publint.stdout}${publint.stderr}`).toBe(0);
      expect(publint.stdout).toContain('All good!');
      const attw = spawnSync(bin('attw'), [packs[name].file, '--profile', 'esm-only', '--format', 'ascii'], {
        encoding: 'utf8',
      });
      expect(attw.status, `${name}: ${attw.stdout}${attw.stderr}`).toBe(0);
    }
  });
});

describe('a fresh Next.js app with proxy.ts, built with output: standalone', () => {
  beforeAll(() => {
    app.write('proxy.ts', proxySource());
    const build = app.run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { STANDALONE: '1' });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.output}`);
  });

  it('next start: POST /api/chat streams the answer with Server-Timing; other routes pass untouched', async () => {
    const server = await app.start('next-start');
    try {
      await expectStreamedChat(server.url);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('fresh app');
      expect(page.headers.get('x-edge-ai-decision')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('standalone server.js carries the models and ONNX Runtime for this platform only', async () => {
    const standalone = join(app.dir, '.next/standalone');
    const ort = join(standalone, 'node_modules/onnxruntime-node/bin/napi-v6');
    const shipped = execFileSync('find', [ort, '-name', '*.node'], { encoding: 'utf8' }).trim().split('\n');
    expect(shipped.map((f) => f.slice(ort.length + 1))).toEqual([
      `${process.platform}/${process.arch}/onnxruntime_binding.node`,
    ]);
    const bytes = folderBytes(standalone);
    console.info(`standalone output: ${(bytes / MB).toFixed(1)} MiB (.next/standalone, apparent size)`);
    expect(bytes).toBeLessThan(200 * MB);
    const server = await app.start('standalone');
    try {
      await expectStreamedChat(server.url);
    } finally {
      await server.stop();
    }
  });

  it("the proxy's file trace (a Vercel function's files) carries the models and ONNX Runtime for this platform only", () => {
    const traceFile = join(app.dir, '.next/server/middleware.js.nft.json');
    const traced = (JSON.parse(readFileSync(traceFile, 'utf8')) as { files: string[] }).files.map((f) =>
      join(dirname(traceFile), f),
    );
    const models = join(app.dir, 'node_modules/@edge-ai/models/models');
    const shipped = readdirSync(models, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name !== 'MODEL_CARD.md')
      .map((e) => join(e.parentPath, e.name));
    expect(shipped.length).toBeGreaterThan(6);
    for (const file of shipped) expect(traced).toContain(file);
    const ort = join(app.dir, 'node_modules/onnxruntime-node/bin/napi-v6');
    const native = traced.filter((f) => f.startsWith(ort)).map((f) => f.slice(ort.length + 1));
    const here = `${process.platform}/${process.arch}`;
    expect(native).toContain(`${here}/onnxruntime_binding.node`);
    if (process.platform === 'linux') expect(native).toContain(`${here}/libonnxruntime.so.1`);
    expect(native.filter((f) => !f.startsWith(`${here}/`))).toEqual([]);
    const bytes = traced.reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
    console.info(
      `proxy function files (middleware.js.nft.json): ${traced.length} files, ${(bytes / MB).toFixed(1)} MiB`,
    );
    expect(bytes).toBeLessThan(250 * MB); // Vercel's limit for a function, uncompressed
  });

  it('KV_REST_API_URL / EDGE_CONFIG set without their SDKs installed: the server log names the packages', async () => {
    // A shared KV needs a vault key (pseudonyms are stored there encrypted).
    const server = await app.start('next-start', {
      KV_REST_API_URL: 'http://127.0.0.1:9',
      KV_REST_API_TOKEN: 't',
      EDGE_AI_VAULT_KEY: randomBytes(32).toString('base64'),
      EDGE_CONFIG: 'https://edge-config.example/ecfg_1?token=t',
    });
    try {
      const { response } = await postChat(server.url, 'What is the capital of France?');
      expect(response.status).toBeLessThan(600);
      await expect.poll(() => server.logs(), { timeout: 10_000 }).toContain('npm install @vercel/kv');
      expect(server.logs()).toContain('npm install @vercel/edge-config');
    } finally {
      await server.stop();
    }
  });
});

describe('the installed CLI', () => {
  it('npx edge-ai redact --text pseudonymizes with the bundled models', () => {
    const r = app.run('npx', ['edge-ai', 'redact', '--text', 'My name is Maria Schmidt, mail maria@example.com']);
    expect(r.status, r.output).toBe(0);
    const result = JSON.parse(r.output.trim().split('\n').at(-1) ?? '') as { redacted: string };
    expect(result.redacted).toContain('mail <EMAIL_1>');
    expect(result.redacted).not.toContain('maria@example.com');
    expect(r.output).not.toContain('NER model unavailable'); // the bundled NER model loaded from the installed package
  });

  it('keeps every command', () => {
    const r = app.run('npx', ['edge-ai', '--help']);
    expect(r.status).toBe(0);
    for (const command of ['eval', 'bench', 'classify', 'redact']) expect(r.output).toContain(`edge-ai ${command}`);
  });
});

describe('the same app with middleware.ts instead of proxy.ts', () => {
  it("runtime: 'nodejs': builds, serves and streams", async () => {
    app.remove('proxy.ts');
    app.write('middleware.ts', proxySource("export const config = { runtime: 'nodejs' };\n"));
    const build = app.run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
    expect(build.status, build.output).toBe(0);
    const server = await app.start('next-start');
    try {
      await expectStreamedChat(server.url);
    } finally {
      await server.stop();
    }
  }, 600_000);

  it('on the Edge runtime: next build stops with the documented message, not a bundling error', () => {
    app.write('middleware.ts', proxySource());
    const build = app.run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      "edge-ai: withEdgeAI() needs the Node.js runtime (its models run on ONNX Runtime for Node.js). Use proxy.ts (Node.js only in Next 16), or add `export const config = { runtime: 'nodejs' }` to middleware.ts.",
    );
    expect(build.output).not.toMatch(/Module not found|Turbopack build failed/);
  });
});
