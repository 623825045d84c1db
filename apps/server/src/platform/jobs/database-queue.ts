// The database job backend (embedded default): jobs are rows, claimed with FOR UPDATE SKIP LOCKED
// and a lease that a running handler keeps renewing. A worker that dies stops renewing; when the
// lease runs out another worker claims the job again. Every write after the claim is guarded by
// `locked_by`, so a worker that lost its lease cannot overwrite the new owner's outcome.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/index.js';
import {
  backoffMs,
  DEFAULT_MAX_ATTEMPTS,
  type EnqueueOptions,
  type JobDefinition,
  type JobQueue,
  parsePayload,
  RetryJobLater,
  type WorkerOptions,
} from './job.js';

export interface DatabaseQueueOptions {
  /** How often an idle worker looks for due jobs (an enqueue in the same process wakes it at once). */
  pollMs?: number;
  leaseMs?: number;
  onError?: (error: unknown, job: { id: string; name: string; attempt: number }) => void;
}

interface ClaimedJob {
  id: string;
  name: string;
  version: number;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

export class DatabaseJobQueue implements JobQueue {
  readonly workerId = `worker-${randomUUID()}`;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly running = new Set<Promise<void>>();
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private concurrency = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;

  constructor(
    private readonly database: Database,
    private readonly options: DatabaseQueueOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 500;
    this.leaseMs = options.leaseMs ?? 30_000;
  }

  register(definition: JobDefinition<never>): void {
    this.definitions.set(definition.name, definition);
  }

  async enqueue<P>(definition: JobDefinition<P>, payload: P, options: EnqueueOptions = {}): Promise<void> {
    const data = JSON.stringify(definition.schema.parse(payload));
    const runAt = options.runAt ?? new Date();
    const values = sql`(${definition.name}, ${definition.version}, ${options.key ?? null}, ${data}::jsonb,
      ${runAt.toISOString()}::timestamptz, ${definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS})`;
    const onConflict = options.reschedule
      ? sql`do update set run_at = excluded.run_at, payload = excluded.payload where jobs.status = 'queued'`
      : sql`do nothing`;
    await this.database.db.execute(sql`
      insert into jobs (name, version, key, payload, run_at, max_attempts) values ${values}
      on conflict (key) where status in ('queued', 'running') ${onConflict}`);
    this.wake(runAt.getTime() - Date.now());
  }

  async cancel(key: string): Promise<boolean> {
    const rows = await queryRows(
      this.database.db,
      sql`delete from jobs where key = ${key} and status = 'queued' returning id`,
    );
    return rows.length > 0;
  }

  start(options: WorkerOptions = {}): void {
    this.concurrency = options.concurrency ?? 4;
    this.wake(0);
  }

  async close(): Promise<void> {
    this.concurrency = 0;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
  }

  async purgeFinished(): Promise<number> {
    const rows = await queryRows(
      this.database.db,
      sql`delete from jobs where (status = 'succeeded' and finished_at < now() - interval '1 day')
        or (status = 'failed' and finished_at < now() - interval '30 days') returning id`,
    );
    return rows.length;
  }

  private wake(inMs: number): void {
    if (this.concurrency === 0) return;
    const delay = Math.max(0, Math.min(inMs, this.pollMs));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.concurrency === 0) return;
    this.ticking = true;
    let claimed = 0;
    const free = this.concurrency - this.running.size;
    try {
      if (free > 0) {
        const jobs = await this.claim(free);
        claimed = jobs.length;
        for (const job of jobs) this.track(this.run(job));
      }
    } catch (error) {
      this.options.onError?.(error, { id: '', name: 'claim', attempt: 0 });
    } finally {
      this.ticking = false;
      // A full batch suggests more are due: look again at once; otherwise poll.
      this.wake(claimed === free && free > 0 ? 0 : this.pollMs);
    }
  }

  private track(run: Promise<void>): void {
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      this.wake(0);
    });
  }

  private claim(limit: number): Promise<ClaimedJob[]> {
    const names = [...this.definitions.keys()];
    return queryRows<ClaimedJob>(
      this.database.db,
      sql`with next as (
        select id from jobs
        where name = any(${sql.param(names)}::text[])
          and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
        order by run_at limit ${limit} for update skip locked)
      update jobs j set status = 'running', attempts = j.attempts + 1, locked_by = ${this.workerId},
        locked_until = now() + ${this.leaseMs} * interval '1 millisecond'
      from next where j.id = next.id
      returning j.id, j.name, j.version, j.payload, j.attempts, j.max_attempts`,
    );
  }

  private async run(job: ClaimedJob): Promise<void> {
    const definition = this.definitions.get(job.name) as JobDefinition<unknown>;
    const controller = new AbortController();
    const heartbeat = setInterval(() => {
      this.renewLease(job.id)
        .then((kept) => kept || controller.abort())
        .catch(() => undefined);
    }, this.leaseMs / 3);
    try {
      if (job.attempts > job.max_attempts)
        throw new Error('gave up: the job outlived its attempts (worker crashes?)');
      const payload = parsePayload(definition, job.version, job.payload);
      await definition.handler(payload, { jobId: job.id, attempt: job.attempts, signal: controller.signal });
      await this.settle(job.id, sql`status = 'succeeded', finished_at = now(), last_error = null`);
    } catch (error) {
      this.options.onError?.(error, { id: job.id, name: job.name, attempt: job.attempts });
      await this.settle(job.id, this.failure(job, error)).catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Requeue with backoff (or the handler's delay), or give up after the last attempt. */
  private failure(job: ClaimedJob, error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RetryJobLater)
      // Waiting out a rate limit is not a failed attempt.
      return sql`status = 'queued', attempts = attempts - 1, last_error = ${message},
        run_at = now() + ${error.delayMs} * interval '1 millisecond'`;
    if (job.attempts >= job.max_attempts)
      return sql`status = 'failed', finished_at = now(), last_error = ${message}`;
    return sql`status = 'queued', last_error = ${message},
      run_at = now() + ${backoffMs(job.attempts)} * interval '1 millisecond'`;
  }

  private async settle(id: string, assignments: ReturnType<typeof sql>): Promise<void> {
    await this.database.db.execute(sql`update jobs set ${assignments}, locked_by = null, locked_until = null
      where id = ${id} and locked_by = ${this.workerId}`);
  }

  private async renewLease(id: string): Promise<boolean> {
    const rows = await queryRows(
      this.database.db,
      sql`update jobs set locked_until = now() + ${this.leaseMs} * interval '1 millisecond'
        where id = ${id} and locked_by = ${this.workerId} and status = 'running' returning id`,
    );
    return rows.length > 0;
  }
}
