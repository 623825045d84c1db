// HTTP for insights: GET /analytics/insights?month=YYYY-MM or ?from=&to= (days of the caller's
// calendar, inclusive). Reads only, scoped to the caller; bad input is problem+json naming the field.
import { insightsQuerySchema, insightsReportSchema, problemSchema } from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import type { InsightsService } from './insights.service.js';

export function insightsRoutes(insights: InsightsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);
    app.get(
      '/analytics/insights',
      {
        schema: {
          tags: ['analytics', 'insights'],
          security: [{ bearerAuth: [] }],
          querystring: insightsQuerySchema,
          response: { 200: insightsReportSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => insights.report(principalOf(request).userId, request.query),
    );
  };
}
