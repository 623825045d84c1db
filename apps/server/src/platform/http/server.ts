// Builds the Fastify instance with the concerns every route shares: structured logs without secrets,
// request ids, body limits, security headers, CORS allowlist, cookies and problem+json errors.
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { installErrorHandlers } from './error-handler.js';
import { requestIdFrom } from './observability.js';

export interface ServerOptions {
  logLevel: string;
  bodyLimit: number;
  trustProxy: boolean;
  corsOrigins: string[];
  /** Pretty, human-readable logs (development on a terminal). */
  prettyLogs?: boolean;
  /** Served over https (PUBLIC_URL): only then ask browsers to upgrade requests and pin HTTPS. */
  https?: boolean;
}

const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
];

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: { paths: REDACTED, censor: '[redacted]' },
      ...(options.prettyLogs ? { transport: { target: 'pino-pretty' } } : {}),
    },
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    genReqId: requestIdFrom,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  installErrorHandlers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Over plain http on a LAN address this would break every asset load.
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 15_552_000, includeSubDomains: true } : false,
  });
  await app.register(cors, {
    origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
    credentials: true,
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'etag',
    ],
  });
  await app.register(cookie);
  return app;
}
