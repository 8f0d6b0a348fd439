// First step of `pnpm test`: the suite needs a real Redis server (KV tests) and Debian's Chromium (browser test).
// Missing ones are installed with apt-get when this runs as root on Debian/Ubuntu; otherwise this stops at once and
// prints the exact command to run. REDIS_URL (an existing Redis) and CHROMIUM_PATH (another Chromium) are honoured.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const missing: string[] = [];
if (!process.env.REDIS_URL && !onPath('redis-server')) missing.push('redis-server');
if (!existsSync(CHROMIUM)) missing.push('chromium', 'fonts-dejavu-core');

if (missing.length === 0) process.exit(0);

const install = `apt-get install -y ${missing.join(' ')}`;
const isRoot = process.getuid?.() === 0;
if (!isRoot || !onPath('apt-get')) {
  const sudo = onPath('apt-get')
    ? `sudo apt-get update && sudo ${install}`
    : `(Debian/Ubuntu) apt-get update && ${install}`;
  process.stderr.write(
    `pnpm test needs ${missing.filter((p) => p !== 'fonts-dejavu-core').join(' and ')}, which ${missing.length > 2 ? 'are' : 'is'} not installed. Run:\n\n  ${sudo}\n\n` +
      'then run the tests again (or set REDIS_URL to an existing Redis server, CHROMIUM_PATH to another Chromium).\n',
  );
  process.exit(1);
}

console.log(`pnpm test: installing ${missing.join(', ')} (apt-get, as root)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
} catch {
  process.stderr.write(
    `pnpm test: apt-get failed; install them and run the tests again:\n\n  apt-get update && ${install}\n`,
  );
  process.exit(1);
}
const still = [
  ...(!process.env.REDIS_URL && !onPath('redis-server') ? ['redis-server'] : []),
  ...(!existsSync(CHROMIUM) ? [`chromium at ${CHROMIUM}`] : []),
];
if (still.length > 0) {
  process.stderr.write(
    `pnpm test: still missing after apt-get: ${still.join(', ')} (set CHROMIUM_PATH if Chromium lives elsewhere)\n`,
  );
  process.exit(1);
}
