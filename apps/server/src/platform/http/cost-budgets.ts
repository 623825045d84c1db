// Per-user budgets for endpoints that cost far more than a request (model calls, calls to a
// platform), on top of the global per-minute limit. A route opts in with `config: { costBudget }`;
// the limits come from the configuration. Counted in the kv (Redis when configured), so all API
// replicas share one budget per user. Counted after validation: a refused request costs nothing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/index.js';
import type { Kv } from '../kv/index.js';

export type CostBudget = 'generation' | 'assessment' | 'connect';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Which per-user budget a request to this route spends. */
    costBudget?: CostBudget;
  }
}

export interface CostBudgetOptions {
  kv: Kv;
  /** Requests per user and minute, per budget. */
  perMinute: Record<CostBudget, number>;
}

const WINDOW_MS = 60_000;

const WHAT: Record<CostBudget, string> = {
  generation: 'content generations',
  assessment: 'brand assessments',
  connect: 'platform connection attempts',
};

function callerOf(request: FastifyRequest): string {
  return request.principal ? `u:${request.principal.userId}` : `ip:${request.ip}`;
}

/** Adds the budget's check to every route registered after this in the same scope that names one. */
export function installCostBudgets(app: FastifyInstance, options: CostBudgetOptions): void {
  app.addHook('onRoute', (route) => {
    const budget = route.config?.costBudget;
    if (!budget) return;
    const max = options.perMinute[budget];
    const check = async (request: FastifyRequest) => {
      const { count, ttlMs } = await options.kv.incr(`budget:${budget}:${callerOf(request)}`, WINDOW_MS);
      if (count <= max) return;
      const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
      throw new DomainError(
        'rate_limited',
        'RATE_LIMITED',
        `Too many ${WHAT[budget]}: the limit is ${max} per minute. Retry after ${seconds} s.`,
        { retryAfterSeconds: seconds },
      );
    };
    const existing = route.preHandler;
    route.preHandler = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), check];
  });
}
