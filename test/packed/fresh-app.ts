import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNextServer } from '../next-server.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGES = ['core', 'models', 'next', 'cli'] as const;

/** Versions the workspace lockfile installed, so the fresh app gets the same ones (and npm's cache can serve them). */
function installedVersion(name: string, from: string): string {
  const require = createRequire(join(root, from, 'package.json'));
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/**
 * A user's environment: this Node.js (the workspace's Node 22) and the machine's npm, without the workspace's
 * node_modules/.bin, pnpm's variables or vitest's NODE_ENV. onnxruntime-node's postinstall would download CUDA
 * libraries from outside the npm registry; the models run on CPU, so it is skipped (see docs/install.md).
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|pnpm_|VITEST|NODE_ENV$|NODE_OPTIONS$|REDIS_URL$|EDGE_AI_)/i.test(key)) continue;
    env[key] = value;
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter((p) => p && !p.startsWith(root) && !/pnpm/.test(p));
  env.PATH = [dirname(process.execPath), ...path].join(delimiter);
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ONNXRUNTIME_NODE_INSTALL: 'skip', ...extra };
}

/** pnpm pack of every published package (workspace:* becomes the version, publishConfig applies). */
export function packAll(dest: string): Record<string, { file: string; bytes: number }> {
  // pnpm 12 is a native executable; npm_execpath names it when this runs under `pnpm run`.
  const execpath = process.env.npm_execpath;
  const pnpm = execpath?.includes('pnpm') ? [execpath] : ['npx', '-y', 'pnpm@12.4.2'];
  const out: Record<string, { file: string; bytes: number }> = {};
  for (const name of PACKAGES) {
    const cwd = join(root, 'packages', name);
    const [cmd, ...args] = pnpm as [string, ...string[]];
    execFileSync(cmd, [...args, 'pack', '--pack-destination', dest], { cwd, stdio: 'pipe' });
    const file = join(dest, `edge-ai-${name}-0.1.0.tgz`);
    out[name] = { file, bytes: statSync(file).size };
  }
  return out;
}

export interface FreshApp {
  dir: string;
  run(cmd: string, args: string[], env?: Record<string, string>): { status: number | null; output: string };
  write(file: string, text: string): void;
  remove(file: string): void;
  start(mode: 'next-start' | 'standalone', env?: Record<string, string>): Promise<RunningServer>;
  dispose(): void;
}

export interface RunningServer {
  url: string;
  logs(): string;
  stop(): Promise<void>;
}

/** A fresh Next.js app in a temporary folder outside the workspace, with the tarballs installed by npm. */
export function createFreshApp(tarballs: Record<string, { file: string }>): FreshApp {
  const dir = mkdtempSync(join(tmpdir(), 'edge-ai-fresh-app-'));
  const example = 'examples/next-chat';
  const pkg = {
    name: 'fresh-app',
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(PACKAGES.map((name) => [`@edge-ai/${name}`, `file:${tarballs[name]?.file}`])),
      ai: installedVersion('ai', example),
      next: installedVersion('next', example),
      react: installedVersion('react', example),
      'react-dom': installedVersion('react-dom', example),
    },
    devDependencies: {
      '@types/node': installedVersion('@types/node', '.'),
      '@types/react': installedVersion('@types/react', example),
      typescript: installedVersion('typescript', '.'),
    },
  };
  const app: FreshApp = {
    dir,
    run(cmd, args, env = {}) {
      const r = spawnSync(cmd, args, { cwd: dir, env: userEnv(env), encoding: 'utf8', timeout: 600_000 });
      return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
    },
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    remove(file) {
      rmSync(join(dir, file), { force: true });
    },
    start: (mode, env) => startServer(dir, mode, env),
    dispose() {
      if (process.env.EDGE_AI_KEEP_FRESH_APP !== '1') rmSync(dir, { recursive: true, force: true });
    },
  };
  app.write('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  app.write(
    'next.config.ts',
    [
      "import { withEdgeAIConfig } from '@edge-ai/next/config';",
      '',
      "export default withEdgeAIConfig({ output: process.env.STANDALONE === '1' ? 'standalone' : undefined });",
      '',
    ].join('\n'),
  );
  app.write(
    'app/layout.tsx',
    [
      'export default function RootLayout({ children }: { children: React.ReactNode }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  );',
      '}',
      '',
    ].join('\n'),
  );
  app.write('app/page.tsx', 'export default function Page() {\n  return <p>fresh app</p>;\n}\n');
  return app;
}

/** `import { withEdgeAI } …` as a user writes it in proxy.ts or middleware.ts. */
export function proxySource(extra = ''): string {
  return [
    "import { withEdgeAI } from '@edge-ai/next';",
    '',
    "export default withEdgeAI({ routes: ['POST /api/chat'] });",
    extra,
  ].join('\n');
}

async function startServer(
  dir: string,
  mode: 'next-start' | 'standalone',
  extra: Record<string, string> = {},
): Promise<RunningServer> {
  const cwd = mode === 'standalone' ? join(dir, '.next/standalone') : dir;
  const server = await startNextServer(cwd, mode, (port) =>
    userEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', ...extra }),
  );
  return { ...server, logs: () => server.logs.join('') };
}

/** Bytes under a folder (files only, links not followed), like `du -s --apparent-size`. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
