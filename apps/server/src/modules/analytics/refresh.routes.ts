// HTTP for analytics ingestion: POST /analytics/refresh → 202 {queued}. Scoped to the caller; 429
// problem+json with Retry-After when called again within the window.
import { analyticsRefreshResultSchema, problemSchema } from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idempotencyHeaders, principalOf, requireAuth } from '../../platform/http/index.js';
import type { RefreshService } from './refresh.service.js';

export function refreshRoutes(service: RefreshService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);
    app.post(
      '/analytics/refresh',
      {
        schema: {
          tags: ['analytics'],
          security: [{ bearerAuth: [] }],
          summary: "Fetch the caller's metrics now",
          // A retried POST with the same key gets the first answer, not a 429.
          headers: idempotencyHeaders,
          response: { 202: analyticsRefreshResultSchema, 401: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const result = await service.refresh(principalOf(request).userId, request.headers['idempotency-key']);
        return reply.code(202).send(result);
      },
    );
  };
}
