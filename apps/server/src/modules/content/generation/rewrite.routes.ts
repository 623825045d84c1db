// HTTP for one-click rewrites: POST /content/:id/rewrites {kind} → 201 with the new variant and its
// scores (200 with `duplicate` for a retry with the same Idempotency-Key). If-Match (optional) holds
// the request to the version the writer is looking at. Under the generation cost budget (AI call).
import {
  contentIdParamsSchema,
  problemSchema,
  rewriteRequestSchema,
  rewriteResultSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idempotencyHeaders,
  ifMatchHeaders,
  parseIfMatch,
  principalOf,
  requireAuth,
} from '../../../platform/http/index.js';
import type { GenerationService } from './generation.service.js';

const errors = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
  412: problemSchema,
  429: problemSchema,
  503: problemSchema,
};

export function rewriteRoutes(service: GenerationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);
    app.post(
      '/content/:id/rewrites',
      {
        config: { costBudget: 'generation' },
        schema: {
          tags: ['content'],
          security: [{ bearerAuth: [] }],
          description:
            'Rewrites the stored text (shorter, new hook, more like me, more formal) as a new scored variant of the draft, which POST /content/:id/feedback can accept.',
          params: contentIdParamsSchema,
          body: rewriteRequestSchema,
          headers: idempotencyHeaders.extend(ifMatchHeaders.shape),
          response: { 200: rewriteResultSchema, 201: rewriteResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        const expectedVersion = parseIfMatch(request.headers['if-match']);
        const idempotencyKey = request.headers['idempotency-key'];
        const result = await service.rewrite(
          principalOf(request).userId,
          request.params.id,
          request.body.kind,
          {
            ...(idempotencyKey ? { idempotencyKey } : {}),
            ...(expectedVersion !== undefined ? { expectedVersion } : {}),
          },
        );
        return reply.code(result.duplicate ? 200 : 201).send(result);
      },
    );
  };
}
