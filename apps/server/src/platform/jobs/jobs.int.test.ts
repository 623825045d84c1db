// The JobQueue contract, run against the database backend (PGlite, or PostgreSQL in the scaled
// project) and, when the project has Redis, against BullMQ: payloads, delays, keys, retries,
// rate-limit waits, giving up, and several workers sharing one store without running a job twice.
import { Worker } from 'bullmq';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testBackend } from '../../test/backend.js';
import { type Database, queryRows, runMigrations } from '../db/index.js';
import { BullJobQueue, DatabaseJobQueue, type JobDefinition, type JobQueue, RetryJobLater } from './index.js';

const backend = testBackend();
let database: Database;
beforeAll(async () => {
  database = await backend.openDatabase();
  await runMigrations(database);
});
afterAll(async () => {
  await database.close();
  await backend.cleanup();
});

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const namespace = backend.redisNamespace();
const backends: [string, () => JobQueue][] = [
  ['database', () => new DatabaseJobQueue(database, { pollMs: 50 })],
  ...(namespace
    ? [
        ['bullmq', () => new BullJobQueue({ redisUrl: namespace.url, prefix: namespace.prefix })] as [
          string,
          () => JobQueue,
        ],
      ]
    : []),
];

describe.each(backends)('JobQueue (%s)', (_kind, open) => {
  const queues: JobQueue[] = [];
  const make = (definitions: JobDefinition<never>[], concurrency = 4) => {
    const queue = open();
    for (const definition of definitions) queue.register(definition);
    queue.start({ concurrency });
    queues.push(queue);
    return queue;
  };
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
  });

  const recorder = (name: string, behave: (payload: { n: number }, attempt: number) => void = () => {}) => {
    const runs: { n: number; attempt: number }[] = [];
    const definition: JobDefinition<{ n: number }> = {
      name,
      version: 1,
      schema: z.object({ n: z.number().int() }),
      maxAttempts: 3,
      async handler(payload, context) {
        runs.push({ n: payload.n, attempt: context.attempt });
        behave(payload, context.attempt);
      },
    };
    return { runs, definition: definition as JobDefinition<never> & JobDefinition<{ n: number }> };
  };

  it('runs each enqueued job once with its payload, and refuses a payload its schema rejects', async () => {
    const { runs, definition } = recorder(`run-${_kind}`);
    const queue = make([definition]);
    await Promise.all([1, 2, 3].map((n) => queue.enqueue(definition, { n })));
    await eventually(() => runs.length === 3);
    expect(runs.map((r) => r.n).sort()).toEqual([1, 2, 3]);
    await expect(queue.enqueue(definition, { n: 1.5 })).rejects.toThrow();
  });

  it('purges nothing that finished just now', async () => {
    const { runs, definition } = recorder(`fresh-${_kind}`);
    const queue = make([definition]);
    await queue.enqueue(definition, { n: 1 });
    await eventually(() => runs.length === 1);
    expect(await queue.purgeFinished()).toBe(0);
  });

  it('keeps one unfinished job per key, reschedules it, and cancels it before it starts', async () => {
    const { runs, definition } = recorder(`key-${_kind}`);
    const queue = make([definition]);
    const later = new Date(Date.now() + 3_600_000);
    await queue.enqueue(definition, { n: 1 }, { key: `k-${_kind}`, runAt: later });
    await queue.enqueue(definition, { n: 2 }, { key: `k-${_kind}`, runAt: later });
    expect(await queue.cancel(`k-${_kind}`)).toBe(true);
    expect(await queue.cancel(`k-${_kind}`)).toBe(false);
    await queue.enqueue(definition, { n: 3 }, { key: `k2-${_kind}`, runAt: later });
    await queue.enqueue(definition, { n: 4 }, { key: `k2-${_kind}`, runAt: new Date(), reschedule: true });
    await eventually(() => runs.length === 1);
    expect(runs).toEqual([{ n: 4, attempt: 1 }]);
  });

  it('retries a failing job, and gives up after maxAttempts', async () => {
    const flaky = recorder(`flaky-${_kind}`, (_p, attempt) => {
      if (attempt === 1) throw new Error('first attempt fails');
    });
    const broken = recorder(`broken-${_kind}`, () => {
      throw new Error('always fails');
    });
    const queue = make([flaky.definition, broken.definition]);
    await queue.enqueue(flaky.definition, { n: 1 });
    await queue.enqueue(broken.definition, { n: 2 });
    await eventually(() => flaky.runs.length === 2 && broken.runs.length === 3, 30_000);
    expect(flaky.runs.map((r) => r.attempt)).toEqual([1, 2]);
    expect(broken.runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it('waits out RetryJobLater without spending an attempt', async () => {
    let waits = 0;
    const { runs, definition } = recorder(`later-${_kind}`, () => {
      if (waits < 3) {
        waits += 1;
        throw new RetryJobLater(20, 'rate limited');
      }
    });
    const queue = make([{ ...definition, maxAttempts: 1 }]);
    await queue.enqueue(definition, { n: 1 });
    await eventually(() => runs.length === 4);
    expect(runs.map((r) => r.attempt)).toEqual([1, 1, 1, 1]);
  });

  it('never runs a job twice when several workers share the store', async () => {
    const { runs, definition } = recorder(`shared-${_kind}`);
    const first = make([definition], 3);
    make([definition], 3);
    await Promise.all(Array.from({ length: 40 }, (_, n) => first.enqueue(definition, { n })));
    await eventually(() => runs.length >= 40);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs).toHaveLength(40);
    expect(new Set(runs.map((r) => r.n)).size).toBe(40);
  });
});

