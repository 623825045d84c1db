// npm run bench:api — autocannon, 50 connections, 10 s, against GET /api/v1/users/me with a valid
// token, on PGlite and (when DATABASE_URL is set) PostgreSQL; then the bare-Fastify ceiling doing the
// same query with the same driver. Prints req/s, p50/p95/p99 and our/ceiling ratio.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited early (${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${url}`);
}

function start(command: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(url: string, headers: Record<string, string>, duration = DURATION): Promise<Figures> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, time) => samples.push(time));
  });
  const sorted = Float64Array.from(samples).sort();
  return {
    rps: result.requests.average,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function benchBackend(label: string, databaseUrl: string | undefined, redisUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-'));
  const port = await freePort();
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000000',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  const api = start('node', ['apps/server/dist/main.js', 'api'], env);
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, api);
  const register = await fetch(`http://127.0.0.1:${port}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${Date.now()}@example.com`,
      password: 'benchmark password',
      fullName: 'Bench Mark',
    }),
  });
  const session = (await register.json()) as { accessToken: string; user: { id: string } };
  const headers = { authorization: `Bearer ${session.accessToken}` };
  const url = `http://127.0.0.1:${port}/api/v1/users/me`;
  await load(url, headers, 2);
  const ours = await load(url, headers);
  await stop(api);

  const ceilingPort = await freePort();
  const ceiling = start('node', ['--import', 'tsx', 'scripts/bench/ceiling.ts'], {
    ...env,
    PORT: String(ceilingPort),
    BENCH_USER_ID: session.user.id,
  });
  await waitForHttp(`http://127.0.0.1:${ceilingPort}/me`, ceiling);
  await load(`http://127.0.0.1:${ceilingPort}/me`, {}, 2);
  const bare = await load(`http://127.0.0.1:${ceilingPort}/me`, {});
  await stop(ceiling);
  return { label, ours, bare };
}

async function withScratchDatabase<T>(url: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `bw_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await fn(target.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 0) : '-');

const runs = [await benchBackend('PGlite (embedded)', undefined, undefined)];
if (process.env.DATABASE_URL) {
  const redis = process.env.REDIS_URL;
  runs.push(
    await withScratchDatabase(process.env.DATABASE_URL, (url) =>
      benchBackend(redis ? 'PostgreSQL + Redis' : 'PostgreSQL', url, redis),
    ),
  );
} else {
  console.log('PostgreSQL run skipped: DATABASE_URL not set');
}

console.log(`\nGET /api/v1/users/me — ${CONNECTIONS} connections, ${DURATION} s, Node ${process.version}\n`);
console.log('backend              | server   | req/s  | p50 ms | p95 ms | p99 ms | errors | ours/ceiling');
console.log('---------------------|----------|--------|--------|--------|--------|--------|-------------');
for (const { label, ours, bare } of runs) {
  const row = (who: string, f: Figures, ratio: string) =>
    console.log(
      `${label.padEnd(20)} | ${who.padEnd(8)} | ${fmt(f.rps).padStart(6)} | ${fmt(f.p50).padStart(6)} | ${fmt(f.p95).padStart(6)} | ${fmt(f.p99).padStart(6)} | ${String(f.errors).padStart(6)} | ${ratio}`,
    );
  row('ours', ours, `${((ours.rps / bare.rps) * 100).toFixed(0)}%`);
  row('ceiling', bare, '');
}
