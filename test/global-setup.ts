import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './net.ts';

/**
 * Starts a real Redis server on a free loopback port for the KV tests (CI installs Debian's redis-server).
 * An existing REDIS_URL is used as is.
 */
let redis: ChildProcess | undefined;

export async function setup() {
  if (process.env.REDIS_URL) return;
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await new Promise<void>((resolve, reject) => {
    redis?.once('error', (error) =>
      reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)),
    );
    waitForPort(port).then(resolve, reject);
  });
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
}

export async function teardown() {
  redis?.kill();
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not listen on port ${port}`);
}
