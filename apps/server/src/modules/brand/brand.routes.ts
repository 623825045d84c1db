// HTTP for /brand: questionnaire, what exists so far (status), answers saved part-way, assessment + strategy, strategy edits and
// versions. The strategy carries an ETag ("v<version>"); PATCH honours If-Match to avoid lost edits.
import {
  assessmentResultSchema,
  brandStatusSchema,
  createAssessmentSchema,
  pageSchema,
  paginationQuerySchema,
  partialBrandAnswersSchema,
  problemSchema,
  questionnaireSchema,
  savedAnswersSchema,
  storedStrategySchema,
  strategyPatchSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ifMatchHeaders,
  parseIfMatch,
  principalOf,
  requireAuth,
  withEtag,
} from '../../platform/http/index.js';
import type { BrandService } from './brand.service.js';

const tags = ['brand'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function brandRoutes(brand: BrandService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/brand/questionnaire',
      { schema: { tags, security, response: { 200: questionnaireSchema, 401: problemSchema } } },
      async () => brand.questionnaire(),
    );

    app.get(
      '/brand/answers',
      { schema: { tags, security, response: { 200: savedAnswersSchema, ...errors } } },
      async (request) => brand.answers(principalOf(request).userId),
    );

    app.put(
      '/brand/answers',
      {
        schema: {
          tags,
          security,
          body: z.object({ answers: partialBrandAnswersSchema }),
          response: { 200: savedAnswersSchema, ...errors },
        },
      },
      async (request) => brand.saveAnswers(principalOf(request).userId, request.body.answers),
    );

    app.post(
      '/brand/assessment',
      {
        config: { costBudget: 'assessment' },
        schema: {
          tags,
          security,
          body: createAssessmentSchema,
          response: { 201: assessmentResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await brand.createAssessment(principalOf(request).userId, request.body.answers);
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/brand/assessment',
      { schema: { tags, security, response: { 200: assessmentResultSchema, ...errors } } },
      async (request) => brand.latestAssessment(principalOf(request).userId),
    );

    app.get(
      '/brand/status',
      { schema: { tags, security, response: { 200: brandStatusSchema, 401: problemSchema } } },
      async (request) => brand.status(principalOf(request).userId),
    );

    app.get(
      '/brand/strategy',
      { schema: { tags, security, response: { 200: storedStrategySchema, ...errors } } },
      async (request, reply) => withEtag(reply, await brand.strategy(principalOf(request).userId)),
    );

    app.patch(
      '/brand/strategy',
      {
        schema: {
          tags,
          security,
          body: strategyPatchSchema,
          headers: ifMatchHeaders,
          response: { 200: storedStrategySchema, ...errors, 412: problemSchema },
        },
      },
      async (request, reply) => {
        const expected = parseIfMatch(request.headers['if-match']);
        return withEtag(
          reply,
          await brand.updateStrategy(principalOf(request).userId, request.body, expected),
        );
      },
    );

    app.get(
      '/brand/strategy/versions',
      {
        schema: {
          tags,
          security,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(storedStrategySchema), ...errors },
        },
      },
      async (request) =>
        brand.strategyVersions(principalOf(request).userId, request.query.limit, request.query.cursor),
    );
  };
}