describe('DatabaseJobQueue leases', () => {
  it('claims again a job whose worker died mid-run', async () => {
    const seen: number[] = [];
    const definition: JobDefinition<{ n: number }> = {
      name: 'lease-test',
      version: 1,
      schema: z.object({ n: z.number() }),
      async handler(payload) {
        seen.push(payload.n);
      },
    };
    // A row as a crashed worker leaves it: running, its lease already over.
    await database.db.execute(sql`insert into jobs (name, version, payload, status, attempts, max_attempts, locked_by, locked_until)
      values ('lease-test', 1, '{"n":7}', 'running', 1, 3, 'dead-worker', now() - interval '1 second')`);
    const queue = new DatabaseJobQueue(database, { pollMs: 50 });
    queue.register(definition as JobDefinition<never>);
    queue.start();
    await eventually(() => seen.length === 1);
    await queue.close();
    const [row] = await queryRows<{ status: string; attempts: number }>(
      database.db,
      sql`select status, attempts from jobs where name = 'lease-test'`,
    );
    expect(seen).toEqual([7]);
    expect(row).toEqual({ status: 'succeeded', attempts: 2 });
  });
});

describe('DatabaseJobQueue purge', () => {
  it('deletes jobs that succeeded over a day ago and failed over 30 days ago, keeps the rest', async () => {
    await database.db.execute(sql`insert into jobs (name, version, payload, status, attempts, max_attempts, finished_at) values
      ('purge-test', 1, '{}', 'succeeded', 1, 3, now() - interval '2 days'),
      ('purge-test', 1, '{}', 'succeeded', 1, 3, now() - interval '1 hour'),
      ('purge-test', 1, '{}', 'failed', 3, 3, now() - interval '31 days'),
      ('purge-test', 1, '{}', 'failed', 3, 3, now() - interval '2 days')`);
    expect(await new DatabaseJobQueue(database).purgeFinished()).toBe(2);
    const left = await queryRows<{ status: string }>(
      database.db,
      sql`select status from jobs where name = 'purge-test' order by status`,
    );
    expect(left.map((r) => r.status)).toEqual(['failed', 'succeeded']);
  });
});

// Defined only where Redis is (the scaled project), so the embedded run has nothing to skip.
const bull = namespace;
if (bull)
  describe('BullJobQueue leases', () => {
    it('runs again, within a few leases, a job whose worker died mid-run', async () => {
      const connection = new Redis(bull.url, { maxRetriesPerRequest: null });
      // A prefix of its own: BullMQ spaces stalled checks by the interval of whichever worker checked
      // last, and the workers above used the 30 s default.
      const ownPrefix = `${bull.prefix}lease:`;
      const prefix = `${ownPrefix}bull`;
      const seen: number[] = [];
      const definition: JobDefinition<{ n: number }> = {
        name: 'bull-lease-test',
        version: 1,
        schema: z.object({ n: z.number() }),
        async handler(payload) {
          seen.push(payload.n);
        },
      };
      const queue = new BullJobQueue({ redisUrl: bull.url, prefix: ownPrefix, lockMs: 1000 });
      queue.register(definition as JobDefinition<never>);
      await queue.enqueue(definition, { n: 7 });
      // A worker that takes the job and then never renews its lock nor finishes: a crashed process.
      const crashed = new Worker('jobs', null, { connection, prefix, lockDuration: 1000, autorun: false });
      const job = await crashed.getNextJob('crashed-token');
      expect(job?.data).toEqual({ v: 1, p: { n: 7 } });
      await crashed.close(true);
      await connection.quit();
      queue.start();
      // BullMQ's own default would take 30–60 s here; the lease is 1 s, so this finds it in a few.
      await eventually(() => seen.length === 1, 10_000);
      await queue.close();
      expect(seen).toEqual([7]);
    });
  });
