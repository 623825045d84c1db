// Builds the Fastify instance with the concerns every route shares: structured logs without secrets,
// request ids, body limits, security headers, CORS allowlist, cookies and problem+json errors.
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { answerClientError, answerFrameworkError } from './client-errors.js';
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
  /** Extra image origins the web app may show (the sandbox emulator's avatars). */
  imageSources?: string[];
  /** Where log lines go (tests capture them); default stdout. */
  logStream?: DestinationStream;
}

/**
 * Anything that can carry a credential is censored wherever it appears in a log object: headers,
 * and token-like fields one or two levels deep (pino's wildcards match a single level each).
 */
const SECRET_FIELDS = [
  'password',
  'appPassword',
  'refreshToken',
  'accessToken',
  'access_token',
  'refresh_token',
  'integrationToken',
  'clientSecret',
  'client_secret',
  'codeVerifier',
  'code_verifier',
  'id_token',
  'token',
  'secret',
];
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS.flatMap((field) => [`*.${field}`, `*.*.${field}`]),
];

/** Query parameters that are credentials (OAuth codes and states, tokens) never reach the log. */
const SECRET_QUERY = /^(code|state|token|access_token|refresh_token|id_token|code_verifier|client_secret)$/i;

export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const key of new Set(params.keys())) if (SECRET_QUERY.test(key)) params.set(key, '[redacted]');
  return `${url.slice(0, at)}?${params.toString().replaceAll('%5Bredacted%5D', '[redacted]')}`;
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: { req: serializeRequest },
      ...(options.logStream ? { stream: options.logStream } : {}),
      ...(options.prettyLogs && !options.logStream ? { transport: { target: 'pino-pretty' } } : {}),
    },
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    genReqId: requestIdFrom,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  });
  installErrorHandlers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:', ...(options.imageSources ?? [])],
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
