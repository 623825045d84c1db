#!/usr/bin/env node
// `npm test`: lint + format check, typecheck, dependency rules, then unit and integration tests.
// The embedded suites always run; the scaled suites run against PostgreSQL / Redis when
// DATABASE_URL / REDIS_URL are set, and this script says plainly when they are skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

step('lint and format (biome)', 'npx', ['biome', 'ci', '.']);
step('typecheck (tsc --noEmit, strict)', 'npm', ['run', '--silent', 'typecheck']);
step('dependency rules (dependency-cruiser)', 'npm', ['run', '--silent', 'depcheck']);

const pg = process.env.DATABASE_URL;
const redis = process.env.REDIS_URL;
console.log('\nTest suites:');
console.log('  embedded (PGlite + in-memory kv): running');
console.log(
  pg
    ? '  PostgreSQL (DATABASE_URL):       running (incl. multi-process worker and crash tests)'
    : '  PostgreSQL:                      SKIPPED (DATABASE_URL not set; so are the multi-process worker and crash tests)',
);
console.log(
  redis
    ? '  Redis (REDIS_URL):               running'
    : '  Redis:                           SKIPPED (REDIS_URL not set)',
);

const report = join(mkdtempSync(join(tmpdir(), 'bw-vitest-')), 'report.json');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
try {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  console.log(
    `\nvitest: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`,
  );
} catch {
  console.error('vitest wrote no report');
}
process.exit(vitest.status ?? 1);
