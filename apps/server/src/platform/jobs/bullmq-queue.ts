// The BullMQ job backend (REDIS_URL set): the same JobQueue contract on Redis. BullMQ's lock and
// stalled-job check play the lease's part; custom job ids carry the idempotency key (BullMQ refuses
// ':' in ids, so keys are URI-encoded).
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
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

export interface BullQueueOptions {
  redisUrl: string;
  /** Redis key prefix, e.g. "bw:" → keys under "bw:bull:jobs:…". */
  prefix: string;
  lockMs?: number;
  onError?: (error: unknown, job: { id: string; name: string; attempt: number }) => void;
}

interface StoredData {
  v: number;
  p: unknown;
}

const QUEUE_NAME = 'jobs';
const DAY_MS = 86_400_000;
const jobId = (key: string) => `k-${encodeURIComponent(key)}`;

export class BullJobQueue implements JobQueue {
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(private readonly options: BullQueueOptions) {
    // Workers block on Redis: BullMQ requires unlimited retries per request on their connection.
    this.connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection, prefix: this.prefix });
  }

  private get prefix(): string {
    return `${this.options.prefix}bull`;
  }

  register(definition: JobDefinition<never>): void {
    this.definitions.set(definition.name, definition);
  }

  async enqueue<P>(definition: JobDefinition<P>, payload: P, options: EnqueueOptions = {}): Promise<void> {
    const data: StoredData = { v: definition.version, p: definition.schema.parse(payload) };
    const delay = Math.max(0, (options.runAt?.getTime() ?? Date.now()) - Date.now());
    if (options.key && (await this.keepExisting(options.key, data, delay, options.reschedule))) return;
    await this.queue.add(definition.name, data, {
      jobId: options.key ? jobId(options.key) : undefined,
      delay,
      attempts: definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      backoff: { type: 'jittered' },
      removeOnComplete: { age: DAY_MS / 1000 },
      removeOnFail: { age: (30 * DAY_MS) / 1000 },
    });
  }

  /** True when an unfinished job with this key stays (moved to the new time when rescheduling). */
  private async keepExisting(key: string, data: StoredData, delay: number, reschedule = false) {
    const existing = await this.queue.getJob(jobId(key));
    if (!existing) return false;
    const state = await existing.getState();
    if (state === 'completed' || state === 'failed' || state === 'unknown') {
      // Finished jobs keep their id for a while; make room for the new one.
      await existing.remove();
      return false;
    }
    if (reschedule && (state === 'delayed' || state === 'waiting')) {
      await existing.updateData(data);
      if (state === 'delayed') await existing.changeDelay(delay);
      else if (delay > 0) {
        await existing.remove();
        return false;
      }
    }
    return true;
  }

  async cancel(key: string): Promise<boolean> {
    const existing = await this.queue.getJob(jobId(key));
    if (!existing) return false;
    const state = await existing.getState();
    if (state !== 'delayed' && state !== 'waiting' && state !== 'prioritized') return false;
    await existing.remove();
    return true;
  }

  start(options: WorkerOptions = {}): void {
    const lockMs = this.options.lockMs ?? 30_000;
    this.worker = new Worker(QUEUE_NAME, (job, token, signal) => this.process(job, token, signal), {
      // Shared with the queue; BullMQ makes (and closes) its own blocking connection from it.
      connection: this.connection,
      prefix: this.prefix,
      concurrency: options.concurrency ?? 4,
      lockDuration: lockMs,
      // A dead worker's job is found after at most two checks once its lock runs out: check as
      // often as the lease, so recovery takes a few leases (BullMQ's default is 30 s whatever the lease).
      stalledInterval: lockMs,
      settings: { backoffStrategy: (attemptsMade: number) => backoffMs(attemptsMade) },
    });
    this.worker.on('failed', (job, error) =>
      this.options.onError?.(error, {
        id: job?.id ?? '',
        name: job?.name ?? '',
        attempt: job?.attemptsMade ?? 0,
      }),
    );
    this.worker.on('error', (error) => this.options.onError?.(error, { id: '', name: 'worker', attempt: 0 }));
  }

  private async process(job: Job, token: string | undefined, signal?: AbortSignal): Promise<void> {
    const definition = this.definitions.get(job.name) as JobDefinition<unknown> | undefined;
    if (!definition) throw new Error(`No handler registered for job ${job.name}`);
    const data = job.data as StoredData;
    const payload = parsePayload(definition, data.v, data.p);
    try {
      await definition.handler(payload, {
        jobId: job.id ?? '',
        attempt: job.attemptsMade + 1,
        // BullMQ's own, aborted by cancelAllJobs when this queue closes.
        signal: signal ?? new AbortController().signal,
      });
    } catch (error) {
      if (!(error instanceof RetryJobLater)) throw error;
      // Waiting out a rate limit is not a failed attempt.
      await job.moveToDelayed(Date.now() + error.delayMs, token);
      throw new DelayedError();
    }
  }

  /** BullMQ prunes by age only as other jobs finish; this catches up on a quiet queue. */
  async purgeFinished(): Promise<number> {
    const succeeded = await this.queue.clean(DAY_MS, 1000, 'completed');
    const failed = await this.queue.clean(30 * DAY_MS, 1000, 'failed');
    return succeeded.length + failed.length;
  }

  async close(): Promise<void> {
    // Tells running handlers the worker is going (JobContext.signal), then waits for them.
    this.worker?.cancelAllJobs('worker shutting down');
    await this.worker?.close();
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}
