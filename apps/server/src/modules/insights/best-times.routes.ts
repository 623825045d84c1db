// HTTP for best times and the peer benchmark: GET /analytics/best-times?platform= (omit for every
// platform with metrics) and GET /analytics/benchmark?month=YYYY-MM. Reads scoped to the caller.
import {
  benchmarkQuerySchema,
  benchmarkSchema,
  bestTimesQuerySchema,
  bestTimesSchema,
  problemSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import type { BenchmarkService } from './benchmark.service.js';
import type { BestTimesService } from './best-times.service.js';

const tags = ['analytics'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema };

export function bestTimesRoutes(
  bestTimes: BestTimesService,
  benchmarks: BenchmarkService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/analytics/best-times',
      {
        schema: {
          tags,
          security,
          querystring: bestTimesQuerySchema,
          response: { 200: bestTimesSchema, ...errors },
        },
      },
      async (request) => bestTimes.bestTimes(principalOf(request).userId, request.query.platform),
    );

    app.get(
      '/analytics/benchmark',
      {
        schema: {
          tags,
          security,
          querystring: benchmarkQuerySchema,
          response: { 200: benchmarkSchema, ...errors },
        },
      },
      async (request) => benchmarks.benchmark(principalOf(request).userId, request.query),
    );
  };
}
