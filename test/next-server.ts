import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './net.ts';

export interface NextServer {
  url: string;
  /** stdout and stderr of the server, as they arrive. */
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts a built Next.js app on a free loopback port and waits until it answers (any status below 500): `next start`
 * run in `cwd`, or a standalone `server.js` run from its own folder (`cwd`), as a deployment would run it. `env` gets
 * the port. A server that exits or never answers within 60 s fails with its logs (and is not left running).
 */
export async function startNextServer(
  cwd: string,
  mode: 'next-start' | 'standalone',
  env: (port: number) => NodeJS.ProcessEnv,
): Promise<NextServer> {
  const port = await freePort();
  const args = mode === 'standalone' ? ['server.js'] : ['node_modules/next/dist/bin/next', 'start', '-p', String(port)];
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  child.stdout?.on('data', (d) => logs.push(String(d)));
  child.stderr?.on('data', (d) => logs.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(url);
      await res.body?.cancel();
      if (res.status < 500) break;
    } catch {}
    if (child.exitCode !== null) throw new Error(`${mode} exited:\n${logs.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${mode} did not answer in 60 s:\n${logs.join('')}`);
    }
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
