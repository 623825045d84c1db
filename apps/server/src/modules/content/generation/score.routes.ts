// HTTP for the post grader: POST /content/score grades text the user wrote (zod in, the scores and
// their explanations out). Under the global per-user rate limit like other cheap reads.
import { problemSchema, scoreTextRequestSchema, scoreTextResultSchema } from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, requireAuth } from '../../../platform/http/index.js';
import type { ScoreService } from './score.service.js';

export function scoreRoutes(service: ScoreService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);
    app.post(
      '/content/score',
      {
        schema: {
          tags: ['content'],
          security: [{ bearerAuth: [] }],
          description:
            'Scores your own text for voice match, predicted engagement and brand alignment, with explanations.',
          body: scoreTextRequestSchema,
          response: { 200: scoreTextResultSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => service.score(principalOf(request).userId, request.body),
    );
  };
}
