// Per-caller request budget: by user when authenticated, by IP otherwise. Backed by Redis when
// configured so that all API replicas share one budget per caller.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { DomainError } from '../errors/index.js';

export interface RateLimitOptions {
  perMinute: number;
  redis?: Redis;
  redisPrefix: string;
}

export async function installRateLimit(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    enableDraftSpec: true,
    ...(options.redis ? { redis: options.redis, nameSpace: `${options.redisPrefix}rl:` } : {}),
    keyGenerator: (request) => (request.principal ? `u:${request.principal.userId}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'rate_limited',
        'RATE_LIMITED',
        `Too many requests: the limit is ${context.max} per minute. Retry after ${context.after}.`,
        { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      ),
  });
}
