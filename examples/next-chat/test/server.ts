import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNextServer } from '../../../test/next-server.ts';

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
  const cwd = mode === 'standalone' ? join(appDir, '.next/standalone/examples/next-chat') : appDir;
  return startNextServer(cwd, mode, (port) => ({
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    ...env,
  }));
}
