import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../test/net.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));

export interface RunningApp {
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the built example on a free port and waits until it answers: `next start`, or the standalone
 * `server.js` run from its own folder, as a deployment would run it.
 */
export async function startApp(
  env: Record<string, string> = {},
  mode: 'next-start' | 'standalone' = 'next-start',
): Promise<RunningApp> {
  const port = await freePort();
  const logs: string[] = [];
  const standalone = mode === 'standalone';
  const args = standalone ? ['server.js'] : ['node_modules/next/dist/bin/next', 'start', '-p', String(port)];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: standalone ? join(appDir, '.next/standalone/examples/next-chat') : appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => logs.push(String(d)));
  child.stderr?.on('data', (d) => logs.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) break;
    } catch {}
    if (child.exitCode !== null) throw new Error(`next start exited:\n${logs.join('')}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer in 60 s:\n${logs.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
