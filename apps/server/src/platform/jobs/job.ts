// One Job interface, two backends (database table for the embedded default, BullMQ with REDIS_URL).
// A job is {name, version, schema, handler}; handlers may run more than once (after a crash or a
// lost lease) and must be safe to: the state they act on lives in the database, the queue only
// triggers.
import type { z } from 'zod';

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /** Aborted when the worker shuts down or loses the job's lease. */
  signal: AbortSignal;
}

export interface JobDefinition<P = unknown> {
  /** Stable, dotted: `publishing.publish-item`. */
  name: string;
  /** Bump when the payload's shape changes; a payload of another version is refused, not guessed at. */
  version: number;
  schema: z.ZodType<P>;
  handler(payload: P, context: JobContext): Promise<void>;
  /** Runs before the job is given up (default 8). */
  maxAttempts?: number;
}

export interface EnqueueOptions {
  /** When to run; default now. */
  runAt?: Date;
  /**
   * At most one unfinished job per key: enqueuing again is a no-op, or moves the pending one to
   * the new `runAt` when `reschedule` is set. Lets callers retry enqueue safely.
   */
  key?: string;
  reschedule?: boolean;
}

export interface WorkerOptions {
  concurrency?: number;
}

export interface JobQueue {
  /** Every job a worker may run must be registered before `start`. */
  register(definition: JobDefinition<never>): void;
  enqueue<P>(definition: JobDefinition<P>, payload: P, options?: EnqueueOptions): Promise<void>;
  /** Removes a job that has not started; true when one was removed. */
  cancel(key: string): Promise<boolean>;
  start(options?: WorkerOptions): void;
  /** Deletes finished jobs: succeeded after a day, failed after 30 days (kept for inspection). */
  purgeFinished(): Promise<number>;
  /** Stops claiming, waits for running handlers, closes connections. */
  close(): Promise<void>;
}

/** Thrown by a handler to run again after `delayMs` (e.g. a rate limit's reset) instead of backing off. */
export class RetryJobLater extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'RetryJobLater';
  }
}

/** Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at 15 min. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(15 * 60_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** Parses a stored payload with the definition's schema; a mismatch is a programming error. */
export function parsePayload<P>(definition: JobDefinition<P>, version: number, payload: unknown): P {
  if (version !== definition.version)
    throw new Error(`${definition.name}: payload version ${version}, handler expects ${definition.version}`);
  return definition.schema.parse(payload);
}
