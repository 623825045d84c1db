// Runs housekeeping tasks on an interval in the worker process. Each task must be idempotent: with
// several workers, each may run it, and a run may be cut short by a shutdown.
import type { FastifyBaseLogger } from 'fastify';

export interface PeriodicTask {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export function startPeriodicTasks(tasks: PeriodicTask[], log: FastifyBaseLogger): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const runOnce = (task: PeriodicTask) => {
    const started = Date.now();
    const run = task
      .run()
      .then((result) => log.info({ task: task.name, result, ms: Date.now() - started }, 'task done'))
      .catch((err: unknown) => log.error({ task: task.name, err }, 'task failed'))
      .finally(() => running.delete(run));
    running.add(run);
  };
  const timers = tasks.map((task) => {
    runOnce(task);
    return setInterval(() => runOnce(task), task.everyMs);
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
