// HTTP for the analytics reads: GET /analytics/overview, /analytics/platforms/:platform,
// /analytics/export.csv and /content/:id/analytics. All are reads scoped to the caller; dates are
// days of the caller's own calendar (profile time zone), both inclusive, last 28 days by default.
import {
  analyticsOverviewSchema,
  analyticsPlatformParamsSchema,
  analyticsPlatformViewSchema,
  analyticsRangeQuerySchema,
  contentAnalyticsParamsSchema,
  contentAnalyticsSchema,
  problemSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import type { OverviewService } from './overview.service.js';

const tags = ['analytics'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function analyticsReadRoutes(reads: OverviewService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/analytics/overview',
      {
        schema: {
          tags,
          security,
          querystring: analyticsRangeQuerySchema,
          response: { 200: analyticsOverviewSchema, ...errors },
        },
      },
      async (request) => reads.overview(principalOf(request).userId, request.query),
    );

    app.get(
      '/analytics/platforms/:platform',
      {
        schema: {
          tags,
          security,
          params: analyticsPlatformParamsSchema,
          querystring: analyticsRangeQuerySchema,
          response: { 200: analyticsPlatformViewSchema, ...errors },
        },
      },
      async (request) => reads.platform(principalOf(request).userId, request.params.platform, request.query),
    );

    app.get(
      '/analytics/export.csv',
      {
        schema: {
          tags,
          security,
          querystring: analyticsRangeQuerySchema,
          produces: ['text/csv'],
          response: { 200: z.string().describe('CSV, one row per post and platform'), ...errors },
        },
      },
      async (request, reply) => {
        const { userId } = principalOf(request);
        const range = await reads.range(userId, request.query);
        const name = `brandwright-analytics-${range.range.from}-to-${range.range.to}.csv`;
        return (
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}"`)
            // Fastify pipes a stream as it is (no serializer runs); the string schema only documents it.
            .send(reads.exportCsv(userId, range) as unknown as string)
        );
      },
    );

    app.get(
      '/content/:id/analytics',
      {
        schema: {
          tags: [...tags, 'content'],
          security,
          params: contentAnalyticsParamsSchema,
          response: { 200: contentAnalyticsSchema, ...errors },
        },
      },
      async (request) => reads.content(principalOf(request).userId, request.params.id),
    );
  };
}
