// Request ids, Prometheus metrics (requests by route and status, latency, DB pool, process; who may
// read them is metrics.ts) and the health endpoints used by load balancers and orchestrators.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../db/index.js';
import { exposeMetrics, type MetricsEndpoint, type MetricsExposure } from './metrics.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdFrom(request: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export function installObservability(
  app: FastifyInstance,
  poolStats: () => PoolStats,
  readiness: ReadinessCheck[],
  exposure: MetricsExposure,
): MetricsEndpoint {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeOf(request), status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  const internal = { config: { rateLimit: false }, schema: { hide: true } };
  app.get('/healthz', internal, async () => ({ status: 'ok' }));
  app.get('/readyz', internal, async (request, reply) => {
    const results = await Promise.all(readiness.map(async (r) => [r.name, await probe(r)] as const));
    const failing = results.filter(([, ok]) => !ok);
    if (failing.length > 0) request.log.warn({ failing: failing.map(([n]) => n) }, 'not ready');
    return reply.code(failing.length > 0 ? 503 : 200).send({
      status: failing.length > 0 ? 'unavailable' : 'ok',
      checks: Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'ok' : 'failing'])),
    });
  });
  return exposeMetrics(app, registry, exposure);
}

function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

async function probe(r: ReadinessCheck): Promise<boolean> {
  try {
    await Promise.race([
      r.check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
