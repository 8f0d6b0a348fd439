import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the example once with the real `next build`, standalone output included, so the tests can serve it both with
 * `next start` and with the standalone server.js (skipped when E2E_SKIP_BUILD=1 and a build exists).
 */
export async function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', EDGE_AI_STANDALONE: '1' },
  });
}
