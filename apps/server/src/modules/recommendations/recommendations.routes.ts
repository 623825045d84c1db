// HTTP for /recommendations: topic recommendations, feedback on one (use / dismiss, idempotent),
// and the user's feeds (list, add — validated by fetching it once — and remove).
import {
  createTopicFeedSchema,
  problemSchema,
  recommendationFeedbackResultSchema,
  recommendationFeedbackSchema,
  recommendationIdParamsSchema,
  topicFeedIdParamsSchema,
  topicFeedListSchema,
  topicFeedSchema,
  topicRecommendationListSchema,
  topicRecommendationsQuerySchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import type { FeedsService } from './feeds.service.js';
import type { RecommendationsService } from './recommendations.service.js';

const tags = ['recommendations'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema };

export function recommendationsRoutes(
  recommendations: RecommendationsService,
  feeds: FeedsService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/recommendations/topics',
      {
        schema: {
          tags,
          security,
          querystring: topicRecommendationsQuerySchema,
          response: { 200: topicRecommendationListSchema, ...errors },
        },
      },
      async (request) => recommendations.topics(principalOf(request).userId, request.query.count),
    );

    app.post(
      '/recommendations/topics/:id/feedback',
      {
        schema: {
          tags,
          security,
          params: recommendationIdParamsSchema,
          body: recommendationFeedbackSchema,
          response: { 200: recommendationFeedbackResultSchema, ...errors },
        },
      },
      async (request) =>
        recommendations.feedback(principalOf(request).userId, request.params.id, request.body.action),
    );

    app.get(
      '/recommendations/feeds',
      { schema: { tags, security, response: { 200: topicFeedListSchema, ...errors } } },
      async (request) => ({ feeds: await feeds.list(principalOf(request).userId) }),
    );

    app.post(
      '/recommendations/feeds',
      {
        schema: {
          tags,
          security,
          body: createTopicFeedSchema,
          // A retried add of the same URL answers 200 with the feed the first one made.
          response: { 200: topicFeedSchema, 201: topicFeedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { feed, created } = await feeds.add(principalOf(request).userId, request.body.url);
        return reply.code(created ? 201 : 200).send(feed);
      },
    );

    app.delete(
      '/recommendations/feeds/:id',
      {
        schema: {
          tags,
          security,
          params: topicFeedIdParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await feeds.remove(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
