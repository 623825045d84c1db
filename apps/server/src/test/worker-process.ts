// Real worker processes for the multi-process suites: `main.ts worker` run by Node with tsx, on
// the test's PostgreSQL database (and Redis prefix), against the test app's sandbox emulator.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from './test-app.js';

export interface WorkerProcess {
  process: ChildProcess;
  /** What it logged, for failure messages. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** The environment that makes a worker share everything with test app `t`. */
export function workerEnv(t: TestApp, extra: Record<string, string> = {}): Record<string, string> {
  const databaseUrl = t.backend.databaseUrl();
  if (!databaseUrl) throw new Error('worker processes need PostgreSQL (DATABASE_URL)');
  const redis: Record<string, string> = t.backend.redis
    ? { REDIS_URL: process.env.REDIS_URL ?? '', REDIS_PREFIX: t.config.REDIS_PREFIX }
    : {};
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: databaseUrl,
    ...redis,
    JWT_SECRET: t.config.JWT_SECRET,
    ENCRYPTION_KEY: t.config.ENCRYPTION_KEY,
    EMULATOR_URL: t.sandboxUrl ?? '',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bw-worker-')),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...extra,
  };
}

export function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', 'worker'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    process: child,
    output: () => output,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
