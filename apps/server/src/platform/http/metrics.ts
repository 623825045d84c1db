// Who may read the Prometheus metrics, and where. Route names, timings and pool sizes describe the
// deployment, so the public port never serves them to just anyone: /metrics is there only behind
// METRICS_TOKEN (as a bearer token), or on a port of its own (METRICS_PORT) that is not exposed.
// With neither, it is not served at all.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';

export interface MetricsExposure {
  /** Required as `Authorization: Bearer <token>` wherever /metrics is served. */
  token?: string;
  /** Serve /metrics on this port (0: any free one) instead of the public port. */
  port?: number;
  /** Interface for the metrics port. */
  host: string;
}

export interface MetricsEndpoint {
  /** The separate listener's base URL once the app is ready; undefined without METRICS_PORT. */
  url(): string | undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison of the presented bearer token with the configured one. */
function authorized(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

const UNAUTHORIZED = problem(
  401,
  'UNAUTHENTICATED',
  'Send the metrics token as "Authorization: Bearer <token>".',
);

function writeProblem(res: ServerResponse, body: ReturnType<typeof problem>, headers = {}): void {
  res.writeHead(body.status, { 'content-type': 'application/problem+json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function answer(
  registry: Registry,
  token: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method !== 'GET' || path !== '/metrics')
    return writeProblem(res, problem(404, 'NOT_FOUND', 'This port serves only GET /metrics.'));
  if (!authorized(req.headers.authorization, token))
    return writeProblem(res, UNAUTHORIZED, { 'www-authenticate': 'Bearer' });
  const text = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(text);
}

/** A listener of its own, opened when the app is ready and closed with it. */
function separateListener(
  app: FastifyInstance,
  registry: Registry,
  exposure: MetricsExposure & { port: number },
) {
  let server: Server | undefined;
  app.addHook('onReady', async () => {
    const listener = createServer((req, res) => {
      answer(registry, exposure.token, req, res).catch((err: unknown) => {
        app.log.error({ err }, 'metrics failed');
        writeProblem(res, problem(500, 'INTERNAL', 'Metrics could not be collected.'));
      });
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(exposure.port, exposure.host, () => resolve());
    });
    server = listener;
  });
  app.addHook('onClose', async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return {
    url() {
      const address = server?.address() as AddressInfo | null | undefined;
      if (!address) return undefined;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return `http://${host}:${address.port}`;
    },
  };
}

export function exposeMetrics(
  app: FastifyInstance,
  registry: Registry,
  exposure: MetricsExposure,
): MetricsEndpoint {
  if (exposure.port !== undefined)
    return separateListener(app, registry, { ...exposure, port: exposure.port });
  if (exposure.token === undefined) return { url: () => undefined };
  const token = exposure.token;
  app.get('/metrics', { config: { rateLimit: false }, schema: { hide: true } }, async (request, reply) => {
    if (!authorized(request.headers.authorization, token))
      return sendProblem(reply.header('www-authenticate', 'Bearer'), UNAUTHORIZED);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return { url: () => undefined };
}
